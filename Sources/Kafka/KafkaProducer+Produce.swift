import CRDKafka

extension KafkaProducer {
    /// Hands one message to librdkafka (copying its bytes) with `rd_kafka_produceva`.
    func produce(_ message: KafkaProducerMessage, opaque: UnsafeMutableRawPointer?) -> KafkaError? {
        var headers: OpaquePointer?
        if !message.headers.isEmpty {
            headers = rd_kafka_headers_new(message.headers.count)
            for header in message.headers {
                if let value = header.value {
                    value.withUnsafeBytes { bytes in
                        _ = rd_kafka_header_add(headers, header.name, -1, bytes.baseAddress, bytes.count)
                    }
                } else {
                    _ = rd_kafka_header_add(headers, header.name, -1, nil, 0)
                }
            }
        }
        let error: OpaquePointer? = message.topic.withCString { topic in
            withKey(message.isTombstone ? nil : message.value) { valuePointer, valueCount in
                withKey(message.key) { keyPointer, keyCount in
                  withUnsafeTemporaryAllocation(of: rd_kafka_vu_t.self, capacity: 8) { fields in
                    var count = 0
                    func add(_ type: rd_kafka_vtype_t, _ fill: (inout rd_kafka_vu_t) -> Void) {
                        var field = rd_kafka_vu_t()
                        field.vtype = type
                        fill(&field)
                        (fields.baseAddress! + count).initialize(to: field)
                        count += 1
                    }
                    add(RD_KAFKA_VTYPE_TOPIC) { $0.u.cstr = topic }
                    add(RD_KAFKA_VTYPE_VALUE) {  // a nil pointer is a null payload, so an empty value gets a real one
                        $0.u.mem.ptr = UnsafeMutableRawPointer(mutating: valuePointer)
                        $0.u.mem.size = valueCount
                    }
                    add(RD_KAFKA_VTYPE_MSGFLAGS) { $0.u.i = RD_KAFKA_MSG_F_COPY }
                    add(RD_KAFKA_VTYPE_OPAQUE) { $0.u.ptr = opaque }
                    if let keyPointer {
                        add(RD_KAFKA_VTYPE_KEY) {
                            $0.u.mem.ptr = UnsafeMutableRawPointer(mutating: keyPointer)
                            $0.u.mem.size = keyCount
                        }
                    }
                    if let partition = message.partition { add(RD_KAFKA_VTYPE_PARTITION) { $0.u.i32 = partition } }
                    if let timestamp = message.timestampMilliseconds {
                        add(RD_KAFKA_VTYPE_TIMESTAMP) { $0.u.i64 = timestamp }
                    }
                    if let headers { add(RD_KAFKA_VTYPE_HEADERS) { $0.u.headers = headers } }
                    return rd_kafka_produceva(handle.pointer, fields.baseAddress, count)
                  }
                }
            }
        }
        guard let error else { return nil }
        if let headers { rd_kafka_headers_destroy(headers) }
        return KafkaError.rd(consuming: error, .enqueueFailed, "cannot enqueue a message for \(message.topic)")
    }
}

/// Calls `body` with a key's (or value's) bytes, or `(nil, 0)` for none; empty bytes get a non-nil pointer.
private func withKey<T>(_ key: [UInt8]?, _ body: (UnsafeRawPointer?, Int) -> T) -> T {
    guard let key else { return body(nil, 0) }
    return key.withUnsafeBytes { bytes in
        if let base = bytes.baseAddress { return body(base, bytes.count) }
        return withUnsafeBytes(of: UInt8(0)) { body($0.baseAddress, 0) }
    }
}
