import NewswireOperations

/// An ``ArticleProcessor`` that reports how long each of another processor's stages takes to
/// ``NewswireMetrics/stageDuration(stage:_:)``: `decode`, `extract` (entities and events together) and `encode`.
/// The worker wraps its processor in one when it has metrics.
public struct TimedArticleProcessor<Base: ArticleProcessor>: ArticleProcessor {
    /// The processor doing the work.
    public let base: Base
    /// Where the durations go.
    public let metrics: NewswireMetrics

    /// Wraps `base`.
    public init(_ base: Base, metrics: NewswireMetrics) {
        self.base = base
        self.metrics = metrics
    }

    public var extractorVersion: String { base.extractorVersion }

    public func decode(_ message: InboundMessage) throws(ProcessingFailure) -> Base.Article {
        let start = ContinuousClock.now
        defer { metrics.stageDuration(stage: "decode", ContinuousClock.now - start) }
        return try base.decode(message)
    }

    public func enrich(_ article: Base.Article, source: InboundMessage) throws(ProcessingFailure) -> Base.Record {
        let start = ContinuousClock.now
        defer { metrics.stageDuration(stage: "extract", ContinuousClock.now - start) }
        return try base.enrich(article, source: source)
    }

    public func encode(_ record: Base.Record) throws(ProcessingFailure) -> EncodedArticle {
        let start = ContinuousClock.now
        defer { metrics.stageDuration(stage: "encode", ContinuousClock.now - start) }
        return try base.encode(record)
    }
}
