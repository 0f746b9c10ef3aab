import Benchmark
import Kafka
import KafkaBenchSupport

/// ordo-one/benchmark suite for the wrapper: one produce and one consume of the full workload per iteration,
/// each on a fresh in-process embedded broker (setup outside the measured part).
let benchmarks: @Sendable () -> Void = {
    let workload = WrapperWorkload()
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 0, scalingFactor: .one, maxDuration: .seconds(120), maxIterations: 3)

    Benchmark("Wrapper produce 500k x 2KB", configuration: configuration) { benchmark in
        let cluster = try workload.makeCluster()
        benchmark.startMeasurement()
        _ = try await workload.produce(to: cluster)
        benchmark.stopMeasurement()
    }

    Benchmark("Wrapper consume 500k x 2KB", configuration: configuration) { benchmark in
        let cluster = try workload.makeCluster()
        _ = try await workload.produce(to: cluster)
        benchmark.startMeasurement()
        _ = try await workload.consume(from: cluster)
        benchmark.stopMeasurement()
    }
}
