import Foundation

/// Decodes and validates a raw article value against the `articles.raw` contract, classifying what is wrong:
/// ``FailureClass/decode`` when the bytes are not a JSON document, ``FailureClass/schema`` when the JSON breaks
/// the contract.
enum RawArticleDecoder {
    static let knownFields: Set<String> = ["id", "body", "title", "url", "published_at", "source", "language"]

    static func decode(_ bytes: [UInt8]) throws(ProcessingFailure) -> BasicArticleProcessor.Article {
        guard !bytes.isEmpty else { throw ProcessingFailure(.decode, "the message value is empty") }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ProcessingFailure(.decode, "the message value is not valid UTF-8")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw ProcessingFailure(.decode, "the message value is not JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw ProcessingFailure(.schema, "the article must be a JSON object")
        }
        let id = try requiredString(object, "id")
        guard (1...256).contains(id.unicodeScalars.count) else {
            throw ProcessingFailure(.schema, "`id` must have 1 to 256 characters")
        }
        let body = try requiredString(object, "body")
        let title = try optionalString(object, "title")
        if body.isEmpty && (title ?? "").isEmpty {
            throw ProcessingFailure(.schema, "`body` may be empty only when `title` is not")
        }
        let publishedAt = try optionalString(object, "published_at")
        if let publishedAt, !isRFC3339(publishedAt) {
            throw ProcessingFailure(.schema, "`published_at` must be an RFC 3339 timestamp")
        }
        let language = try optionalString(object, "language") ?? "en"
        if language.isEmpty { throw ProcessingFailure(.schema, "`language` must be a BCP-47 tag") }
        let extra = object.filter { !knownFields.contains($0.key) }
        let extraJSON = (try? JSONSerialization.data(withJSONObject: extra, options: [.sortedKeys])) ?? Data("{}".utf8)
        return BasicArticleProcessor.Article(
            id: id, body: body, title: title, url: try optionalString(object, "url"), publishedAt: publishedAt,
            source: try optionalString(object, "source"), language: language, extraJSON: Array(extraJSON))
    }

    private static func requiredString(_ object: [String: Any], _ key: String) throws(ProcessingFailure) -> String {
        guard let value = object[key], !(value is NSNull) else {
            throw ProcessingFailure(.schema, "`\(key)` is missing")
        }
        guard let string = value as? String else { throw ProcessingFailure(.schema, "`\(key)` must be a string") }
        return string
    }

    private static func optionalString(_ object: [String: Any], _ key: String) throws(ProcessingFailure) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else { throw ProcessingFailure(.schema, "`\(key)` must be a string") }
        return string
    }

    /// Whether `text` is an RFC 3339 date-time (`2024-05-01T09:30:00Z`, optional fraction, `Z` or `±hh:mm`).
    static func isRFC3339(_ text: String) -> Bool {
        let pattern = /\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})/
        return text.wholeMatch(of: pattern) != nil
    }
}
