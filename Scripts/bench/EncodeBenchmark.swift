// Encoding/decoding benchmark for the wire contract. Built by Scripts/bench-encode.sh together with
// Sources/NewswireCore and the test fixture into one optimized executable (no SwiftPM release build).
import Foundation

@main
struct EncodeBenchmark {
    static func measure(_ label: String, iterations: Int, bytes: Int, _ body: () throws -> Void) rethrows {
        for _ in 0..<(iterations / 10) { try body() }  // warm up
        var samples: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<iterations { try body() }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations))
        }
        samples.sort()
        let median = samples[2]
        print(
            "\(label): \(bytes) \(bytes < 100 ? "messages" : "bytes"), median of 5 runs \(String(format: "%.1f", median / 1000)) µs/op "
                + "(\(Int(1e9 / median)) ops/s on one core)")
    }

    static func main() throws {
        let encoder = RecordEncoder()
        let record = RecordFixtures.record
        // A larger article: the same content four times over (76 entities, 20 events, 4 quotations).
        var large = record
        for k in 1..<4 {
            large.entities += record.entities.map { var e = $0; e.id += "-\(k)"; return e }
            large.events += record.events.map { var v = $0; v.id += "-\(k)"; return v }
            large.quotations += record.quotations
        }
        let small = try encoder.encode(record)
        let big = try encoder.encode(large)
        let messages = record.eventMessages
        let n = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 2000
        print("records: \(record.entities.count) entities/\(record.events.count) events and "
            + "\(large.entities.count) entities/\(large.events.count) events")
        try measure("encode enriched record (fixture)", iterations: n, bytes: small.count) { _ = try encoder.encode(record) }
        let reference = JSONEncoder()
        reference.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try measure("same record through JSONEncoder (reference)", iterations: n / 4, bytes: small.count) {
            _ = try reference.encode(record)
        }
        try measure("encode enriched record (4x fixture)", iterations: n / 4, bytes: big.count) { _ = try encoder.encode(large) }
        try measure("encode its \(messages.count) event messages", iterations: n, bytes: messages.count) {
            for m in messages { _ = try encoder.encode(m) }
        }
        let raw = try encoder.encode(RecordFixtures.raw)
        try measure("decode+validate raw article", iterations: n, bytes: raw.count) { _ = try RawArticle.decode(raw) }
    }
}
