import Foundation
import Logging

/// One finished log line, rendered as text or as a JSON object.
struct LogLine {
    let time: Date
    let level: Logger.Level
    let label: String
    let message: String
    let metadata: Logger.Metadata
    let error: String?

    /// Metadata keys first in every line, in this order; the rest follow sorted.
    static let leadingKeys = ["topic", "partition", "offset", "key"]

    /// `2026-11-25T03:11:20.123Z info    [newswire.worker] message topic=articles.raw partition=3 offset=17`
    func text() -> String {
        var line = Self.timestamp(time) + " " + level.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        line += "[" + label + "] " + message
        for (key, value) in orderedMetadata() {
            line += " " + key + "=" + Self.textValue(value)
        }
        if let error { line += " error=" + Self.quotedIfNeeded(error) }
        return line
    }

    /// `{"time":"…","level":"info","label":"…","message":"…","topic":"articles.raw","partition":"3",…}`
    func json() -> String {
        var line = "{\"time\":" + Self.jsonString(Self.timestamp(time))
        line += ",\"level\":" + Self.jsonString(level.rawValue)
        line += ",\"label\":" + Self.jsonString(label)
        line += ",\"message\":" + Self.jsonString(message)
        for (key, value) in orderedMetadata() where !["time", "level", "label", "message"].contains(key) {
            line += "," + Self.jsonString(key) + ":" + Self.jsonValue(value)
        }
        if let error { line += ",\"error\":" + Self.jsonString(error) }
        return line + "}"
    }

    func orderedMetadata() -> [(String, Logger.MetadataValue)] {
        let leading = Self.leadingKeys.compactMap { key in metadata[key].map { (key, $0) } }
        let rest = metadata.filter { !Self.leadingKeys.contains($0.key) }.sorted { $0.key < $1.key }
        return leading + rest.map { ($0.key, $0.value) }
    }

    static func textValue(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): return quotedIfNeeded(text)
        case .stringConvertible(let convertible): return quotedIfNeeded(convertible.description)
        case .array(let values): return "[" + values.map(textValue).joined(separator: ",") + "]"
        case .dictionary(let dictionary):
            return "{" + dictionary.sorted { $0.key < $1.key }.map { $0.key + "=" + textValue($0.value) }
                .joined(separator: ",") + "}"
        }
    }

    static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.isEmpty || text.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }
        return needsQuotes ? jsonString(text) : text
    }

    static func jsonValue(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): return jsonString(text)
        case .stringConvertible(let convertible): return jsonString(convertible.description)
        case .array(let values): return "[" + values.map(jsonValue).joined(separator: ",") + "]"
        case .dictionary(let dictionary):
            return "{" + dictionary.sorted { $0.key < $1.key }.map { jsonString($0.key) + ":" + jsonValue($0.value) }
                .joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// RFC 3339 UTC with milliseconds.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = milliseconds / 1000
        var days = seconds / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil-from-days (Howard Hinnant's algorithm), proleptic Gregorian.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(width - digits.count, 0)) + digits
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "." + pad(milliseconds % 1000, 3) + "Z"
    }
}
