import Logging

extension Logger.Metadata {
    /// The metadata every log line about one Kafka message carries: `topic`, `partition` and `offset`.
    public static func message(topic: String, partition: Int32, offset: Int64) -> Logger.Metadata {
        ["topic": .string(topic), "partition": .stringConvertible(partition), "offset": .stringConvertible(offset)]
    }
}

extension Logger {
    /// A copy of this logger whose every line carries the message's `topic`, `partition` and `offset` — the
    /// convention for all logging about one message:
    /// ```swift
    /// let log = logger.forMessage(topic: message.topic, partition: message.partition, offset: message.offset)
    /// log.warning("dead-lettered", metadata: ["error_class": "schema"])
    /// ```
    public func forMessage(topic: String, partition: Int32, offset: Int64) -> Logger {
        var copy = self
        for (key, value) in Logger.Metadata.message(topic: topic, partition: partition, offset: offset) {
            copy[metadataKey: key] = value
        }
        return copy
    }
}

extension Logger.Level {
    /// Parses a level name as given to `--log-level` / `NEWSWIRE_LOG_LEVEL` (`trace` … `critical`, also `warn`
    /// and `fatal`), case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "warn": self = .warning
        case "fatal": self = .critical
        default:
            guard let level = Logger.Level(rawValue: name.lowercased()) else { return nil }
            self = level
        }
    }
}
