import Foundation
import NewswireCore

/// The hook through which `ArticleExtractor` adds events and quotations to a record: given the
/// article's fields and its resolved entities, returns the events and quotations it states.
/// The event extractor conforms with its own `extract(documents:entities:publishedAt:)`.
public protocol EventAnnotator: Sendable {
    /// Events and quotations of one article.
    func extract(documents: [TextDocument], entities: [EntityRecord],
                 publishedAt: Date?) -> (events: [EventRecord], quotations: [QuotationRecord])
}
