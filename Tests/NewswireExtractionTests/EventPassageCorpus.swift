import NewswireCore
import Foundation
@testable import NewswireExtraction

/// The passages written for the event tests (Fixtures/event-passages.json) and what each must yield.
struct EventPassageCorpus: Decodable {
    struct Count: Decodable { var value: Double; var category: String }
    struct Expectation: Decodable {
        var type: String
        var root: String?
        var code: String?
        var place: String?
        var count: Count?
        var modality: String
        var attribution: String?
        var actor: String?
        var acled: String?
        var events_of_type: Int?
    }
    struct Passage: Decodable {
        var id: String
        var text: String
        var published: String?
        var expect: [Expectation]
        var absent: [String]?
    }

    var published: String
    var passages: [Passage]

    static let shared: EventPassageCorpus = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/event-passages.json")
        return try! JSONDecoder().decode(EventPassageCorpus.self, from: Data(contentsOf: url))
    }()

    static let extractor = try! EventExtractor()

    static func date(_ s: String) -> Date { ISO8601DateFormatter().date(from: s)! }

    /// Runs the extractor on one passage.
    static func run(_ p: Passage) -> (input: EventTestSupport.Passage, events: [EventRecord], quotations: [QuotationRecord]) {
        let input = EventTestSupport.passage(p.text)
        let out = extractor.extract(documents: input.documents, entities: input.entities,
                                    publishedAt: date(p.published ?? shared.published))
        return (input, out.events, out.quotations)
    }
}
