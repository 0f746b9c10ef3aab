import Kafka
import Synchronization
import Testing

/// Client-level errors librdkafka reports through its error callback reach the `errorHandler` of producers and
/// consumers, classified (broker connections as ``KafkaError/Code/transport``).
@Suite(.serialized) struct KafkaErrorCallbackTests {
    /// Collects what an error handler hears.
    final class Heard: Sendable {
        private let errors = Mutex<[KafkaError]>([])
        var handler: @Sendable (KafkaError) -> Void { { error in self.errors.withLock { $0.append(error) } } }
        var all: [KafkaError] { errors.withLock { $0 } }
    }

    @Test func aRefusedConnectionIsATransportError() async throws {
        let heard = Heard()
        // Nothing listens on port 1: every connection attempt is refused.
        let configuration = KafkaConfiguration(
            bootstrapServers: "127.0.0.1:1", properties: ["message.timeout.ms": "3000"])
        let producer = try KafkaProducer(configuration: configuration, errorHandler: heard.handler)
        await #expect(throws: KafkaError.self) {
            _ = try await producer.send(KafkaProducerMessage(topic: "t", value: Array("x".utf8)))
        }
        try await eventually("the refused connection is reported") { !heard.all.isEmpty }
        let error = try #require(heard.all.first)
        #expect(error.code == .transport)
        #expect(["_TRANSPORT", "_ALL_BROKERS_DOWN"].contains(error.rdKafkaName ?? ""))
        #expect(error.isRetriable)
        #expect(!error.remedy.isEmpty)
        await producer.close()
    }

    /// The embedded broker has no SaslHandshake, so a SASL client cannot authenticate: librdkafka reports
    /// `_AUTHENTICATION`, and the error never carries the password.
    @Test func aFailedSASLAuthenticationIsAnAuthenticationError() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("t", partitions: 1)
        let heard = Heard()
        let configuration = cluster.configuration(properties: [
            "security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "PLAIN", "sasl.username": "newswire",
            "sasl.password": "pw-secret-9", "message.timeout.ms": "3000",
        ])
        let producer = try KafkaProducer(configuration: configuration, errorHandler: heard.handler)
        await #expect(throws: KafkaError.self) {
            _ = try await producer.send(KafkaProducerMessage(topic: "t", value: Array("x".utf8)))
        }
        try await eventually("the failed authentication is reported") {
            heard.all.contains { $0.code == .authentication }
        }
        let error = try #require(heard.all.first { $0.code == .authentication })
        #expect(error.rdKafkaName == "_AUTHENTICATION")
        #expect(error.message.contains("SASL"))
        #expect(!error.isRetriable)
        #expect(!heard.all.contains { "\($0)".contains("pw-secret-9") })
        await producer.close()
    }

    @Test func aBrokerGoingDownIsReportedToAConsumerInTheGroup() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("t", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(KafkaProducerMessage(topic: "t", value: Array("x".utf8)))
        await producer.close()
        let heard = Heard()
        let consumer = try KafkaConsumer(
            configuration: cluster.configuration(groupID: "g", properties: ["session.timeout.ms": "6000"]),
            errorHandler: heard.handler)
        try consumer.subscribe(topics: ["t"])
        var iterator = consumer.messages.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(heard.all.isEmpty, "no errors while the broker is up: \(heard.all)")

        try cluster.setBrokerDown(1)
        try await eventually("the lost broker is reported", timeout: .seconds(60)) {
            heard.all.contains { $0.code == .transport }
        }
        try cluster.setBrokerUp(1)
        await consumer.close()
    }
}
