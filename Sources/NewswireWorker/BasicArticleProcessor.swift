import Foundation
import NewswireCore

/// The processor the worker uses until the combined extractor (entities + events) is assembled: it decodes and
/// validates raw articles with the contract (`RawArticle.decode`) and produces a valid `newswire.enriched.v1`
/// record with the article header, lineage and preserved extra fields, and with **no entities and no events**.
/// It is replaced by the extraction-backed processor when that lands; it never invents results.
public struct BasicArticleProcessor: ArticleProcessor {
    public let extractorVersion: String
    private let encoder = RecordEncoder()

    /// Creates the processor; `extractorVersion` goes into records and headers.
    public init(extractorVersion: String = NewswireVersion.string) {
        self.extractorVersion = extractorVersion
    }

    /// Decodes with the contract. The size limit is the pipeline's job, so none is applied here.
    public func decode(_ message: InboundMessage) throws(ProcessingFailure) -> RawArticle {
        do throws(ContractError) {
            return try RawArticle.decode(message.value ?? [], maxBytes: .max)
        } catch {
            throw ProcessingFailure(error.errorClass, error.message)
        }
    }

    public func enrich(_ article: RawArticle, source: InboundMessage) throws(ProcessingFailure) -> EnrichedRecord {
        var record = EnrichedRecord(
            raw: article, extractor: ExtractorInfo(version: extractorVersion), source: source.position)
        if !article.isEnglish { record.notes.append(EnrichedRecord.languageNotSupportedNote(article.language)) }
        return record
    }

    public func encode(_ record: EnrichedRecord) throws(ProcessingFailure) -> EncodedArticle {
        do throws(ContractError) {
            let enriched = try encoder.encode(record)
            var events: [EncodedEvent] = []
            for message in record.eventMessages {
                events.append(EncodedEvent(eventID: message.event.id, value: Array(try encoder.encode(message))))
            }
            return EncodedArticle(articleID: record.key, enriched: Array(enriched), events: events)
        } catch {
            throw ProcessingFailure(.extraction, "the enriched record could not be encoded: \(error.message)")
        }
    }
}
