import ArgumentParser
import Foundation
import NewswireCore
import NewswireExtraction

/// `newswire bench-extract`: times entity extraction on one article, single-threaded.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        abstract: "Benchmark extraction of a file of articles (one thread); prints load time, articles/s and resident memory."
    )

    @Argument(help: "Articles: .txt (title, blank line, body), .json (one raw article) or .jsonl (one per line).")
    var file: String

    @Option(help: "Passes over the file's articles per timed round.") var `repeat`: Int = 500
    @Option(help: "Timed rounds; the median is reported.") var rounds: Int = 7
    @Option(name: .customLong("published-at"), help: "RFC 3339 publication time for a text file.")
    var publishedAt: String?
    @Flag(help: "Entities only: skip the event annotator.") var entitiesOnly = false
    @Flag(help: "Also time each stage alone (tokenizer, NER, lexical components, entities, events) per article.")
    var components = false

    func run() throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        var extractor = try ArticleExtractor.bundled()
        let load = clock.now - loadStart
        if entitiesOnly { extractor.eventAnnotator = nil }
        var articles = try ArticleInput.articles(from: file, publishedAt: nil).compactMap { try? $0.get() }
        guard !articles.isEmpty else { throw ValidationError("\(file) holds no valid article") }
        let stamp = publishedAt.flatMap(RFC3339Timestamp.init)
        for k in articles.indices where articles[k].publishedAt == nil { articles[k].publishedAt = stamp }
        let tokens = articles.reduce(0) { total, a in total + extractor.documents(of: a).reduce(0) { $0 + $1.tokens.count } }
        var entities = 0
        for a in articles { _ = try extractor.extract(a) }  // warm-up
        var rates: [Double] = []
        var cpuRates: [Double] = []
        let perRound = max(1, self.repeat) * articles.count
        for _ in 0..<max(1, rounds) {
            let start = clock.now
            let cpuStart = Self.threadCPUSeconds()
            for _ in 0..<max(1, self.repeat) {
                for a in articles { entities &+= try extractor.extract(a).entities.count }
            }
            rates.append(Double(perRound) / Self.seconds(clock.now - start))
            cpuRates.append(Double(perRound) / max(1e-9, Self.threadCPUSeconds() - cpuStart))
        }
        rates.sort()
        cpuRates.sort()
        let median = rates[rates.count / 2]
        print("articles: \(articles.count) from \(file), \(tokens / articles.count) tokens and \(entities / (max(1, rounds) * perRound)) entities per article")
        print("model load: \(String(format: "%.3f", Self.seconds(load))) s (model \(extractor.info.model ?? "none"))")
        print("articles/s: median \(String(format: "%.1f", median)) min \(String(format: "%.1f", rates.first!)) max \(String(format: "%.1f", rates.last!)) over \(rates.count) rounds of \(perRound) articles")
        print("articles per CPU second of the thread: median \(String(format: "%.1f", cpuRates[cpuRates.count / 2])) (wall-clock figures suffer when other processes share the cores)")
        print("tokens/s: median \(String(format: "%.0f", median * Double(tokens) / Double(articles.count)))")
        if components { try BenchComponents(extractor: extractor, articles: articles, repeats: max(1, self.repeat)).run() }
        print("resident memory: \(Self.residentMegabytes().map { String(format: "%.1f MB", $0) } ?? "unknown") (peak \(Self.residentMegabytes(peak: true).map { String(format: "%.1f MB", $0) } ?? "unknown"))")
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// CPU time consumed by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// VmRSS (or VmHWM for the peak) from /proc/self/status, in megabytes; nil where there is no /proc.
    static func residentMegabytes(peak: Bool = false) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let key = peak ? "VmHWM:" : "VmRSS:"
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kb / 1024
    }
}
