import NewswireOperations
import Testing
@testable import NewswireCLI

/// `newswire run`'s settings: flags > environment > config file, and what the command makes of them.
@Suite struct RunCommandSettingsTests {
    private func settings(_ arguments: [String], environment: [String: String] = [:]) async throws -> NewswireSettings {
        try await RunCommand.settings(try NewswireSettingsOptions.parse(arguments), environment: environment)
    }

    @Test func withoutBootstrapServersTheErrorSaysHowToPointAtABroker() async throws {
        await #expect {
            try await settings([])
        } throws: { error in
            let message = "\(error)"
            return message.contains("--bootstrap-servers") && message.contains("NEWSWIRE_BOOTSTRAP_SERVERS")
                && message.contains("newswire broker")
        }
    }

    @Test func defaultsMatchTheContractTopicsAndLimits() async throws {
        let resolved = try await settings(["--bootstrap-servers", "k:9092"])
        let worker = resolved.workerConfiguration
        #expect(resolved.groupId == "newswire")
        #expect(resolved.inputTopic == "articles.raw")
        #expect(worker.topics.enriched == "articles.enriched")
        #expect(worker.topics.events == "articles.events")
        #expect(worker.topics.deadLetters == "articles.dlq")
        #expect(worker.maxMessageBytes == 1_048_576)
        #expect(worker.shutdownDeadline == .seconds(30))
        #expect(resolved.kafkaConfiguration.bootstrapServers == "k:9092")
        #expect(resolved.kafkaConfiguration.groupID == "newswire")
    }

    @Test func environmentVariablesFillInAndFlagsWin() async throws {
        let environment = [
            "NEWSWIRE_BOOTSTRAP_SERVERS": "env:9092", "NEWSWIRE_GROUP_ID": "env-group", "NEWSWIRE_MAX_IN_FLIGHT": "64",
            "NEWSWIRE_COMMIT_INTERVAL": "1.5", "NEWSWIRE_DLQ_TOPIC": "dead",
            "NEWSWIRE_KAFKA_PROPERTY": "acks=all,linger.ms=5",
        ]
        let resolved = try await settings(["--group-id", "flag-group"], environment: environment)
        let kafka = resolved.kafkaConfiguration
        #expect(kafka.bootstrapServers == "env:9092")
        #expect(kafka.groupID == "flag-group")
        #expect(resolved.workerConfiguration.maxInFlight == 64)
        #expect(resolved.workerConfiguration.commitInterval == .milliseconds(1500))
        #expect(resolved.workerConfiguration.topics.deadLetters == "dead")
        #expect(kafka.properties["acks"] == "all")
        #expect(kafka.properties["linger.ms"] == "5")
        #expect(kafka.librdkafkaProperties["group.id"] == "flag-group")
    }

    @Test func outputVersionSuffixesTheWorkersOutputTopics() async throws {
        let topics = try await settings(["--bootstrap-servers", "k:1", "--output-version", "v2"]).workerConfiguration.topics
        #expect(topics.enriched == "articles.enriched.v2")
        #expect(topics.events == "articles.events.v2")
        #expect(topics.deadLetters == "articles.dlq.v2")
    }

    @Test func repeatedKafkaPropertiesAreKeptAndMalformedOnesRejected() async throws {
        let kafka = try await settings(
            ["--bootstrap-servers", "k:1", "--kafka-property", "a=1", "--kafka-property", "b=x=y"]).kafkaConfiguration
        #expect(kafka.properties["a"] == "1")
        #expect(kafka.properties["b"] == "x=y")
        await #expect(throws: OperationsError.self) {
            try await settings(["--bootstrap-servers", "k:1", "--kafka-property", "novalue"])
        }
    }

    @Test func invalidNumbersNameTheSettingAtFault() async throws {
        await #expect {
            try await settings([], environment: ["NEWSWIRE_BOOTSTRAP_SERVERS": "k:1", "NEWSWIRE_CONCURRENCY": "many"])
        } throws: { "\($0)".contains("NEWSWIRE_CONCURRENCY") }
        await #expect {
            try await settings(["--bootstrap-servers", "k:1", "--max-in-flight", "0"])
        } throws: { "\($0)".contains("max-in-flight") }
    }
}
