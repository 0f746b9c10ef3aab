import Synchronization
import Testing
@testable import Kafka

@Suite struct KafkaMockClusterTests {
    @Test func aBrokersRoundTripTimeDelaysItsAcknowledgementsOnlyAndCanBeRemoved() async throws {
        let cluster = try KafkaMockCluster(brokers: 2)
        try cluster.createTopic("slow", partitions: 1)
        try cluster.createTopic("quick", partitions: 1)
        try cluster.setPartitionLeader(topic: "slow", partition: 0, brokerID: 2)
        try cluster.setPartitionLeader(topic: "quick", partition: 0, brokerID: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration(properties: ["linger.ms": "0"]))
        for topic in ["slow", "quick"] {  // connections and metadata first, so only the delay is measured
            _ = try await producer.send(KafkaProducerMessage(topic: topic, key: nil, value: "warm-up"))
        }

        try cluster.setRoundTripTime(.milliseconds(800), brokerID: 2)
        let slowDone = Mutex(false)
        let clock = ContinuousClock()
        let started = clock.now
        let slow = Task {
            let report = try await producer.send(KafkaProducerMessage(topic: "slow", key: nil, value: "delayed"))
            slowDone.withLock { $0 = true }
            return report
        }
        _ = try await producer.send(KafkaProducerMessage(topic: "quick", key: nil, value: "not delayed"))
        let slowFinishedFirst = slowDone.withLock { $0 }
        #expect(!slowFinishedFirst, "the other broker's acknowledgement waited for the slow one")
        #expect(try await slow.value.offset == 1)
        #expect(clock.now - started >= .milliseconds(800))

        try cluster.setRoundTripTime(.zero, brokerID: 2)
        #expect(try await producer.send(KafkaProducerMessage(topic: "slow", key: nil, value: "on time")).offset == 2)
        #expect(throws: KafkaError.self) { try cluster.setRoundTripTime(.milliseconds(5), brokerID: 9) }
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func aGroupCanBePinnedToACoordinator() async throws {
        let cluster = try KafkaMockCluster(brokers: 2)
        try cluster.createTopic("pinned", partitions: 1)
        try cluster.setPartitionLeader(topic: "pinned", partition: 0, brokerID: 1)
        try cluster.setBrokerDown(2)
        let partition = [KafkaTopicPartition(topic: "pinned", partition: 0)]

        try cluster.setGroupCoordinator(group: "on-two", brokerID: 2)
        let stranded = try KafkaConsumer(configuration: cluster.configuration(groupID: "on-two"))
        await #expect(throws: KafkaError.self) { _ = try await stranded.committed(partition, timeout: .seconds(3)) }
        await stranded.close()

        try cluster.setGroupCoordinator(group: "on-one", brokerID: 1)
        let served = try KafkaConsumer(configuration: cluster.configuration(groupID: "on-one"))
        #expect(try await served.committed(partition, timeout: .seconds(20)).first?.offset == KafkaOffset.invalid)
        await served.close()
        withExtendedLifetime(cluster) {}
    }
}
