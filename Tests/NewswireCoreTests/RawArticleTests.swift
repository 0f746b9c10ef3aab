import Foundation
import Testing
import NewswireCore

@Suite struct RawArticleTests {
    private func decode(_ json: String, maxBytes: Int = RawArticle.defaultMaxBytes) throws(ContractError) -> RawArticle {
        try RawArticle.decode(Array(json.utf8), maxBytes: maxBytes)
    }

    private func rejection(_ bytes: [UInt8], maxBytes: Int = RawArticle.defaultMaxBytes) -> ContractError? {
        do {
            _ = try RawArticle.decode(bytes, maxBytes: maxBytes)
            return nil
        } catch {
            return error
        }
    }

    private func rejection(_ json: String) -> ContractError? { rejection(Array(json.utf8)) }

    @Test func decodesEveryContractField() throws {
        let a = try decode("""
            {"id":"a-1","body":"Floods hit the valley.","title":"Floods","url":"https://news.example/a-1",
             "published_at":"2026-03-10T08:15:00+02:00","source":"Example Wire","language":"en-GB"}
            """)
        #expect(a.id == "a-1")
        #expect(a.body == "Floods hit the valley.")
        #expect(a.title == "Floods")
        #expect(a.url == "https://news.example/a-1")
        #expect(a.publishedAt?.text == "2026-03-10T08:15:00+02:00")
        #expect(a.publishedAt?.date == Date(timeIntervalSince1970: 1_773_123_300))
        #expect(a.source == "Example Wire")
        #expect(a.language == "en-GB")
        #expect(a.isEnglish)
        #expect(a.extra.isEmpty)
    }

    @Test func languageDefaultsToEnglishAndOtherLanguagesAreAccepted() throws {
        #expect(try decode(#"{"id":"x","body":"b"}"#).language == "en")
        let de = try decode(#"{"id":"x","body":"Hochwasser im Tal.","language":"de"}"#)
        #expect(de.language == "de")
        #expect(!de.isEnglish)
    }

    @Test func unknownFieldsArePreservedUnderExtra() throws {
        let a = try decode(#"{"id":"x","body":"b","desk":"world","tags":["a",1,2.5,true,null],"n":9007199254740993}"#)
        #expect(a.extra["desk"] == "world")
        #expect(a.extra["tags"] == [.string("a"), .integer(1), .number(2.5), .bool(true), .null])
        #expect(a.extra["n"] == .integer(9_007_199_254_740_993))
        #expect(a.extra["id"] == nil)
    }

    @Test func encodingWritesExtraBackAtTopLevel() throws {
        let a = try decode(#"{"id":"x","body":"b","desk":"world","n":9007199254740993}"#)
        let text = String(decoding: try RecordEncoder().encode(a), as: UTF8.self)
        #expect(text == #"{"body":"b","desk":"world","id":"x","language":"en","n":9007199254740993}"#)
        #expect(try RawArticle.decode(Array(text.utf8)) == a)
    }

    @Test func nullOptionalFieldsCountAsAbsent() throws {
        let a = try decode(#"{"id":"x","body":"b","title":null,"published_at":null}"#)
        #expect(a.title == nil && a.publishedAt == nil)
    }

    @Test func oversizedMessagesAreTooLargeBeforeParsing() {
        let e = rejection(Array("not even json".utf8), maxBytes: 5)
        #expect(e?.code == .tooLarge)
        #expect(e?.errorClass == .tooLarge)
        #expect(e?.message.contains("13 bytes") == true)
    }

    @Test func emptyAndBlankMessagesAreDecodeErrors() {
        #expect(rejection([])?.code == .decode)
        #expect(rejection(" \n")?.code == .decode)
    }

    @Test func invalidUTF8IsADecodeErrorNamingTheByteOffset() {
        var bytes = Array(#"{"id":"x","body":"caf"#.utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28] + Array(#""}"#.utf8)
        let e = rejection(bytes)
        #expect(e?.code == .decode)
        #expect(e?.message.contains("byte offset \(offset)") == true)
        // Encoded surrogates and overlong forms are not UTF-8 either.
        #expect(rejection(Array(#"{"id":"x","body":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8))?.code == .decode)
        #expect(rejection(Array(#"{"id":"x","body":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8))?.code == .decode)
    }

    @Test func malformedJSONIsADecodeError() {
        let e = rejection(#"{"id":"x","body":"b""#)
        #expect(e?.code == .decode)
        #expect(e?.message.hasPrefix("message is not valid JSON") == true)
        let missingComma = rejection(#"{"id":"x" "body":"b"}"#)
        #expect(missingComma?.code == .decode)
        #expect(missingComma?.message.contains("character 10") == true, "\(missingComma?.message ?? "")")
    }

    @Test(arguments: [#"[1,2]"#, #""text""#, "42", "null"])
    func nonObjectJSONIsADecodeError(json: String) {
        let e = rejection(json)
        #expect(e?.code == .decode)
        #expect(e?.message.contains("not an object") == true)
    }

    @Test(arguments: [
        (#"{"body":"b"}"#, "id"),
        (#"{"id":null,"body":"b"}"#, "id"),
        (#"{"id":7,"body":"b"}"#, "id"),
        (#"{"id":"","body":"b"}"#, "id"),
        (#"{"id":"x"}"#, "body"),
        (#"{"id":"x","body":["b"]}"#, "body"),
        (#"{"id":"x","body":""}"#, "body"),
        (#"{"id":"x","body":"","title":""}"#, "body"),
        (#"{"id":"x","body":"b","title":3}"#, "title"),
        (#"{"id":"x","body":"b","url":{}}"#, "url"),
        (#"{"id":"x","body":"b","published_at":"yesterday"}"#, "published_at"),
        (#"{"id":"x","body":"b","published_at":1773123300}"#, "published_at"),
        (#"{"id":"x","body":"b","source":false}"#, "source"),
        (#"{"id":"x","body":"b","language":"english language"}"#, "language"),
    ])
    func contractViolationsAreSchemaErrorsNamingTheField(json: String, field: String) {
        let e = rejection(json)
        #expect(e?.code == .schema)
        #expect(e?.errorClass == .schema)
        #expect(e?.field == field)
        #expect(e?.message.contains("'\(field)'") == true)
    }

    @Test func idLengthIsCountedInUnicodeScalarsUpTo256() throws {
        let longest = String(repeating: "ж", count: 256)
        #expect(try decode(#"{"id":"\#(longest)","body":"b"}"#).id == longest)
        let e = rejection(#"{"id":"\#(longest)x","body":"b"}"#)
        #expect(e?.code == .schema && e?.field == "id")
    }

    @Test func emptyBodyIsAcceptedWhenThereIsATitle() throws {
        #expect(try decode(#"{"id":"x","body":"","title":"Quake"}"#).title == "Quake")
    }

    @Test func decodesThroughJSONDecoderWithTheSameRules() throws {
        let a = try JSONDecoder().decode(RawArticle.self, from: Data(#"{"id":"x","body":"b","k":1}"#.utf8))
        #expect(a.extra["k"] == 1)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RawArticle.self, from: Data(#"{"id":"x"}"#.utf8))
        }
    }

    @Test func byteOrderMarkIsTolerated() throws {
        #expect(try RawArticle.decode([0xEF, 0xBB, 0xBF] + Array(#"{"id":"x","body":"b"}"#.utf8)).id == "x")
    }
}
