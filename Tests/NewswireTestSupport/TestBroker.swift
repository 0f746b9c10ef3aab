import Kafka
import Logging
import NewswireWorker

/// A broker under test and the worker's topics on it, with helpers to publish to them, run workers against them
/// and read them back. The broker is either embedded (``embedded(runID:inputPartitions:topics:outputPartitions:)``,
/// created and owned here) or an external one whose topics the caller created.
public struct TestBroker: Sendable {
    /// `host:port,…` of the broker.
    public let bootstrapServers: String
    /// A name unique to this broker's topics; ``group(_:)`` prefixes consumer groups with it.
    public let runID: String
    /// The topic the workers read.
    public let input: String
    /// The input topic's partition count.
    public let inputPartitions: Int
    /// The workers' output topics.
    public let topics: OutputTopics
    /// The partition count of the enriched and events topics (the dead-letter topic has one).
    public let outputPartitions: Int
    /// librdkafka properties for the workers' consumers (e.g. a session timeout).
    public let workerProperties: [String: String]
    /// The embedded cluster when the broker is one; held here so its brokers live as long as this value.
    public let embeddedCluster: KafkaMockCluster?

    /// Describes topics on an existing broker (the caller has created them).
    public init(
        bootstrapServers: String, runID: String, input: String, inputPartitions: Int, topics: OutputTopics,
        outputPartitions: Int, workerProperties: [String: String] = [:], embeddedCluster: KafkaMockCluster? = nil
    ) {
        self.bootstrapServers = bootstrapServers
        self.runID = runID
        self.input = input
        self.inputPartitions = inputPartitions
        self.topics = topics
        self.outputPartitions = outputPartitions
        self.workerProperties = workerProperties
        self.embeddedCluster = embeddedCluster
    }

    /// Starts an embedded broker and creates `input` and the output topics on it through the mock API. With two
    /// or more `brokers`, broker 1 leads the input topic and broker 2 the output topics, so a test can slow the
    /// output alone (pin the group's coordinator to broker 1 too).
    public static func embedded(
        brokers: Int = 1, runID: String = "newswire-test", input: String = "articles.raw", inputPartitions: Int = 4,
        topics: OutputTopics = OutputTopics(), outputPartitions: Int = 4,
        workerProperties: [String: String] = ["session.timeout.ms": "6000"]
    ) throws -> TestBroker {
        let cluster = try KafkaMockCluster(brokers: brokers)
        let broker = TestBroker(
            bootstrapServers: cluster.bootstrapServers, runID: runID, input: input, inputPartitions: inputPartitions,
            topics: topics, outputPartitions: outputPartitions, workerProperties: workerProperties,
            embeddedCluster: cluster)
        for topic in broker.allTopics { try cluster.createTopic(topic.name, partitions: topic.partitions) }
        guard brokers > 1 else { return broker }
        for topic in broker.allTopics {
            let leader: Int32 = topic.name == input ? 1 : 2
            for partition in 0..<Int32(topic.partitions) {
                try cluster.setPartitionLeader(topic: topic.name, partition: partition, brokerID: leader)
            }
        }
        return broker
    }

    /// The input and output topics with their partition counts.
    public var allTopics: [(name: String, partitions: Int)] {
        [(input, inputPartitions), (topics.enriched, outputPartitions), (topics.events, outputPartitions),
         (topics.deadLetters, 1)]
    }

    /// A consumer group id unique to this broker's run.
    public func group(_ name: String) -> String { "\(runID)-\(name)" }

    /// A client configuration for the broker, with group id and librdkafka properties when given.
    public func configuration(groupID: String? = nil, properties: [String: String] = [:]) -> KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: bootstrapServers, groupID: groupID, properties: properties)
    }

    /// Publishes values (keyed when a key is given) to `topic` (the input by default) and waits for every ack.
    public func publish(_ messages: [(key: String?, value: [UInt8])], to topic: String? = nil) async throws {
        try await publish(messages.map {
            KafkaProducerMessage(topic: topic ?? input, key: $0.key.map { Array($0.utf8) }, value: $0.value)
        })
    }

    /// Publishes prepared messages and waits for every ack.
    public func publish(_ messages: [KafkaProducerMessage]) async throws {
        let producer = try KafkaProducer(configuration: configuration())
        let results = await producer.send(batch: messages)
        await producer.close()
        for result in results { _ = try result.get() }
    }

    /// A worker in `group` reading the input topic and publishing to ``topics`` through `processor`, with the
    /// producer its sink uses (close it after the worker stopped). `kafkaProperties` override ``workerProperties``
    /// for its consumer.
    public func makeWorker<P: ArticleProcessor>(
        group: String, configuration: WorkerConfiguration, processor: P, kafkaProperties: [String: String] = [:]
    ) throws -> (Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, P>, KafkaProducer) {
        var configuration = configuration
        configuration.topics = topics
        let logger = Logger(label: "test-worker-\(group)")
        let properties = workerProperties.merging(kafkaProperties) { _, new in new }
        let source = try KafkaMessageSource(
            configuration: self.configuration(groupID: group, properties: properties),
            topic: input, bufferCapacity: 200, logger: logger)
        let producer = try KafkaProducer(configuration: self.configuration())
        let worker = try Worker(
            source: source, sink: TappedSink(base: KafkaRecordSink(producer: producer), enrichedTopic: topics.enriched),
            processor: processor, configuration: configuration, logger: logger)
        return (worker, producer)
    }
}
