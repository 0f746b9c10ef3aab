import Foundation
import Testing
import NewswireCore

@Suite struct RecordEncoderTests {
    /// The reference encoding: Foundation's JSONEncoder over the Encodable conformances.
    private func reference(_ value: some Encodable) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try e.encode(value)
    }

    @Test func fastPathWritesTheSameBytesAsJSONEncoder() throws {
        let record = RecordFixtures.record
        #expect(try RecordEncoder().encode(record) == reference(record))
        for message in record.eventMessages {
            #expect(try RecordEncoder().encode(message) == reference(message))
        }
        #expect(try RecordEncoder().encode(RecordFixtures.raw) == reference(RecordFixtures.raw))
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, 1, -1, 0.5, 1200, 1e-5, 1e15, 1e16, 123_456_789_012_345, 9_007_199_254_740_992, -2.5e-8, 6.02e23]
        for _ in 0..<500 {
            let exponent = Double.random(in: -12...20, using: &generator)
            values.append((Double.random(in: -1...1, using: &generator) * pow(10, exponent)))
            values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 100)
        }
        for v in values {
            let extra: [String: JSONValue] = ["v": .number(v)]
            let article = RawArticle(id: "n", body: "b", extra: extra)
            #expect(try RecordEncoder().encode(article) == reference(article), "value \(v)")
        }
    }

    @Test func stringsAreEscapedOnlyWhereJSONRequires() throws {
        let tricky = "quote \" backslash \\ slash / tab \t newline \n nul \u{0} bell \u{7} del \u{7F} é 😀 \u{2028}"
        let article = RawArticle(id: "s", body: tricky, title: "Ünïcode / title")
        let data = try RecordEncoder().encode(article)
        #expect(data == (try reference(article)))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"quote \" backslash \\ slash / tab \t newline \n nul \u0000 bell \u0007 del"#))
        #expect(text.contains("é 😀"))
        #expect(try RawArticle.decode(data).body == tricky)
    }

    @Test func unknownKeysAreSortedByCodePoint() throws {
        let article = RawArticle(id: "k", body: "b", extra: ["b": 1, "B": 2, "a10": 3, "a9": 4, "é": 5, "_x": 6])
        let text = String(decoding: try RecordEncoder().encode(article), as: UTF8.self)
        #expect(text == #"{"B":2,"_x":6,"a10":3,"a9":4,"b":1,"body":"b","id":"k","language":"en","é":5}"#)
    }

    @Test func attributesAndExtraNestedObjectsAreSortedToo() throws {
        var record = RecordFixtures.record
        record.entities[0].attributes = ["z": "1", "role": "r", "country": "UA"]
        record.extra = ["meta": ["zeta": 1, "alpha": [["y": true, "x": false]]]]
        let text = String(decoding: try RecordEncoder().encode(record), as: UTF8.self)
        #expect(text.contains(#""attributes":{"country":"UA","role":"r","z":"1"}"#))
        #expect(text.contains(#""extra":{"meta":{"alpha":[{"x":false,"y":true}],"zeta":1}}"#))
    }

    @Test func outputParsesBackToAnEqualRecord() throws {
        let data = try RecordEncoder().encode(RecordFixtures.record)
        let back = try JSONDecoder().decode(EnrichedRecord.self, from: data)
        #expect(try RecordEncoder().encode(back) == data)
    }

    @Test func nonFiniteNumbersThrowAnEncodeError() {
        var record = RecordFixtures.record
        record.events[0].confidence = .nan
        #expect(throws: ContractError.self) { try RecordEncoder().encode(record) }
        let message = EventMessage(article: record.article.reference, event: record.events[0])
        #expect(throws: ContractError.self) { try RecordEncoder().encode(message) }
    }
}
