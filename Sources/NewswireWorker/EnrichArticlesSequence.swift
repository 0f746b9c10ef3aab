import NewswireCore
extension AsyncSequence where Self: Sendable {
    /// Extracts entities and events from each decoded article with `processor`; failures pass through and
    /// extraction failures become ``DeadLetterErrorClass/extraction`` failures.
    public func enrichArticles<P: ArticleProcessor>(with processor: P) -> EnrichArticlesSequence<Self, P>
    where Element == WorkItem<P.Article> {
        EnrichArticlesSequence(base: self, processor: processor)
    }
}

/// The enrichment stage: decoded articles in, enriched records out.
public struct EnrichArticlesSequence<Base: AsyncSequence & Sendable, P: ArticleProcessor>: AsyncSequence, Sendable
where Base.Element == WorkItem<P.Article> {
    public typealias Element = WorkItem<P.Record>
    let base: Base
    let processor: P

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), processor: processor)
    }

    /// The iterator of ``EnrichArticlesSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let processor: P

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(Base.Failure)
            -> WorkItem<P.Record>?
        {
            guard let item = try await base.next(isolation: actor) else { return nil }
            let processor = self.processor
            return item.map { (article) throws(ProcessingFailure) in
                try processor.enrich(article, source: item.message)
            }
        }
    }
}
