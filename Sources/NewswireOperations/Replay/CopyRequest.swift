/// Where a copy starts or ends in every partition of the source topic.
public enum CopyBound: Sendable, Equatable {
    /// The partition's low watermark (start) or high watermark (end).
    case edge
    /// This offset in every partition (clamped to the retained range).
    case offset(Int64)
    /// The first message at or after this instant (milliseconds since 1970).
    case timestamp(milliseconds: Int64)
}

/// What `newswire replay copy` copies.
public struct CopyRequest: Sendable, Equatable {
    /// The source topic.
    public var fromTopic: String
    /// The destination topic.
    public var toTopic: String
    /// The first message copied (inclusive).
    public var start: CopyBound = .edge
    /// Where copying stops (exclusive); `.edge` is the high watermark when the copy starts.
    public var end: CopyBound = .edge
    /// Only messages whose key equals this, or starts with it when it ends in `*`.
    public var keyFilter: String?
    /// Only messages carrying every one of these headers with exactly this value, e.g.
    /// `["newswire-error-class": "too_large"]` to re-drive only the dead letters a fix addressed.
    public var headerFilter: [String: String] = [:]
    /// At most this many messages per second (nil: as fast as the broker takes them).
    public var rate: Double?

    /// Creates a request copying everything retained in `fromTopic` into `toTopic`.
    public init(fromTopic: String, toTopic: String) {
        self.fromTopic = fromTopic
        self.toTopic = toTopic
    }

    /// Whether a message with `key` and `headers` (name and text value) passes the key and header filters.
    public func matches(key: String?, headers: [(name: String, value: String?)]) -> Bool {
        guard matches(key: key) else { return false }
        return headerFilter.allSatisfy { wanted in headers.contains { $0.name == wanted.key && $0.value == wanted.value } }
    }

    /// Whether a message with `key` passes the key filter.
    public func matches(key: String?) -> Bool {
        guard let keyFilter else { return true }
        guard let key else { return false }
        if keyFilter.hasSuffix("*") { return key.hasPrefix(keyFilter.dropLast()) }
        return key == keyFilter
    }
}

/// How a copy went; also what progress reports carry.
public struct CopyProgress: Sendable, Equatable {
    /// Messages in the source range (before key filtering).
    public var total: Int64
    /// Source messages read so far.
    public var read: Int64 = 0
    /// Messages written to the destination and acknowledged.
    public var copied: Int64 = 0
    /// Messages left out by the key or header filter.
    public var filtered: Int64 = 0
    /// Whether the copy stopped early (SIGINT / cancellation) before reaching the end of the range.
    public var interrupted = false

    /// Creates a progress report.
    public init(total: Int64, read: Int64 = 0, copied: Int64 = 0, filtered: Int64 = 0, interrupted: Bool = false) {
        self.total = total
        self.read = read
        self.copied = copied
        self.filtered = filtered
        self.interrupted = interrupted
    }

    /// One-line summary, e.g. `copied 120 of 300 messages (180 filtered out)`.
    public var summary: String {
        var text = "copied \(copied) message(s), read \(read) of \(total)"
        if filtered > 0 { text += ", \(filtered) left out by the filters" }
        if interrupted { text += "; interrupted before the end of the range" }
        return text
    }
}
