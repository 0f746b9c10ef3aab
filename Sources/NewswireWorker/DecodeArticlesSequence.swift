import NewswireCore
extension AsyncSequence where Element == DispatchedMessage, Self: Sendable {
    /// Decodes and validates each message with `processor`, after checking it against `maxBytes`:
    /// an oversized value becomes a ``DeadLetterErrorClass/tooLarge`` failure, an undecodable one a
    /// ``DeadLetterErrorClass/decode`` or ``DeadLetterErrorClass/schema`` failure. A null value (a tombstone) and
    /// an empty one are both `decode` failures, told apart by their error messages (and the dead letter of a
    /// tombstone keeps the null value).
    public func decodeArticles<P: ArticleProcessor>(
        with processor: P, maxBytes: Int
    ) -> DecodeArticlesSequence<Self, P> {
        DecodeArticlesSequence(base: self, processor: processor, maxBytes: maxBytes)
    }
}

/// The decode-and-validate stage: ``DispatchedMessage`` in, ``WorkItem`` of decoded articles out.
public struct DecodeArticlesSequence<Base: AsyncSequence & Sendable, P: ArticleProcessor>: AsyncSequence, Sendable
where Base.Element == DispatchedMessage {
    public typealias Element = WorkItem<P.Article>
    let base: Base
    let processor: P
    let maxBytes: Int

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), processor: processor, maxBytes: maxBytes)
    }

    /// The iterator of ``DecodeArticlesSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        /// The dead-letter message for a null value (its dead letter keeps the value null).
        static var tombstoneMessage: String {
            "the value is null (a tombstone, which deletes a key): there is no article to decode"
        }
        /// The dead-letter message for a present but empty value.
        static var emptyMessage: String { "the value is empty (0 bytes): expected an article as a JSON object" }

        var base: Base.AsyncIterator
        let processor: P
        let maxBytes: Int

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(Base.Failure)
            -> WorkItem<P.Article>?
        {
            guard let dispatched = try await base.next(isolation: actor) else { return nil }
            let message = dispatched.message
            let result: Result<P.Article, ProcessingFailure>
            let size = message.value?.count ?? 0
            if message.value == nil {
                result = .failure(ProcessingFailure(.decode, Self.tombstoneMessage))
            } else if size == 0 {
                result = .failure(ProcessingFailure(.decode, Self.emptyMessage))
            } else if size > maxBytes {
                result = .failure(ProcessingFailure(
                    .tooLarge, "the value is \(size) bytes, over the limit of \(maxBytes) (--max-message-bytes)"))
            } else {
                do throws(ProcessingFailure) {
                    result = .success(try processor.decode(message))
                } catch {
                    result = .failure(error)
                }
            }
            return WorkItem(ticket: dispatched.ticket, message: message, result: result)
        }
    }
}
