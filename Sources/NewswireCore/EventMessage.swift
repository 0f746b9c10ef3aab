/// A message of `articles.events`: one event with the article fields needed to find it again
/// (`Schemas/event.v1.schema.json`):
///
/// ```json
/// {"schema": "newswire.event.v1",
///  "article": {"id": "…", "url": "…", "published_at": "…"},
///  "event": {"id": "v3", "type": "prisoner_exchange", …}}
/// ```
public struct EventMessage: Sendable, Hashable, Codable {
    /// The value of `schema` in every v1 event message.
    public static let schemaID = "newswire.event.v1"
    /// The value of the `newswire-schema` header.
    public static let schemaHeader = "event.v1"

    /// Always `EventMessage.schemaID` for this version.
    public var schema: String
    /// The article the event comes from.
    public var article: ArticleReference
    /// The event, exactly as in the enriched record.
    public var event: EventRecord

    /// Creates a message; `schema` is always `EventMessage.schemaID`.
    public init(article: ArticleReference, event: EventRecord) {
        self.schema = Self.schemaID
        self.article = article
        self.event = event
    }

    /// The Kafka key, `<article id>#<event id>`: stable across replays, so a replay overwrites.
    public var key: String { "\(article.id)#\(event.id)" }
}
