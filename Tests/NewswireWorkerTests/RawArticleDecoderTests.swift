import Testing
@testable import NewswireWorker

@Suite struct RawArticleDecoderTests {
    private func failureClass(_ text: String) -> FailureClass? {
        failureClass(Array(text.utf8))
    }

    private func failureClass(_ bytes: [UInt8]) -> FailureClass? {
        do throws(ProcessingFailure) {
            _ = try RawArticleDecoder.decode(bytes)
            return nil
        } catch {
            return error.failureClass
        }
    }

    @Test func aValidArticleDecodesWithDefaultsAndKeepsUnknownFieldsAsExtra() throws {
        let article = try RawArticleDecoder.decode(Array(#"{"id":"a1","body":"Text.","desk":"metro","rank":3}"#.utf8))
        #expect(article.id == "a1")
        #expect(article.body == "Text.")
        #expect(article.language == "en")
        #expect(article.title == nil)
        #expect(String(decoding: article.extraJSON, as: UTF8.self) == #"{"desk":"metro","rank":3}"#)
    }

    @Test func inputsThatAreNotJSONDocumentsAreDecodeFailures() {
        #expect(failureClass("") == .decode)
        #expect(failureClass("this is plain text") == .decode)
        #expect(failureClass([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D]) == .decode)
        #expect(failureClass(#"{"id": "a1", "body": "#) == .decode)
    }

    @Test func jsonThatBreaksTheContractIsASchemaFailure() {
        #expect(failureClass(#"["id","body"]"#) == .schema)
        #expect(failureClass(#""just a string""#) == .schema)
        #expect(failureClass(#"{"body":"no id"}"#) == .schema)
        #expect(failureClass(#"{"id":"","body":"empty id"}"#) == .schema)
        #expect(failureClass(#"{"id":42,"body":"numeric id"}"#) == .schema)
        #expect(failureClass(#"{"id":"a1"}"#) == .schema)
        #expect(failureClass(#"{"id":"a1","body":""}"#) == .schema)
        #expect(failureClass(#"{"id":"a1","body":"x","published_at":"yesterday"}"#) == .schema)
        #expect(failureClass(#"{"id":"a1","body":"x","title":7}"#) == .schema)
        #expect(failureClass(#"{"id":"\#(String(repeating: "x", count: 257))","body":"long id"}"#) == .schema)
    }

    @Test func anEmptyBodyIsAcceptedWhenThereIsATitle() {
        #expect(failureClass(#"{"id":"a1","body":"","title":"Headline only"}"#) == nil)
    }

    @Test func rfc3339TimestampsAreRecognised() {
        #expect(RawArticleDecoder.isRFC3339("2024-05-01T09:30:00Z"))
        #expect(RawArticleDecoder.isRFC3339("2024-05-01T09:30:00.250+02:00"))
        #expect(!RawArticleDecoder.isRFC3339("2024-05-01"))
        #expect(!RawArticleDecoder.isRFC3339("May 1, 2024"))
    }
}
