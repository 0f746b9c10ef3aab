import NewswireCore
import Foundation

extension AsyncSequence where Element == WorkItem<[OutboundRecord]>, Self: Sendable {
    /// Hands each item's records to `sink` in order (a failed item's dead letter instead) without waiting for
    /// the acknowledgement, and yields the ``InFlightDelivery`` to await it with a ``DeliveryCompleter``.
    public func produceRecords<S: RecordSink>(to sink: S, deadLetterTopic: String) -> ProduceRecordsSequence<Self, S> {
        ProduceRecordsSequence(base: self, sink: sink, deadLetterTopic: deadLetterTopic)
    }
}

/// The produce stage: records to publish in, deliveries awaiting acknowledgement out. Enqueuing happens in
/// pipeline order, so each partition's outputs reach the producer in input order.
public struct ProduceRecordsSequence<Base: AsyncSequence & Sendable, S: RecordSink>: AsyncSequence, Sendable
where Base.Element == WorkItem<[OutboundRecord]> {
    public typealias Element = InFlightDelivery
    let base: Base
    let sink: S
    let deadLetterTopic: String

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeAsyncIterator(), sink: sink, deadLetterTopic: deadLetterTopic)
    }

    /// The iterator of ``ProduceRecordsSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let sink: S
        let deadLetterTopic: String

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(Base.Failure)
            -> InFlightDelivery?
        {
            guard let item = try await base.next(isolation: actor) else { return nil }
            switch item.result {
            case .success(let records):
                return InFlightDelivery(
                    ticket: item.ticket, message: item.message, records: records, kind: .output,
                    pending: sink.enqueue(records))
            case .failure(let failure):
                let letter = OutputRecords.deadLetter(
                    for: item.message, failure: failure, attempts: 1, topic: deadLetterTopic, failedAt: Date())
                return InFlightDelivery(
                    ticket: item.ticket, message: item.message, records: [letter], kind: .deadLetter(failure),
                    pending: sink.enqueue([letter]))
            }
        }
    }
}

/// Records of one input message handed to the producer, awaiting acknowledgement.
public struct InFlightDelivery: Sendable {
    /// What is being delivered.
    public enum Kind: Sendable, Hashable {
        /// The enriched record and its events.
        case output
        /// The dead letter for this failure.
        case deadLetter(ProcessingFailure)
    }

    /// The tracker's ticket for the input message.
    public var ticket: DispatchTicket
    /// The input message.
    public var message: InboundMessage
    /// The records enqueued, in order.
    public var records: [OutboundRecord]
    /// Outputs or a dead letter.
    public var kind: Kind
    /// The acknowledgement to await.
    public var pending: PendingDelivery
}
