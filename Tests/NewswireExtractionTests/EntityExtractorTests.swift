import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct EntityExtractorTests {
    typealias F = EntityFixtures

    @Test func nationalitiesAreNORPAndTaggedPlacesTakeTheirGazetteerRecord() throws {
        let text = "Ukrainian troops pushed towards Kherson, British officials said."
        let all = F.entities(text, names: ["Ukrainian": .miscellaneous, "Kherson": .location, "British": .miscellaneous])
        #expect(F.entity("Ukrainian", in: all)?.type == .norp)
        #expect(F.entity("British", in: all)?.type == .norp)
        let kherson = try #require(F.entity("Kherson", in: all))
        #expect(kherson.type == .gpe)
        #expect(kherson.geo?.geonameid == 706448)
    }

    @Test func aCapitalTaggedAsPersonOrOrganisationIsAPlace() throws {
        let text = "Officials in Kyiv rejected the demand. Moscow said talks were over."
        let all = F.entities(text, names: ["Kyiv": .person, "Moscow": .organization])
        #expect(F.entity("Kyiv", in: all)?.type == .gpe)
        #expect(F.entity("Kyiv", in: all)?.geo?.geonameid == 703448)
        #expect(F.entity("Moscow", in: all)?.type == .gpe)
        #expect(F.entity("Moscow", in: all)?.geo?.countryCode == "RU")
    }

    @Test func aCityWhoseNameIsAlsoACommonWordCountsOnceTheTaggerNamesIt() throws {
        let all = F.entities("The minister visited Bologna on Sunday.", names: ["Bologna": .organization])
        let city = try #require(F.entity("Bologna", in: all))
        #expect(city.type == .gpe)
        #expect(city.geo?.geonameid == 3181928)
        #expect(F.entities("The minister visited Bologna on Sunday.").allSatisfy { $0.geo == nil })
    }

    @Test func aLowercaseRegionAfterABracketedNameGivesTheOblast() throws {
        let all = F.entities("Buses will take residents of the (Kherson) region to safety.", names: ["Kherson": .organization])
        let region = try #require(F.entity("Kherson", in: all))
        #expect(region.type == .gpe)
        #expect(region.geo?.geonameid == 706442)
        #expect(region.mentions[0].text == "Kherson")
    }

    @Test func aRiverNamedByItsBankIsALocationWithoutCoordinates() throws {
        let all = F.entities("The brigade holds a strip on the Dnipro's west bank.", names: ["Dnipro": .organization])
        let river = try #require(F.entity("Dnipro", in: all))
        #expect(river.type == .loc)
        #expect(river.geo == nil)
    }

    @Test func hyphenatedModifiersYieldTheirNamesWithExactOffsets() throws {
        let text = "Iranian-made drones, US-provided rockets and Kremlin-backed officials."
        let all = F.entities(text)
        let iranian = try #require(F.entity("Iranian", in: all))
        #expect(iranian.type == .norp)
        #expect(iranian.mentions[0].start == 0 && iranian.mentions[0].end == 7)
        let us = try #require(F.entity("US", in: all))
        #expect(us.type == .gpe)
        #expect(us.geo?.countryCode == "US")
        #expect(F.entity("Kremlin", in: all)?.type == .org)
    }

    @Test func aCountrysLowercaseInstitutionIsAnOrganisation() throws {
        let all = F.entities("Russia's defence ministry denied it, and Ukraine's southern command said nothing.")
        #expect(F.entity("defence ministry", in: all)?.type == .org)
        #expect(F.entity("southern command", in: all)?.type == .org)
        #expect(F.entity("Russia", in: all)?.type == .gpe)
        #expect(F.entity("Ukraine", in: all)?.type == .gpe)
    }

    @Test func numbersAndDatesCarryValuesUnitsAndResolvedDates() throws {
        let text = "On Thursday the army retook 1,200 square kilometres and five villages, about 10 per cent of the area."
        let all = F.entities(text, publishedAt: "2022-10-13T12:00:00Z")
        let area = try #require(F.entity("1,200 square kilometres", in: all))
        #expect(area.type == .quantity && area.value == 1200 && area.unit == "km2")
        let five = try #require(F.entity("five", in: all))
        #expect(five.type == .cardinal && five.value == 5)
        let share = try #require(all.first { $0.type == .percent })
        #expect(share.value == 10)
        let thursday = try #require(F.entity("Thursday", in: all))
        #expect(thursday.type == .date)
        #expect(thursday.normalized == "2022-10-13")
    }

    @Test func aPhotoCreditLineSplitsIntoPhotographerAndAgencies() throws {
        let body = "Odesa - Anna Petrenko/Harbour Photo Agency/Stock Images\n\nThe port reopened on Monday."
        let all = F.entities(body, names: ["Anna Petrenko / Harbour Photo Agency / Stock Images": .organization])
        #expect(F.entity("Anna Petrenko", in: all)?.type == .person)
        #expect(F.entity("Harbour Photo Agency", in: all)?.type == .org)
        #expect(F.entity("Stock Images", in: all)?.type == .org)
        #expect(!all.contains { $0.mentions.contains { $0.text.contains("/") } })
    }

    @Test func aPersonNameBeatsATownOfTheSameName() throws {
        let all = F.entities("Vladimir Ivanov said the plan had failed.", names: ["Vladimir Ivanov": .person])
        #expect(all.map(\.type) == [.person])
        #expect(all.first?.name == "Vladimir Ivanov")
    }

    @Test func withoutATaggerPlacesNumbersAndDatesAreStillFound() throws {
        let docs = [F.tokenizer.document("Three missiles hit Mykolaiv on Tuesday.", field: .body)]
        let extractor = EntityExtractor(tagger: nil, temporal: DateParser(), geocoder: Fixtures.geocoder)
        let all = extractor.entities(in: docs, publishedAt: nil)
        #expect(F.entity("Three", in: all)?.value == 3)
        #expect(F.entity("Mykolaiv", in: all)?.geo?.countryCode == "UA")
        let tuesday = try #require(F.entity("Tuesday", in: all))
        #expect(tuesday.type == .date && tuesday.normalized == nil)
    }

    @Test func overlappingCandidatesKeepTheStrongerAndDisjointOnesSurvive() {
        let extractor = F.extractor()
        let a = MentionCandidate(document: 0, tokens: 0..<3, type: .product, origin: .lexicon)
        let b = MentionCandidate(document: 0, tokens: 2..<3, type: .cardinal, origin: .number, value: 2)
        let c = MentionCandidate(document: 0, tokens: 0..<1, type: .org, origin: .model)
        let kept = extractor.resolveOverlaps([a, b, c])
        #expect(kept == [c, b])  // the model name beats the lexicon entry; the number no longer overlaps
        #expect(extractor.resolveOverlaps([a, b]) == [a])
    }
}
