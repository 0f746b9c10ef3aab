/// The messages of a ``KafkaConsumer`` as an `AsyncSequence`, read from a bounded buffer filled by the consumer's
/// poll thread. Iterate it from one task at a time. It ends when the consumer closes, and throws on fatal errors.
public struct KafkaConsumerMessages: AsyncSequence, Sendable {
    public typealias Element = KafkaMessage
    let buffer: RDKafkaMessageBuffer

    /// Creates an iterator; only one should be active at a time.
    public func makeAsyncIterator() -> Iterator { Iterator(buffer: buffer) }

    /// Yields buffered messages without locking per message.
    public struct Iterator: AsyncIteratorProtocol {
        let buffer: RDKafkaMessageBuffer
        var batch: [KafkaMessage] = []
        var index = 0

        /// The next message, or `nil` when the consumer closed or the task was cancelled.
        public mutating func next() async throws -> KafkaMessage? {
            while index >= batch.count {
                guard let next = try await buffer.nextBatch() else { return nil }
                batch = next
                index = 0
            }
            defer { index += 1 }
            buffer.didYield()
            return batch[index]
        }
    }
}

extension KafkaConsumerMessages.Iterator: Sendable {}
