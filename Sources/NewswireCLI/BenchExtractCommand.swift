import ArgumentParser
import Foundation
import NewswireCore
import NewswireExtraction

/// `newswire bench-extract`: times entity extraction on one article, single-threaded.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        abstract: "Benchmark extraction of one article (one thread); prints load time, articles/s and resident memory."
    )

    @Argument(help: "An article file (.txt: title, blank line, body; or .json).")
    var file: String

    @Option(help: "Articles per timed round.") var `repeat`: Int = 500
    @Option(help: "Timed rounds; the median is reported.") var rounds: Int = 7
    @Option(name: .customLong("published-at"), help: "RFC 3339 publication time for a text file.")
    var publishedAt: String?
    @Flag(help: "Entities only: skip the event annotator.") var entitiesOnly = false

    func run() throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        var extractor = try ArticleExtractor.bundled()
        let load = clock.now - loadStart
        if entitiesOnly { extractor.eventAnnotator = nil }
        guard case .success(var article)? = try ArticleInput.articles(from: file, publishedAt: nil).first else {
            throw ValidationError("\(file) holds no valid article")
        }
        if article.publishedAt == nil { article.publishedAt = publishedAt.flatMap(RFC3339Timestamp.init) }
        let tokens = extractor.documents(of: article).reduce(0) { $0 + $1.tokens.count }
        var entities = 0
        _ = try extractor.extract(article)  // warm-up
        var rates: [Double] = []
        for _ in 0..<max(1, rounds) {
            let start = clock.now
            for _ in 0..<max(1, self.repeat) { entities &+= try extractor.extract(article).entities.count }
            let seconds = Self.seconds(clock.now - start)
            rates.append(Double(max(1, self.repeat)) / seconds)
        }
        rates.sort()
        let median = rates[rates.count / 2]
        print("article: \(file) (\(tokens) tokens, \(entities / (max(1, rounds) * max(1, self.repeat))) entities)")
        print("model load: \(String(format: "%.3f", Self.seconds(load))) s (model \(extractor.info.model ?? "none"))")
        print("articles/s: median \(String(format: "%.1f", median)) min \(String(format: "%.1f", rates.first!)) max \(String(format: "%.1f", rates.last!)) over \(rates.count) rounds of \(self.repeat)")
        print("tokens/s: median \(String(format: "%.0f", median * Double(tokens)))")
        print("resident memory: \(Self.residentMegabytes().map { String(format: "%.1f MB", $0) } ?? "unknown") (peak \(Self.residentMegabytes(peak: true).map { String(format: "%.1f MB", $0) } ?? "unknown"))")
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
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
