import Synchronization
import NewswireWorker

/// Wraps a sink and remembers the keys of acknowledged enriched records (to tell which worker did what).
struct TappedSink<Base: RecordSink>: RecordSink {
    let base: Base
    let enrichedTopic: String
    let keys = KeyLog()

    func enqueue(_ records: [OutboundRecord]) -> PendingDelivery {
        let pending = base.enqueue(records)
        let keys = self.keys
        let topic = enrichedTopic
        return PendingDelivery {
            let outcomes = await pending.outcomes()
            for (record, outcome) in zip(records, outcomes) where outcome.failure == nil && record.topic == topic {
                keys.append(record.keyString ?? "")
            }
            return outcomes
        }
    }
}

/// A thread-safe list of keys.
final class KeyLog: Sendable {
    private let keys = Mutex<[String]>([])
    func append(_ key: String) { keys.withLock { $0.append(key) } }
    var all: [String] { keys.withLock { $0 } }
}

extension OutboundRecord {
    /// The key as text, when it is valid UTF-8.
    var keyString: String? { key.flatMap { String(validating: $0, as: UTF8.self) } }
}
