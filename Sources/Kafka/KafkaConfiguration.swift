/// Configuration shared by producers and consumers: typed options for what every user sets, plus a pass-through
/// for any librdkafka property (see librdkafka's CONFIGURATION.md). Typed options win over the pass-through.
///
/// Secrets (`sasl.password`, `ssl.key.password` and any property whose name mentions a password or secret)
/// never appear in ``description``.
public struct KafkaConfiguration: Sendable, CustomStringConvertible {
    /// The protocol used to talk to brokers (`security.protocol`).
    public enum SecurityProtocol: String, Sendable {
        case plaintext, ssl
        case saslPlaintext = "sasl_plaintext"
        case saslSSL = "sasl_ssl"
    }

    /// Comma-separated `host:port` list (`bootstrap.servers`).
    public var bootstrapServers: String
    /// The client id shown in broker logs (`client.id`).
    public var clientID: String?
    /// The consumer group (`group.id`); required for ``KafkaConsumer/subscribe(topics:)``.
    public var groupID: String?
    /// `security.protocol`.
    public var securityProtocol: SecurityProtocol?
    /// `sasl.mechanisms`, for example `PLAIN` or `SCRAM-SHA-512`.
    public var saslMechanism: String?
    /// `sasl.username`.
    public var saslUsername: String?
    /// `sasl.password` (never printed).
    public var saslPassword: String?
    /// `ssl.ca.location`: CA certificate file.
    public var tlsCAFile: String?
    /// `ssl.certificate.location`: client certificate file.
    public var tlsCertificateFile: String?
    /// `ssl.key.location`: client private key file.
    public var tlsKeyFile: String?
    /// `ssl.key.password` (never printed).
    public var tlsKeyPassword: String?
    /// Any other librdkafka property, passed through as is.
    public var properties: [String: String]

    /// Creates a configuration for the given brokers.
    public init(bootstrapServers: String, clientID: String? = nil, groupID: String? = nil,
                properties: [String: String] = [:]) {
        self.bootstrapServers = bootstrapServers
        self.clientID = clientID
        self.groupID = groupID
        self.properties = properties
    }

    /// All properties as librdkafka names them, typed options applied over the pass-through.
    public var librdkafkaProperties: [String: String] {
        var result = properties
        result["bootstrap.servers"] = bootstrapServers
        let typed: [(String, String?)] = [
            ("client.id", clientID), ("group.id", groupID), ("security.protocol", securityProtocol?.rawValue),
            ("sasl.mechanisms", saslMechanism), ("sasl.username", saslUsername), ("sasl.password", saslPassword),
            ("ssl.ca.location", tlsCAFile), ("ssl.certificate.location", tlsCertificateFile),
            ("ssl.key.location", tlsKeyFile), ("ssl.key.password", tlsKeyPassword),
        ]
        for case let (name, value?) in typed { result[name] = value }
        return result
    }

    /// Whether a property holds a secret that must never be printed or logged.
    public static func isSecret(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("password") || lower.contains("secret") || lower.hasSuffix(".key.pem")
            || lower.contains("sasl.oauthbearer.config") || lower.contains("token")
    }

    /// The properties with secrets replaced by `<redacted>`, sorted by name.
    public var description: String {
        let items = librdkafkaProperties.sorted { $0.key < $1.key }.map { name, value in
            "\(name)=\(Self.isSecret(name) ? "<redacted>" : value)"
        }
        return "KafkaConfiguration(\(items.joined(separator: ", ")))"
    }
}
