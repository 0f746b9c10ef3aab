import Kafka

/// The benchmark workload: produce `messages` values of `size` bytes to partition i % `partitions` of a fresh
/// topic on an in-process embedded broker, then consume them all back — the same steps as c/rdkafka_bench.c.
public struct WrapperWorkload: Sendable {
    public var messages: Int
    public var size: Int
    public var partitions: Int

    public init(messages: Int = 500_000, size: Int = 2_048, partitions: Int = 256) {
        self.messages = messages
        self.size = size
        self.partitions = partitions
    }

    /// A fresh cluster with the benchmark topic.
    public func makeCluster() throws -> KafkaMockCluster {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("bench", partitions: partitions)
        return cluster
    }

    /// Produces the messages through ``KafkaProducer/send(batch:)``; returns the time until every report arrived.
    public func produce(to cluster: KafkaMockCluster) async throws -> Duration {
        let payload = [UInt8](repeating: UInt8(ascii: "x"), count: size)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let clock = ContinuousClock()
        let start = clock.now
        let batch = (0..<messages).map {
            KafkaProducerMessage(topic: "bench", partition: Int32($0 % partitions), value: payload)
        }
        let results = await producer.send(batch: batch)
        let elapsed = clock.now - start
        for result in results { _ = try result.get() }
        await producer.close()
        return elapsed
    }

    /// Consumes every message from the beginning through ``KafkaConsumer/messages``; returns the time taken.
    public func consume(from cluster: KafkaMockCluster) async throws -> Duration {
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        let clock = ContinuousClock()
        let start = clock.now
        try consumer.assign((0..<partitions).map {
            KafkaTopicPartition(topic: "bench", partition: Int32($0), offset: KafkaOffset.beginning)
        })
        var count = 0
        var bytes = 0
        for try await message in consumer.messages {
            count += 1
            bytes += message.value.count
            if count == messages { break }
        }
        let elapsed = clock.now - start
        precondition(bytes == messages * size, "unexpected payload sizes")
        await consumer.close()
        return elapsed
    }
}

extension Duration {
    /// The duration in seconds as a Double.
    public var seconds: Double {
        let (whole, atto) = components
        return Double(whole) + Double(atto) / 1e18
    }
}
