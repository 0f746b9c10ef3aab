import NewswireCore

/// Anything that carries a raw article through a pipeline: the article itself, or a worker's envelope
/// that also holds the Kafka message it came from.
public protocol ArticleCarrying: Sendable {
    /// The article to enrich.
    var article: RawArticle { get }
    /// Where the article was read from, written into the record's `source`; nil outside Kafka.
    var sourcePosition: SourcePosition? { get }
}

extension RawArticle: ArticleCarrying {
    public var article: RawArticle { self }
    public var sourcePosition: SourcePosition? { nil }
}

/// One carrier with the outcome of extracting its article: the record, or the error to dead-letter.
public struct ExtractedArticle<Carrier: ArticleCarrying>: Sendable {
    /// The element that came in, unchanged (so the worker can commit or dead-letter its message).
    public var carrier: Carrier
    /// The enriched record, or why there is none.
    public var result: Result<EnrichedRecord, ExtractionError>

    public init(carrier: Carrier, result: Result<EnrichedRecord, ExtractionError>) {
        self.carrier = carrier
        self.result = result
    }
}

extension AsyncSequence where Element: ArticleCarrying {
    /// Enriches every article with `extractor`, in order, one at a time. A failing article becomes an
    /// element with a failed `result`; it never ends the sequence. Errors of the base sequence pass through.
    public func extractingEntities(with extractor: ArticleExtractor) -> AsyncExtractingEntitiesSequence<Self> {
        AsyncExtractingEntitiesSequence(base: self, extractor: extractor)
    }
}

/// The sequence returned by `extractingEntities(with:)`.
public struct AsyncExtractingEntitiesSequence<Base: AsyncSequence>: AsyncSequence where Base.Element: ArticleCarrying {
    public typealias Element = ExtractedArticle<Base.Element>

    let base: Base
    let extractor: ArticleExtractor

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), extractor: extractor)
    }

    /// Pulls one carrier from the base and extracts its article.
    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let extractor: ArticleExtractor

        public mutating func next() async throws -> Element? {
            guard let carrier = try await base.next() else { return nil }
            do {
                let record = try extractor.extract(carrier.article, source: carrier.sourcePosition)
                return ExtractedArticle(carrier: carrier, result: .success(record))
            } catch {
                return ExtractedArticle(carrier: carrier, result: .failure(error))
            }
        }
    }
}

extension AsyncExtractingEntitiesSequence: Sendable where Base: Sendable {}
extension AsyncExtractingEntitiesSequence.Iterator: Sendable where Base.AsyncIterator: Sendable {}
