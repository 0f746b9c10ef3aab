import Testing
@testable import NewswireExtraction

@Suite struct GeocoderTests {
    let geocoder = Fixtures.geocoder

    /// Resolves every place in `text` (one field) and returns mention text → record.
    private func resolve(_ text: String, title: String? = nil) -> [(text: String, place: Place)] {
        var docs = [TestTokens.document(text)]
        if let title { docs.append(TestTokens.document(title)) }
        let resolved = geocoder.geocode(docs)
        return resolved[0].map { (TestTokens.text(docs[0].tokens, $0.tokens, in: text), $0.place) }
    }

    private func place(_ mention: String, in text: String) -> Place? {
        resolve(text).first { $0.text == mention }?.place
    }

    @Test func bareKhersonIsTheCityAndTheRegionCueGivesTheOblast() throws {
        let text = "Ukrainian troops entered Kherson. Fighting continues across the Kherson region."
        let all = resolve(text)
        #expect(all.map(\.text) == ["Kherson", "Kherson"])
        let city = try #require(all.first { $0.text == "Kherson" }?.place)
        #expect(city.geonameid == 706448)
        #expect(city.feature == .city)
        #expect(city.countryCode == "UA")
        #expect(city.admin1 == "Kherson Oblast")
        #expect(abs(city.latitude - 46.635) < 0.01 && abs(city.longitude - 32.615) < 0.01)
        let region = try #require(all.last?.place)
        #expect(region.geonameid == 706442)
        #expect(region.feature == .admin1)
        #expect(region.name == "Kherson Oblast")
        #expect(region.entityType == .gpe)
    }

    @Test func oblastSpelledOutIsPartOfTheName() {
        let text = "Shelling hit Kherson Oblast and later Kherson oblast villages."
        let all = resolve(text)
        #expect(all.map(\.text) == ["Kherson Oblast", "Kherson"])
        #expect(all.map(\.place.geonameid) == [706442, 706442])
    }

    @Test func cityCuesPickTheCity() {
        #expect(place("Kherson", in: "Residents of Kherson city queued for water.")?.geonameid == 706448)
        #expect(place("Kherson", in: "Trains reached the city of Kherson.")?.geonameid == 706448)
    }

    @Test func kyivCityVersusKyivRegion() {
        #expect(place("Kyiv", in: "Talks took place in Kyiv on Monday.")?.geonameid == 703448)
        let region = place("Kyiv", in: "Power cuts hit the Kyiv region overnight.")
        #expect(region?.geonameid == 703446)
        #expect(region?.name == "Kyiv Oblast")
        #expect(place("Kyiv", in: "Oleksiy Kuleba, the Kyiv regional governor, spoke.")?.geonameid == 703446)
    }

    @Test func placesOfTheSampleStoryResolveToTheirGeoNamesRecords() {
        let text = """
        Officials in Mykolaiv and Kupiansk reported strikes. A village called Mylove was retaken in Ukraine. \
        Ministers met in Brussels while Portugal, Germany and Russia sent envoys. Moscow denied it. \
        Prisoners held at Olenivka were moved. The Zaporizhzhia region was shelled.
        """
        let ids = Dictionary(resolve(text).map { ($0.text, $0.place.geonameid) }, uniquingKeysWith: { a, _ in a })
        #expect(ids["Mykolaiv"] == 700569)
        #expect(ids["Kupiansk"] == 703656)
        #expect(ids["Mylove"] == 700566)
        #expect(ids["Ukraine"] == 690791)
        #expect(ids["Brussels"] == 2800866)
        #expect(ids["Portugal"] == 2264397)
        #expect(ids["Germany"] == 2921044)
        #expect(ids["Russia"] == 2017370)
        #expect(ids["Moscow"] == 524901)
        #expect(ids["Olenivka"] == 698614)
        #expect(ids["Zaporizhzhia"] == 687699)
        let mylove = resolve(text).first { $0.text == "Mylove" }?.place
        #expect(mylove?.feature == .village)
        #expect(mylove?.admin1 == "Kherson Oblast")
    }

    @Test func aTownNameSharedByCountriesGoesToTheArticlesCountry() {
        // Several countries have a populated place of this name; the article is about Ukraine.
        let countries = Set(Fixtures.gazetteer.places(named: "Aleksandrovka").map(\.countryCode))
        #expect(countries.isSuperset(of: ["RU", "UA"]))
        let inRussia = place("Aleksandrovka", in: "Troops in Russia moved through Aleksandrovka.")
        #expect(inRussia?.countryCode == "RU")
        let inUkraine = place("Aleksandrovka", in: "Troops in Ukraine moved through Aleksandrovka.")
        #expect(inUkraine?.countryCode == "UA")
    }

    @Test func aCountryBeatsACityOfTheSameName() {
        #expect(place("Georgia", in: "Envoys from Georgia arrived.")?.feature == .country)
        #expect(place("California", in: "Fires spread across California.")?.feature == .admin1)
    }

    @Test func coordinatedRegionsShareThePluralCue() {
        let all = resolve("Fighting in the Zaporizhzhia and Kherson regions went on.")
        #expect(all.map(\.place.geonameid) == [687699, 706442])
    }

    @Test func bracketedNameStillTakesTheRegionCue() {
        #expect(place("Kherson", in: "residents of the (Kherson) region left")?.geonameid == 706442)
    }

    @Test func englishShortNamesOfCountries() {
        #expect(place("US", in: "The US sent aid.")?.geonameid == 6252001)
        #expect(place("UK", in: "The UK sent aid.")?.geonameid == 2635167)
    }

    @Test func continentsAreLocations() {
        let europe = place("Europe", in: "Gas prices rose across Europe.")
        #expect(europe?.geonameid == 6255148)
        #expect(europe?.entityType == .loc)
    }

    @Test func contextIsSharedAcrossTitleAndBody() {
        let resolved = resolve("Troops moved through Aleksandrovka.", title: "Fighting in Russia")
        #expect(resolved.first?.place.countryCode == "RU")
    }

    @Test func aVillageRecordInAnotherRegionThanTheOneNamedBesideItIsDropped() {
        // The gazetteer's only Lisne lies in Odesa Oblast; one beside "the Kharkiv region" is another village.
        #expect(place("Lisne", in: "The army entered Lisne on Monday.")?.admin1Code == "17")
        let text = "Troops entered the village of Lisne, east of Kupiansk in the Kharkiv region. Shelling hit Lisne later."
        #expect(resolve(text).allSatisfy { $0.text != "Lisne" })
        #expect(place("Kupiansk", in: text)?.admin1Code == "07")
    }

    @Test func aVillageInTheRegionNamedBesideItKeepsItsRecord() {
        let text = "Shelling hit Mylove in the Kherson region on Monday."
        #expect(place("Mylove", in: text)?.geonameid == 700566)
    }
}
