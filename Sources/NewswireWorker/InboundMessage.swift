import NewswireCore

/// A partition of a topic.
public struct TopicPartition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The topic name.
    public var topic: String
    /// The partition number.
    public var partition: Int32

    /// Creates a topic-partition.
    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    public var description: String { "\(topic)/\(partition)" }

    public static func < (lhs: TopicPartition, rhs: TopicPartition) -> Bool {
        (lhs.topic, lhs.partition) < (rhs.topic, rhs.partition)
    }
}

/// One message read from the input topic, exactly as the broker gave it.
public struct InboundMessage: Sendable, Hashable {
    /// Where the message lives.
    public var topicPartition: TopicPartition
    /// The message's offset in its partition.
    public var offset: Int64
    /// The message key, if any.
    public var key: [UInt8]?
    /// The message value, if any (a tombstone has none).
    public var value: [UInt8]?
    /// The message headers, in order.
    public var headers: [MessageHeader]
    /// The message timestamp in milliseconds since 1970, if the broker gave one.
    public var timestampMilliseconds: Int64?
    /// Which assignment of its partition the source read it under, as the source counts them (0: the source
    /// does not say). The worker asks ``MessageSource/isCurrent(_:)`` before taking the message on.
    public var assignmentEpoch: UInt64

    /// Creates a message.
    public init(
        topicPartition: TopicPartition, offset: Int64, key: [UInt8]? = nil, value: [UInt8]?,
        headers: [MessageHeader] = [], timestampMilliseconds: Int64? = nil, assignmentEpoch: UInt64 = 0
    ) {
        self.topicPartition = topicPartition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMilliseconds = timestampMilliseconds
        self.assignmentEpoch = assignmentEpoch
    }

    /// The lineage string `<topic>/<partition>/<offset>` used in the `newswire-source` header.
    public var lineage: String { "\(topicPartition.topic)/\(topicPartition.partition)/\(offset)" }

    /// The first header with this name, if any.
    public func header(_ name: String) -> MessageHeader? {
        headers.first { $0.name == name }
    }
}

/// One message to publish.
public struct OutboundRecord: Sendable, Hashable {
    /// The destination topic.
    public var topic: String
    /// The record key.
    public var key: [UInt8]?
    /// The record value.
    public var value: [UInt8]?
    /// The record headers, in order.
    public var headers: [MessageHeader]

    /// Creates a record.
    public init(topic: String, key: [UInt8]?, value: [UInt8]?, headers: [MessageHeader]) {
        self.topic = topic
        self.key = key
        self.value = value
        self.headers = headers
    }
}
