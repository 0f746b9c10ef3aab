import Logging

/// Keeps secrets out of logs: metadata values whose key names a secret are replaced by ``redacted``, as are the
/// values of `key=value` strings (e.g. `--kafka-property sasl.password=…`) whose key names one.
public enum SecretRedaction {
    /// What a secret is replaced with.
    public static let redacted = "[REDACTED]"

    /// Words that mark a key as secret, compared case-insensitively anywhere in the key
    /// (`sasl.password`, `NEWSWIRE_SASL_PASSWORD`, `ssl.key.password`, `apiToken`, `client_secret`, …).
    public static let secretWords = ["password", "secret", "token", "credential", "private.key", "private_key"]

    /// Whether `key` names a secret.
    public static func isSecret(key: String) -> Bool {
        let lowered = key.lowercased()
        return secretWords.contains { lowered.contains($0) }
    }

    /// `text` with the value redacted when it has the form `key=value` and the key names a secret.
    public static func redactingAssignment(_ text: String) -> String {
        guard let equals = text.firstIndex(of: "="), isSecret(key: String(text[..<equals])) else { return text }
        return text[..<equals] + "=" + redacted
    }

    /// `value` with every secret inside it redacted, given that it is stored under `key`.
    public static func redact(_ value: Logger.MetadataValue, key: String) -> Logger.MetadataValue {
        if isSecret(key: key) { return .string(redacted) }
        switch value {
        case .string(let text):
            return .string(redactingAssignment(text))
        case .stringConvertible(let convertible):
            let text = convertible.description
            let redactedText = redactingAssignment(text)
            return redactedText == text ? value : .string(redactedText)
        case .array(let values):
            return .array(values.map { redact($0, key: key) })
        case .dictionary(let dictionary):
            return .dictionary(redact(dictionary))
        }
    }

    /// `metadata` with every secret redacted.
    public static func redact(_ metadata: Logger.Metadata) -> Logger.Metadata {
        var result = Logger.Metadata()
        for (key, value) in metadata { result[key] = redact(value, key: key) }
        return result
    }
}
