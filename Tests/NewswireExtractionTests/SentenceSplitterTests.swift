import Testing
import NewswireExtraction

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String, field: TextField = .body) -> [(String, SentenceKind)] {
        let doc = Tokenizer().document(text, field: field)
        return doc.sentences.map { (doc.slice($0.start, $0.end), $0.kind) }
    }

    @Test func splitsAtFinalPunctuation() {
        let s = sentences("The river rose. Crews worked all night! Was it enough? Nobody knew.")
        #expect(s.map(\.0) == ["The river rose.", "Crews worked all night!", "Was it enough?", "Nobody knew."])
        #expect(s.allSatisfy { $0.1 == .prose })
    }

    @Test func doesNotSplitAfterTitlesMonthsOrInitials() {
        let s = sentences("Mr. Brown arrived on Jan. 4 with Gen. J. Smith. He left.")
        #expect(s.map(\.0) == ["Mr. Brown arrived on Jan. 4 with Gen. J. Smith.", "He left."])
    }

    @Test func splitsAfterDottedAbbreviationWhenASentenceOpenerFollows() {
        let s = sentences("Talks moved to the U.S. The delegates agreed. The U.S. Navy sailed.")
        #expect(s.map(\.0) == ["Talks moved to the U.S.", "The delegates agreed.", "The U.S. Navy sailed."])
    }

    @Test func keepsClosingQuotesWithTheirSentence() {
        let s = sentences("“We will stay,” she said. “It is home.” Then she left.")
        #expect(s.map(\.0) == ["“We will stay,” she said.", "“It is home.”", "Then she left."])
    }

    @Test func straightClosingQuoteAtTheEndOfALineStaysWithItsSentence() {
        let s = sentences("\"We will rebuild. It will take years.\"\n\nThe mayor left.")
        #expect(s.map(\.0) == ["\"We will rebuild.", "It will take years.\"", "The mayor left."])
        #expect(s.allSatisfy { $0.1 == .prose })
    }

    @Test func blankLinesAlwaysEndSentences() {
        let s = sentences("a first paragraph without a stop\n\nand another one")
        #expect(s.count == 2)
    }

    @Test func wrappedLinesContinueTheSentence() {
        let s = sentences("The ferry left the harbour\nat dawn and returned late.")
        #expect(s.map(\.0) == ["The ferry left the harbour\nat dawn and returned late."])
    }

    @Test func classifiesHeadlineAndCreditLines() {
        let text = "Storm floods coastal villages as rivers burst banks\n\nPortmere - Jane Doe/Coastline Agency/Images\n\nWater rose overnight. Roads closed."
        let s = sentences(text)
        #expect(s.map(\.1) == [.headline, .credit, .prose, .prose])
        #expect(s[1].0 == "Portmere - Jane Doe/Coastline Agency/Images")
    }

    @Test func titleFieldIsOneHeadline() {
        let s = sentences("Mayor quits. Council stunned", field: .title)
        #expect(s.count == 1 && s[0].1 == .headline)
    }

    @Test func sentencesPartitionTheTokens() {
        let doc = Tokenizer().document("One. Two!\n\nThree?\nfour five\nSix", field: .body)
        var next = 0
        for s in doc.sentences {
            #expect(s.tokens.lowerBound == next)
            #expect(!s.tokens.isEmpty)
            next = s.tokens.upperBound
        }
        #expect(next == doc.tokens.count)
    }
}
