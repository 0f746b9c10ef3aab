import CRDKafka
import Foundation
import Synchronization

/// Owns an `rd_kafka_t` and destroys it last.
final class RDKafkaHandle: @unchecked Sendable {
    /// The librdkafka handle; safe to use from any thread (librdkafka is thread-safe).
    let pointer: OpaquePointer
    /// The callback context librdkafka points to; released only after the handle is destroyed.
    private let owner: AnyObject?

    init(_ pointer: OpaquePointer, owner: AnyObject? = nil) {
        self.pointer = pointer
        self.owner = owner
    }
    deinit { rd_kafka_destroy(pointer) }

    /// The number of partitions of a topic from broker metadata.
    func partitionCount(topic: String, timeoutMilliseconds: Int32) throws(KafkaError) -> Int {
        guard let rkt = rd_kafka_topic_new(pointer, topic, nil) else {
            throw KafkaError(code: .queryFailed, message: "cannot create a topic handle for \(topic)")
        }
        defer { rd_kafka_topic_destroy(rkt) }
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let err = rd_kafka_metadata(pointer, 0, rkt, &metadata, timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw KafkaError.rd(err, .queryFailed, "metadata for topic \(topic)")
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        guard metadata.pointee.topic_cnt > 0 else { return 0 }
        let entry = metadata.pointee.topics[0]
        if entry.err != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError.rd(entry.err, .queryFailed, "metadata for topic \(topic)")
        }
        return Int(entry.partition_cnt)
    }

    /// Low and high watermarks as last seen in fetch responses (no request; nil until the partition has been
    /// fetched from).
    func cachedWatermarks(topic: String, partition: Int32) -> KafkaWatermarks? {
        var low: Int64 = -1
        var high: Int64 = -1
        let err = rd_kafka_get_watermark_offsets(pointer, topic, partition, &low, &high)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, high >= 0 else { return nil }
        return KafkaWatermarks(low: low, high: high)
    }

    /// Low and high watermarks, asked of the partition leader.
    func watermarks(topic: String, partition: Int32, timeoutMilliseconds: Int32) throws(KafkaError) -> KafkaWatermarks {
        var low: Int64 = 0
        var high: Int64 = 0
        let err = rd_kafka_query_watermark_offsets(pointer, topic, partition, &low, &high, timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError.rd(err, .queryFailed, "watermarks of \(topic)/\(partition)")
        }
        return KafkaWatermarks(low: low, high: high)
    }
}

/// A dedicated OS thread (never a cooperative-pool thread) that runs a loop until asked to stop.
final class RDKafkaThread: @unchecked Sendable {
    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `body` on a new pthread; `body` must return soon after `isStopping` turns true.
    init(name: String, _ body: @escaping @Sendable (RDKafkaThread) -> Void) {
        let start: @Sendable () -> Void = { [self] in
            body(self)
            finished.signal()
        }
        let box = Unmanaged.passRetained(RDKafkaThreadStart(start)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { raw in
            let start = Unmanaged<RDKafkaThreadStart>.fromOpaque(raw!).takeRetainedValue()
            start.body()
            return nil
        }, box)
        precondition(result == 0, "pthread_create failed with \(result)")
        pthread_detach(thread)
        _ = name
    }

    /// Whether ``stop()`` was called.
    var isStopping: Bool { stopRequested.load(ordering: .acquiring) }

    /// Asks the loop to stop and waits (blocking) for it to end. Safe to call more than once.
    func stopAndJoin() {
        stopRequested.store(true, ordering: .releasing)
        finished.wait()
        finished.signal()  // let later callers through too
    }
}

/// The closure a new pthread runs.
private final class RDKafkaThreadStart: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// Runs blocking librdkafka calls off the cooperative thread pool and awaits their result.
enum RDKafkaBlocking {
    static func run<T: Sendable>(_ queue: DispatchQueue, _ body: @escaping @Sendable () throws(KafkaError) -> T)
        async throws(KafkaError) -> T
    {
        let result: Result<T, KafkaError> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(KafkaError) { continuation.resume(returning: .success(try body())) } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
