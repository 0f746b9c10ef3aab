/// Where the worker writes its output: the Kafka producer (through an adapter) or an in-memory fake.
///
/// ``enqueue(_:)`` hands records to the producer synchronously and in order, so records enqueued one after another
/// keep their order on each output partition; the returned ``PendingDelivery`` is awaited for the broker's acks.
public protocol RecordSink: Sendable {
    /// Hands `records` to the producer, in order, and returns a handle to await their acknowledgement.
    func enqueue(_ records: [OutboundRecord]) -> PendingDelivery
}

/// The acknowledgement of a group of enqueued records, awaited with ``outcomes()``.
public struct PendingDelivery: Sendable {
    private let wait: @Sendable () async -> [DeliveryOutcome]

    /// Creates a handle from a closure that waits for one outcome per record, in the order enqueued.
    public init(_ wait: @escaping @Sendable () async -> [DeliveryOutcome]) {
        self.wait = wait
    }

    /// Creates an already-completed handle.
    public static func completed(_ outcomes: [DeliveryOutcome]) -> PendingDelivery {
        PendingDelivery { outcomes }
    }

    /// Waits for one outcome per record, in the order the records were enqueued.
    public func outcomes() async -> [DeliveryOutcome] {
        await wait()
    }
}

/// What the broker said about one record.
public enum DeliveryOutcome: Sendable, Hashable {
    /// The broker acknowledged the record at this partition and offset.
    case delivered(partition: Int32, offset: Int64)
    /// The record was not written.
    case failed(DeliveryFailure)

    /// The failure, if the record was not written.
    public var failure: DeliveryFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }
}

/// Why a record was not written, and whether trying again may help.
public struct DeliveryFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broker's or client's message.
    public var message: String
    /// Whether the same record may succeed if sent again later (timeouts, leader changes, full queues).
    public var isRetriable: Bool

    /// Creates a failure.
    public init(message: String, isRetriable: Bool) {
        self.message = message
        self.isRetriable = isRetriable
    }

    public var description: String { message + (isRetriable ? " (retriable)" : "") }
}
