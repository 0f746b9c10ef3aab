import Foundation
import NewswireCore

/// Everything newswire adds to one article, behind one call: tokenizes title and body, finds and
/// resolves entities, then (when an event annotator is set) events and quotations.
///
/// Load it once with ``bundled()`` (all resources are read then) and share it: it is immutable and
/// `Sendable`, and ``extract(_:source:)`` keeps no state between articles.
public struct ArticleExtractor: Sendable {
    /// Splits fields into tokens and sentences.
    public var tokenizer: Tokenizer
    /// Finds, types and resolves entities.
    public var entityExtractor: EntityExtractor
    /// Adds events and quotations; nil leaves both empty.
    public var eventAnnotator: (any EventAnnotator)?
    /// `extractor` block written into every record (name, version, model).
    public var info: ExtractorInfo

    public init(tokenizer: Tokenizer = Tokenizer(), entityExtractor: EntityExtractor,
                eventAnnotator: (any EventAnnotator)? = nil) {
        self.tokenizer = tokenizer
        self.entityExtractor = entityExtractor
        self.eventAnnotator = eventAnnotator
        self.info = ExtractorInfo(model: entityExtractor.tagger?.modelVersion)
    }

    /// The article's fields as documents: the title (when present and not blank), then the body.
    public func documents(of article: RawArticle) -> [TextDocument] {
        var docs: [TextDocument] = []
        if let title = article.title, !title.isEmpty { docs.append(tokenizer.document(title, field: .title)) }
        docs.append(tokenizer.document(article.body, field: .body))
        return docs
    }

    /// The enriched record of one article.
    ///
    /// Articles in a language other than English pass through with their header and extra fields, no
    /// entities and a note saying why.
    /// - Parameter source: the input message's position, when the article came from Kafka.
    public func extract(_ article: RawArticle, source: SourcePosition? = nil) throws(ExtractionError) -> EnrichedRecord {
        var record = EnrichedRecord(raw: article, extractor: info, source: source)
        guard article.isEnglish else {
            record.notes.append("language \(article.language) not supported: no entities or events extracted")
            return record
        }
        let docs = documents(of: article)
        record.entities = entityExtractor.entities(in: docs, publishedAt: article.publishedAt)
        if let eventAnnotator {
            let (events, quotations) = eventAnnotator.extract(documents: docs, entities: record.entities,
                                                              publishedAt: article.publishedAt?.date)
            record.events = events
            record.quotations = quotations
        }
        if entityExtractor.tagger == nil {
            record.notes.append("no NER model loaded: person and organisation names not extracted")
        }
        return record
    }
}
