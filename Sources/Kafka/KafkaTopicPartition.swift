/// A partition of a topic, optionally with an offset (for seeks, commits, assignments and queries).
public struct KafkaTopicPartition: Hashable, Sendable, CustomStringConvertible {
    /// The topic name.
    public var topic: String
    /// The partition number.
    public var partition: Int32
    /// An offset; negative values are the special ``KafkaOffset`` constants.
    public var offset: Int64

    /// Creates a topic-partition with an optional offset (``KafkaOffset/invalid`` when absent).
    public init(topic: String, partition: Int32, offset: Int64 = KafkaOffset.invalid) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }

    public var description: String {
        offset == KafkaOffset.invalid ? "\(topic)/\(partition)" : "\(topic)/\(partition)@\(offset)"
    }
}

/// librdkafka's special offsets.
public enum KafkaOffset {
    /// The oldest message still on the broker.
    public static let beginning: Int64 = -2
    /// The offset after the newest message (only new messages are read).
    public static let end: Int64 = -1
    /// The committed offset (or `auto.offset.reset` when none).
    public static let stored: Int64 = -1000
    /// No offset.
    public static let invalid: Int64 = -1001
}

/// The low and high watermarks of a partition: offsets of the oldest message and of the next message to be written.
public struct KafkaWatermarks: Hashable, Sendable {
    /// The offset of the oldest message still on the broker.
    public var low: Int64
    /// The offset the next produced message will get.
    public var high: Int64
    /// Creates watermarks.
    public init(low: Int64, high: Int64) {
        self.low = low
        self.high = high
    }
}
