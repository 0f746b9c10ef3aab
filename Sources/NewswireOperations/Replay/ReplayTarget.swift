import Foundation

/// Where `newswire replay reset` moves a group's committed offsets.
public enum ReplayTarget: Sendable, Equatable, CustomStringConvertible {
    /// The partition's low watermark: reprocess everything retained.
    case earliest
    /// The high watermark: skip everything not yet processed.
    case latest
    /// This offset in every selected partition (clamped to the retained range).
    case offset(Int64)
    /// The first offset whose timestamp is at or after this instant (milliseconds since 1970).
    case timestamp(milliseconds: Int64)
    /// Move the committed offset by this many messages (negative: reprocess; positive: skip).
    case shift(Int64)

    /// `--by-duration`: the timestamp target this long before `nowMilliseconds`.
    public static func before(_ duration: Duration, nowMilliseconds: Int64) -> ReplayTarget {
        let (seconds, attoseconds) = duration.components
        return .timestamp(milliseconds: nowMilliseconds - (seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }

    public var description: String {
        switch self {
        case .earliest: "earliest"
        case .latest: "latest"
        case .offset(let offset): "offset \(offset)"
        case .timestamp(let milliseconds):
            "time " + LogLine.timestamp(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        case .shift(let count): "shift by \(count > 0 ? "+" : "")\(count)"
        }
    }
}
