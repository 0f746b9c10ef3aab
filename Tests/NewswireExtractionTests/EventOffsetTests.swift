import NewswireCore
import Foundation
import Testing
@testable import NewswireExtraction

/// Property: every offset the extractor emits slices exactly its text out of the field it names.
@Suite struct EventOffsetTests {
    static func check(_ events: [EventRecord], _ quotations: [QuotationRecord], in docs: [TextDocument]) -> [String] {
        var problems: [String] = []
        func field(_ f: TextField) -> TextDocument? { docs.first { $0.field == f } }
        for e in events {
            guard let doc = field(e.trigger.field) else { problems.append("\(e.id): no field \(e.trigger.field)"); continue }
            if doc.slice(e.trigger.start, e.trigger.end) != e.trigger.text || e.trigger.start >= e.trigger.end {
                problems.append("\(e.id): trigger \(e.trigger)")
            }
            if !doc.sentences.indices.contains(e.sentence) { problems.append("\(e.id): sentence \(e.sentence)") }
            else {
                let s = doc.sentences[e.sentence]
                if !(s.start <= e.trigger.start && e.trigger.end <= s.end) { problems.append("\(e.id): trigger outside its sentence") }
            }
        }
        for q in quotations {
            guard let doc = field(q.field) else { problems.append("quote: no field"); continue }
            if doc.slice(q.start, q.end) != q.text || q.text.isEmpty { problems.append("quote \(q.start)..<\(q.end): \(q.text)") }
        }
        return problems
    }

    @Test func everyOffsetInThePassageCorpusSlicesItsText() {
        var total = 0
        for p in EventPassageCorpus.shared.passages {
            let (input, events, quotations) = EventPassageCorpus.run(p)
            total += events.count + quotations.count
            let problems = Self.check(events, quotations, in: input.documents)
            #expect(problems.isEmpty, "\(p.id): \(problems)")
        }
        #expect(total >= 35)
    }

    @Test func everyOffsetInTheQuotationCorpusSlicesItsText() {
        for text in QuotationExtractorTests.passages {
            let input = EventTestSupport.passage(text)
            let out = EventPassageCorpus.extractor.extract(documents: input.documents, entities: input.entities, publishedAt: nil)
            #expect(Self.check(out.events, out.quotations, in: input.documents).isEmpty)
        }
    }

    /// The whole extractor over the project's own sample articles (Samples/*.json): every mention, trigger and
    /// quotation offset slices exactly its text, and every record is internally consistent.
    @Test func everyOffsetInTheProjectSamplesSlicesItsText() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(at: samples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        #expect(files.count >= 8)
        let extractor = try ArticleExtractor.bundled()
        var events = 0
        for file in files {
            let article = try RawArticle.decode(Array(try Data(contentsOf: file)), maxBytes: 1 << 20)
            let record = try extractor.extract(article)
            events += record.events.count
            #expect(record.consistencyProblems(with: article).isEmpty, "\(file.lastPathComponent): \(record.consistencyProblems(with: article))")
        }
        #expect(events >= files.count)
    }
}
