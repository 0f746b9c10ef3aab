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

    @Test func loadsAllBundledResources() throws {
        let loaded = try LexicalResources.bundled()
        #expect(loaded.gazetteer.places.count == Fixtures.gazetteer.places.count)
        #expect(!loaded.lexicon.entries.isEmpty)
    }
}
