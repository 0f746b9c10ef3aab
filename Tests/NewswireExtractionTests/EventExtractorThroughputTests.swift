import Foundation
import NewswireCore
import Testing
@testable import NewswireExtraction

/// Speed of event and quotation extraction on an article of about 1,000 tokens built from the passage corpus.
/// The figure is printed; the floor asserted is low enough for a debug build on a shared machine.
@Suite struct EventExtractorThroughputTests {
    static func article() -> EventTestSupport.Passage {
        let text = EventPassageCorpus.shared.passages.filter { !$0.text.hasPrefix("# ") }.map(\.text).joined(separator: "\n\n")
        return EventTestSupport.passage(text + "\n\n" + QuotationExtractorTests.passages.joined(separator: "\n\n"))
    }

    @Test func extractsManyArticlesPerSecondOnOneThread() {
        let input = Self.article()
        let tokens = input.documents.reduce(0) { $0 + $1.tokens.count }
        #expect(tokens >= 600)
        let extractor = EventPassageCorpus.extractor
        let published = EventPassageCorpus.date(EventPassageCorpus.shared.published)
        var events = 0
        let rounds = 40
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                events += extractor.extract(documents: input.documents, entities: input.entities, publishedAt: published).events.count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perSecond = Double(rounds) / seconds
        let per1000 = perSecond * Double(tokens) / 1000
        print("event extraction: \(tokens) tokens, \(events / rounds) events, \(Int(perSecond)) articles/s, \(Int(per1000)) per s at 1,000 tokens")
        #expect(events > 0)
        #expect(perSecond >= 20)
    }
}
