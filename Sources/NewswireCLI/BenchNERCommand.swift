import ArgumentParser
import Foundation
import NewswireExtraction

/// `newswire bench-ner`: times model loading, tokenization and tagging of text articles on one thread.
struct BenchNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ner",
        abstract: "Benchmark tokenizer + NER on text articles (first line title, blank line, body); one thread."
    )

    @Argument(help: "Text articles.") var files: [String]
    @Option(help: "How many passes over the files.") var repeats: Int = 200
    @Option(help: "A model file instead of the bundled one.") var model: String?
    @Flag(help: "Print the entities of each article (field, scalar offsets, label, score, text) before timing.") var show = false

    func run() throws {
        let t0 = Date()
        let ner = try model.map { try NERModel(contentsOf: URL(fileURLWithPath: $0)) } ?? NERModel.bundled()
        let load = Date().timeIntervalSince(t0)
        let articles = try files.map { path -> (String, String) in
            let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
            let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts.first ?? ""), parts.count > 1 ? String(parts[1]) : "")
        }
        let tokenizer = Tokenizer()
        if show {
            for (title, body) in articles {
                let docs = [tokenizer.document(title, field: .title), tokenizer.document(body, field: .body)]
                for (doc, spans) in zip(docs, ner.tag(docs)) {
                    for s in spans {
                        let a = doc.tokens[s.tokens.lowerBound].start, b = doc.tokens[s.tokens.upperBound - 1].end
                        print(String(format: "%@\t%d\t%d\t%@\t%.2f\t%@", doc.field.rawValue, a, b, s.label.rawValue, s.score, doc.slice(a, b)))
                    }
                }
            }
        }
        var tokens = 0, spans = 0
        let t1 = Date(), c1 = Self.threadCPUTime()
        for _ in 0..<repeats {
            for (title, body) in articles {
                let docs = [tokenizer.document(title, field: .title), tokenizer.document(body, field: .body)]
                tokens += docs.reduce(0) { $0 + $1.tokens.count }
                spans += ner.tag(docs).reduce(0) { $0 + $1.count }
            }
        }
        let wall = Date().timeIntervalSince(t1), secs = Self.threadCPUTime() - c1
        let n = repeats * articles.count
        print(String(format: "model %@ loaded in %.3f s", ner.version, load))
        print(String(format: "%d articles, %d tokens, %d spans in %.3f s CPU (%.3f s wall): %.0f articles/s, %.0f tokens/s (%.0f tokens/article) per CPU second",
                     n, tokens, spans, secs, wall, Double(n) / secs, Double(tokens) / secs, Double(tokens) / Double(max(n, 1))))
    }

    /// CPU time of the calling thread, in seconds (robust against other processes sharing the machine).
    static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
