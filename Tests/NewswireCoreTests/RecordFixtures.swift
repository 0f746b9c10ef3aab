import Foundation

#if canImport(NewswireCore)
import NewswireCore
#endif

/// A realistic enriched record for tests and the encoding benchmark: a short invented report with the
/// entities, events and quotation a good extractor would find, offsets computed from the text.
enum RecordFixtures {
    static let body = """
        Russian forces shelled residential districts of Kharkiv overnight, killing four civilians and \
        wounding 17 others, the regional governor, Mykola Dorosh, said on Tuesday. "Two apartment blocks \
        near the ring road were hit by missiles shortly after midnight," Dorosh wrote on Telegram. Emergency \
        crews evacuated about 300 residents from the damaged buildings. Ukraine's defence ministry said its \
        troops had recaptured the village of Lisne, about 25 kilometres east of the city, after a week of \
        fighting. Moscow denied targeting civilians. Separately, Ukraine and Russia exchanged 48 prisoners \
        of war on Monday, according to the Ukrainian human rights commissioner, Iryna Sokil.
        """

    static let raw = RawArticle(
        id: "fixture-kharkiv-0001", body: body, title: "Overnight shelling kills four in Kharkiv",
        url: "https://news.example/world/fixture-kharkiv-0001",
        publishedAt: RFC3339Timestamp("2026-05-12T09:40:00+03:00"), source: "Newswire Samples",
        extra: ["desk": "world", "wordcount": 121])

    /// Offsets of the `occurrence`-th appearance of `text` in the body, in Unicode scalars.
    static func span(_ text: String, _ occurrence: Int = 0) -> (start: Int, end: Int) {
        let scalars = Array(body.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        var seen = 0
        for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            if seen == occurrence { return (i, i + needle.count) }
            seen += 1
        }
        fatalError("\(text) not in fixture body")
    }

    static func mention(_ text: String, _ sentence: Int, _ occurrence: Int = 0) -> MentionRecord {
        let s = span(text, occurrence)
        return MentionRecord(text: text, start: s.start, end: s.end, sentence: sentence)
    }

    static func trigger(_ text: String, _ occurrence: Int = 0) -> TextSpan {
        let s = span(text, occurrence)
        return TextSpan(text: text, start: s.start, end: s.end)
    }

    static var entities: [EntityRecord] {
        [
            EntityRecord(id: "e1", type: .norp, name: "Russian", mentions: [mention("Russian", 0)], salience: 0.31),
            EntityRecord(
                id: "e2", type: .gpe, name: "Kharkiv", mentions: [mention("Kharkiv", 0)],
                geo: GeoRecord(
                    geonameid: 706_483, name: "Kharkiv", countryCode: "UA", admin1: "Kharkiv Oblast",
                    lat: 49.980_81, lon: 36.252_72, feature: "city"), salience: 0.62),
            EntityRecord(id: "e3", type: .cardinal, name: "four", mentions: [mention("four", 0)], value: 4),
            EntityRecord(id: "e4", type: .cardinal, name: "17", mentions: [mention("17", 0)], value: 17),
            EntityRecord(
                id: "e5", type: .person, name: "Mykola Dorosh",
                mentions: [mention("Mykola Dorosh", 0), mention("Dorosh", 1, 1)],
                attributes: ["role": "regional governor"], salience: 0.4562718),
            EntityRecord(
                id: "e6", type: .date, name: "Tuesday", mentions: [mention("Tuesday", 0)], normalized: "2026-05-12"),
            EntityRecord(id: "e7", type: .org, name: "Telegram", mentions: [mention("Telegram", 1)], salience: 0.05),
            EntityRecord(
                id: "e8", type: .cardinal, name: "about 300", mentions: [mention("about 300", 2)], value: 300,
                unit: "people"),
            EntityRecord(
                id: "e9", type: .gpe, name: "Ukraine", mentions: [mention("Ukraine", 3), mention("Ukraine", 5, 1)],
                geo: GeoRecord(
                    geonameid: 690_791, name: "Ukraine", countryCode: "UA", lat: 49, lon: 32, feature: "country"), salience: 0.3),
            EntityRecord(
                id: "e10", type: .org, name: "defence ministry", mentions: [mention("defence ministry", 3)],
                attributes: ["country": "UA"]),
            EntityRecord(id: "e11", type: .gpe, name: "Lisne", mentions: [mention("Lisne", 3)], salience: 0.2),
            EntityRecord(
                id: "e12", type: .quantity, name: "about 25 kilometres", mentions: [mention("about 25 kilometres", 3)],
                value: 25, unit: "km"),
            EntityRecord(id: "e13", type: .date, name: "a week", mentions: [mention("a week", 3)]),
            EntityRecord(
                id: "e14", type: .gpe, name: "Moscow", mentions: [mention("Moscow", 4)],
                geo: GeoRecord(
                    geonameid: 524_901, name: "Moscow", countryCode: "RU", admin1: "Moscow", lat: 55.752_22,
                    lon: 37.615_56, feature: "capital")),
            EntityRecord(
                id: "e15", type: .gpe, name: "Russia", mentions: [mention("Russia", 5, 1)],
                geo: GeoRecord(
                    geonameid: 2_017_370, name: "Russia", countryCode: "RU", lat: 60, lon: 100, feature: "country")),
            EntityRecord(id: "e16", type: .cardinal, name: "48", mentions: [mention("48", 5)], value: 48),
            EntityRecord(
                id: "e17", type: .date, name: "Monday", mentions: [mention("Monday", 5)], normalized: "2026-05-11"),
            EntityRecord(id: "e18", type: .norp, name: "Ukrainian", mentions: [mention("Ukrainian", 5)]),
            EntityRecord(
                id: "e19", type: .person, name: "Iryna Sokil", mentions: [mention("Iryna Sokil", 5)],
                attributes: ["role": "Ukrainian human rights commissioner"]),
        ]
    }

