import Foundation
import Kafka

/// Formats a message as the single JSON line `newswire tail` prints.
enum TailFormat {
    static func line(_ message: KafkaMessage) -> String {
        var fields: [String] = [
            "\"topic\":\(quote(message.topic))",
            "\"partition\":\(message.partition)",
            "\"offset\":\(message.offset)",
            "\"timestamp\":\(message.timestampMilliseconds.map { quote(rfc3339($0)) } ?? "null")",
            "\"key\":\(message.key.map { quote(String(decoding: $0, as: UTF8.self)) } ?? "null")",
        ]
        let headers = message.headers.map { header in
            "\(quote(header.name)):\(header.value.map { quote(String(decoding: $0, as: UTF8.self)) } ?? "null")"
        }
        fields.append("\"headers\":{\(headers.joined(separator: ","))}")
        fields.append("\"value\":\(embed(message.value))")
        return "{\(fields.joined(separator: ","))}"
    }

    /// The value as JSON when it parses as JSON (verbatim when it is one line, else compacted), else as a string.
    static func embed(_ value: [UInt8]) -> String {
        let data = Data(value)
        if let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
           !value.contains(0x0A), !value.contains(0x0D) {
            _ = object
            return String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        if let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
           let compact = try? JSONSerialization.data(withJSONObject: object,
                                                     options: [.fragmentsAllowed, .withoutEscapingSlashes]) {
            return String(decoding: compact, as: UTF8.self)
        }
        return quote(String(decoding: value, as: UTF8.self))
    }

    static func quote(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    static func rfc3339(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
