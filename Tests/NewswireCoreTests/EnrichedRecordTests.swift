import Foundation
import Testing
import NewswireCore

@Suite struct EnrichedRecordTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try RecordEncoder().encode(value), as: UTF8.self)
    }

    private func object(_ value: some Encodable) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: try RecordEncoder().encode(value)) as? [String: Any])
    }

    @Test func roundTripsThroughJSON() throws {
        let record = RecordFixtures.record
        let data = try RecordEncoder().encode(record)
        let back = try JSONDecoder().decode(EnrichedRecord.self, from: data)
        // Values are rounded on the wire, so compare the re-encoded bytes.
        #expect(try RecordEncoder().encode(back) == data)
        #expect(back.entities.count == record.entities.count)
        #expect(back.events.map(\.type) == record.events.map(\.type))
        #expect(back.article.publishedAt?.text == "2026-05-12T09:40:00+03:00")
        #expect(back.extra == ["desk": "world", "wordcount": 121])
    }

    @Test func encodingIsByteIdenticalForEqualRecords() throws {
        let a = try RecordEncoder().encode(RecordFixtures.record)
        for _ in 0..<20 {
            #expect(try RecordEncoder().encode(RecordFixtures.record) == a)
        }
        // Dictionary insertion order does not leak into the bytes.
        var r1 = RecordFixtures.record, r2 = RecordFixtures.record
        r1.extra = ["a": 1, "b": 2, "c": 3, "d": 4]
        r2.extra = [:]
        for k in ["d", "b", "c", "a"] { r2.extra[k] = r1.extra[k] }
        #expect(try RecordEncoder().encode(r1) == RecordEncoder().encode(r2))
    }

    @Test func keysAreSnakeCaseAsTheContractShows() throws {
        let text = try json(RecordFixtures.record)
        for key in ["\"published_at\"", "\"country_code\"", "\"event_type\"", "\"sub_event_type\"", "\"speaker_name\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        for key in ["publishedAt", "countryCode", "eventType", "subEventType", "speakerName"] {
            #expect(!text.contains(key), "camelCase \(key) leaked")
        }
        let top = try object(RecordFixtures.record)
        #expect(Set(top.keys) == ["schema", "article", "extractor", "source", "entities", "events", "quotations", "extra"])
        #expect(top["schema"] as? String == "newswire.enriched.v1")
    }

    @Test func slashesAreNotEscaped() throws {
        #expect(try json(RecordFixtures.record).contains("\"https://news.example/world/fixture-kharkiv-0001\""))
    }

    @Test func scoresAndCoordinatesAreRoundedWithoutFloatingPointNoise() throws {
        var r = RecordFixtures.record
        r.entities[0].salience = 0.1 + 0.2  // 0.30000000000000004
        r.entities[1].geo?.lat = 49.980_814_999_9
        r.events[0].confidence = 2.0 / 3.0
        r.events[0].cameo?.goldstein = -9.999_999
        let text = try json(r)
        #expect(text.contains("\"salience\":0.3,"))
        #expect(text.contains("\"lat\":49.98081,"))
        #expect(text.contains("\"confidence\":0.6667"))
        #expect(text.contains("\"goldstein\":-10"))
        #expect(!text.contains("0000000"))
    }

    @Test func optionalMembersAreOmittedButCameoAndAcledAreExplicitNull() throws {
        var r = RecordFixtures.record
        r.events = [
            EventRecord(
                id: "v1", type: .disaster, trigger: TextSpan(text: "flood", start: 0, end: 5), sentence: 0,
                confidence: 0.5)
        ]
        r.entities = [EntityRecord(id: "e1", type: .org, name: "Red Cross", mentions: [])]
        let top = try object(r)
        let event = try #require((top["events"] as? [[String: Any]])?.first)
        #expect(event["cameo"] is NSNull)
        #expect(event["acled"] is NSNull)
        #expect(event["time"] == nil && event["attribution"] == nil)
        let entity = try #require((top["entities"] as? [[String: Any]])?.first)
        #expect(Set(entity.keys) == ["id", "type", "name", "mentions"])
        #expect(top["notes"] == nil)
    }

    @Test func notesAreWrittenWhenPresent() throws {
        var r = EnrichedRecord(
            raw: RawArticle(id: "de-1", body: "Hochwasser.", language: "de"), extractor: ExtractorInfo())
        r.notes = [EnrichedRecord.languageNotSupportedNote("de")]
        let top = try object(r)
        #expect(top["notes"] as? [String] == ["language de not supported: no entities"])
        #expect((top["article"] as? [String: Any])?["language"] as? String == "de")
        let back = try JSONDecoder().decode(EnrichedRecord.self, from: try RecordEncoder().encode(r))
        #expect(back == r)
    }

    @Test func recordForARawArticleCarriesItsHeaderAndExtra() {
        let r = EnrichedRecord(raw: RecordFixtures.raw, extractor: ExtractorInfo())
        #expect(r.key == "fixture-kharkiv-0001")
        #expect(r.article.title == RecordFixtures.raw.title)
        #expect(r.extra == RecordFixtures.raw.extra)
        #expect(r.extractor.name == "newswire" && r.extractor.version == NewswireVersion.string)
    }

    @Test func mentionOffsetsIndexTheBodyInUnicodeScalars() {
        let scalars = Array(RecordFixtures.body.unicodeScalars)
        for m in RecordFixtures.record.entities.flatMap(\.mentions) {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(s) == m.text)
        }
    }

    @Test func nonFiniteNumbersAreEncodeErrors() {
        var r = RecordFixtures.record
        r.entities[2].value = .infinity
        #expect(throws: ContractError.self) { try RecordEncoder().encode(r) }
        do {
            _ = try RecordEncoder().encode(r)
        } catch {
            #expect(error.code == .encode)
            #expect(error.errorClass == .extraction)
        }
    }
}
