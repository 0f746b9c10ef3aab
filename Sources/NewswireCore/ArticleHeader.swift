/// The article fields repeated at the top of every enriched record (`"article": {…}`).
public struct ArticleHeader: Sendable, Hashable, Codable {
    /// The article id; the record's Kafka key.
    public var id: String
    /// Where the article was published.
    public var url: String?
    /// The headline.
    public var title: String?
    /// Publication time, exactly as the raw article gave it.
    public var publishedAt: RFC3339Timestamp?
    /// The outlet's name.
    public var source: String?
    /// BCP-47 language tag (`en` when the raw article had none).
    public var language: String

    /// Creates a header; `language` defaults to `en`.
    public init(
        id: String, url: String? = nil, title: String? = nil, publishedAt: RFC3339Timestamp? = nil,
        source: String? = nil, language: String = "en"
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.publishedAt = publishedAt
        self.source = source
        self.language = language
    }

    enum CodingKeys: String, CodingKey {
        case id, url, title, source, language
        case publishedAt = "published_at"
    }

    /// The short form of this header carried by each `articles.events` message.
    public var reference: ArticleReference {
        ArticleReference(id: id, url: url, publishedAt: publishedAt)
    }
}

/// The article fields an `articles.events` message carries beside its event: id, url, published_at.
public struct ArticleReference: Sendable, Hashable, Codable {
    /// The article id.
    public var id: String
    /// Where the article was published.
    public var url: String?
    /// Publication time, exactly as the raw article gave it.
    public var publishedAt: RFC3339Timestamp?

    /// Creates a reference.
    public init(id: String, url: String? = nil, publishedAt: RFC3339Timestamp? = nil) {
        self.id = id
        self.url = url
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, url
        case publishedAt = "published_at"
    }
}

/// Which program and model produced a record (`"extractor": {…}`).
public struct ExtractorInfo: Sendable, Hashable, Codable {
    /// Always `newswire` for records this project writes.
    public var name: String
    /// The program's semantic version (`NewswireVersion.string`).
    public var version: String
    /// Identifier of the NER model used, when there is one (for example `ner-conll03-…`).
    public var model: String?

    /// Creates extractor information; defaults to this build of newswire.
    public init(name: String = "newswire", version: String = NewswireVersion.string, model: String? = nil) {
        self.name = name
        self.version = version
        self.model = model
    }
}

/// Where the input message came from: the record's lineage (`"source": {…}`).
public struct SourcePosition: Sendable, Hashable, Codable {
    /// Input topic, for example `articles.raw`.
    public var topic: String
    /// Partition of the input message.
    public var partition: Int
    /// Offset of the input message in its partition.
    public var offset: Int64
    /// The input message's Kafka timestamp, when it had one.
    public var timestamp: RFC3339Timestamp?

    /// Creates a position.
    public init(topic: String, partition: Int, offset: Int64, timestamp: RFC3339Timestamp? = nil) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestamp = timestamp
    }

    /// `topic/partition/offset`, the value of the `newswire-source` header.
    public var lineage: String { "\(topic)/\(partition)/\(offset)" }
}
