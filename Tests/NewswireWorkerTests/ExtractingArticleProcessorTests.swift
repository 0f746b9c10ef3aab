import Foundation
import NewswireCore
import Testing
@testable import NewswireWorker

@Suite struct ExtractingArticleProcessorTests {
    static let passage = #"""
        {"id":"own-1","title":"Dock workers strike in Hamburg","published_at":"2026-03-04T09:00:00+01:00",
         "body":"Hundreds of dock workers marched through Hamburg on Tuesday, demanding higher wages. Police detained six protesters near the harbour, a spokesman for the city said."}
        """#

    @Test func aValidArticleGetsEntitiesAndEachEventBecomesAnEventMessage() throws {
        let processor = try ExtractingArticleProcessor.bundled()
        let message = Inputs.message(partition: 1, offset: 12, value: Array(Self.passage.utf8))
        let record = try processor.enrich(try processor.decode(message), source: message)
        #expect(record.entities.contains { $0.type == .gpe && $0.name == "Hamburg" })
        #expect(record.source?.lineage == "articles.raw/1/12")
        let encoded = try processor.encode(record)
        #expect(encoded.events.map(\.eventID) == record.events.map(\.id))
        let records = OutputRecords.records(
            for: encoded, source: message, topics: OutputTopics(), extractorVersion: processor.extractorVersion)
        #expect(records.count == 1 + record.events.count)
        for (event, output) in zip(record.events, records.dropFirst()) {
            #expect(output.keyString == "own-1#\(event.id)")
            #expect(output.header("newswire-schema") == "event.v1")
        }
    }

    @Test func extractionIsDeterministicAcrossRuns() throws {
        let processor = try ExtractingArticleProcessor.bundled()
        let message = Inputs.message(offset: 3, value: Array(Self.passage.utf8))
        let first = try processor.encode(try processor.enrich(try processor.decode(message), source: message))
        let second = try processor.encode(try processor.enrich(try processor.decode(message), source: message))
        #expect(first == second)
    }
}
