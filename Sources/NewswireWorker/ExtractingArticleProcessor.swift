import NewswireCore
import NewswireExtraction

/// The worker's production processor: decodes raw articles with the contract, extracts entities, events and
/// quotations with the library's ``NewswireExtraction/ArticleExtractor``, and encodes the enriched record and
/// one event message per event as deterministic JSON.
public struct ExtractingArticleProcessor: ArticleProcessor {
    /// The extractor (immutable, shared by every lane).
    public let extractor: ArticleExtractor
    private let contract: BasicArticleProcessor

    public var extractorVersion: String { extractor.info.version }

    /// Creates the processor around an extractor (usually `ArticleExtractor.bundled()`).
    public init(extractor: ArticleExtractor) {
        self.extractor = extractor
        contract = BasicArticleProcessor(extractorVersion: extractor.info.version)
    }

    /// Creates the processor with every resource shipped in the library, reading them once.
    public static func bundled() throws(WorkerError) -> ExtractingArticleProcessor {
        do throws(ExtractionError) {
            return ExtractingArticleProcessor(extractor: try ArticleExtractor.bundled())
        } catch {
            throw WorkerError(.invalidConfiguration, "the extraction resources could not be loaded: \(error)")
        }
    }

    public func decode(_ message: InboundMessage) throws(ProcessingFailure) -> RawArticle {
        try contract.decode(message)
    }

    public func enrich(_ article: RawArticle, source: InboundMessage) throws(ProcessingFailure) -> EnrichedRecord {
        do throws(ExtractionError) {
            return try extractor.extract(article, source: source.position)
        } catch {
            throw ProcessingFailure(.extraction, "\(error.message) (\(error.remedy))")
        }
    }

    public func encode(_ record: EnrichedRecord) throws(ProcessingFailure) -> EncodedArticle {
        try contract.encode(record)
    }
}
