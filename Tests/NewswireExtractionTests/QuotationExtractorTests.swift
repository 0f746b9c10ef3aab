import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct QuotationExtractorTests {
    static let passages = [
        "\u{201C}We will rebuild every school that was damaged,\u{201D} said [[Maria Holt|PERSON]], the regional governor.",
        "\"We will not leave our homes,\" [[Pavel Ilyin|PERSON]] said. \"The river has flooded before and we stayed.\"",
        "[[Anna Berg|PERSON]] arrived late. She said: \"The talks were difficult but the ceasefire holds for now.\"",
        "The [[Interior Ministry|ORG]] said in a statement that \"order has been restored in all districts of the city\".",
        "Residents called it a \"kamikaze\" attack on the [[Lakeside|FAC]] depot.",
        "\"Talks will resume next week,\" he said, adding that [[Jonas Reed|PERSON]] would attend.",
    ]

    func quotes(_ text: String) -> [QuotationRecord] {
        let p = EventTestSupport.passage(text)
        return QuotationExtractor().extract(documents: p.documents, entities: p.entities)
    }

    @Test func curlyQuoteWithSpeakerAfterTheVerb() {
        let q = quotes(Self.passages[0])
        #expect(q.count == 1)
        #expect(q.first?.speakerName == "Maria Holt")
        #expect(q.first?.verb == "said")
        #expect(q.first?.text == "We will rebuild every school that was damaged")
    }

    @Test func splitQuotationKeepsTheFirstPartsSpeaker() {
        let q = quotes(Self.passages[1])
        #expect(q.count == 2)
        #expect(q.map(\.speakerName) == ["Pavel Ilyin", "Pavel Ilyin"])
        #expect(q.last?.text == "The river has flooded before and we stayed")
    }

    @Test func pronounBeforeColonResolvesToTheLatestPerson() {
        let q = quotes(Self.passages[2])
        #expect(q.first?.speakerName == "Anna Berg")
        #expect(q.first?.verb == "said")
    }

    @Test func organisationSpeakerBeforeThatClause() {
        let q = quotes(Self.passages[3])
        #expect(q.first?.speakerName == "Interior Ministry")
        #expect(q.first?.speaker != nil)
    }

    @Test func shortQuotedTermIsNotAQuotation() {
        #expect(quotes(Self.passages[4]).isEmpty)
    }

    @Test func unresolvedPronounLeavesTheSpeakerEmpty() {
        let q = quotes(Self.passages[5])
        #expect(q.count == 1)
        #expect(q.first?.speakerName == nil)
        #expect(q.first?.verb == nil)
    }

    @Test func quotationOffsetsSliceTheirTextInTheirField() {
        for text in Self.passages {
            let p = EventTestSupport.passage(text)
            for q in QuotationExtractor().extract(documents: p.documents, entities: p.entities) {
                #expect(p.documents.first { $0.field == q.field }?.slice(q.start, q.end) == q.text)
            }
        }
    }

    @Test func curlySingleQuotesMakeAQuotationAndApostrophesDoNot() {
        let q = quotes("\u{2018}We won\u{2019}t leave Kharkiv\u{2019}s schools behind,\u{2019} said [[Maria Holt|PERSON]].")
        #expect(q.count == 1)
        #expect(q.first?.text == "We won\u{2019}t leave Kharkiv\u{2019}s schools behind")
        #expect(q.first?.speakerName == "Maria Holt")
    }

    @Test func straightSingleQuotesAfterASpeakerMakeAQuotation() {
        let q = quotes("[[Anna Berg|PERSON]] said: 'The ceasefire holds for now, and the talks go on.'")
        #expect(q.count == 1)
        #expect(q.first?.speakerName == "Anna Berg")
        #expect(q.first?.text == "The ceasefire holds for now, and the talks go on")
    }

    @Test func singleQuotesInsideDoubleQuotesStayPartOfTheQuotation() {
        let q = quotes("\"They called it 'a new start' for the whole region,\" said [[Pavel Ilyin|PERSON]].")
        #expect(q.count == 1)
        #expect(q.first?.text == "They called it 'a new start' for the whole region")
    }
}
