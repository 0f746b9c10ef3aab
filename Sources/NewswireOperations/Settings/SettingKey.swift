/// One setting of `newswire run`, and its names in each source: flag `--group-id`, environment variable
/// `NEWSWIRE_GROUP_ID`, config-file key `group-id`.
public struct SettingKey: Sendable, Hashable, CustomStringConvertible {
    /// The name shared by the flag and the config-file key, e.g. `group-id`.
    public let name: String
    /// Whether the value is a secret (redacted in `newswire config` and in logs).
    public let isSecret: Bool

    /// Creates a key.
    public init(_ name: String, isSecret: Bool = false) {
        self.name = name
        self.isSecret = isSecret
    }

    /// `--group-id`
    public var flag: String { "--" + name }
    /// `NEWSWIRE_GROUP_ID`
    public var environmentVariable: String {
        "NEWSWIRE_" + name.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
    /// `group-id`
    public var fileKey: String { name }

    public var description: String { name }

    /// Every setting, in the order `newswire config` prints them.
    public static let all: [SettingKey] = [
        bootstrapServers, groupId, inputTopic, enrichedTopic, eventsTopic, dlqTopic, outputVersion, concurrency,
        maxMessageBytes, maxInFlight, commitInterval, shutdownDeadline, kafkaProperty, securityProtocol,
        saslMechanism, saslUsername, saslPassword, metricsAddress, logFormat, logLevel,
    ]

    public static let bootstrapServers = SettingKey("bootstrap-servers")
    public static let groupId = SettingKey("group-id")
    public static let inputTopic = SettingKey("input-topic")
    public static let enrichedTopic = SettingKey("enriched-topic")
    public static let eventsTopic = SettingKey("events-topic")
    public static let dlqTopic = SettingKey("dlq-topic")
    public static let outputVersion = SettingKey("output-version")
    public static let concurrency = SettingKey("concurrency")
    public static let maxMessageBytes = SettingKey("max-message-bytes")
    public static let maxInFlight = SettingKey("max-in-flight")
    public static let commitInterval = SettingKey("commit-interval")
    public static let shutdownDeadline = SettingKey("shutdown-deadline")
    /// Repeatable `key=value` librdkafka properties; the environment variable takes a comma-separated list and
    /// the config file an array of strings.
    public static let kafkaProperty = SettingKey("kafka-property")
    public static let securityProtocol = SettingKey("security-protocol")
    public static let saslMechanism = SettingKey("sasl-mechanism")
    public static let saslUsername = SettingKey("sasl-username")
    public static let saslPassword = SettingKey("sasl-password", isSecret: true)
    public static let metricsAddress = SettingKey("metrics-address")
    public static let logFormat = SettingKey("log-format")
    public static let logLevel = SettingKey("log-level")
    /// Where the config file is; itself read from the flag or the environment only.
    public static let configFile = SettingKey("config-file")
}

/// Where a setting's effective value came from.
public enum SettingSource: Sendable, Hashable, CustomStringConvertible {
    /// A command-line flag.
    case flag
    /// An environment variable.
    case environment
    /// The config file at this path.
    case file(String)
    /// The built-in default.
    case defaultValue

    public var description: String {
        switch self {
        case .flag: "flag"
        case .environment: "environment"
        case .file(let path): "file \(path)"
        case .defaultValue: "default"
        }
    }

    /// The setting's name as this source spells it, for error messages.
    public func name(of key: SettingKey) -> String {
        switch self {
        case .flag: key.flag
        case .environment: key.environmentVariable
        case .file(let path): "\(path): \(key.fileKey)"
        case .defaultValue: key.name
        }
    }
}
