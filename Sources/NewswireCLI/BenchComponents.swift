import Foundation
import NewswireCore
import NewswireExtraction

/// `bench-extract --components`: thread CPU time per article of each stage of extraction on its own, so a
/// change to one stage can be judged without the noise of the whole pipeline.
struct BenchComponents {
    let extractor: ArticleExtractor
    let articles: [RawArticle]
    /// Passes over the articles per stage.
    let repeats: Int

    func run() throws {
        let loadStart = BenchExtractCommand.threadCPUSeconds()
        let rssBefore = BenchExtractCommand.residentMegabytes() ?? 0
        let lexical = try LexicalResources.bundled()
        let events = try EventExtractor()
        let lexicalLoad = BenchExtractCommand.threadCPUSeconds() - loadStart
        let docs = articles.map { extractor.documents(of: $0) }
        let anchors = articles.map { $0.publishedAt.map { CivilDate($0.date) } }
        let entities = articles.map { a in extractor.entityExtractor.entities(in: extractor.documents(of: a), publishedAt: a.publishedAt) }
        print("components (thread CPU µs per article, \(repeats) passes over \(articles.count) articles):")
        print(String(format: "  lexical resources + event tables load: %.3f s thread CPU, +%.0f MB resident",
                     lexicalLoad, (BenchExtractCommand.residentMegabytes() ?? 0) - rssBefore))
        time("tokenizer + sentence splitter") { k in extractor.documents(of: articles[k]).count }
        if let tagger = extractor.entityExtractor.tagger {
            time("NER (both stages, Viterbi)") { k in tagger.names(in: docs[k]).count }
        }
        time("dates") { k in docs[k].reduce(0) { $0 + lexical.dates.mentions(in: $1.tokens, anchor: anchors[k]).count } }
        time("numbers") { k in docs[k].reduce(0) { $0 + lexical.numbers.mentions(in: $1.tokens).count } }
        time("named lexicon") { k in docs[k].reduce(0) { $0 + lexical.lexicon.matches(in: $1.tokens).count } }
        time("gazetteer matching") { k in docs[k].reduce(0) { $0 + lexical.gazetteer.matches(in: $1).count } }
        time("gazetteer matching + geocoding") { k in lexical.geocoder.geocode(docs[k]).count }
        time("all lexical components (LexicalResources.analyze)") { k in
            lexical.analyze(docs[k], publishedAt: anchors[k]).count
        }
        time("entities (whole entity extractor, tokens given)") { k in
            extractor.entityExtractor.entities(in: docs[k], publishedAt: articles[k].publishedAt).count
        }
        time("events + quotations (entities given)") { k in
            let r = events.extract(documents: docs[k], entities: entities[k], publishedAt: articles[k].publishedAt?.date)
            return r.events.count + r.quotations.count
        }
    }

    /// Runs `body` over every article `repeats` times and prints the thread CPU time per article.
    private func time(_ name: String, _ body: (Int) -> Int) {
        var sink = 0
        for k in articles.indices { sink &+= body(k) }  // warm-up
        let start = BenchExtractCommand.threadCPUSeconds()
        for _ in 0..<repeats { for k in articles.indices { sink &+= body(k) } }
        let perArticle = (BenchExtractCommand.threadCPUSeconds() - start) / Double(repeats * articles.count)
        print(String(format: "  %@: %.1f µs (%.0f articles per CPU second)%@", name, perArticle * 1e6, 1 / perArticle,
                     sink == Int.min ? " " : ""))
    }
}
