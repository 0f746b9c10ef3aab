import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct GazetteerTests {
    let gazetteer = Fixtures.gazetteer

    private func matched(_ text: String) -> [String] {
        let doc = TestTokens.document(text)
        return gazetteer.matches(in: doc).map { TestTokens.text(doc.tokens, $0.tokens, in: text) }
    }

    @Test func bundledDataCoversCountriesRegionsAndSmallTowns() {
        let features = Dictionary(grouping: gazetteer.places, by: \.feature).mapValues(\.count)
        #expect(features[.country, default: 0] >= 230)
        #expect(features[.admin1, default: 0] >= 3000)
        #expect(features[.village, default: 0] > 50_000)
        #expect(gazetteer.places.count > 140_000)
    }

    @Test func alternateSpellingsFindTheSameRecord() {
        for (spellings, id) in [(["Kyiv", "Kiev"], 703448), (["Kupiansk", "Kupyansk", "Kup'yans'k"], 703656),
                                (["Mykolaiv", "Mykolayiv"], 700569), (["Zaporizhzhia", "Zaporizhzhya"], 687700)] {
            for spelling in spellings {
                #expect(gazetteer.places(named: spelling).contains { $0.geonameid == id }, "\(spelling)")
            }
        }
    }

    @Test func lookupIgnoresCaseDiacriticsAndDashes() {
        #expect(gazetteer.places(named: "zürich").first?.countryCode == "CH")
        #expect(gazetteer.places(named: "KRAKÓW").first?.countryCode == "PL")
        #expect(gazetteer.places(named: "Ivano Frankivsk").first?.geonameid
                == gazetteer.places(named: "Ivano-Frankivsk").first?.geonameid)
        #expect(gazetteer.places(named: "Atlantis-on-Sea-Nowhere").isEmpty)
    }

    @Test func multiWordNamesMatchLongestFirst() {
        #expect(matched("Talks were held in New York and Sri Lanka.") == ["New York", "Sri Lanka"])
        #expect(matched("Troops left Bosnia and Herzegovina yesterday.") == ["Bosnia and Herzegovina"])
        #expect(matched("He flew to Ivano-Frankivsk.") == ["Ivano-Frankivsk"])
    }

    @Test func lowercaseWordsAndCalendarWordsAreNotPlaces() {
        #expect(matched("it may be nice to take a bath in the evening.").isEmpty)
        #expect(matched("The talks resume in May or in March.").isEmpty)
    }

    @Test func commonWordsCountOnlyAfterALocativePreposition() {
        #expect(matched("Police said the road was closed.").isEmpty)
        #expect(matched("She moved to Nice last year.") == ["Nice"])
        #expect(matched("Nice weather returned.").isEmpty)
    }

    @Test func loadsWithinHalfASecondInOptimizedBuilds() throws {
        let url = try #require(ExtractionResources.url(named: "gazetteer.tsv"))
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try Gazetteer.load(from: url) }
        #if DEBUG
        #expect(elapsed < .seconds(15))
        #else
        #expect(elapsed < .milliseconds(500))
        #endif
    }

    @Test func malformedFileIsReportedWithARemedy() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gaz-\(UUID()).tsv")
        try "# header\n1\tXX\t\tnot-a-number\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ExtractionError.self) { try Gazetteer.load(from: url) }
        do {
            _ = try Gazetteer.load(from: url)
        } catch {
            #expect(error.code == .resourceMalformed)
            #expect(error.remedy.contains("make_gazetteer"))
        }
    }
}
