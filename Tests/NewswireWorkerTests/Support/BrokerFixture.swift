import Kafka
@_exported import NewswireTestSupport
import NewswireWorker

/// The worker tests' broker: an embedded one with the contract's topic names (see ``TestBroker``, shared with the
/// real-broker tests, which also provides `eventually` and ``TappedSink``).
typealias BrokerFixture = TestBroker

extension TestBroker {
    /// Starts an embedded broker with `articles.raw` (`inputPartitions` partitions) and the output topics; with two
    /// brokers, broker 1 leads the input and broker 2 the outputs.
    init(inputPartitions: Int = 4, brokers: Int = 1) throws {
        self = try TestBroker.embedded(brokers: brokers, inputPartitions: inputPartitions)
    }

    /// The embedded cluster (the worker tests always have one).
    var cluster: KafkaMockCluster {
        guard let embeddedCluster else { preconditionFailure("the worker tests' broker is always embedded") }
        return embeddedCluster
    }

    /// A worker in group `group` reading the input topic with the basic processor.
    func makeWorker(
        group: String = "newswire-test", configuration: WorkerConfiguration = WorkerConfiguration(
            concurrency: 4, maxMessageBytes: 8192, commitInterval: .milliseconds(200))
    ) throws -> (Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, BasicArticleProcessor>, KafkaProducer) {
        try makeWorker(group: group, configuration: configuration, processor: BasicArticleProcessor())
    }

    /// The committed offset of each of the input topic's `partitions` for `group` (0 when none).
    func committed(group: String, partitions: Int) async throws -> [Int32: Int64] {
        precondition(partitions == inputPartitions, "the input topic has \(inputPartitions) partitions")
        return try await committed(group: group)
    }

    /// Polls the committed offsets of `group` until they add up to `total` or `timeout` passes; returns the last sum.
    func waitForCommitted(group: String, partitions: Int, total: Int64, timeout: Duration = .seconds(60)) async -> Int64 {
        precondition(partitions == inputPartitions, "the input topic has \(inputPartitions) partitions")
        return await waitForCommitted(group: group, total: total, timeout: timeout)
    }
}
