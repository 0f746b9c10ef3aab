import CRDKafka
import Logging
import Synchronization

/// Collects the delivery reports of a batch and resumes its awaiting caller when the last one arrives.
final class RDKafkaBatchCollector: Sendable {
    private struct State {
        var results: [Result<KafkaDeliveryReport, KafkaError>?]
        var remaining: Int
        var continuation: CheckedContinuation<[Result<KafkaDeliveryReport, KafkaError>], Never>?
    }
    private let state: Mutex<State>

    init(count: Int, continuation: CheckedContinuation<[Result<KafkaDeliveryReport, KafkaError>], Never>) {
        state = Mutex(State(results: Array(repeating: nil, count: count), remaining: count, continuation: continuation))
    }

    func record(_ index: Int, _ result: Result<KafkaDeliveryReport, KafkaError>) {
        let finished: (CheckedContinuation<[Result<KafkaDeliveryReport, KafkaError>], Never>, [Result<KafkaDeliveryReport, KafkaError>])? =
            state.withLock { state in
                guard state.results[index] == nil else { return nil }
                state.results[index] = result
                state.remaining -= 1
                guard state.remaining == 0, let continuation = state.continuation else { return nil }
                state.continuation = nil
                let results = state.results.map { $0! }
                state.results = []
                return (continuation, results)
            }
        if let (continuation, results) = finished { continuation.resume(returning: results) }
    }
}

/// Per-producer state reached from librdkafka's delivery callback through the conf opaque pointer.
final class RDKafkaProducerContext: Sendable {
    enum Pending {
        case single(CheckedContinuation<KafkaDeliveryReport, any Error>)
        case batch(RDKafkaBatchCollector, Int)
    }
    private struct State {
        var nextID: UInt = 1
        var pending: [UInt: Pending] = [:]
        var lastTopic: (UInt, String)?
    }
    private let state = Mutex(State())
    let logger: Logger
    let errorHandler: (@Sendable (KafkaError) -> Void)?

    init(logger: Logger, errorHandler: (@Sendable (KafkaError) -> Void)? = nil) {
        self.logger = logger
        self.errorHandler = errorHandler
    }

    /// Registers waiters and returns the first of `count` consecutive ids, used as message opaques.
    func register(_ make: (Int) -> Pending, count: Int) -> UInt {
        state.withLock { state in
            let first = state.nextID
            state.pending.reserveCapacity(state.pending.count + count)
            for index in 0..<count { state.pending[first + UInt(index)] = make(index) }
            state.nextID += UInt(count)
            return first
        }
    }

    /// Removes a waiter whose message never reached librdkafka.
    func unregister(_ id: UInt) -> Pending? {
        state.withLock { $0.pending.removeValue(forKey: id) }
    }

    var pendingCount: Int { state.withLock { $0.pending.count } }

    /// Called from librdkafka's thread for each delivered or failed message.
    func deliver(_ message: UnsafePointer<rd_kafka_message_t>) {
        let id = UInt(bitPattern: message.pointee._private)
        let rkt = message.pointee.rkt!
        let rktKey = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(rkt)))
        let cachedTopic = state.withLock { state in state.lastTopic.flatMap { $0.0 == rktKey ? $0.1 : nil } }
        let topicName = cachedTopic ?? String(cString: rd_kafka_topic_name(rkt))
        let (pending, topic): (Pending?, String) = state.withLock { state in
            let topic = topicName
            if cachedTopic == nil { state.lastTopic = (rktKey, topic) }
            return (state.pending.removeValue(forKey: id), topic)
        }
        guard let pending else { return }
        let err = message.pointee.err
        let result: Result<KafkaDeliveryReport, KafkaError> = err == RD_KAFKA_RESP_ERR_NO_ERROR
            ? .success(KafkaDeliveryReport(topic: topic, partition: message.pointee.partition,
                                           offset: message.pointee.offset))
            : .failure(.rd(err, .deliveryFailed, "delivery to \(topic) failed"))
        Self.resolve(pending, result)
    }

    static func resolve(_ pending: Pending, _ result: Result<KafkaDeliveryReport, KafkaError>) {
        switch pending {
        case .single(let continuation): continuation.resume(with: result.mapError { $0 as any Error })
        case .batch(let collector, let index): collector.record(index, result)
        }
    }

    /// Fails every waiter (used when the producer closes with messages still undelivered).
    func failAll(_ error: KafkaError) {
        let all = state.withLock { state in
            let all = Array(state.pending.values)
            state.pending.removeAll()
            return all
        }
        for pending in all { Self.resolve(pending, .failure(error)) }
    }
}

/// librdkafka's delivery report callback (`dr_msg_cb`); the conf opaque is the producer context.
func rdKafkaDeliveryCallback(
    _ rk: OpaquePointer?, _ message: UnsafePointer<rd_kafka_message_t>?, _ opaque: UnsafeMutableRawPointer?
) {
    guard let message, let opaque else { return }
    Unmanaged<RDKafkaProducerContext>.fromOpaque(opaque).takeUnretainedValue().deliver(message)
}

extension RDKafkaProducerContext: RDKafkaLogging {}
