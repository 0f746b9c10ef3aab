/// Reads settings one by one from ``SettingsSources``, parsing text and remembering where each value came from.
struct SettingReader {
    let sources: SettingsSources
    var found: [SettingKey: SettingSource] = [:]

    init(sources: SettingsSources) {
        self.sources = sources
    }

    /// The parsed value of `key` from the highest-precedence source, or `current` when no source has it.
    /// - Throws: `KEY: expected <expected>, got '<text>'` when the text does not parse.
    mutating func text<Value>(
        _ key: SettingKey, _ current: Value, parse: (String) -> Value?, expected: () -> String
    ) throws(OperationsError) -> Value {
        guard let (values, source) = try sources.lookup(key) else { return current }
        let text = values.last ?? ""
        guard let value = parse(text) else {
            let shown = key.isSecret ? SecretRedaction.redacted : text
            throw OperationsError(.invalidSetting, key: source.name(of: key), "expected \(expected()), got '\(shown)'")
        }
        found[key] = source
        return value
    }

    /// The same for optional settings: an absent source leaves `current` (usually `nil`).
    mutating func optional<Value>(
        _ key: SettingKey, _ current: Value?, parse: (String) -> Value?, expected: () -> String
    ) throws(OperationsError) -> Value? {
        guard let (values, source) = try sources.lookup(key) else { return current }
        let text = values.last ?? ""
        guard let value = parse(text) else {
            let shown = key.isSecret ? SecretRedaction.redacted : text
            throw OperationsError(.invalidSetting, key: source.name(of: key), "expected \(expected()), got '\(shown)'")
        }
        found[key] = source
        return value
    }

    /// `key=value` pairs merged over all sources (file, then environment, then flags; later wins per key).
    /// The environment variable holds a comma-separated list.
    mutating func properties(_ key: SettingKey) throws(OperationsError) -> [(key: String, value: String)] {
        var merged: [(key: String, value: String)] = []
        for (values, source) in try sources.layers(key) {
            let items = source == .environment
                ? values.flatMap { $0.split(separator: ",").map(String.init) } : values
            for item in items {
                guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                    throw OperationsError(
                        .invalidSetting, key: source.name(of: key),
                        "expected key=value (a librdkafka property), got '\(SecretRedaction.redactingAssignment(item))'")
                }
                let name = String(item[..<equals]).trimmingSpaces
                let value = String(item[item.index(after: equals)...])
                merged.removeAll { $0.key == name }
                merged.append((name, value))
            }
            found[key] = source
        }
        return merged
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
