import NewswireCore
extension AsyncSequence where Self: Sendable {
    /// Encodes each enriched record with `processor` and turns it into the records to publish: the enriched
    /// record keyed by article id, and one event message per event keyed `<article id>#<event id>`, all with the
    /// contract's headers.
    public func encodeRecords<P: ArticleProcessor>(
        with processor: P, topics: OutputTopics
    ) -> EncodeRecordsSequence<Self, P> where Element == WorkItem<P.Record> {
        EncodeRecordsSequence(base: self, processor: processor, topics: topics)
    }
}

/// The encoding stage: enriched records in, the ``OutboundRecord``s to publish out.
public struct EncodeRecordsSequence<Base: AsyncSequence & Sendable, P: ArticleProcessor>: AsyncSequence, Sendable
where Base.Element == WorkItem<P.Record> {
    public typealias Element = WorkItem<[OutboundRecord]>
    let base: Base
    let processor: P
    let topics: OutputTopics

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), processor: processor, topics: topics)
    }

    /// The iterator of ``EncodeRecordsSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let processor: P
        let topics: OutputTopics

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(Base.Failure)
            -> WorkItem<[OutboundRecord]>?
        {
            guard let item = try await base.next(isolation: actor) else { return nil }
            let processor = self.processor
            let topics = self.topics
            return item.map { (record) throws(ProcessingFailure) in
                let encoded = try processor.encode(record)
                return OutputRecords.records(
                    for: encoded, source: item.message, topics: topics, extractorVersion: processor.extractorVersion)
            }
        }
    }
}

/// The topics the worker writes to.
public struct OutputTopics: Sendable, Hashable {
    /// Enriched records (`articles.enriched`).
    public var enriched: String
    /// Event messages (`articles.events`).
    public var events: String
    /// Dead letters (`articles.dlq`).
    public var deadLetters: String

    /// Creates the topic set; the defaults are the contract's topic names.
    public init(
        enriched: String = "articles.enriched", events: String = "articles.events",
        deadLetters: String = "articles.dlq"
    ) {
        self.enriched = enriched
        self.events = events
        self.deadLetters = deadLetters
    }
}
