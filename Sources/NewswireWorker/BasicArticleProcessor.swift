import Foundation
import NewswireCore

/// The processor the worker uses until the combined extractor (entities + events) is assembled: it decodes and
/// validates raw articles against the contract and produces a valid `newswire.enriched.v1` record with the article
/// header, lineage and preserved extra fields, and with **no entities and no events**. It is replaced by the
/// extraction-backed processor when that lands; it never invents results.
public struct BasicArticleProcessor: ArticleProcessor {
    /// A raw article decoded from `articles.raw`.
    public struct Article: Sendable, Hashable {
        /// The article id (1…256 characters).
        public var id: String
        /// The article body.
        public var body: String
        /// Optional header fields.
        public var title: String?, url: String?, publishedAt: String?, source: String?
        /// The BCP-47 language tag (default `en`).
        public var language: String
        /// Fields outside the contract, re-encoded as JSON, preserved under `extra`.
        public var extraJSON: [UInt8]
    }

    /// An enriched record, ready to encode.
    public struct Record: Sendable {
        /// The article.
        public var article: Article
        /// Where it was read from.
        public var sourceTopic: String, sourcePartition: Int32, sourceOffset: Int64
        /// The source message timestamp (RFC 3339), if any.
        public var sourceTimestamp: String?
        /// Notes about the processing (e.g. a language without extraction).
        public var notes: [String]
    }

    public let extractorVersion: String

    /// Creates the processor; `extractorVersion` goes into records and headers.
    public init(extractorVersion: String = NewswireVersion.string) {
        self.extractorVersion = extractorVersion
    }

    public func decode(_ message: InboundMessage) throws(ProcessingFailure) -> Article {
        try RawArticleDecoder.decode(message.value ?? [])
    }

    public func enrich(_ article: Article, source: InboundMessage) throws(ProcessingFailure) -> Record {
        var notes: [String] = []
        if article.language.lowercased() != "en" && !article.language.lowercased().hasPrefix("en-") {
            notes.append("language \(article.language) is not supported: no entities or events extracted")
        }
        return Record(
            article: article, sourceTopic: source.topicPartition.topic,
            sourcePartition: source.topicPartition.partition, sourceOffset: source.offset,
            sourceTimestamp: source.timestampMilliseconds.map(Self.rfc3339), notes: notes)
    }

    public func encode(_ record: Record) throws(ProcessingFailure) -> EncodedArticle {
        var article: [String: Any] = ["id": record.article.id, "language": record.article.language]
        article["title"] = record.article.title
        article["url"] = record.article.url
        article["published_at"] = record.article.publishedAt
        article["source"] = record.article.source
        var source: [String: Any] = [
            "topic": record.sourceTopic, "partition": Int(record.sourcePartition), "offset": record.sourceOffset,
        ]
        source["timestamp"] = record.sourceTimestamp
        let extra = (try? JSONSerialization.jsonObject(with: Data(record.article.extraJSON))) ?? [String: Any]()
        var object: [String: Any] = [
            "schema": "newswire.enriched.v1",
            "article": article,
            "extractor": ["name": "newswire", "version": extractorVersion, "model": "none"],
            "source": source,
            "entities": [Any](), "events": [Any](), "quotations": [Any](),
            "extra": extra,
        ]
        if !record.notes.isEmpty { object["notes"] = record.notes }
        do {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return EncodedArticle(articleID: record.article.id, enriched: Array(data), events: [])
        } catch {
            throw ProcessingFailure(.extraction, "the enriched record could not be encoded: \(error)")
        }
    }

    static func rfc3339(_ milliseconds: Int64) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            .formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