    static var events: [EventRecord] {
        let shelling = EventRecord(
            id: "v1", type: .shellingMissileAttack,
            cameo: CameoCoding(code: "195", label: "Employ aerial weapons", goldstein: -10),
            acled: ACLEDCoding(eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack"),
            trigger: trigger("shelled"), sentence: 0, actors: [EventArgument(entity: "e1", name: "Russian forces")],
            targets: [EventArgument(name: "residential districts")], locations: [EventArgument(entity: "e2", name: "Kharkiv")],
            time: EventTime(text: "overnight", normalized: "2026-05-12"),
            counts: [
                EventCount(value: 4, unit: "civilians", category: "killed"),
                EventCount(value: 17, unit: "people", category: "injured"),
            ],
            attribution: Attribution(source: "Mykola Dorosh", entity: "e5"), modality: .claimed, confidence: 0.8712)
        let evacuation = EventRecord(
            id: "v2", type: .evacuation, cameo: CameoCoding(code: "0233", label: "Appeal for humanitarian aid", goldstein: 3.4),
            acled: ACLEDCoding(eventType: "Strategic developments", subEventType: "Other"), trigger: trigger("evacuated"),
            sentence: 2, actors: [EventArgument(name: "Emergency crews")], targets: [EventArgument(entity: "e8", name: "about 300 residents")],
            locations: [EventArgument(entity: "e2", name: "Kharkiv")], counts: [EventCount(value: 300, unit: "residents", category: "displaced")],
            confidence: 0.7)
        let recapture = EventRecord(
            id: "v3", type: .territoryChange, cameo: CameoCoding(code: "192", label: "Occupy territory", goldstein: -9.5),
            acled: ACLEDCoding(eventType: "Battles", subEventType: "Government regains territory"), trigger: trigger("recaptured"),
            sentence: 3, actors: [EventArgument(entity: "e9", name: "Ukraine")], locations: [EventArgument(entity: "e11", name: "Lisne")],
            time: EventTime(text: "after a week of fighting"),
            attribution: Attribution(source: "Ukraine's defence ministry", entity: "e10"), modality: .claimed, confidence: 0.75)
        let denial = EventRecord(
            id: "v4", type: .attackOnCivilians, cameo: CameoCoding(code: "180", label: "Use unconventional violence", goldstein: -9),
            acled: ACLEDCoding(eventType: "Violence against civilians", subEventType: "Attack"), trigger: trigger("targeting"),
            sentence: 4, actors: [EventArgument(entity: "e14", name: "Moscow")], targets: [EventArgument(name: "civilians")],
            attribution: Attribution(source: "Moscow", entity: "e14"), modality: .denied, confidence: 0.55)
        let exchange = EventRecord(
            id: "v5", type: .prisonerExchange, cameo: CameoCoding(code: "0841", label: "Return, release person(s)", goldstein: 7),
            acled: ACLEDCoding(eventType: "Strategic developments", subEventType: "Other"), trigger: trigger("exchanged"),
            sentence: 5, actors: [EventArgument(entity: "e9", name: "Ukraine"), EventArgument(entity: "e15", name: "Russia")],
            targets: [EventArgument(name: "48 prisoners of war")], time: EventTime(text: "on Monday", normalized: "2026-05-11"),
            counts: [EventCount(value: 48, unit: "prisoners", category: "released")],
            attribution: Attribution(source: "Iryna Sokil", entity: "e19"), modality: .claimed, confidence: 0.9)
        return [shelling, evacuation, recapture, denial, exchange]
    }

    static var quotations: [QuotationRecord] {
        let q = "Two apartment blocks near the ring road were hit by missiles shortly after midnight,"
        let s = span(q)
        return [QuotationRecord(speaker: "e5", speakerName: "Dorosh", text: q, start: s.start, end: s.end, verb: "wrote")]
    }

    static var record: EnrichedRecord {
        var r = EnrichedRecord(
            raw: raw, extractor: ExtractorInfo(version: "0.1.0", model: "ner-conll03-fixture"),
            source: SourcePosition(
                topic: "articles.raw", partition: 3, offset: 1207,
                timestamp: RFC3339Timestamp(Date(timeIntervalSince1970: 1_778_568_000.125))))
        r.entities = entities
        r.events = events
        r.quotations = quotations
        return r
    }
}
