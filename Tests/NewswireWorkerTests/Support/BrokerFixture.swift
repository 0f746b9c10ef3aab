import Kafka
@_exported import NewswireTestSupport
import NewswireWorker

/// The worker tests' broker: an embedded one with the contract's topic names (see ``TestBroker``, shared with the
/// real-broker tests, which also provides `eventually` and ``TappedSink``).
typealias BrokerFixture = TestBroker

extension TestBroker {
    /// Starts an embedded broker with `articles.raw` (`inputPartitions` partitions) and the output topics.
    init(inputPartitions: Int = 4) throws {
        self = try TestBroker.embedded(inputPartitions: inputPartitions)
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
}
