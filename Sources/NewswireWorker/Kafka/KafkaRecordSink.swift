import Kafka
import NewswireCore

/// A ``RecordSink`` over the `Kafka` wrapper's producer: each group of records is sent with the batched path and
/// its delivery reports awaited together. Retriable broker errors are reported as retriable failures.
///
/// Records of one group keep their order; separate groups are enqueued from separate tasks, so their relative
/// order on an output partition is not guaranteed (keys derive from article ids, so no key is affected).
public struct KafkaRecordSink: RecordSink {
    /// The producer (closed by whoever created it).
    public let producer: KafkaProducer

    /// Creates a sink over `producer`.
    public init(producer: KafkaProducer) {
        self.producer = producer
    }

    public func enqueue(_ records: [OutboundRecord]) -> PendingDelivery {
        let messages = records.map { record in
            var message = KafkaProducerMessage(
                topic: record.topic, key: record.key, value: record.value ?? [],
                headers: record.headers.map { KafkaHeader(name: $0.name, value: $0.value) })
            message.isTombstone = record.value == nil  // a dead letter keeps a null input value null
            return message
        }
        let producer = self.producer
        let task = Task { await producer.send(batch: messages) }
        return PendingDelivery {
            await task.value.map { result in
                switch result {
                case .success(let report): .delivered(partition: report.partition, offset: report.offset)
                case .failure(let error):
                    .failed(DeliveryFailure(message: error.description, isRetriable: error.isRetriable && !error.isFatal))
                }
            }
        }
    }
}
