import NewswireCore
import Testing
@testable import NewswireExtraction

/// The evidence beside the tagger's class that settles a name's type (EntityExtractor+Evidence.swift).
extension EntityExtractorTests {
    @Test func aCountryNameIsAPlaceWhereTheNationalityLexiconListsItAsAPlural() throws {
        let tokenizer = Tokenizer()
        let doc = tokenizer.document("The Philippines lies on a chain of volcanoes, officials in Manila said.", field: .body)
        for names in [[:], ["Philippines": NameClass.organization]] {
            let extractor = EntityExtractor(tagger: ListTagger(names), temporal: nil, geocoder: Fixtures.geocoder,
                                            namedLexicon: Fixtures.lexicon)
            let all = extractor.entities(in: [doc], publishedAt: nil)
            let country = try #require(F.entity("Philippines", in: all))
            #expect(country.type == .gpe)
            #expect(country.geo?.countryCode == "PH")
        }
    }

    @Test func aTwoWordCityTaggedAsAPersonTakesItsGazetteerRecord() throws {
        let all = F.entities("Thousands fled El Fasher on Friday after the shelling.", names: ["El Fasher": .person])
        let city = try #require(F.entity("El Fasher", in: all))
        #expect(city.type == .gpe)
        #expect(city.geo?.countryCode == "SD")
    }

    @Test func aTitledPersonKeepsTheTypeEvenWhenACityHasTheName() throws {
        #expect(Fixtures.gazetteer.places(named: "Santa Cruz").contains { $0.feature == .city })
        let all = F.entities("Foreign Minister Santa Cruz arrived on Monday.", names: ["Santa Cruz": .person])
        #expect(F.entity("Santa Cruz", in: all)?.type == .person)
        #expect(F.entity("Santa Cruz", in: all)?.geo == nil)
    }

    @Test func aTownTaggedAsAnOrganisationIsAPlaceAfterALocativePreposition() throws {
        let all = F.entities("Rescuers arrived in Comfort overnight.", names: ["Comfort": .organization])
        let town = try #require(F.entity("Comfort", in: all))
        #expect(town.type == .gpe)
        #expect(town.geo?.countryCode == "US")
    }

    @Test func placesJoinedByAndInOneTaggedNameStandApart() throws {
        let all = F.entities("Drones were launched at the Kharkiv and Sumy regions overnight.",
                             names: ["Kharkiv and Sumy": .organization])
        #expect(all.allSatisfy { $0.type != .org })
        #expect(F.entity("Kharkiv", in: all)?.geo?.feature == "admin1")
        #expect(F.entity("Sumy", in: all)?.type == .gpe)
    }

    @Test func aNameBeforeABuildingWordIsAFacility() {
        let all = F.entities("Police cleared the steps of the Reichstag building.", names: ["Reichstag": .miscellaneous])
        #expect(F.entity("Reichstag", in: all)?.type == .fac)
    }

    @Test func aNameEndingInCountyOrBeforeProvinceIsARegion() {
        let all = F.entities("Water rose fast in Kerr County and in Surigao del Sur province.",
                             names: ["Kerr County": .organization, "Surigao del Sur": .organization])
        #expect(F.entity("Kerr County", in: all)?.type == .gpe)
        #expect(F.entity("Surigao del Sur", in: all)?.type == .gpe)
    }

    @Test func aNameEndingInAnOrganisationHeadOrAfterAnAgencyNounIsAnOrganisation() {
        let all = F.entities("The Black Sea Fleet began drills, the disaster agency Senapred said.",
                             names: ["Black Sea Fleet": .location, "Senapred": .person])
        #expect(F.entity("Black Sea Fleet", in: all)?.type == .org)
        #expect(F.entity("Senapred", in: all)?.type == .org)
    }

    @Test func anAbbreviationOfAnOrganisationNamedInTheArticleIsThatOrganisationNotAPlace() throws {
        let text = "The International Organization for Migration said 900 people left. The IOM will send tents."
        let all = F.entities(text, names: ["International Organization for Migration": .organization, "IOM": .organization])
        let iom = try #require(F.entity("IOM", in: all))
        #expect(iom.type == .org)
        #expect(iom.geo == nil)
    }
}

extension EntityExtractorTests {
    @Test func theTypeEvidenceSettlesForOneMentionHoldsForTheNameElsewhere() {
        let text = "The flood agency Hidrovia said rivers rose. Hidrovia warned residents to leave."
        let all = F.entities(text, names: ["Hidrovia": .person])
        let mentions = all.filter { $0.mentions.contains { $0.text == "Hidrovia" } }
        #expect(!mentions.isEmpty)
        #expect(mentions.allSatisfy { $0.type == .org })
    }

    @Test func aHillCountryIsARegion() {
        let all = F.entities("Rain fell across the Texas Hill Country overnight.", names: ["Texas Hill Country": .organization])
        #expect(F.entity("Texas Hill Country", in: all)?.type == .gpe)
    }
}
