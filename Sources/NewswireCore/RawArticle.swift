/// An article as it arrives on `articles.raw` (see `Schemas/raw-article.v1.schema.json`).
///
/// Build one from message bytes with `RawArticle.decode(_:maxBytes:)`, which validates the contract and
/// throws a `ContractError` whose `errorClass` says which dead-letter class the message belongs to.
/// Fields the contract does not name are kept in `extra` and written back out unchanged.
public struct RawArticle: Sendable, Hashable {
    /// The largest message accepted by default: 1 MiB.
    public static let defaultMaxBytes = 1 << 20
    /// The most Unicode scalars an id may have.
    public static let maxIDLength = 256
    /// The fields the contract names; anything else goes to `extra`.
    public static let knownFields: Set<String> = ["id", "body", "title", "url", "published_at", "source", "language"]

    /// Stable identity of the article (1...256 Unicode scalars); output keys derive from it.
    public var id: String
    /// The article text. Empty only when `title` is not.
    public var body: String
    /// The headline.
    public var title: String?
    /// Where the article was published.
    public var url: String?
    /// Publication time; anchors relative dates.
    public var publishedAt: RFC3339Timestamp?
    /// The outlet's name.
    public var source: String?
    /// BCP-47 language tag as given; `en` when the message has none.
    public var language: String
    /// Every field the contract does not name, unchanged.
    public var extra: [String: JSONValue]

    /// Creates an article. Call `validate()` to check it against the contract.
    public init(
        id: String, body: String, title: String? = nil, url: String? = nil,
        publishedAt: RFC3339Timestamp? = nil, source: String? = nil, language: String = "en",
        extra: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.body = body
        self.title = title
        self.url = url
        self.publishedAt = publishedAt
        self.source = source
        self.language = language
        self.extra = extra
    }

    /// True when the primary language subtag is English (`en`, `en-GB`, `EN-us`…): newswire extracts
    /// entities and events only for these and passes the others through with a note.
    public var isEnglish: Bool {
        language.split(separator: "-", maxSplits: 1).first.map { $0.lowercased() == "en" } ?? false
    }

    /// The header fields this article contributes to its enriched record.
    public var header: ArticleHeader {
        ArticleHeader(id: id, url: url, title: title, publishedAt: publishedAt, source: source, language: language)
    }
}

extension RawArticle: Codable {
    /// Decodes and validates an article from any decoder (the same rules as `decode(_:maxBytes:)`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        guard case .object(let members) = try c.decode(JSONValue.self) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "an article must be a JSON object")
        }
        do {
            self = try RawArticle(validating: members)
        } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: error.message)
        }
    }

    /// Writes the contract's fields (optional ones only when set) and then every `extra` member whose
    /// name does not clash with them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encode(id, forKey: AnyCodingKey("id"))
        try c.encode(body, forKey: AnyCodingKey("body"))
        try c.encodeIfPresent(title, forKey: AnyCodingKey("title"))
        try c.encodeIfPresent(url, forKey: AnyCodingKey("url"))
        try c.encodeIfPresent(publishedAt, forKey: AnyCodingKey("published_at"))
        try c.encodeIfPresent(source, forKey: AnyCodingKey("source"))
        try c.encode(language, forKey: AnyCodingKey("language"))
        for (key, value) in extra where !Self.knownFields.contains(key) {
            try c.encode(value, forKey: AnyCodingKey(key))
        }
    }
}
