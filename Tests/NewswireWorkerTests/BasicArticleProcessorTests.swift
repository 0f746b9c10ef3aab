import Foundation
import NewswireCore
import Testing
@testable import NewswireWorker

@Suite struct BasicArticleProcessorTests {
    let processor = BasicArticleProcessor(extractorVersion: "1.2.3")

    private func errorClass(_ value: [UInt8]?) -> DeadLetterErrorClass? {
        do throws(ProcessingFailure) {
            _ = try processor.decode(Inputs.message(offset: 0, value: value))
            return nil
        } catch {
            return error.errorClass
        }
    }

    @Test func decodeFailuresKeepTheContractsErrorClass() {
        #expect(errorClass(nil) == .decode)
        #expect(errorClass(Array("plain words".utf8)) == .decode)
        #expect(errorClass([0x7B, 0xFF, 0x7D]) == .decode)
        #expect(errorClass(Array(#"{"id":"a"}"#.utf8)) == .schema)
        #expect(errorClass(Inputs.article(id: "fine")) == nil)
    }

    @Test func theRecordCarriesHeaderLineageAndExtraButNoInventedEntities() throws {
        let message = Inputs.message(
            partition: 3, offset: 1207, value: Array(#"{"id":"k-1","body":"Rain fell.","desk":"weather"}"#.utf8))
        let record = try processor.enrich(try processor.decode(message), source: message)
        #expect(record.article.id == "k-1")
        #expect(record.source?.lineage == "articles.raw/3/1207")
        #expect(record.extractor.version == "1.2.3")
        #expect(record.extra["desk"] == .string("weather"))
        #expect(record.entities.isEmpty && record.events.isEmpty)
    }

    @Test func anArticleInAnotherLanguageGetsANoteInsteadOfADeadLetter() throws {
        let message = Inputs.message(offset: 0, value: Array(#"{"id":"d-1","body":"Es regnet.","language":"de"}"#.utf8))
        let record = try processor.enrich(try processor.decode(message), source: message)
        #expect(record.notes == [EnrichedRecord.languageNotSupportedNote("de")])
    }

    @Test func encodingIsByteIdenticalAcrossRunsAndDecodesAsAnEnrichedRecord() throws {
        let message = Inputs.message(offset: 9, value: Inputs.article(id: "same"))
        let first = try processor.encode(try processor.enrich(try processor.decode(message), source: message))
        let second = try processor.encode(try processor.enrich(try processor.decode(message), source: message))
        #expect(first == second)
        #expect(first.articleID == "same")
        let decoded = try JSONDecoder().decode(EnrichedRecord.self, from: Data(first.enriched))
        #expect(decoded.schema == EnrichedRecord.schemaID)
        #expect(decoded.article.id == "same")
    }
}
