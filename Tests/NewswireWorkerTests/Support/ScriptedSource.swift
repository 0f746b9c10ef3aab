import NewswireCore
import Synchronization
@testable import NewswireWorker

/// An in-memory consumer for tests: the test pushes batches and rebalance events; commits are recorded.
/// Like the Kafka source, it numbers the assignments of each partition: a delivered message carries its partition's
/// current number, and a revocation ends it, so messages delivered before are no longer current.
final class ScriptedSource: MessageSource {
    typealias Batches = AsyncThrowingStream<[InboundMessage], any Error>

    private struct State {
        var listener: (any RebalanceListener)?
        var commits: [[TopicPartition: Int64]] = []
        var closed = false
        var pulls = 0
        var epochs: [TopicPartition: UInt64] = [:]
        var refusingCommits = false
        var refusedCommits = 0
    }

    private let state = Mutex(State())
    private let stream: AsyncThrowingStream<[InboundMessage], any Error>
    private let continuation: AsyncThrowingStream<[InboundMessage], any Error>.Continuation

    init() {
        (stream, continuation) = AsyncThrowingStream.makeStream(bufferingPolicy: .unbounded)
    }

    func messages(listener: any RebalanceListener) async throws -> Batches {
        state.withLock { $0.listener = listener }
        return stream
    }

    func commit(_ offsets: [TopicPartition: Int64]) async throws {
        let refused = state.withLock { state in
            if state.refusingCommits { state.refusedCommits += 1 } else { state.commits.append(offsets) }
            return state.refusingCommits
        }
        if refused {
            throw WorkerError(.commitFailed, "the group is rebalancing (scripted)", isRetriable: true)
        }
    }

    func isCurrent(_ message: InboundMessage) -> Bool {
        state.withLock { $0.epochs[message.topicPartition, default: 1] == message.assignmentEpoch }
    }

    /// Makes commits fail with a retriable error (as a coordinator does while the group rebalances), or not.
    func refuseCommits(_ refusing: Bool) { state.withLock { $0.refusingCommits = refusing } }
    /// How many commits were refused.
    var refusedCommits: Int { state.withLock { $0.refusedCommits } }

    func close() async {
        state.withLock { $0.closed = true }
    }

    /// Delivers one batch, under the current assignment of each message's partition.
    func deliver(_ batch: [InboundMessage]) {
        let tagged = state.withLock { state in
            batch.map { message in
                var message = message
                message.assignmentEpoch = state.epochs[message.topicPartition, default: 1]
                return message
            }
        }
        continuation.yield(tagged)
    }
    /// Ends the input (the worker drains and stops).
    func finish() { continuation.finish() }
    /// Ends the input with an error.
    func fail(_ error: any Error) { continuation.finish(throwing: error) }

    /// Waits until the worker has started consuming.
    func waitUntilStarted() async {
        while state.withLock({ $0.listener == nil }) { try? await Task.sleep(for: .milliseconds(1)) }
    }

    /// Runs an assignment through the worker.
    func assign(_ partitions: [TopicPartition]) async {
        await waitUntilStarted()
        await state.withLock { $0.listener }!.assigned(partitions)
    }

    /// Runs a revocation through the worker and returns once the worker lets the partitions go. Messages of these
    /// partitions delivered before are stale from the start of the revocation on.
    func revoke(_ partitions: [TopicPartition]) async {
        await waitUntilStarted()
        state.withLock { state in
            for partition in partitions { state.epochs[partition, default: 1] += 1 }
        }
        await state.withLock { $0.listener }!.revoking(partitions)
    }

    /// Every commit so far, in order.
    var commits: [[TopicPartition: Int64]] { state.withLock { $0.commits } }
    /// The latest committed offset of each partition.
    var committed: [TopicPartition: Int64] {
        state.withLock { state in
            state.commits.reduce(into: [:]) { result, commit in result.merge(commit) { _, new in new } }
        }
    }
    /// Whether close() was called.
    var isClosed: Bool { state.withLock { $0.closed } }
}

/// Builds input messages for tests.
enum Inputs {
    static let raw = "articles.raw"

    static func partition(_ number: Int32) -> TopicPartition { TopicPartition(topic: raw, partition: number) }

    static func article(id: String, body: String = "A short report about a harbour reopening.") -> [UInt8] {
        TestArticles.article(id: id, body: body)
    }

    static func message(
        partition: Int32 = 0, offset: Int64, value: [UInt8]?, key: String? = nil, headers: [MessageHeader] = []
    ) -> InboundMessage {
        InboundMessage(
            topicPartition: Self.partition(partition), offset: offset, key: key.map { Array($0.utf8) }, value: value,
            headers: headers, timestampMilliseconds: 1_700_000_000_000 + offset)
    }

    static func articles(partition: Int32, offsets: Range<Int64>) -> [InboundMessage] {
        offsets.map { message(partition: partition, offset: $0, value: article(id: "p\(partition)-\($0)"), key: "p\(partition)-\($0)") }
    }
}
