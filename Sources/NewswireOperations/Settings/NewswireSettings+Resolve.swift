import Foundation
import Logging

extension NewswireSettings {
    /// Resolves every setting from `sources` (flags > environment > config file > default) and validates it.
    /// - Throws: ``OperationsError/Code/invalidSetting`` naming the key as its source spells it.
    public static func resolve(from sources: SettingsSources) throws(OperationsError) -> NewswireSettings {
        var settings = NewswireSettings()
        var reader = SettingReader(sources: sources)
        settings.bootstrapServers = try reader.optional(.bootstrapServers, settings.bootstrapServers) { value in
            value.split(separator: ",").allSatisfy { $0.contains(":") && !$0.hasPrefix(":") } ? value : nil
        } expected: { "a comma-separated list of host:port" }
        settings.groupId = try reader.text(.groupId, settings.groupId, parse: Self.name) { "a non-empty name" }
        settings.inputTopic = try reader.text(.inputTopic, settings.inputTopic, parse: Self.topic) { topicRule }
        settings.enrichedTopic = try reader.text(.enrichedTopic, settings.enrichedTopic, parse: Self.topic) {
            topicRule
        }
        settings.eventsTopic = try reader.text(.eventsTopic, settings.eventsTopic, parse: Self.topic) { topicRule }
        settings.dlqTopic = try reader.text(.dlqTopic, settings.dlqTopic, parse: Self.topic) { topicRule }
        settings.outputVersion = try reader.optional(.outputVersion, settings.outputVersion) { value in
            value.isEmpty ? nil : Self.topic(value)
        } expected: { "a version such as v2 (letters, digits, '.', '_' or '-')" }
        settings.concurrency = try reader.text(.concurrency, settings.concurrency, parse: Self.positive) {
            "a positive integer"
        }
        settings.maxMessageBytes = try reader.text(.maxMessageBytes, settings.maxMessageBytes, parse: Self.positive)
        { "a positive integer (bytes)" }
        settings.maxInFlight = try reader.text(.maxInFlight, settings.maxInFlight, parse: Self.positive) {
            "a positive integer"
        }
        settings.commitInterval = try reader.text(.commitInterval, settings.commitInterval) { value in
            Self.seconds(value).flatMap { $0 > .zero ? $0 : nil }
        } expected: { "a positive number of seconds" }
        settings.shutdownDeadline = try reader.text(.shutdownDeadline, settings.shutdownDeadline, parse: Self.seconds)
        { "a number of seconds, 0 or more" }
        settings.kafkaProperties = try reader.properties(.kafkaProperty)
        settings.securityProtocol = try reader.text(.securityProtocol, settings.securityProtocol) { value in
            let upper = value.uppercased()
            return ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"].contains(upper) ? upper : nil
        } expected: { "one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL" }
        settings.saslMechanism = try reader.optional(.saslMechanism, settings.saslMechanism) { value in
            let upper = value.uppercased()
            return ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "GSSAPI"].contains(upper) ? upper : nil
        } expected: { "one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER, GSSAPI" }
        settings.saslUsername = try reader.optional(.saslUsername, settings.saslUsername, parse: Self.name) {
            "a non-empty user name"
        }
        settings.saslPassword = try reader.optional(.saslPassword, settings.saslPassword) { $0.isEmpty ? nil : $0 }
        expected: { "a non-empty password" }
        settings.metricsAddress = try reader.text(.metricsAddress, settings.metricsAddress) { value in
            try? ListenAddress(parsing: value, key: "")
        } expected: { "host:port (e.g. 127.0.0.1:9464 or 0.0.0.0:9464)" }
        settings.logFormat = try reader.text(.logFormat, settings.logFormat) { LogFormat(rawValue: $0.lowercased()) }
        expected: { "text or json" }
        settings.logLevel = try reader.text(.logLevel, settings.logLevel) { Logger.Level(name: $0) } expected: {
            "one of trace, debug, info, notice, warning, error, critical"
        }
        settings.sources = reader.found
        try settings.checkConsistency()
        return settings
    }

    static let topicRule = "a Kafka topic name (1-249 of letters, digits, '.', '_', '-')"

    static func name(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
    }

    static func topic(_ text: String) -> String? {
        let allowed = text.unicodeScalars.allSatisfy {
            (("a"..."z").contains($0) || ("A"..."Z").contains($0)
                || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-")
        }
        return allowed && (1...249).contains(text.count) && text != "." && text != ".." ? text : nil
    }

    static func positive(_ text: String) -> Int? {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 0 else { return nil }
        return value
    }

    static func seconds(_ text: String) -> Duration? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("s") { trimmed.removeLast() }
        guard let value = Double(trimmed), value.isFinite, value >= 0, value < 1e9 else { return nil }
        return .milliseconds(Int64((value * 1000).rounded()))
    }

    /// Rules that involve more than one setting.
    func checkConsistency() throws(OperationsError) {
        let usesSASL = securityProtocol.hasPrefix("SASL_")
        if usesSASL, saslMechanism == nil {
            throw OperationsError(
                .invalidSetting, key: (sources[.saslMechanism] ?? .environment).name(of: .saslMechanism),
                "required when the security protocol is \(securityProtocol)")
        }
        if !usesSASL, saslUsername != nil || saslPassword != nil {
            let key: SettingKey = saslUsername != nil ? .saslUsername : .saslPassword
            throw OperationsError(
                .invalidSetting, key: (sources[key] ?? .environment).name(of: key),
                "set, but the security protocol is \(securityProtocol); set security-protocol to SASL_SSL or "
                    + "SASL_PLAINTEXT")
        }
        let outputs = [effectiveEnrichedTopic, effectiveEventsTopic, effectiveDLQTopic]
        if outputs.contains(inputTopic) {
            throw OperationsError(
                .invalidSetting, key: (sources[.inputTopic] ?? .defaultValue).name(of: .inputTopic),
                "'\(inputTopic)' is also an output topic; the worker would consume its own output")
        }
    }

    /// Requires what `newswire run` cannot start without.
    public func validateForRun() throws(OperationsError) {
        if bootstrapServers == nil {
            throw OperationsError(
                .invalidSetting, key: "\(SettingKey.bootstrapServers.flag) / \(SettingKey.bootstrapServers.environmentVariable)",
                "no Kafka brokers given. Point newswire at a broker with --bootstrap-servers host:9092 or "
                    + "NEWSWIRE_BOOTSTRAP_SERVERS=host:9092, or start the embedded one with `newswire broker`")
        }
    }
}
