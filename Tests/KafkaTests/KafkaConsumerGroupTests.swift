import Synchronization
import Testing
@testable import Kafka

@Suite struct KafkaConsumerGroupTests {
    static let groupProperties = ["session.timeout.ms": "6000", "heartbeat.interval.ms": "500"]

    @Test(arguments: ["range", "cooperative-sticky"])
    func twoMembersSplitPartitionsAndTheSurvivorTakesOverWhenOneLeaves(strategy: String) async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("grp", partitions: 4)
        var properties = Self.groupProperties
        properties["partition.assignment.strategy"] = strategy
        let config = cluster.configuration(groupID: "g-\(strategy)", properties: properties)
        let first = try KafkaConsumer(configuration: config)
        let second = try KafkaConsumer(configuration: config)
        try first.subscribe(topics: ["grp"])
        try second.subscribe(topics: ["grp"])
        try await eventually("both members assigned") {
            let a = try first.assignment(), b = try second.assignment()
            return a.count == 2 && b.count == 2 && Set(a).isDisjoint(with: b)
        }
        await second.close()
        try await eventually("the survivor owns all partitions") { try first.assignment().count == 4 }
        await first.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func subscribingWithoutAGroupSaysWhatToDo() async throws {
        let consumer = try KafkaConsumer(configuration: KafkaConfiguration(bootstrapServers: "127.0.0.1:1"))
        let error = #expect(throws: KafkaError.self) { try consumer.subscribe(topics: ["t"]) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.remedy.contains("groupID") == true)
        await consumer.close()
    }

    @Test func aNewMemberResumesFromTheCommittedOffsets() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("resume", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(batch: (0..<40).map {
            KafkaProducerMessage(topic: "resume", partition: Int32($0 % 2), key: nil, value: "\($0)")
        }).map { try $0.get() }
        let config = cluster.configuration(groupID: "resumers", properties: Self.groupProperties)
        let first = try KafkaConsumer(configuration: config)
        try first.subscribe(topics: ["resume"])
        let processed = try await collect(first, count: 40)
        // Process only the first 5 messages of each partition: store and commit their offsets.
        for partition in Int32(0)..<2 {
            try first.store(processed.filter { $0.partition == partition }.sorted { $0.offset < $1.offset }[4])
        }
        try await first.commit()
        let committed = try await first.committed((0..<2).map { KafkaTopicPartition(topic: "resume", partition: $0) })
        #expect(committed.map(\.offset) == [5, 5])
        await first.close()
        let second = try KafkaConsumer(configuration: config)
        try second.subscribe(topics: ["resume"])
        let resumed = try await collect(second, count: 30)
        #expect(resumed.allSatisfy { $0.offset >= 5 })
        #expect(Set(resumed.map(\.valueString)).count == 30)
        await second.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test(arguments: ["range", "cooperative-sticky"])
    func revokeHookRunsWhileThePartitionsAreStillAssigned(strategy: String) async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("hook", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(batch: (0..<10).map {
            KafkaProducerMessage(topic: "hook", partition: Int32($0 % 2), key: nil, value: "\($0)")
        }).map { try $0.get() }
        let observed = Mutex<[String]>([])
        let holder = Mutex<KafkaConsumer?>(nil)
        var properties = Self.groupProperties
        properties["partition.assignment.strategy"] = strategy
        let consumer = try KafkaConsumer(
            configuration: cluster.configuration(groupID: "hooked-\(strategy)", properties: properties),
            rebalanceHook: { event in
                guard case .willRevoke(let partitions, _) = event, let consumer = holder.withLock({ $0 }) else { return }
                // Still owned here: the caller can store and commit before giving them up.
                let owned = (try? consumer.assignment()) ?? []
                try? await Task.sleep(for: .milliseconds(200))
                let stored = Result { try consumer.store(offsets: partitions.map {
                    KafkaTopicPartition(topic: $0.topic, partition: $0.partition, offset: 3) }) }
                let commit: String
                do { try await consumer.commit(); commit = "committed" } catch { commit = "commit failed: \(error)" }
                observed.withLock {
                    $0.append("revoke \(partitions.count) owned \(Set(partitions).isSubset(of: Set(owned))) "
                              + "stored \((try? stored.get()) != nil) \(commit)")
                }
            })
        holder.withLock { $0 = consumer }
        try consumer.subscribe(topics: ["hook"])
        _ = try await collect(consumer, count: 10)
        await consumer.close()
        holder.withLock { $0 = nil }
        #expect(observed.withLock { $0 } == ["revoke 2 owned true stored true committed"])
        let checker = try KafkaConsumer(configuration: cluster.configuration(groupID: "hooked-\(strategy)"))
        let committed = try await checker.committed((0..<2).map { KafkaTopicPartition(topic: "hook", partition: $0) })
        #expect(committed.map(\.offset) == [3, 3])
        await checker.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }
}
