import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct LexicalResourcesTests {
    let resources = Fixtures.lexical

    private func analyze(_ text: String, title: String? = nil) -> [String] {
        var docs = [TestTokens.document(text)]
        if let title { docs.append(TestTokens.document(title)) }
        let found = resources.analyze(docs, publishedAt: CivilDate(year: 2022, month: 10, day: 14))
        return found[0].map { "\(TestTokens.text(docs[0].tokens, $0.tokens, in: text))=\($0.label)" }
    }

    @Test func everyComponentContributesWithoutOverlaps() {
        let text = "On Thursday Nato said Ukrainian troops retook five villages and 1,200 square kilometres near Kherson."
        #expect(analyze(text) == [
            "Thursday=DATE", "Nato=ORG", "Ukrainian=NORP", "five=CARDINAL", "1,200 square kilometres=QUANTITY",
            "Kherson=GPE",
        ])
    }

    @Test func datesBeatOrdinalsAndLexiconBeatsNumbers() {
        #expect(analyze("Shelling went on for the fourth consecutive day.") == ["the fourth consecutive day=DATE"])
        #expect(analyze("Poland sent Leopard 2 tanks.") == ["Poland=GPE", "Leopard 2=PRODUCT"])
    }

    @Test func nationalitiesSteerPlaceResolution() {
        let docs = [TestTokens.document("Russian troops passed through Aleksandrovka.")]
        let found = resources.analyze(docs, publishedAt: nil)[0]
        #expect(found.first { $0.label == "GPE" }?.place?.countryCode == "RU")
    }

    @Test func protectedPersonSpansAreNotPlacesOrContext() {
        let text = "Photo by Aktas in Almaty. Troops reached Aleksandrovka near Kyiv."
        let doc = TestTokens.document(text)
        let aktas = 2..<3
        let found = resources.analyze([doc], publishedAt: nil, protected: [[aktas]])[0]
        #expect(!found.contains { $0.tokens.overlaps(aktas) })
        let unprotected = resources.analyze([doc], publishedAt: nil)[0]
        #expect(unprotected.contains { $0.tokens == aktas })
    }

    @Test func survivesHostileInput() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["", "9", String(repeating: "9", count: 400), "1e999", "—", "\u{202E}", "\u{0}", "👩‍👩‍👧", "الكتاب",
                      "Kyiv", "-", "'", "’s", "the", "past", "ago", "days", "$", "%", "per", "cent", "May", "a", "dozen",
                      String(repeating: "x", count: 10_000), "10:99", "31st", "of", "February", "mid", "-", "2022s"]
        for _ in 0..<300 {
            var offset = 0
            var tokens: [Token] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let text = pieces.randomElement(using: &generator)!
                let length = text.unicodeScalars.count
                tokens.append(Token(text: text, start: offset, end: offset + length))
                offset += length + Int.random(in: 0...1, using: &generator)
            }
            let document = TextDocument(field: .body, text: "", scalars: [], tokens: tokens,
                                        sentences: tokens.isEmpty ? [] : [Sentence(tokens: 0..<tokens.count, start: 0, end: offset)])
            let found = resources.analyze([document], publishedAt: CivilDate(year: 2022, month: 10, day: 14))[0]
            #expect(found.allSatisfy { $0.tokens.upperBound <= tokens.count })
        }
        #expect(analyze(String(repeating: "9", count: 400) + " days ago") .count == 1)
    }

    @Test func loadsAllBundledResources() throws {
        let loaded = try LexicalResources.bundled()
        #expect(loaded.gazetteer.places.count == Fixtures.gazetteer.places.count)
        #expect(!loaded.lexicon.entries.isEmpty)
    }
}
