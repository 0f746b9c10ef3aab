/// The messages of a ``KafkaConsumer`` as an `AsyncSequence`, read from a bounded buffer filled by the consumer's
/// poll thread. Iterate it from one task at a time. It ends when the consumer closes, and throws on fatal errors.
///
/// An iterator takes whole batches from the buffer; when it is dropped (for example after `break`), the messages
/// it took but did not yield go back to the front of the buffer for the next iterator, so none are skipped.
/// Messages of a partition revoked since they were fetched are withdrawn, even from a batch an iterator has
/// already taken: the group delivers them again from the committed offset (see ``KafkaConsumer/isCurrent(_:)``).
public struct KafkaConsumerMessages: AsyncSequence, Sendable {
    public typealias Element = KafkaMessage
    let buffer: RDKafkaMessageBuffer

    /// Creates an iterator; only one should be active at a time.
    public func makeAsyncIterator() -> Iterator { Iterator(storage: IteratorStorage(buffer: buffer)) }

    /// Yields buffered messages without locking per message.
    public struct Iterator: AsyncIteratorProtocol {
        let storage: IteratorStorage

        /// The next message, or `nil` when the consumer closed or the task was cancelled.
        public mutating func next() async throws -> KafkaMessage? {
            try await storage.next()
        }

        /// Up to `limit` messages at once (at least one), or `nil` at the end: the cheap way to read in bulk.
        public mutating func nextBatch(limit: Int = .max) async throws -> [KafkaMessage]? {
            try await storage.nextBatch(limit: Swift.max(1, limit))
        }
    }

    /// The iterator's batch; gives unread messages back to the buffer when the iterator goes away.
    final class IteratorStorage {
        let buffer: RDKafkaMessageBuffer
        var batch: [KafkaMessage] = []
        var index = 0
        var revision: UInt64 = 0
        var epochs = RDKafkaAssignmentEpochs()

        init(buffer: RDKafkaMessageBuffer) { self.buffer = buffer }

        deinit {
            if index < batch.count { buffer.giveBack(Array(batch[index...])) }
        }

        func fill() async throws -> Bool {
            while index >= batch.count {
                guard let next = try await buffer.nextBatch() else { return false }
                batch = next
                index = 0
            }
            return true
        }

        /// Whether a message still belongs to its partition's current assignment; re-reads the epochs only
        /// after an assignment ended, so the common case costs one atomic load.
        func isCurrent(_ message: KafkaMessage) -> Bool {
            let now = buffer.revision
            if now != revision {
                revision = now
                epochs = buffer.epochs
            }
            return epochs.isCurrent(message)
        }

        func next() async throws -> KafkaMessage? {
            while try await fill() {
                let message = batch[index]
                index += 1
                buffer.didYield()
                if isCurrent(message) { return message }
            }
            return nil
        }

        func nextBatch(limit: Int) async throws -> [KafkaMessage]? {
            while try await fill() {
                let end = index + Swift.min(limit, batch.count - index)
                let slice = batch[index..<end].filter { isCurrent($0) }
                buffer.didYield(count: end - index)
                index = end
                if !slice.isEmpty { return slice }
            }
            return nil
        }
    }
}
