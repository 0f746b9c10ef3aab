import Foundation
import Testing
import NewswireCore

@Suite struct DeadLetterTests {
    private let source = SourcePosition(topic: "articles.raw", partition: 2, offset: 88)
    private let failedAt = Date(timeIntervalSince1970: 1_773_130_500)

    private func names(_ headers: [MessageHeader]) -> [String] { headers.map(\.name) }

    @Test func keepsOriginalKeyValueAndHeadersThenAddsTheContractHeaders() throws {
        let original = [MessageHeader("traceparent", "00-abc-def-01"), MessageHeader(name: "empty", value: nil)]
        let error = ContractError(.schema, "field 'id' is missing", field: "id")
        let letter = DeadLetter(
            key: Array("k1".utf8), value: Array("{}".utf8), originalHeaders: original, error: error, source: source,
            failedAt: failedAt, attempts: 1)
        #expect(letter.key == Array("k1".utf8))
        #expect(letter.value == Array("{}".utf8))
        let headers = letter.headers
        #expect(Array(headers.prefix(2)) == original)
        #expect(names(Array(headers.dropFirst(2))) == DeadLetterHeaders.names)
        let text = Dictionary(uniqueKeysWithValues: headers.dropFirst(2).map { ($0.name, $0.stringValue ?? "") })
        #expect(text["newswire-error-class"] == "schema")
        #expect(text["newswire-error-message"] == "field 'id' is missing")
        #expect(text["newswire-source-topic"] == "articles.raw")
        #expect(text["newswire-source-partition"] == "2")
        #expect(text["newswire-source-offset"] == "88")
        #expect(text["newswire-failed-at"] == "2026-03-10T08:15:00Z")
        #expect(text["newswire-attempts"] == "1")
    }

    @Test func aMessageDeadLetteredAgainHasItsOldDeadLetterHeadersReplaced() {
        let first = DeadLetterHeaders(errorClass: .produce, message: "timed out", source: source, failedAt: failedAt, attempts: 3)
        let again = DeadLetterHeaders(errorClass: .decode, message: "bad", source: source, failedAt: failedAt)
        let headers = again.headers(keeping: first.headers(keeping: [MessageHeader("x-app", "1")]))
        #expect(names(headers) == ["x-app"] + DeadLetterHeaders.names)
        #expect(headers.first { $0.name == "newswire-error-class" }?.stringValue == "decode")
    }

    @Test func errorMessagesAreSingleLineAndBounded() throws {
        let long = "line one\nline two\t" + String(repeating: "é", count: 2000)
        let h = DeadLetterHeaders(errorClass: .extraction, message: long, source: source, failedAt: failedAt)
        let message = try #require(h.fields.first { $0.name == "newswire-error-message" }?.value)
        #expect(message.hasPrefix("line one line two "))
        #expect(message.utf8.count <= DeadLetterHeaders.maxMessageBytes)
        #expect(message.hasSuffix("…"))
    }

    @Test(arguments: [
        (ContractError.Code.decode, DeadLetterErrorClass.decode),
        (.schema, .schema),
        (.tooLarge, .tooLarge),
        (.encode, .extraction),
    ])
    func contractErrorsMapToTheirDeadLetterClass(code: ContractError.Code, errorClass: DeadLetterErrorClass) {
        #expect(ContractError(code, "x").errorClass == errorClass)
    }

    @Test func errorClassRawValuesAreTheContractsNames() {
        #expect(DeadLetterErrorClass.allCases.map(\.rawValue) == ["decode", "schema", "too_large", "extraction", "produce"])
    }
}
