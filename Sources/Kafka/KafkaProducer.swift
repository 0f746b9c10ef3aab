import CRDKafka
import Foundation
import Logging

/// Produces messages to Kafka.
///
/// ``send(_:)`` returns once the broker acknowledged the message (`acks=all` with idempotence by default), and
/// ``send(batch:)`` enqueues many messages at once and awaits all their delivery reports together — the fast path.
/// Delivery reports are served by a dedicated thread, never the cooperative thread pool.
/// Call ``close(timeout:)`` when done: it flushes what is in flight.
public final class KafkaProducer: Sendable {
    let handle: RDKafkaHandle
    let context: RDKafkaProducerContext
    private let pollThread: RDKafkaThread
    private let blockingQueue = DispatchQueue(label: "newswire.kafka.producer.blocking")
    /// The configuration the producer was created with (secrets redacted when printed).
    public let configuration: KafkaConfiguration

    /// Producer defaults applied unless the configuration sets the property.
    public static let defaultProperties: [String: String] = [
        "enable.idempotence": "true",
        "acks": "all",
        "linger.ms": "5",
        "queue.buffering.max.messages": "1000000",
    ]

    /// Creates a producer; throws ``KafkaError/Code/invalidConfiguration`` naming a bad property.
    /// - Parameter errorHandler: hears client-level errors (broker connection refused or lost, all brokers down,
    ///   authentication, fatal), classified by ``KafkaError/Code/transport``, ``KafkaError/Code/authentication``
    ///   and ``KafkaError/Code/client``; runs on a librdkafka thread, so it must be cheap. For error metrics.
    public init(
        configuration: KafkaConfiguration, errorHandler: (@Sendable (KafkaError) -> Void)? = nil,
        logger: Logger = Logger(label: "newswire.kafka.producer")
    ) throws(KafkaError) {
        self.configuration = configuration
        var properties = Self.defaultProperties
        properties.merge(configuration.librdkafkaProperties) { _, new in new }
        properties.removeValue(forKey: "group.id")
        let conf = try RDKafkaConfig.make(properties)
        let context = RDKafkaProducerContext(logger: logger, errorHandler: errorHandler)
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(context).toOpaque())
        rd_kafka_conf_set_dr_msg_cb(conf, rdKafkaDeliveryCallback)
        rd_kafka_conf_set_error_cb(conf, rdKafkaErrorCallback)
        let handle = RDKafkaHandle(try RDKafkaConfig.newHandle(RD_KAFKA_PRODUCER, conf), owner: context)
        self.handle = handle
        self.context = context
        pollThread = RDKafkaThread(name: "kafka-producer-poll") { thread in
            while !thread.isStopping { rd_kafka_poll(handle.pointer, 50) }
        }
    }

    deinit {
        pollThread.stopAndJoin()
        context.failAll(KafkaError(code: .closed, message: "the producer was released before delivery"))
    }

    /// Sends one message and returns where the broker stored it; throws the broker's error otherwise.
    public func send(_ message: KafkaProducerMessage) async throws(KafkaError) -> KafkaDeliveryReport {
        do {
            return try await withCheckedThrowingContinuation { continuation in
                let id = context.register({ _ in .single(continuation) }, count: 1)
                guard let error = produce(message, opaque: UnsafeMutableRawPointer(bitPattern: id)) else { return }
                if error.rdKafkaCode == RD_KAFKA_RESP_ERR__QUEUE_FULL.rawValue {
                    Task { [self] in  // wait for room off this call path
                        if let error = await enqueue(message, id: id), let pending = context.unregister(id) {
                            RDKafkaProducerContext.resolve(pending, .failure(error))
                        }
                    }
                } else if let pending = context.unregister(id) {
                    RDKafkaProducerContext.resolve(pending, .failure(error))
                }
            }
        } catch let error as KafkaError {
            throw error
        } catch {
            throw KafkaError(code: .deliveryFailed, message: "\(error)")
        }
    }

    /// Enqueues all messages, then awaits their delivery reports together; results are in the input order.
    public func send(batch messages: [KafkaProducerMessage]) async -> [Result<KafkaDeliveryReport, KafkaError>] {
        guard !messages.isEmpty else { return [] }
        return await withCheckedContinuation { continuation in
            let collector = RDKafkaBatchCollector(count: messages.count, continuation: continuation)
            let first = context.register({ .batch(collector, $0) }, count: messages.count)
            Task { [self] in
                for (index, message) in messages.enumerated() {
                    let id = first + UInt(index)
                    if let error = await enqueue(message, id: id), let pending = context.unregister(id) {
                        RDKafkaProducerContext.resolve(pending, .failure(error))
                    }
                }
            }
        }
    }

    /// Enqueues one message, waiting while librdkafka's local queue is full; returns an error when refused.
    func enqueue(_ message: KafkaProducerMessage, id: UInt) async -> KafkaError? {
        while true {
            let err = produce(message, opaque: UnsafeMutableRawPointer(bitPattern: id))
            guard let err else { return nil }
            if err.rdKafkaCode == RD_KAFKA_RESP_ERR__QUEUE_FULL.rawValue {
                try? await Task.sleep(for: .milliseconds(1))
                continue
            }
            return err
        }
    }

    /// Waits until every enqueued message is delivered or failed, or the timeout passes.
    public func flush(timeout: Duration = .seconds(30)) async throws(KafkaError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while rd_kafka_outq_len(handle.pointer) > 0 || context.pendingCount > 0 {
            if clock.now >= deadline {
                throw KafkaError(code: .deliveryFailed,
                                 message: "\(rd_kafka_outq_len(handle.pointer)) messages still in flight after \(timeout)",
                                 remedy: "Check the brokers, or flush with a longer timeout", isRetriable: true)
            }
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Flushes (up to `timeout`) and fails whatever is still undelivered. The producer is unusable afterwards.
    public func close(timeout: Duration = .seconds(30)) async {
        try? await flush(timeout: timeout)
        let handle = handle
        let pollThread = pollThread
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            blockingQueue.async {
                pollThread.stopAndJoin()
                rd_kafka_purge(handle.pointer, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT)
                rd_kafka_flush(handle.pointer, 100)
                continuation.resume()
            }
        }
        context.failAll(KafkaError(code: .closed, message: "the producer closed before delivery"))
    }
}

