import Synchronization
import NewswireWorker

/// Wraps a sink and remembers the keys of acknowledged enriched records (to tell which worker did what).
public struct TappedSink<Base: RecordSink>: RecordSink {
    /// The sink that does the delivering.
    public let base: Base
    /// The topic whose acknowledged records are logged.
    public let enrichedTopic: String
    /// The keys of the enriched records acknowledged so far, in acknowledgement order.
    public let keys = KeyLog()

    /// Wraps `base`, logging acknowledged records to `enrichedTopic` (the contract's name by default).
    public init(base: Base, enrichedTopic: String = OutputTopics().enriched) {
        self.base = base
        self.enrichedTopic = enrichedTopic
    }

    public func enqueue(_ records: [OutboundRecord]) -> PendingDelivery {
        let pending = base.enqueue(records)
        let keys = self.keys
        let topic = enrichedTopic
        return PendingDelivery {
            let outcomes = await pending.outcomes()
            for (record, outcome) in zip(records, outcomes) where outcome.failure == nil && record.topic == topic {
                keys.append(record.key.map { String(decoding: $0, as: UTF8.self) } ?? "")
            }
            return outcomes
        }
    }
}

/// A thread-safe list of keys.
public final class KeyLog: Sendable {
    private let keys = Mutex<[String]>([])

    /// An empty log.
    public init() {}

    /// Adds `key` at the end.
    public func append(_ key: String) { keys.withLock { $0.append(key) } }

    /// Every key so far.
    public var all: [String] { keys.withLock { $0 } }
}
