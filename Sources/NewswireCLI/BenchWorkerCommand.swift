import ArgumentParser
import Foundation
import Kafka
import Logging
import NewswireCore
import NewswireWorker

/// `newswire bench-worker`: end-to-end throughput through the embedded broker against extraction alone, and
/// produce-to-enriched latency at a fixed input rate.
struct BenchWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-worker",
        abstract: "Benchmark the worker: end-to-end vs. extraction alone, and latency at a fixed rate.")

    @Option(help: "Folder with sample raw articles (*.json), cycled with fresh ids.") var samples = "Samples"
    @Option(help: "Articles for the throughput runs.") var articles = 2000
    @Option(help: "Pipeline lanes (and extraction tasks).") var concurrency = 2
    @Option(help: "Input rate for the latency run, articles per second.") var rate = 100
    @Option(help: "Seconds of input for the latency run.") var seconds = 10
    @Option(help: "Body length of each article in characters: sample bodies are joined up to it (the shared sample article has about 5,000).")
    var bodyChars = 5000
    @Option(help: "Articles each worker processes before the clock starts (first metadata and connections are not throughput).")
    var warmup = 50
    @Option(help: "Rounds of extraction alone then end to end; medians are reported.") var rounds = 3
    @Option(help: "fetch.wait.max.ms of the worker's consumer in the latency run (librdkafka's default: 500). The embedded broker holds an empty fetch that long even when data arrives, which a real broker does not.")
    var fetchWaitMs = 500

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .error
            return handler
        }
        let processor = try ExtractingArticleProcessor.bundled()
        let inputs = try makeInputs(count: articles)
        let warmupInputs = try makeInputs(count: warmup, prefix: "warmup")
        // Each round measures extraction alone and then end to end, back to back, so the pair sees one machine
        // state; the medians and the median of the per-round shares are what to quote on a noisy machine.
        var aloneRates: [Double] = [], endToEndRates: [Double] = [], shares: [Double] = []
        for round in 1...max(1, rounds) {
            let alone = try await extractionAlone(processor, inputs)
            let endToEnd = try await throughEmbeddedBroker(processor, inputs, warmingUpWith: warmupInputs)
            aloneRates.append(Double(inputs.count) / alone)
            endToEndRates.append(Double(inputs.count) / endToEnd)
            shares.append(100 * (1 - alone / endToEnd))
            print("round \(round): extraction alone \(format(aloneRates.last!)) articles/s, end to end "
                + "\(format(endToEndRates.last!)) articles/s (\(format(shares.last!))% below extraction alone; "
                + "\(inputs.count) articles)")
        }
        print("median: extraction alone \(format(median(aloneRates))) articles/s, end to end "
            + "\(format(median(endToEndRates))) articles/s, Kafka share \(format(median(shares)))% "
            + "(median of the rounds' shares)")
        let latencies = try await latencyAtFixedRate(processor, warmingUpWith: warmupInputs)
        print("latency at \(rate) articles/s for \(seconds) s, fetch.wait.max.ms \(fetchWaitMs): p50 \(format(percentile(latencies, 0.5))) ms, "
            + "p99 \(format(percentile(latencies, 0.99))) ms, max \(format(latencies.max() ?? 0)) ms (\(latencies.count) articles)")
        print("peak resident memory: \(peakResidentKilobytes() / 1024) MiB")
    }

    /// Articles cycling through the samples with fresh ids; each body is its sample's followed by the next samples'
    /// bodies, up to `bodyChars` characters.
    private func makeInputs(count: Int, prefix: String = "bench") throws -> [(id: String, bytes: [UInt8])] {
        let folder = URL(fileURLWithPath: samples)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no *.json articles in \(samples)") }
        let objects = try files.map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent($0))) as? [String: Any] ?? [:]
        }
        let bodies = objects.map { $0["body"] as? String ?? "" }
        return try (0..<count).map { index in
            var object = objects[index % objects.count]
            var body = bodies[index % bodies.count]
            var next = index + 1
            while body.count < bodyChars, next - index < bodies.count {
                body += "\n\n" + bodies[next % bodies.count]
                next += 1
            }
            let id = "\(prefix)-\(index)"
            object["id"] = id
            object["body"] = body
            return (id, Array(try JSONSerialization.data(withJSONObject: object)))
        }
    }

    /// Runs the warm-up articles through a started worker and waits for them.
    private func warmUp(_ worker: BenchWorker, _ cluster: BenchCluster, _ inputs: [(id: String, bytes: [UInt8])])
        async throws
    {
        try await cluster.publish(inputs)
        try await waitUntilCompleted(worker, inputs.count)
    }

    /// Waits until the worker has completed `total` messages since it started.
    private func waitUntilCompleted(_ worker: BenchWorker, _ total: Int) async throws {
        while await worker.currentStatistics.completed < total { try await Task.sleep(for: .milliseconds(5)) }
    }

    private func extractionAlone(_ processor: ExtractingArticleProcessor, _ inputs: [(id: String, bytes: [UInt8])]) async throws -> Double {
        let clock = ContinuousClock()
        let lanes = concurrency
        let elapsed = try await clock.measure {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for lane in 0..<lanes {
                    group.addTask {
                        for index in stride(from: lane, to: inputs.count, by: lanes) {
                            let message = InboundMessage(
                                topicPartition: TopicPartition(topic: "articles.raw", partition: Int32(lane)),
                                offset: Int64(index), key: Array(inputs[index].id.utf8), value: inputs[index].bytes,
                                timestampMilliseconds: 0)
                            let record = try processor.enrich(try processor.decode(message), source: message)
                            _ = OutputRecords.records(
                                for: try processor.encode(record), source: message, topics: OutputTopics(),
                                extractorVersion: processor.extractorVersion)
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        return seconds(elapsed)
    }

    private func throughEmbeddedBroker(
        _ processor: ExtractingArticleProcessor, _ inputs: [(id: String, bytes: [UInt8])],
        warmingUpWith warmupInputs: [(id: String, bytes: [UInt8])]
    ) async throws -> Double {
        let cluster = try BenchCluster()
        let worker = try cluster.worker(processor: processor, concurrency: concurrency, group: "bench-throughput")
        let running = Task { try await worker.run() }
        try await Task.sleep(for: .seconds(4))  // let the group settle: the clock measures processing, not joining
        try await warmUp(worker, cluster, warmupInputs)
        let clock = ContinuousClock()
        let started = clock.now
        try await cluster.publish(inputs)
        try await waitUntilCompleted(worker, warmupInputs.count + inputs.count)
        let elapsed = clock.now - started
        await worker.stop()
        try await running.value
        await cluster.close()
        return seconds(elapsed)
    }

    private func latencyAtFixedRate(
        _ processor: ExtractingArticleProcessor, warmingUpWith warmupInputs: [(id: String, bytes: [UInt8])]
    ) async throws -> [Double] {
        let cluster = try BenchCluster()
        let worker = try cluster.worker(
            processor: processor, concurrency: concurrency, group: "bench-latency", fetchWaitMilliseconds: fetchWaitMs)
        let running = Task { try await worker.run() }
        try await Task.sleep(for: .seconds(4))  // let the group settle before the clock starts
        try await warmUp(worker, cluster, warmupInputs)
        let inputs = try makeInputs(count: rate * seconds, prefix: "latency")
        let clock = ContinuousClock()
        let start = clock.now
        for (index, input) in inputs.enumerated() {
            try await clock.sleep(until: start.advanced(by: .microseconds(Int64(index) * 1_000_000 / Int64(rate))))
            try await cluster.publish([input])
        }
        try await waitUntilCompleted(worker, warmupInputs.count + inputs.count)
        await worker.stop()
        try await running.value
        let latencies = try await cluster.latencies(count: inputs.count, skipping: "warmup-")
        await cluster.close()
        return latencies
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    /// The middle value, or the mean of the two middle values for an even count (the nearest-rank `percentile`
    /// would report the lower one of two rounds).
    private func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    private func peakResidentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}

/// The worker `bench-worker` runs: the Kafka adapters around the real extraction.
typealias BenchWorker = Worker<KafkaMessageSource, KafkaRecordSink, ExtractingArticleProcessor>
