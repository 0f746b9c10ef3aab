import NewswireCore
import Foundation
import Testing
@testable import NewswireExtraction

/// Runs the extractor on the shared sample article with the analyst's entities standing in for the entity
/// extractor, and writes the enriched record for `score_article.py` (path in NEWSWIRE_EVENTS_RECORD, default
/// /tmp/events-sample-record.json). Needs `../shared/` beside the checkout, as in CI.
@Suite struct EventSampleArticleTests {
    static let samples: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [ProcessInfo.processInfo.environment["NEWSWIRE_SHARED"].map { URL(fileURLWithPath: $0) },
                          root.deletingLastPathComponent().appendingPathComponent("shared"),
                          root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")]
        let shared = candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
        return (shared ?? root).appendingPathComponent("data/samples")
    }()

    /// Publication date of the sample article (a Thursday).
    static let published = ISO8601DateFormatter().date(from: "2022-10-13T12:00:00Z")!

    static func load() throws -> (docs: [TextDocument], entities: [EntityRecord])? {
        let textURL = samples.appendingPathComponent("kherson.txt")
        let goldURL = samples.appendingPathComponent("kherson.gold.json")
        guard let text = try? String(contentsOf: textURL, encoding: .utf8),
              let data = try? Data(contentsOf: goldURL),
              let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let golds = gold["entities"] as? [[String: Any]] else { return nil }
        let sc = Array(text.unicodeScalars)
        let titleEnd = sc.firstIndex(of: "\n") ?? sc.count
        var bodyStart = titleEnd
        while bodyStart < sc.count, sc[bodyStart] == "\n" || sc[bodyStart] == "\r" { bodyStart += 1 }
        func str(_ r: Range<Int>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: sc[r]); return String(v) }
        let title = EventTestSupport.tokenize(str(0..<titleEnd), field: .title)
        let body = EventTestSupport.tokenize(str(bodyStart..<sc.count), field: .body)
        var entities: [EntityRecord] = []
        for g in golds {
            guard let id = g["id"] as? String, let typeName = g["type"] as? String, let type = EntityType(rawValue: typeName),
                  let ms = g["mentions"] as? [[String: Any]] else { continue }
            var mentions: [MentionRecord] = []
            for m in ms {
                guard let s = m["start"] as? Int, let e = m["end"] as? Int, let t = m["text"] as? String else { continue }
                let inTitle = s < titleEnd
                let base = inTitle ? 0 : bodyStart
                let doc = inTitle ? title : body
                let sentence = doc.sentences.firstIndex { $0.start <= s - base && e - base <= $0.end } ?? 0
                mentions.append(MentionRecord(text: t, start: s - base, end: e - base, sentence: sentence, field: inTitle ? .title : .body))
            }
            var e = EntityRecord(id: id, type: type, name: mentions.first?.text ?? id, mentions: mentions)
            if [.gpe, .loc, .fac].contains(type) {
                let name = (g["name"] as? String) ?? ""
                let feature = name.contains("Oblast") ? "admin1"
                    : ["L_russia", "L_ukraine", "L_germany", "L_us", "L_portugal"].contains(id) ? "country"
                    : id == "L_europe" ? "continent" : type == .fac ? "facility" : type == .loc ? "river" : "city"
                e.geo = GeoRecord(geonameid: 0, name: name, countryCode: "", lat: 0, lon: 0, feature: feature)
            }
            if let v = g["value"] as? Double { e.value = v } else if let v = g["value"] as? Int { e.value = Double(v) }
            e.unit = g["unit"] as? String
            if [.date, .time].contains(type) { e.normalized = isoDate(e.name) }
            entities.append(e)
        }
        return ([title, body], entities)
    }

    /// A stand-in for the date normalizer: relative dates against the sample's publication day.
    static func isoDate(_ text: String) -> String? {
        let t = text.lowercased()
        let days = ["monday": "2022-10-10", "tuesday": "2022-10-11", "wednesday": "2022-10-12", "thursday": "2022-10-13",
                    "overnight": "2022-10-13"]
        for (k, v) in days where t.contains(k) { return v }
        if t.contains("september") { return "2022-09" }
        if t.contains("february") { return "2022-02" }
        if t.contains("october") || t.contains("this month") || t.contains("this week") { return "2022-10" }
        return nil
    }

    @Test func sampleArticleYieldsCodedEventsAndWritesTheRecord() throws {
        guard let (docs, entities) = try Self.load() else { return }
        let extractor = try EventExtractor()
        let (events, quotations) = extractor.extract(documents: docs, entities: entities, publishedAt: Self.published)
        let record = EnrichedRecordForScoring(entities: entities, events: events, quotations: quotations)
        let path = ProcessInfo.processInfo.environment["NEWSWIRE_EVENTS_RECORD"] ?? "/tmp/events-sample-record.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(record).write(to: URL(fileURLWithPath: path))
        #expect(events.count >= 10)
        #expect(events.allSatisfy { $0.type == .disaster || $0.type == .election || $0.cameo != nil })
        #expect(quotations.count >= 5)
    }

    /// The same article with the library's own tokenizer and bundled NER model standing in for the full entity
    /// pipeline (no dates, numbers or gazetteer yet): the record goes to NEWSWIRE_EVENTS_NER_RECORD.
    @Test func sampleArticleWithTheBundledNERYieldsEvents() throws {
        guard let text = try? String(contentsOf: Self.samples.appendingPathComponent("kherson.txt"), encoding: .utf8) else { return }
        let sc = Array(text.unicodeScalars)
        let titleEnd = sc.firstIndex(of: "\n")!
        var bodyStart = titleEnd
        while sc[bodyStart] == "\n" { bodyStart += 1 }
        func str(_ r: Range<Int>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: sc[r]); return String(v) }
        let docs = [Tokenizer().document(str(0..<titleEnd), field: .title), Tokenizer().document(str(bodyStart..<sc.count), field: .body)]
        let model = try NERModel.bundled()
        let spans = model.tag(docs)
        var entities: [EntityRecord] = []
        for (d, doc) in docs.enumerated() {
            for sp in spans[d] {
                let start = doc.tokens[sp.tokens.lowerBound].start, end = doc.tokens[sp.tokens.upperBound - 1].end
                let t = doc.slice(start, end)
                let type: EntityType
                switch sp.label.rawValue {
                case let l where l.contains("PER"): type = .person
                case let l where l.contains("ORG"): type = .org
                case let l where l.contains("LOC"): type = .gpe
                default: type = t.hasSuffix("n") || t.hasSuffix("ns") || t.hasSuffix("sh") ? .norp : .product
                }
                let sentence = doc.sentences.firstIndex { $0.start <= start && end <= $0.end } ?? 0
                let m = MentionRecord(text: t, start: start, end: end, sentence: sentence, field: doc.field)
                if let k = entities.firstIndex(where: { $0.name == t && $0.type == type }) { entities[k].mentions.append(m) }
                else { entities.append(EntityRecord(id: "e\(entities.count + 1)", type: type, name: t, mentions: [m])) }
            }
        }
        let out = try EventExtractor().extract(documents: docs, entities: entities, publishedAt: Self.published)
        let path = ProcessInfo.processInfo.environment["NEWSWIRE_EVENTS_NER_RECORD"] ?? "/tmp/events-sample-ner-record.json"
        try JSONEncoder().encode(EnrichedRecordForScoring(entities: entities, events: out.events, quotations: out.quotations))
            .write(to: URL(fileURLWithPath: path))
        #expect(out.events.count >= 10)
        #expect(out.quotations.count >= 5)
    }
}

/// The parts of an enriched record `score_article.py` reads.
struct EnrichedRecordForScoring: Encodable {
    var entities: [EntityRecord]
    var events: [EventRecord]
    var quotations: [QuotationRecord]
}
