import CRDKafka

/// Turns librdkafka messages into ``KafkaMessage`` values (poll thread only: it caches topic names).
struct RDKafkaMessageReader {
    private var topicNames: [UInt: String] = [:]

    /// Copies one message; returns nil for an error message, reported through `onError`.
    mutating func read(_ message: UnsafeMutablePointer<rd_kafka_message_t>,
                       onError: (rd_kafka_resp_err_t, String) -> Void) -> KafkaMessage? {
        let raw = message.pointee
        let topic: String
        if let rkt = raw.rkt {
            let key = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(rkt)))
            if let name = topicNames[key] { topic = name } else {
                topic = String(cString: rd_kafka_topic_name(rkt))
                topicNames[key] = topic
            }
        } else {
            topic = ""
        }
        guard raw.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            let detail = raw.payload.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } ?? ""
            onError(raw.err, "\(topic)/\(raw.partition): \(detail)")
            return nil
        }
        let value = raw.payload.map { Array(UnsafeRawBufferPointer(start: $0, count: raw.len)) } ?? []
        let key = raw.key.map { Array(UnsafeRawBufferPointer(start: $0, count: raw.key_len)) }
        var headers: [KafkaHeader] = []
        var list: OpaquePointer?
        if rd_kafka_message_headers(message, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list {
            var index = 0
            var name: UnsafePointer<CChar>?
            var pointer: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(list, index, &name, &pointer, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                headers.append(KafkaHeader(name: name.map { String(cString: $0) } ?? "",
                                           value: pointer.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) }))
                index += 1
            }
        }
        var type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let timestamp = rd_kafka_message_timestamp(message, &type)
        var result = KafkaMessage(topic: topic, partition: raw.partition, offset: raw.offset, key: key, value: value,
                                  headers: headers, timestampMilliseconds: timestamp >= 0 ? timestamp : nil)
        result.isTombstone = raw.payload == nil
        return result
    }
}
