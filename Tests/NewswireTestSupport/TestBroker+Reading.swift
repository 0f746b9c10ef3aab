import Kafka

extension TestBroker {
    /// Reads `topic` from the beginning of every partition until `count` messages (or distinct keys) arrived or
    /// `timeout` passed; returns what arrived.
    public func readAll(
        _ topic: String, partitions: Int, atLeast count: Int, distinct: Bool = false, timeout: Duration = .seconds(60)
    ) async throws -> [KafkaMessage] {
        let consumer = try KafkaConsumer(configuration: configuration())
        do {
            try consumer.assign((0..<partitions).map {
                KafkaTopicPartition(topic: topic, partition: Int32($0), offset: KafkaOffset.beginning)
            })
            let reader = Task {
                var collected: [KafkaMessage] = []
                var keys = Set<String>()
                for try await message in consumer.messages {
                    collected.append(message)
                    keys.insert(message.keyString ?? "")
                    if (distinct ? keys.count : collected.count) >= count { break }
                }
                return collected
            }
            let timer = Task {
                try await Task.sleep(for: timeout)
                reader.cancel()
            }
            defer { timer.cancel() }
            let result = try await reader.value
            await consumer.close()
            return result
        } catch {
            await consumer.close()
            throw error
        }
    }

    /// The committed offset of each input partition for `group`; a partition without a commit counts as 0.
    public func committed(group: String) async throws -> [Int32: Int64] {
        let consumer = try KafkaConsumer(configuration: configuration(groupID: group))
        do {
            let offsets = try await consumer.committed(
                (0..<inputPartitions).map { KafkaTopicPartition(topic: input, partition: Int32($0)) })
            await consumer.close()
            return Dictionary(uniqueKeysWithValues: offsets.map { ($0.partition, max(0, $0.offset)) })
        } catch {
            await consumer.close()
            throw error
        }
    }

    /// Polls the committed offsets of `group` until they add up to `total` or `timeout` passes; returns the last
    /// sum (-1 when none could be read).
    public func waitForCommitted(group: String, total: Int64, timeout: Duration = .seconds(60)) async -> Int64 {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: timeout)
        var sum: Int64 = -1
        while clock.now < end {
            if let committed = try? await committed(group: group) {
                sum = committed.values.reduce(0, +)
                if sum == total { break }
            }
            try? await Task.sleep(for: .milliseconds(300))
        }
        return sum
    }
}
