import Logging

/// Every setting of `newswire run`, resolved from flags > environment > config file > defaults and validated.
///
/// Build it with ``resolve(from:)``; errors name the offending key as the user spelled it
/// (`NEWSWIRE_CONCURRENCY: expected a positive integer, got 'abc'`).
public struct NewswireSettings: Sendable, Equatable {
    /// Kafka brokers, `host:port,…`. Required to run.
    public var bootstrapServers: String?
    /// The consumer group.
    public var groupId = "newswire"
    /// Raw articles are read from here.
    public var inputTopic = "articles.raw"
    /// Base name of the enriched-record topic (see ``effectiveEnrichedTopic``).
    public var enrichedTopic = "articles.enriched"
    /// Base name of the events topic.
    public var eventsTopic = "articles.events"
    /// Base name of the dead-letter topic.
    public var dlqTopic = "articles.dlq"
    /// An output version such as `v2`: output topic names get a `.v2` suffix so a reprocessing run writes
    /// beside the live output.
    public var outputVersion: String?
    /// Parallel extraction lanes.
    public var concurrency = 4
    /// Larger input messages are dead-lettered as `too_large`.
    public var maxMessageBytes = 1_048_576
    /// Messages in flight before fetching pauses.
    public var maxInFlight = 1000
    /// Time between offset commits.
    public var commitInterval: Duration = .seconds(5)
    /// Time to drain and commit after SIGTERM.
    public var shutdownDeadline: Duration = .seconds(30)
    /// Extra librdkafka properties, in the order given (later ones override earlier ones with the same key).
    public var kafkaProperties: [(key: String, value: String)] = []
    /// `PLAINTEXT`, `SSL`, `SASL_PLAINTEXT` or `SASL_SSL`.
    public var securityProtocol = "PLAINTEXT"
    /// `PLAIN`, `SCRAM-SHA-256`, `SCRAM-SHA-512`, `OAUTHBEARER` or `GSSAPI`, when SASL is used.
    public var saslMechanism: String?
    /// The SASL user name.
    public var saslUsername: String?
    /// The SASL password (never printed or logged).
    public var saslPassword: String?
    /// Where `/metrics`, `/healthz` and `/readyz` listen.
    public var metricsAddress = ListenAddress.default
    /// Text for terminals, JSON lines for collectors.
    public var logFormat = LogFormat.text
    /// The lowest level logged.
    public var logLevel = Logger.Level.info
    /// Where each setting's value came from (settings left at their default are absent).
    public var sources: [SettingKey: SettingSource] = [:]

    /// The defaults, with no brokers.
    public init() {}

    /// `articles.enriched`, or `articles.enriched.v2` with output version `v2`.
    public var effectiveEnrichedTopic: String { versioned(enrichedTopic) }
    /// `articles.events`, or `articles.events.v2` with output version `v2`.
    public var effectiveEventsTopic: String { versioned(eventsTopic) }
    /// `articles.dlq`, or `articles.dlq.v2` with output version `v2`.
    public var effectiveDLQTopic: String { versioned(dlqTopic) }

    /// `topic` with the output version suffix, if any.
    public func versioned(_ topic: String) -> String {
        guard let outputVersion else { return topic }
        return topic + "." + outputVersion
    }

    /// librdkafka properties for the connection: bootstrap servers, security and SASL settings, then the
    /// `--kafka-property` ones (which win).
    public var librdkafkaProperties: [String: String] {
        var properties: [String: String] = [:]
        if let bootstrapServers { properties["bootstrap.servers"] = bootstrapServers }
        properties["group.id"] = groupId
        properties["security.protocol"] = securityProtocol.lowercased()
        if let saslMechanism { properties["sasl.mechanisms"] = saslMechanism }
        if let saslUsername { properties["sasl.username"] = saslUsername }
        if let saslPassword { properties["sasl.password"] = saslPassword }
        for (key, value) in kafkaProperties { properties[key] = value }
        return properties
    }

    public static func == (lhs: NewswireSettings, rhs: NewswireSettings) -> Bool {
        lhs.effectiveLines(redacted: false) == rhs.effectiveLines(redacted: false)
    }
}
