import Testing
@testable import NewswireExtraction

@Suite struct AcronymLinkerTests {
    private func reads(_ acronym: String, _ name: String) -> Bool {
        AcronymLinker.abbreviates(Array(acronym.lowercased()), name.lowercased().split(separator: " ").map(String.init))
    }

    @Test func lettersAreReadOffTheWordsInOrderSkippingFunctionWords() {
        #expect(reads("IOM", "International Organization for Migration"))
        #expect(reads("RSF", "Rapid Support Forces"))
        #expect(reads("NATO", "North Atlantic Treaty Organization"))
        #expect(reads("ASEAN", "Association of Southeast Asian Nations"))  // "SE" from one word
    }

    @Test func anAbbreviationThatSkipsAContentWordOrAddsLettersDoesNotMatch() {
        #expect(!reads("IMF", "International Organization for Migration"))
        #expect(!reads("RS", "Rapid Support Forces"))
        #expect(!reads("RSFX", "Rapid Support Forces"))
        #expect(!reads("US", "Rapid Support Forces"))
    }

    @Test func onlyShortAllCapitalWordsAreAbbreviations() {
        #expect(AcronymLinker.isAbbreviation("ASEAN"))
        #expect(!AcronymLinker.isAbbreviation("Asean"))
        #expect(!AcronymLinker.isAbbreviation("A"))
        #expect(!AcronymLinker.isAbbreviation("KHARKIVS"))
    }

    @Test func anAbbreviationNothingProposedBecomesAnOrganisationCandidate() {
        let doc = Tokenizer().document("The Rapid Support Forces said the RSF would withdraw.", field: .body)
        let name = MentionCandidate(document: 0, tokens: 1..<4, type: .org, origin: .model)
        let out = AcronymLinker().link([name], documents: [doc])
        #expect(out.count == 2)
        #expect(out.last?.type == .org)
        #expect(out.last.map { doc.tokens[$0.tokens.lowerBound].text } == "RSF")
    }
}
