import Testing
@testable import Kafka

@Suite struct KafkaConfigurationTests {
    @Test func anUnknownPropertyIsNamedInTheError() throws {
        let config = KafkaConfiguration(bootstrapServers: "localhost:1", properties: ["no.such.property": "1"])
        let error = #expect(throws: KafkaError.self) { _ = try KafkaProducer(configuration: config) }
        #expect(error?.code == .invalidConfiguration)
        #expect(error?.message.contains("no.such.property") == true)
        #expect(error?.message.contains("No such configuration property") == true)
    }

    @Test func anInvalidValueCarriesLibrdkafkasMessage() throws {
        let config = KafkaConfiguration(bootstrapServers: "localhost:1", groupID: "g",
                                        properties: ["session.timeout.ms": "soon"])
        let error = #expect(throws: KafkaError.self) { _ = try KafkaConsumer(configuration: config) }
        #expect(error?.message.contains("session.timeout.ms") == true)
        #expect(error?.message.contains("Invalid value") == true)
        #expect(error?.remedy.contains("valid value") == true)
    }

    @Test func secretsNeverAppearInDescriptionsOrErrors() throws {
        var config = KafkaConfiguration(bootstrapServers: "b:9092", clientID: "me",
                                        properties: ["sasl.oauthbearer.client.secret": "s3cr3t-b"])
        config.saslPassword = "s3cr3t-a"
        config.tlsKeyPassword = "s3cr3t-c"
        #expect(!config.description.contains("s3cr3t"))
        #expect(config.description.contains("client.id=me"))
        #expect(config.description.contains("sasl.password=<redacted>"))
        config.properties["ssl.key.password.bogus"] = "s3cr3t-d"
        let error = #expect(throws: KafkaError.self) { _ = try KafkaProducer(configuration: config) }
        #expect(error.map { !"\($0)".contains("s3cr3t") } == true)
    }

    @Test func typedOptionsMapToLibrdkafkaNames() {
        var config = KafkaConfiguration(bootstrapServers: "b:1", groupID: "grp", properties: ["group.id": "other"])
        config.securityProtocol = .saslSSL
        config.saslMechanism = "SCRAM-SHA-512"
        config.tlsCAFile = "/etc/ca.pem"
        let properties = config.librdkafkaProperties
        #expect(properties["group.id"] == "grp")
        #expect(properties["security.protocol"] == "sasl_ssl")
        #expect(properties["sasl.mechanisms"] == "SCRAM-SHA-512")
        #expect(properties["ssl.ca.location"] == "/etc/ca.pem")
    }
}
