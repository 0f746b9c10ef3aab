import Foundation
import Testing
import NewswireExtraction

/// Throughput of the lexical components on an article-sized text. Runs only when NEWSWIRE_BENCH=1
/// (a measurement, not a check), in a release build:
/// `NEWSWIRE_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter LexicalBenchmarkTests`
@Suite struct LexicalBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSWIRE_BENCH"] == "1"))
    func articlesPerSecond() throws {
        let clock = ContinuousClock()
        var resources: LexicalResources?
        let rssBefore = Self.residentMegabytes()
        let loadCPUStart = Self.threadCPUSeconds()
        let load = try clock.measure { resources = try LexicalResources.bundled() }
        let loadCPU = Self.threadCPUSeconds() - loadCPUStart
        print(String(format: "lexical resources: load %.3f s thread CPU, resident memory +%.0f MB",
                     loadCPU, Self.residentMegabytes() - rssBefore))
        let lexical = try #require(resources)
        // The sample article lives in the team's shared/ folder beside the checkout (never copied here).
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [ProcessInfo.processInfo.environment["NEWSWIRE_SAMPLE"].map { URL(fileURLWithPath: $0) },
                          repo.deletingLastPathComponent().appendingPathComponent("shared/data/samples/kherson.txt"),
                          repo.deletingLastPathComponent().deletingLastPathComponent()
                              .appendingPathComponent("shared/data/samples/kherson.txt")].compactMap { $0 }
        let sample = try #require(candidates.first { FileManager.default.fileExists(atPath: $0.path) })
        let text = try String(contentsOf: sample, encoding: .utf8)
        let document = TestTokens.document(text)
        let iterations = 2_000
        var found = 0
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<iterations {
                found &+= lexical.analyze([document], publishedAt: CivilDate(year: 2022, month: 10, day: 13))[0].count
            }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let loadSeconds = Double(load.components.seconds) + Double(load.components.attoseconds) / 1e18
        // CPU time of this thread is what one uncontended core would take; wall time includes waiting
        // for a shared machine's cores.
        let report = String(format: "lexical: %d tokens/article, %d mentions; wall %.0f articles/s (%.1f µs); thread CPU %.0f articles/s (%.1f µs); load %.3f s",
                            document.tokens.count, found / iterations, Double(iterations) / seconds,
                            seconds / Double(iterations) * 1e6, Double(iterations) / cpu, cpu / Double(iterations) * 1e6,
                            loadSeconds)
        print(report)
        func time(_ name: String, _ body: () -> Int) {
            var count = 0
            let start = Self.threadCPUSeconds()
            for _ in 0..<iterations { count &+= body() }
            let spent = Self.threadCPUSeconds() - start
            print(String(format: "  %@: %.1f µs/article (thread CPU)", name, spent / Double(iterations) * 1e6))
        }
        let anchor = CivilDate(year: 2022, month: 10, day: 13)
        time("dates") { lexical.dates.mentions(in: document.tokens, anchor: anchor).count }
        time("numbers") { lexical.numbers.mentions(in: document.tokens).count }
        time("lexicon") { lexical.lexicon.matches(in: document.tokens).count }
        time("gazetteer") { lexical.gazetteer.matches(in: document).count }
        time("geocoder") { lexical.geocoder.geocode([document])[0].count }
        #expect(found > 0)
    }

    static func residentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        return fields.count > 1 ? (Double(fields[1]) ?? 0) * 4096 / 1_048_576 : 0
    }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
