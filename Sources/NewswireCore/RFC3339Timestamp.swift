import Foundation

/// An RFC 3339 timestamp (`2026-03-10T08:15:00+02:00`) that keeps the text it was read from.
///
/// newswire passes `published_at` through unchanged, so the original `text` is what gets encoded;
/// `date` is the instant, and `year`/`month`/`day`/`hour`/`minute`/`second` with `utcOffsetSeconds`
/// are the wall-clock reading in the writer's own time zone: resolve relative dates ("on Tuesday")
/// against these, not against UTC.
public struct RFC3339Timestamp: Sendable, Hashable, CustomStringConvertible {
    /// The timestamp exactly as written.
    public let text: String
    /// The instant it denotes.
    public let date: Date
    /// Offset of the writer's time zone from UTC, in seconds (`+02:00` is 7200; `Z` is 0).
    public let utcOffsetSeconds: Int
    /// Local calendar year.
    public let year: Int
    /// Local month, 1...12.
    public let month: Int
    /// Local day of the month, 1...31.
    public let day: Int
    /// Local hour, 0...23.
    public let hour: Int
    /// Local minute, 0...59.
    public let minute: Int
    /// Local second, 0...60 (60 only for a leap second).
    public let second: Int

    /// Parses an RFC 3339 `date-time`; returns nil when `text` is not one.
    ///
    /// Accepted: `YYYY-MM-DD` `T` (or `t` or a space) `hh:mm:ss`, an optional fraction of any length, then
    /// `Z`, `z` or `±hh:mm`. Month, day (including leap years), hour, minute, second and offset are
    /// range-checked. A date alone, a missing offset or `±hhmm` is rejected.
    public init?(_ text: String) {
        guard let p = RFC3339Parser.parse(Array(text.utf8)) else { return nil }
        self.text = text
        self.utcOffsetSeconds = p.offset
        self.year = p.year
        self.month = p.month
        self.day = p.day
        self.hour = p.hour
        self.minute = p.minute
        self.second = p.second
        let days = RFC3339Parser.daysFromCivil(p.year, p.month, p.day)
        let seconds = days * 86_400 + p.hour * 3600 + p.minute * 60 + p.second - p.offset
        self.date = Date(timeIntervalSince1970: Double(seconds) + p.fraction)
    }

    /// The UTC timestamp of `date` to the nearest millisecond, written `YYYY-MM-DDThh:mm:ssZ`, with
    /// `.SSS` when the milliseconds are not zero. The same date always gives the same text.
    public init(_ date: Date) {
        self.init(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }

    /// The UTC timestamp of a Kafka message timestamp (milliseconds since 1970), exactly.
    public init(millisecondsSince1970 millis: Int64) {
        let secs = Int(millis.quotientRoundingDown(by: 1000))
        let ms = Int(millis - Int64(secs) * 1000)
        let days = secs.quotientRoundingDown(by: 86_400)
        let sod = secs - days * 86_400
        let (y, m, d) = RFC3339Parser.civilFromDays(days)
        var s = Self.pad(y, 4) + "-" + Self.pad(m, 2) + "-" + Self.pad(d, 2)
        s += "T" + Self.pad(sod / 3600, 2) + ":" + Self.pad(sod / 60 % 60, 2) + ":" + Self.pad(sod % 60, 2)
        if ms != 0 { s += "." + Self.pad(ms, 3) }
        s += "Z"
        self.text = s
        self.date = Date(timeIntervalSince1970: Double(millis) / 1000)
        self.utcOffsetSeconds = 0
        self.year = y
        self.month = m
        self.day = d
        self.hour = sod / 3600
        self.minute = sod / 60 % 60
        self.second = sod % 60
    }

    /// Day of the week in the writer's time zone: 1 is Monday ... 7 is Sunday (ISO 8601).
    public var isoWeekday: Int {
        let days = RFC3339Parser.daysFromCivil(year, month, day)
        // 1970-01-01 was a Thursday (4).
        return (days + 3).modulo(7) + 1
    }

    /// The local calendar date as ISO 8601 `YYYY-MM-DD`.
    public var localDateString: String {
        Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    public var description: String { text }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension RFC3339Timestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let t = RFC3339Timestamp(s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "\"\(s)\" is not an RFC 3339 timestamp such as 2026-03-10T08:15:00Z")
        }
        self = t
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

extension BinaryInteger {
    fileprivate func quotientRoundingDown(by d: Self) -> Self {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }

    fileprivate func modulo(_ d: Self) -> Self {
        let r = self % d
        return r < 0 ? r + d : r
    }
}
