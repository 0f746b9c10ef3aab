import Testing
@testable import NewswireCLI

@Suite struct RunSettingsTests {
    private func options(_ arguments: [String]) throws -> RunCommand.Options {
        try RunCommand.Options.parse(arguments)
    }

    @Test func withoutBootstrapServersTheErrorSaysHowToPointAtABroker() throws {
        #expect {
            try RunSettings.resolve(try options([]), environment: [:])
        } throws: { error in
            let message = "\(error)"
            return message.contains("--bootstrap-servers") && message.contains("NEWSWIRE_BOOTSTRAP_SERVERS")
                && message.contains("newswire broker")
        }
    }

    @Test func defaultsMatchTheContractTopicsAndLimits() throws {
        let settings = try RunSettings.resolve(try options(["--bootstrap-servers", "k:9092"]), environment: [:])
        #expect(settings.groupID == "newswire")
        #expect(settings.inputTopic == "articles.raw")
        #expect(settings.worker.topics.enriched == "articles.enriched")
        #expect(settings.worker.topics.events == "articles.events")
        #expect(settings.worker.topics.deadLetters == "articles.dlq")
        #expect(settings.worker.maxMessageBytes == 1_048_576)
        #expect(settings.worker.shutdownDeadline == .seconds(30))
    }

    @Test func environmentVariablesFillInAndFlagsWin() throws {
        let environment = [
            "NEWSWIRE_BOOTSTRAP_SERVERS": "env:9092", "NEWSWIRE_GROUP_ID": "env-group", "NEWSWIRE_MAX_IN_FLIGHT": "64",
            "NEWSWIRE_COMMIT_INTERVAL": "1.5", "NEWSWIRE_DLQ_TOPIC": "dead", "NEWSWIRE_KAFKA_PROPERTY": "acks=all,linger.ms=5",
        ]
        let settings = try RunSettings.resolve(try options(["--group-id", "flag-group"]), environment: environment)
        #expect(settings.bootstrapServers == "env:9092")
        #expect(settings.groupID == "flag-group")
        #expect(settings.worker.maxInFlight == 64)
        #expect(settings.worker.commitInterval == .milliseconds(1500))
        #expect(settings.worker.topics.deadLetters == "dead")
        #expect(settings.kafkaProperties == ["acks": "all", "linger.ms": "5"])
    }

    @Test func repeatedKafkaPropertiesAreKeptAndMalformedOnesRejected() throws {
        let settings = try RunSettings.resolve(
            try options(["--bootstrap-servers", "k:1", "--kafka-property", "a=1", "--kafka-property", "b=x=y"]),
            environment: [:])
        #expect(settings.kafkaProperties == ["a": "1", "b": "x=y"])
        #expect(throws: SettingsError.self) {
            try RunSettings.resolve(try options(["--bootstrap-servers", "k:1", "--kafka-property", "novalue"]), environment: [:])
        }
    }

    @Test func invalidNumbersNameTheSettingAtFault() throws {
        #expect {
            try RunSettings.resolve(try options([]), environment: ["NEWSWIRE_BOOTSTRAP_SERVERS": "k:1", "NEWSWIRE_CONCURRENCY": "many"])
        } throws: { "\($0)".contains("NEWSWIRE_CONCURRENCY") }
        #expect {
            try RunSettings.resolve(try options(["--bootstrap-servers", "k:1", "--max-in-flight", "0"]), environment: [:])
        } throws: { "\($0)".contains("max-in-flight") }
    }
}
