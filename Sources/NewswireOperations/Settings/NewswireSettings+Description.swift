import Foundation

extension NewswireSettings {
    /// One printable line per setting for `newswire config`: `name = value  (source)`, with secrets redacted
    /// unless `redacted` is false.
    public func effectiveLines(redacted: Bool = true) -> [String] {
        func secret(_ value: String?) -> String? {
            guard let value else { return nil }
            return redacted ? SecretRedaction.redacted : value
        }
        let properties = kafkaProperties.map { property in
            let text = property.key + "=" + property.value
            return redacted ? SecretRedaction.redactingAssignment(text) : text
        }
        let values: [(SettingKey, String?)] = [
            (.bootstrapServers, bootstrapServers), (.groupId, groupId), (.inputTopic, inputTopic),
            (.enrichedTopic, effectiveEnrichedTopic), (.eventsTopic, effectiveEventsTopic),
            (.dlqTopic, effectiveDLQTopic), (.outputVersion, outputVersion), (.concurrency, String(concurrency)),
            (.maxMessageBytes, String(maxMessageBytes)), (.maxInFlight, String(maxInFlight)),
            (.commitInterval, Self.format(commitInterval)), (.shutdownDeadline, Self.format(shutdownDeadline)),
            (.kafkaProperty, properties.isEmpty ? nil : properties.joined(separator: ",")),
            (.securityProtocol, securityProtocol), (.saslMechanism, saslMechanism), (.saslUsername, saslUsername),
            (.saslPassword, secret(saslPassword)), (.metricsAddress, metricsAddress.description),
            (.logFormat, logFormat.rawValue), (.logLevel, logLevel.rawValue),
        ]
        let width = values.map(\.0.name.count).max() ?? 0
        return values.map { key, value in
            let name = key.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let source = sources[key]?.description ?? "default"
            return "\(name) = \(value ?? "(not set)")  (\(source))"
        }
    }

    /// Seconds with up to three decimals, e.g. `5` or `0.25`.
    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = attoseconds / 1_000_000_000_000_000
        if milliseconds == 0 { return String(seconds) }
        var fraction = String(milliseconds + 1000).dropFirst()
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(seconds).\(fraction)"
    }
}
