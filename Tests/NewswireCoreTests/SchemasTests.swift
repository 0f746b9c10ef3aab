import Foundation
import Testing
import NewswireCore

/// The Swift types and the JSON Schemas in Schemas/ describe the same records.
@Suite struct SchemasTests {
    private let encoder = RecordEncoder()

    private func expectValid(_ documents: [Data], _ schema: String) throws {
        let result = try SchemaValidator.validate(documents, against: schema)
        #expect(result.status == 0, "\(schema): \(result.output)")
    }

    private func expectInvalid(_ json: String, _ schema: String, mentioning text: String) throws {
        let result = try SchemaValidator.validate([Data(json.utf8)], against: schema)
        #expect(result.status == 1, "\(schema) accepted \(json)")
        #expect(result.output.contains(text), "\(result.output)")
    }

    /// Records that cover every optional member in both states.
    private var records: [EnrichedRecord] {
        var plain = EnrichedRecord(
            raw: RawArticle(id: "de-1", body: "Hochwasser im Tal.", language: "de"), extractor: ExtractorInfo())
        plain.notes = ["language de not supported: no entities"]
        var disaster = RecordFixtures.record
        disaster.events.append(
            EventRecord(
                id: "v9", type: .disaster, trigger: TextSpan(text: "Quake", start: 0, end: 5, field: .title),
                sentence: 0, counts: [EventCount(value: 2.5, unit: "km", category: "area")], modality: .hypothetical, confidence: 1))
        disaster.quotations.append(QuotationRecord(text: "Stay home", start: 3, end: 12, field: .title))
        return [RecordFixtures.record, plain, disaster]
    }

    @Test func encodedEnrichedRecordsAreValid() throws {
        try expectValid(records.map { try encoder.encode($0) }, "enriched.v1")
    }

    @Test func encodedEventMessagesAreValid() throws {
        let messages = records.flatMap(\.eventMessages)
        #expect(messages.count == 11)  // 5 + 0 + 6
        try expectValid(messages.map { try encoder.encode($0) }, "event.v1")
    }

    @Test func encodedRawArticlesAreValid() throws {
        let articles = [
            RecordFixtures.raw,
            RawArticle.fromPlainText("Title\n\nBody.", id: "txt-1"),
            RawArticle(id: "t", body: "", title: "Headline only"),
        ]
        try expectValid(articles.map { try encoder.encode($0) }, "raw-article.v1")
    }

    @Test func deadLetterHeadersAreValid() throws {
        let source = SourcePosition(topic: "articles.raw", partition: 0, offset: 17)
        let documents = try DeadLetterErrorClass.allCases.map { errorClass in
            let info = DeadLetterHeaders(
                errorClass: errorClass, message: "line one\nline two", source: source,
                failedAt: Date(timeIntervalSince1970: 1_781_000_000.5), attempts: 2)
            let headers = info.headers(keeping: [MessageHeader("traceparent", "00-ab-cd-01")])
            let object = Dictionary(uniqueKeysWithValues: headers.map { ($0.name, $0.stringValue ?? "") })
            return try encoder.encode(object)
        }
        try expectValid(documents, "dlq-headers.v1")
    }

    @Test func schemasRejectRecordsThatBreakTheContract() throws {
        let good = String(decoding: try encoder.encode(RecordFixtures.record), as: UTF8.self)
        try expectInvalid(good.replacingOccurrences(of: "\"published_at\"", with: "\"publishedAt\""), "enriched.v1", mentioning: "publishedAt")
        try expectInvalid(good.replacingOccurrences(of: "\"type\":\"GPE\"", with: "\"type\":\"CITY\""), "enriched.v1", mentioning: "CITY")
        try expectInvalid(good.replacingOccurrences(of: "\"schema\":\"newswire.enriched.v1\"", with: "\"schema\":\"v2\""), "enriched.v1", mentioning: "schema")
        try expectInvalid(good.replacingOccurrences(of: "\"type\":\"evacuation\"", with: "\"type\":\"disaster\""), "enriched.v1", mentioning: "cameo")
        try expectInvalid(#"{"id":"x"}"#, "raw-article.v1", mentioning: "'body' is a required property")
        try expectInvalid(#"{"id":"x","body":""}"#, "raw-article.v1", mentioning: "title")
        try expectInvalid(#"{"id":"x","body":"b","published_at":"2026-03-10"}"#, "raw-article.v1", mentioning: "published_at")
        try expectInvalid(#"{"newswire-error-class":"oops"}"#, "dlq-headers.v1", mentioning: "oops")
    }

    @Test func shippedSchemaSamplesAreValid() throws {
        for (schema, file) in [
            ("raw-article.v1", "raw-article.v1.json"), ("enriched.v1", "enriched.v1.json"),
            ("event.v1", "event.v1.jsonl"), ("dlq-headers.v1", "dlq-headers.v1.json"),
        ] {
            let result = try SchemaValidator.run([schema, "Schemas/samples/\(file)"])
            #expect(result.status == 0, "\(file): \(result.output)")
        }
    }

    @Test func schemaSamplesReadAndWriteBackThroughTheSwiftTypes() throws {
        let dir = SchemaValidator.root.appendingPathComponent("Schemas/samples")
        let enriched = try Data(contentsOf: dir.appendingPathComponent("enriched.v1.json"))
        let record = try JSONDecoder().decode(EnrichedRecord.self, from: enriched)
        try expectSameJSON(try encoder.encode(record), enriched)
        let raw = try Data(contentsOf: dir.appendingPathComponent("raw-article.v1.json"))
        let article = try RawArticle.decode(raw)
        try expectSameJSON(try encoder.encode(article), raw)
        #expect(record.consistencyProblems(with: article) == [])
        let lines = try String(contentsOf: dir.appendingPathComponent("event.v1.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == record.events.count)
        for (line, message) in zip(lines, record.eventMessages) {
            // The event lines are compact with sorted keys: byte for byte what newswire writes.
            #expect(String(decoding: try encoder.encode(message), as: UTF8.self) == String(line))
        }
    }

    private func expectSameJSON(_ a: Data, _ b: Data) throws {
        let x = try JSONSerialization.jsonObject(with: a) as? NSDictionary
        let y = try JSONSerialization.jsonObject(with: b) as? NSDictionary
        #expect(x != nil && x == y)
    }
}
