/// A Kafka record header: a name and an optional byte value.
public struct KafkaHeader: Hashable, Sendable {
    /// The header name.
    public var name: String
    /// The header value; `nil` is a null header.
    public var value: [UInt8]?

    /// Creates a header with bytes.
    public init(name: String, value: [UInt8]?) {
        self.name = name
        self.value = value
    }

    /// Creates a header with a UTF-8 string value.
    public init(name: String, string: String) {
        self.init(name: name, value: Array(string.utf8))
    }

    /// The value decoded as UTF-8, when present.
    public var stringValue: String? { value.map { String(decoding: $0, as: UTF8.self) } }
}

/// A message read from Kafka, owning copies of its key, value and headers.
public struct KafkaMessage: Sendable, Hashable {
    /// The topic it was read from.
    public var topic: String
    /// The partition it was read from.
    public var partition: Int32
    /// Its offset in the partition.
    public var offset: Int64
    /// The key, when the message has one.
    public var key: [UInt8]?
    /// The payload (empty for a null payload: see ``isTombstone``).
    public var value: [UInt8]
    /// The headers in wire order.
    public var headers: [KafkaHeader]
    /// The timestamp in milliseconds since the Unix epoch, when the message has one.
    public var timestampMilliseconds: Int64?
    /// Whether the payload is null (a tombstone, which deletes its key from a compacted topic) rather than
    /// present, possibly empty; ``value`` is then empty.
    public var isTombstone: Bool = false
    /// Which assignment of its partition the consumer fetched it under (0 for a message not fetched by a
    /// ``KafkaConsumer``). Once the partition is revoked that assignment is over, even if the partition comes
    /// back: ``KafkaConsumer/isCurrent(_:)`` then says false, because the group will deliver it again from the
    /// committed offset.
    public internal(set) var assignmentEpoch: UInt64 = 0

    /// Creates a message (normally done by ``KafkaConsumer``).
    public init(topic: String, partition: Int32, offset: Int64, key: [UInt8]?, value: [UInt8],
                headers: [KafkaHeader] = [], timestampMilliseconds: Int64? = nil) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMilliseconds = timestampMilliseconds
    }

    /// The key decoded as UTF-8, when present.
    public var keyString: String? { key.map { String(decoding: $0, as: UTF8.self) } }
    /// The value decoded as UTF-8.
    public var valueString: String { String(decoding: value, as: UTF8.self) }
    /// The first header with this name.
    public func header(_ name: String) -> KafkaHeader? { headers.first { $0.name == name } }
    /// The topic-partition and the offset of the NEXT message, as a commit expects.
    public var nextOffset: KafkaTopicPartition { KafkaTopicPartition(topic: topic, partition: partition, offset: offset + 1) }
}

/// A message to produce.
public struct KafkaProducerMessage: Sendable, Hashable {
    /// The destination topic.
    public var topic: String
    /// An explicit partition, or `nil` to let the partitioner choose (by key when there is one).
    public var partition: Int32?
    /// The key.
    public var key: [UInt8]?
    /// The payload (ignored for a tombstone).
    public var value: [UInt8]
    /// Headers in order.
    public var headers: [KafkaHeader]
    /// The timestamp in milliseconds since the Unix epoch, or `nil` for "now".
    public var timestampMilliseconds: Int64?
    /// Whether to send a null payload (a tombstone) instead of ``value``; an empty ``value`` is sent as an empty,
    /// non-null payload.
    public var isTombstone: Bool = false

    /// Creates a message with bytes.
    public init(topic: String, partition: Int32? = nil, key: [UInt8]? = nil, value: [UInt8],
                headers: [KafkaHeader] = [], timestampMilliseconds: Int64? = nil) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMilliseconds = timestampMilliseconds
    }

    /// Creates a message with UTF-8 string key and value.
    public init(topic: String, partition: Int32? = nil, key: String?, value: String,
                headers: [KafkaHeader] = [], timestampMilliseconds: Int64? = nil) {
        self.init(topic: topic, partition: partition, key: key.map { Array($0.utf8) }, value: Array(value.utf8),
                  headers: headers, timestampMilliseconds: timestampMilliseconds)
    }
}

/// Where the broker stored a produced message.
public struct KafkaDeliveryReport: Hashable, Sendable {
    /// The topic.
    public var topic: String
    /// The partition the message was written to.
    public var partition: Int32
    /// The offset the message got.
    public var offset: Int64
}
