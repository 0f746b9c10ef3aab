import NewswireCore

/// Why one input message could not be turned into output: its class and a message for the dead letter.
public struct ProcessingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dead-letter class.
    public var errorClass: DeadLetterErrorClass
    /// What was wrong with the message, for `newswire-error-message`.
    public var message: String

    /// Creates a failure.
    public init(_ errorClass: DeadLetterErrorClass, _ message: String) {
        self.errorClass = errorClass
        self.message = message
    }

    public var description: String { "\(errorClass.rawValue): \(message)" }
}

/// An article's encoded outputs: the enriched record and one value per event, before keys and headers are added.
public struct EncodedArticle: Sendable, Hashable {
    /// The article id; every output key derives from it.
    public var articleID: String
    /// The enriched record (UTF-8 JSON).
    public var enriched: [UInt8]
    /// One event message per event, with the event's id (UTF-8 JSON).
    public var events: [EncodedEvent]

    /// Creates encoded outputs.
    public init(articleID: String, enriched: [UInt8], events: [EncodedEvent]) {
        self.articleID = articleID
        self.enriched = enriched
        self.events = events
    }
}

/// One encoded event message.
public struct EncodedEvent: Sendable, Hashable {
    /// The event id within its article (`v1`, `v2`, …).
    public var eventID: String
    /// The event message (UTF-8 JSON).
    public var value: [UInt8]

    /// Creates an encoded event.
    public init(eventID: String, value: [UInt8]) {
        self.eventID = eventID
        self.value = value
    }
}

/// The article-specific work of the pipeline: decode and validate a raw article, enrich it, encode the result.
/// The worker owns everything around it (size limits, keys, headers, delivery, dead letters, commits).
///
/// Implementations must be deterministic: the same message gives byte-identical outputs on every run.
public protocol ArticleProcessor: Sendable {
    /// A decoded, validated raw article.
    associatedtype Article: Sendable
    /// An enriched article (entities and events).
    associatedtype Record: Sendable

    /// The extractor version for the `newswire-extractor` header.
    var extractorVersion: String { get }

    /// Decodes and validates the message value (already checked against the size limit).
    /// Throws ``DeadLetterErrorClass/decode`` or ``DeadLetterErrorClass/schema`` failures.
    func decode(_ message: InboundMessage) throws(ProcessingFailure) -> Article

    /// Extracts entities and events. Throws ``DeadLetterErrorClass/extraction`` failures.
    func enrich(_ article: Article, source: InboundMessage) throws(ProcessingFailure) -> Record

    /// Encodes the enriched record and its event messages as deterministic JSON.
    func encode(_ record: Record) throws(ProcessingFailure) -> EncodedArticle
}
