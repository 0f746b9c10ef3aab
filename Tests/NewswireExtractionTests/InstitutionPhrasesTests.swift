import Testing
@testable import NewswireExtraction

@Suite struct InstitutionPhrasesTests {
    private func phrases(_ text: String) -> [String] {
        let doc = Tokenizer().document(text, field: .body)
        return InstitutionPhrases().candidates(in: doc, index: 0, lexicon: .standard()).map {
            doc.tokens[$0.tokens].map(\.text).joined(separator: " ")
        }
    }

    @Test func aNamedOwnerMakesTheInstitutionAnOrganisation() {
        #expect(phrases("Poland's foreign ministry said on Monday.") == ["foreign ministry"])
        #expect(phrases("The Polish interior ministry said.") == ["interior ministry"])
    }

    @Test func aPossessivePronounOwnsAnInstitutionOnlyWithAModifier() {
        #expect(phrases("Romania said its defence ministry saw no drone.") == ["defence ministry"])
        #expect(phrases("Its police said nothing.").isEmpty)
    }

    @Test func theArticleOwnsAnInstitutionOnlyWhenItsSeatIsNamed() {
        #expect(phrases("Aid was announced, the defence ministry in Berlin said.") == ["defence ministry"])
        #expect(phrases("Aid was announced, the defence ministry said.").isEmpty)
    }
}
