import Foundation
import Kafka

/// Copies a range of one topic into another (`newswire replay copy`), preserving key, value and headers and
/// adding the lineage headers `newswire-replayed-from` (`<topic>/<partition>/<offset>`) and
/// `newswire-replayed-at` (RFC 3339). Stops cleanly when its task is cancelled.
public struct TopicCopier: Sendable {
    /// Lineage header naming the source message.
    public static let replayedFromHeader = "newswire-replayed-from"
    /// Lineage header with the time of the copy.
    public static let replayedAtHeader = "newswire-replayed-at"

    /// The connection.
    public let configuration: KafkaConfiguration

    /// Creates a copier.
    public init(configuration: KafkaConfiguration) {
        self.configuration = configuration
    }

    /// Copies `request`'s range; `progress` is called after every acknowledged batch.
    public func copy(
        _ request: CopyRequest, progress: @Sendable (CopyProgress) -> Void = { _ in }
    ) async throws -> CopyProgress {
        var consumerConfiguration = configuration
        consumerConfiguration.groupID = "newswire-replay-copy"
        consumerConfiguration.properties["enable.auto.commit"] = "false"
        let consumer = try KafkaConsumer(configuration: consumerConfiguration, bufferCapacity: 2000, batchSize: 500)
        let producer = try KafkaProducer(configuration: configuration)
        do {
            let ranges = try await self.ranges(request, consumer: consumer)
            var state = CopyProgress(total: ranges.values.reduce(0) { $0 + $1.upperBound - $1.lowerBound })
            var pending = ranges.filter { !$0.value.isEmpty }
            try consumer.assign(pending.map {
                KafkaTopicPartition(topic: request.fromTopic, partition: $0.key, offset: $0.value.lowerBound)
            })
            let pacer = Pacer(rate: request.rate)
            let copiedAt = RFC3339Clock.now()
            var batch: [KafkaProducerMessage] = []
            var iterator = consumer.messages.makeAsyncIterator()
            while !pending.isEmpty, !Task.isCancelled, let message = try await iterator.next() {
                guard let range = pending[message.partition], range.contains(message.offset) else { continue }
                state.read += 1
                if message.offset + 1 >= range.upperBound { pending[message.partition] = nil }
                if request.matches(key: message.keyString, headers: message.headers.map { ($0.name, $0.stringValue) }) {
                    batch.append(Self.copy(of: message, to: request.toTopic, at: copiedAt))
                } else {
                    state.filtered += 1
                }
                if batch.count >= 100 || pending.isEmpty || request.rate != nil {
                    try await send(&batch, producer: producer, state: &state)
                    progress(state)
                    await pacer.wait(for: state.copied)
                }
            }
            try await send(&batch, producer: producer, state: &state)
            state.interrupted = !pending.isEmpty
            progress(state)
            await consumer.close()
            await producer.close()
            return state
        } catch {
            await consumer.close()
            await producer.close()
            throw error
        }
    }

    func send(_ batch: inout [KafkaProducerMessage], producer: KafkaProducer, state: inout CopyProgress) async throws {
        guard !batch.isEmpty else { return }
        for result in await producer.send(batch: batch) {
            _ = try result.get()
            state.copied += 1
        }
        batch.removeAll(keepingCapacity: true)
    }

    static func copy(of message: KafkaMessage, to topic: String, at time: String) -> KafkaProducerMessage {
        var headers = message.headers.filter { $0.name != replayedFromHeader && $0.name != replayedAtHeader }
        let source = "\(message.topic)/\(message.partition)/\(message.offset)"
        headers.append(KafkaHeader(name: replayedFromHeader, string: source))
        headers.append(KafkaHeader(name: replayedAtHeader, string: time))
        return KafkaProducerMessage(topic: topic, key: message.key, value: message.value, headers: headers)
    }

    /// The offsets to copy per partition: `[start, end)`.
    func ranges(_ request: CopyRequest, consumer: KafkaConsumer) async throws -> [Int32: Range<Int64>] {
        let count = try await consumer.partitionCount(topic: request.fromTopic)
        var ranges: [Int32: Range<Int64>] = [:]
        for partition in 0..<Int32(count) {
            let marks = try await consumer.watermarks(topic: request.fromTopic, partition: partition)
            func resolve(_ bound: CopyBound, edge: Int64) async throws -> Int64 {
                switch bound {
                case .edge: return edge
                case .offset(let offset): return min(max(offset, marks.low), marks.high)
                case .timestamp(let milliseconds):
                    return try await consumer.offset(
                        forTimestamp: milliseconds, topic: request.fromTopic, partition: partition)
                }
            }
            let start = try await resolve(request.start, edge: marks.low)
            let end = try await resolve(request.end, edge: marks.high)
            ranges[partition] = start..<max(start, end)
        }
        return ranges
    }
}

/// Spaces sends so that no more than `rate` messages per second go out.
struct Pacer: Sendable {
    let rate: Double?
    let started = ContinuousClock.now

    func wait(for sent: Int64) async {
        guard let rate, rate > 0 else { return }
        let due = started + .milliseconds(Int64(Double(sent) / rate * 1000))
        if due > .now { try? await Task.sleep(until: due, clock: .continuous) }
    }
}

/// The current time as RFC 3339 UTC with milliseconds.
enum RFC3339Clock {
    static func now() -> String { LogLine.timestamp(Date()) }
}
