import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct LexiconTests {
    let lexicon = Fixtures.lexicon

    private func found(_ text: String) -> [String] {
        let tokens = TestTokens.tokens(text)
        return lexicon.matches(in: tokens).map {
            "\(TestTokens.text(tokens, $0.tokens, in: text))=\($0.entry.label):\($0.entry.canonical)"
        }
    }

    @Test func demonymsCarryTheirCountry() {
        #expect(lexicon.entry(for: "Ukrainians")?.attribute == "UA")
        #expect(lexicon.entry(for: "Russian")?.attribute == "RU")
        #expect(lexicon.entry(for: "British")?.attribute == "GB")
        #expect(lexicon.entry(for: "Iranian")?.attribute == "IR")
        #expect(lexicon.entry(for: "American")?.attribute == "US")
        #expect(lexicon.entry(for: "European")?.label == "NORP")
        let countries = Set(lexicon.entries.filter { $0.label == "NORP" }.map(\.attribute))
        #expect(countries.count > 180)
    }

    @Test func weaponSystemsAreProductsInAnySpelling() {
        #expect(found("They sent HIMARS and Himars launchers.") == ["HIMARS=PRODUCT:HIMARS", "Himars=PRODUCT:HIMARS"])
        #expect(found("A Bayraktar TB2 and an S-300 and Leopard 2 tanks") == [
            "Bayraktar TB2=PRODUCT:Bayraktar TB2", "S-300=PRODUCT:S-300", "Leopard 2=PRODUCT:Leopard 2",
        ])
        #expect(found("Patriot batteries and the European Sky Shield") == [
            "Patriot=PRODUCT:Patriot", "European Sky Shield=PRODUCT:European Sky Shield",
        ])
    }

    @Test func wellKnownOrganizationsAndEvents() {
        #expect(found("Nato and NATO and the UN") == ["Nato=ORG:NATO", "NATO=ORG:NATO", "UN=ORG:United Nations"])
        #expect(found("posted on Telegram after the Second World War") == [
            "Telegram=ORG:Telegram", "Second World War=EVENT:World War II",
        ])
    }

    @Test func hyphenatedModifiersAreNotMentions() {
        #expect(found("Kremlin-backed officials and Russian-installed leaders") == [])
        #expect(found("The Kremlin said") == ["Kremlin=ORG:Kremlin"])
    }

    @Test func lowercaseWordsDoNotMatch() {
        #expect(found("a patriot and a javelin thrower") == [])
    }

    @Test func malformedLinesAreReported() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID()).tsv")
        try "# c\nNORP\tOnly two\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ExtractionError.self) { try Lexicon.load(from: [url]) }
    }
}
