import ArgumentParser

/// The flags of `newswire run` (and `newswire config`), shared with `@OptionGroup`:
/// ```swift
/// @OptionGroup var settingsOptions: NewswireSettingsOptions
/// let settings = try await settingsOptions.resolve(environment: ProcessInfo.processInfo.environment)
/// ```
/// Each flag has an environment variable `NEWSWIRE_<NAME>` and a config-file key `<name>`; flags win over the
/// environment, which wins over the file (`--config-file` / `NEWSWIRE_CONFIG_FILE`, JSON, or YAML when named `.yaml`/`.yml`).
public struct NewswireSettingsOptions: ParsableArguments, Sendable {
    @Option(help: "JSON or YAML (.yaml, .yml) config file with any of these settings as keys (env: NEWSWIRE_CONFIG_FILE).")
    public var configFile: String?
    @Option(help: "Kafka brokers, host:port,... (env: NEWSWIRE_BOOTSTRAP_SERVERS).")
    public var bootstrapServers: String?
    @Option(help: "Consumer group (default newswire).")
    public var groupId: String?
    @Option(help: "Raw-article topic (default articles.raw).")
    public var inputTopic: String?
    @Option(help: "Enriched-record topic (default articles.enriched).")
    public var enrichedTopic: String?
    @Option(help: "Events topic (default articles.events).")
    public var eventsTopic: String?
    @Option(help: "Dead-letter topic (default articles.dlq).")
    public var dlqTopic: String?
    @Option(help: "Output version: v2 writes to articles.enriched.v2 and so on.")
    public var outputVersion: String?
    @Option(help: "Parallel extraction lanes (default 4).")
    public var concurrency: String?
    @Option(help: "Larger inputs are dead-lettered (default 1048576).")
    public var maxMessageBytes: String?
    @Option(help: "Messages in flight before fetching pauses (default 1000).")
    public var maxInFlight: String?
    @Option(help: "Seconds between offset commits (default 5).")
    public var commitInterval: String?
    @Option(help: "Seconds to drain and commit on SIGTERM (default 30).")
    public var shutdownDeadline: String?
    @Option(help: "A librdkafka property key=value (repeatable; env: comma-separated list).")
    public var kafkaProperty: [String] = []
    @Option(help: "PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL (default PLAINTEXT).")
    public var securityProtocol: String?
    @Option(help: "SASL mechanism, e.g. SCRAM-SHA-512.")
    public var saslMechanism: String?
    @Option(help: "SASL user name.")
    public var saslUsername: String?
    @Option(help: "SASL password (prefer NEWSWIRE_SASL_PASSWORD; never printed).")
    public var saslPassword: String?
    @Option(help: "Listener for /metrics, /healthz, /readyz (default 127.0.0.1:9464).")
    public var metricsAddress: String?
    @Option(help: "text or json (default text).")
    public var logFormat: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical (default info).")
    public var logLevel: String?

    public init() {}

    /// The flag values given, by setting name.
    public var flagValues: [String: [String]] {
        let single: [(SettingKey, String?)] = [
            (.configFile, configFile), (.bootstrapServers, bootstrapServers), (.groupId, groupId),
            (.inputTopic, inputTopic), (.enrichedTopic, enrichedTopic), (.eventsTopic, eventsTopic),
            (.dlqTopic, dlqTopic), (.outputVersion, outputVersion), (.concurrency, concurrency),
            (.maxMessageBytes, maxMessageBytes), (.maxInFlight, maxInFlight), (.commitInterval, commitInterval),
            (.shutdownDeadline, shutdownDeadline), (.securityProtocol, securityProtocol),
            (.saslMechanism, saslMechanism), (.saslUsername, saslUsername), (.saslPassword, saslPassword),
            (.metricsAddress, metricsAddress), (.logFormat, logFormat), (.logLevel, logLevel),
        ]
        var values: [String: [String]] = [:]
        for (key, value) in single { if let value { values[key.name] = [value] } }
        if !kafkaProperty.isEmpty { values[SettingKey.kafkaProperty.name] = kafkaProperty }
        return values
    }

    /// Resolves and validates the settings from these flags, `environment` and the config file.
    public func resolve(environment: [String: String]) async throws(OperationsError) -> NewswireSettings {
        let sources = try await SettingsSources(flags: flagValues, environment: environment)
        return try NewswireSettings.resolve(from: sources)
    }
}
