import Foundation
import Logging
import Testing

@testable import NewswireOperations

@Suite struct NewswireSettingsTests {
    func writeConfig(_ text: String, ending: String = "json") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-settings-\(UUID().uuidString).\(ending)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func resolve(flags: [String: [String]] = [:], env: [String: String] = [:]) async throws -> NewswireSettings {
        try NewswireSettings.resolve(from: try await SettingsSources(flags: flags, environment: env))
    }

    func error(flags: [String: [String]] = [:], env: [String: String] = [:]) async -> OperationsError? {
        do {
            _ = try await resolve(flags: flags, env: env)
            return nil
        } catch {
            return error as? OperationsError
        }
    }

    @Test func defaultsMatchTheDeployContract() async throws {
        let settings = try await resolve()
        #expect(settings.groupId == "newswire")
        #expect(settings.inputTopic == "articles.raw")
        #expect(settings.effectiveEnrichedTopic == "articles.enriched")
        #expect(settings.maxMessageBytes == 1_048_576)
        #expect(settings.shutdownDeadline == .seconds(30))
        #expect(settings.metricsAddress == ListenAddress(host: "127.0.0.1", port: 9464))
        #expect(settings.logFormat == .text)
        #expect(settings.bootstrapServers == nil)
        #expect(throws: OperationsError.self) { try settings.validateForRun() }
    }

