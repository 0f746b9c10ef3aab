/// The record newswire publishes to `articles.enriched`, one per input article
/// (`Schemas/enriched.v1.schema.json`).
public struct EnrichedRecord: Sendable, Hashable, Codable {
    /// The value of `schema` in every v1 record.
    public static let schemaID = "newswire.enriched.v1"
    /// The value of the `newswire-schema` header.
    public static let schemaHeader = "enriched.v1"

    /// Always `EnrichedRecord.schemaID` for this version.
    public var schema: String
    /// The raw article's header fields.
    public var article: ArticleHeader
    /// Which program and model produced the record.
    public var extractor: ExtractorInfo
    /// The input message's position; nil for records made outside Kafka (for example from a file).
    public var source: SourcePosition?
    /// Entities found, each with all its mentions.
    public var entities: [EntityRecord]
    /// Events found, in text order.
    public var events: [EventRecord]
    /// Direct quotations found, in text order.
    public var quotations: [QuotationRecord]
    /// The raw article's unknown fields, unchanged.
    public var extra: [String: JSONValue]
    /// Remarks on how the article was processed ("language de not supported: no entities"); omitted
    /// from the JSON when empty.
    public var notes: [String]

    /// Creates a record; `schema` is always `EnrichedRecord.schemaID`.
    public init(
        article: ArticleHeader, extractor: ExtractorInfo, source: SourcePosition? = nil,
        entities: [EntityRecord] = [], events: [EventRecord] = [], quotations: [QuotationRecord] = [],
        extra: [String: JSONValue] = [:], notes: [String] = []
    ) {
        self.schema = Self.schemaID
        self.article = article
        self.extractor = extractor
        self.source = source
        self.entities = entities
        self.events = events
        self.quotations = quotations
        self.extra = extra
        self.notes = notes
    }

    /// A record for `raw` with its header and extra fields filled in and nothing extracted yet.
    public init(raw: RawArticle, extractor: ExtractorInfo, source: SourcePosition? = nil) {
        self.init(article: raw.header, extractor: extractor, source: source, extra: raw.extra)
    }

    /// The note for an article whose language newswire does not extract from (the record keeps its header
    /// and `extra` but has no entities, events or quotations).
    public static func languageNotSupportedNote(_ language: String) -> String {
        "language \(language) not supported: no entities"
    }

    /// The Kafka key: the article id.
    public var key: String { article.id }

    /// One `articles.events` message per event, in order.
    public var eventMessages: [EventMessage] {
        events.map { EventMessage(article: article.reference, event: $0) }
    }

    enum CodingKeys: String, CodingKey {
        case schema, article, extractor, source, entities, events, quotations, extra, notes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        article = try c.decode(ArticleHeader.self, forKey: .article)
        extractor = try c.decode(ExtractorInfo.self, forKey: .extractor)
        source = try c.decodeIfPresent(SourcePosition.self, forKey: .source)
        entities = try c.decode([EntityRecord].self, forKey: .entities)
        events = try c.decode([EventRecord].self, forKey: .events)
        quotations = try c.decode([QuotationRecord].self, forKey: .quotations)
        extra = try c.decodeIfPresent([String: JSONValue].self, forKey: .extra) ?? [:]
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(article, forKey: .article)
        try c.encode(extractor, forKey: .extractor)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(entities, forKey: .entities)
        try c.encode(events, forKey: .events)
        try c.encode(quotations, forKey: .quotations)
        try c.encode(extra, forKey: .extra)
        if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
    }
}
