import Testing
@testable import Kafka

/// Reads `count` messages from a consumer, failing when they do not arrive within `timeout`.
func collect(_ consumer: KafkaConsumer, count: Int, timeout: Duration = .seconds(30)) async throws -> [KafkaMessage] {
    try await withThrowingTaskGroup(of: [KafkaMessage]?.self) { group in
        group.addTask {
            var result: [KafkaMessage] = []
            for try await message in consumer.messages {
                result.append(message)
                if result.count == count { break }
            }
            return result
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        let first = try await group.next()!
        group.cancelAll()
        guard let messages = first else {
            throw KafkaError(code: .queryFailed, message: "timed out waiting for \(count) messages")
        }
        return messages
    }
}

/// Waits until a condition holds, polling, or fails after `timeout`.
func eventually(_ what: String, timeout: Duration = .seconds(30), _ condition: () async throws -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while clock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    Issue.record("timed out waiting for \(what)")
    throw KafkaError(code: .queryFailed, message: "timed out waiting for \(what)")
}