    @Test func flagsBeatEnvironmentWhichBeatsTheFile() async throws {
        let path = try writeConfig(#"{"group-id": "from-file", "concurrency": 2, "max-in-flight": 50, "log-format": "json"}"#)
        let settings = try await resolve(
            flags: ["group-id": ["from-flag"]],
            env: ["NEWSWIRE_CONFIG_FILE": path, "NEWSWIRE_GROUP_ID": "from-env", "NEWSWIRE_CONCURRENCY": "8"])
        #expect(settings.groupId == "from-flag")
        #expect(settings.concurrency == 8)
        #expect(settings.maxInFlight == 50)
        #expect(settings.logFormat == .json)
        #expect(settings.sources[.groupId] == .flag)
        #expect(settings.sources[.concurrency] == .environment)
        #expect(settings.sources[.maxInFlight] == .file(path))
    }

    @Test func invalidEnvironmentValueNamesTheVariable() async {
        let error = await error(env: ["NEWSWIRE_CONCURRENCY": "abc"])
        #expect(error?.key == "NEWSWIRE_CONCURRENCY")
        #expect(error?.description == "NEWSWIRE_CONCURRENCY: expected a positive integer, got 'abc'")
    }

    @Test func invalidConfigFileValueNamesTheFileAndKey() async throws {
        let path = try writeConfig(#"{"commit-interval": -3, "group-id": "g"}"#)
        let error = await error(flags: ["config-file": [path]])
        #expect(error?.key == "\(path): commit-interval")
        #expect(error?.description.contains("expected a positive number of seconds, got '-3'") == true)
    }

    @Test func unparsableConfigFileNamesTheSettingThatPointsAtIt() async throws {
        let path = try writeConfig(#"{"group-id": "g",,}"#)
        let error = await error(env: ["NEWSWIRE_CONFIG_FILE": path])
        #expect(error?.code == .unreadableConfigFile)
        #expect(error?.key == "NEWSWIRE_CONFIG_FILE")
        let missing = await self.error(flags: ["config-file": ["/nonexistent/newswire.json"]])
        #expect(missing?.key == "--config-file")
    }

    @Test func invalidFlagNamesTheFlagAndSecretsAreNotEchoed() async {
        let error = await error(flags: ["metrics-address": ["9464"]])
        #expect(error?.key == "--metrics-address")
        let secretError = await self.error(env: ["NEWSWIRE_SASL_PASSWORD": ""])
        #expect(secretError?.key == "NEWSWIRE_SASL_PASSWORD")
    }

    @Test func outputVersionSuffixesEveryOutputTopic() async throws {
        let settings = try await resolve(env: ["NEWSWIRE_OUTPUT_VERSION": "v2"])
        #expect(settings.effectiveEnrichedTopic == "articles.enriched.v2")
        #expect(settings.effectiveEventsTopic == "articles.events.v2")
        #expect(settings.effectiveDLQTopic == "articles.dlq.v2")
        #expect(settings.inputTopic == "articles.raw")
    }

    @Test func kafkaPropertiesMergeAcrossSourcesPerKey() async throws {
        let path = try writeConfig(#"{"kafka-property": ["linger.ms=50", "fetch.max.bytes=1000"]}"#)
        let settings = try await resolve(
            flags: ["kafka-property": ["linger.ms=5"]],
            env: ["NEWSWIRE_CONFIG_FILE": path, "NEWSWIRE_KAFKA_PROPERTY": "client.id=w1,fetch.max.bytes=2000"])
        let properties = settings.librdkafkaProperties
        #expect(properties["linger.ms"] == "5")
        #expect(properties["fetch.max.bytes"] == "2000")
        #expect(properties["client.id"] == "w1")
        let bad = await error(flags: ["kafka-property": ["novalue"]])
        #expect(bad?.key == "--kafka-property")
    }

    @Test func saslSettingsMustAgreeWithTheSecurityProtocol() async throws {
        let missing = await error(env: ["NEWSWIRE_SECURITY_PROTOCOL": "SASL_SSL"])
        #expect(missing?.description.contains("sasl-mechanism") == true || missing?.key == "NEWSWIRE_SASL_MECHANISM")
        let stray = await error(env: ["NEWSWIRE_SASL_USERNAME": "u"])
        #expect(stray?.key == "NEWSWIRE_SASL_USERNAME")
        let settings = try await resolve(env: [
            "NEWSWIRE_SECURITY_PROTOCOL": "sasl_ssl", "NEWSWIRE_SASL_MECHANISM": "SCRAM-SHA-512",
            "NEWSWIRE_SASL_USERNAME": "newswire", "NEWSWIRE_SASL_PASSWORD": "pw-123",
        ])
        #expect(settings.librdkafkaProperties["sasl.password"] == "pw-123")
        #expect(settings.librdkafkaProperties["security.protocol"] == "sasl_ssl")
    }

    @Test func effectiveConfigurationRedactsSecrets() async throws {
        let settings = try await resolve(
            flags: ["kafka-property": ["ssl.key.password=kp-1", "linger.ms=5"]],
            env: [
                "NEWSWIRE_SECURITY_PROTOCOL": "SASL_SSL", "NEWSWIRE_SASL_MECHANISM": "PLAIN",
                "NEWSWIRE_SASL_USERNAME": "newswire", "NEWSWIRE_SASL_PASSWORD": "pw-123",
                "NEWSWIRE_BOOTSTRAP_SERVERS": "b1:9092,b2:9092",
            ])
        let text = settings.effectiveLines().joined(separator: "\n")
        #expect(!text.contains("pw-123"))
        #expect(!text.contains("kp-1"))
        #expect(text.contains("sasl-username     = [REDACTED]  (environment)"))  // a Secret in Deploy/, too
        #expect(text.contains("linger.ms=5"))
        #expect(text.contains("b1:9092,b2:9092  (environment)"))
        #expect(text.contains("group-id          = newswire  (default)"))
    }

    @Test func inputTopicMayNotBeAnOutputTopic() async {
        let error = await error(flags: ["input-topic": ["articles.dlq"]])
        #expect(error?.key == "--input-topic")
    }

    @Test func aYAMLConfigFileIsReadWithTheSamePrecedence() async throws {
        let yaml = """
            # newswire worker settings
            group-id: from-yaml
            concurrency: 2
            max-in-flight: 50
            commit-interval: 2.5
            log-format: json
            kafka-property:
              - linger.ms=50
              - fetch.max.bytes=1000
            """
        for ending in ["yaml", "yml"] {
            let path = try writeConfig(yaml, ending: ending)
            let settings = try await resolve(
                flags: ["kafka-property": ["linger.ms=5"]],
                env: ["NEWSWIRE_CONFIG_FILE": path, "NEWSWIRE_CONCURRENCY": "8"])
            #expect(settings.groupId == "from-yaml")
            #expect(settings.concurrency == 8)
            #expect(settings.maxInFlight == 50)
            #expect(settings.commitInterval == .milliseconds(2500))
            #expect(settings.logFormat == .json)
            #expect(settings.sources[.maxInFlight] == .file(path))
            #expect(settings.librdkafkaProperties["linger.ms"] == "5")
            #expect(settings.librdkafkaProperties["fetch.max.bytes"] == "1000")
        }
    }

    @Test func invalidYAMLValueNamesTheFileAndKeyAndBadYAMLNamesTheSetting() async throws {
        let path = try writeConfig("group-id: g\nmax-in-flight: lots\n", ending: "yaml")
        let error = await error(flags: ["config-file": [path]])
        #expect(error?.key == "\(path): max-in-flight")
        #expect(error?.description.contains("expected a positive integer, got 'lots'") == true)
        let broken = try writeConfig("group-id: [unclosed\n  concurrency: 2\n", ending: "yml")
        let unreadable = await self.error(env: ["NEWSWIRE_CONFIG_FILE": broken])
        #expect(unreadable?.code == .unreadableConfigFile)
        #expect(unreadable?.key == "NEWSWIRE_CONFIG_FILE")
        #expect(unreadable?.message.contains("YAML config file") == true)
        // The same text in a file named .json is read as JSON, and is not JSON.
        let misnamed = try writeConfig("group-id: g\n", ending: "json")
        #expect(await self.error(flags: ["config-file": [misnamed]])?.message.contains("JSON config file") == true)
    }
}
