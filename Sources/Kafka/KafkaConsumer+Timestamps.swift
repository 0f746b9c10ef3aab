import CRDKafka

extension KafkaConsumer {
    /// The offset of the first message of a partition whose timestamp is at or after `timestampMilliseconds`,
    /// or the high watermark (end) when every message is older.
    ///
    /// Asks the broker first (`offsets_for_times`). When the broker gives no answer (an error, or -1 although the
    /// partition has messages at or after the time — the mock broker always answers -1), it binary-searches the
    /// partition between its watermarks by fetching single messages with a separate, group-less probe consumer.
    public func offset(forTimestamp timestampMilliseconds: Int64, topic: String, partition: Int32,
                       timeout: Duration = .seconds(30)) async throws(KafkaError) -> Int64 {
        let handle = handle
        let ms = Self.milliseconds(timeout)
        var probeProperties = configuration.librdkafkaProperties
        probeProperties["group.id"] = "newswire-timestamp-probe"
        probeProperties["enable.auto.commit"] = "false"
        probeProperties["enable.auto.offset.store"] = "false"
        probeProperties["enable.partition.eof"] = "false"
        probeProperties["fetch.wait.max.ms"] = "10"
        let properties = probeProperties
        return try await RDKafkaBlocking.run(blockingQueue) { () throws(KafkaError) in
            if let answer = Self.brokerOffset(handle, timestampMilliseconds, topic, partition, ms) { return answer }
            let marks = try handle.watermarks(topic: topic, partition: partition, timeoutMilliseconds: ms)
            guard marks.high > marks.low else { return marks.high }
            let probe = try RDKafkaTimestampProbe(properties: properties, topic: topic, partition: partition,
                                                  timeoutMilliseconds: ms)
            return try probe.search(target: timestampMilliseconds, low: marks.low, high: marks.high)
        }
    }
}

extension KafkaConsumer {
    /// The broker's own answer (`offsets_for_times`), or nil when it gives none (an error or -1).
    func brokerOffset(forTimestamp timestampMilliseconds: Int64, topic: String, partition: Int32) -> Int64? {
        Self.brokerOffset(handle, timestampMilliseconds, topic, partition, 10_000)
    }

    static func brokerOffset(_ handle: RDKafkaHandle, _ timestamp: Int64, _ topic: String, _ partition: Int32,
                             _ timeoutMilliseconds: Int32) -> Int64? {
        RDKafkaPartitionList.with([KafkaTopicPartition(topic: topic, partition: partition, offset: timestamp)]) { list in
            let err = rd_kafka_offsets_for_times(handle.pointer, list, timeoutMilliseconds)
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { return nil }
            let (items, failed) = RDKafkaPartitionList.read(list)
            guard failed == nil, let offset = items.first?.offset, offset >= 0 else { return nil }
            return offset
        }
    }
}

/// Reads single messages at chosen offsets to learn their timestamps (blocking; own consumer handle).
struct RDKafkaTimestampProbe {
    let handle: RDKafkaHandle
    let topic: String
    let partition: Int32
    let timeoutMilliseconds: Int32

    init(properties: [String: String], topic: String, partition: Int32, timeoutMilliseconds: Int32) throws(KafkaError) {
        let conf = try RDKafkaConfig.make(properties)
        handle = RDKafkaHandle(try RDKafkaConfig.newHandle(RD_KAFKA_CONSUMER, conf))
        rd_kafka_poll_set_consumer(handle.pointer)
        self.topic = topic
        self.partition = partition
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// The first offset in `low..<high` whose timestamp is >= target, assuming timestamps grow with offsets;
    /// `high` when there is none.
    func search(target: Int64, low: Int64, high: Int64) throws(KafkaError) -> Int64 {
        defer { _ = rd_kafka_assign(handle.pointer, nil) }
        let (lastOffset, lastTimestamp) = try message(atOrAfter: high - 1)
        guard lastTimestamp >= target else { return max(lastOffset + 1, high) }
        var lower = low
        var upper = high - 1  // a message at or after `upper` has a timestamp >= target
        while lower < upper {
            let middle = lower + (upper - lower) / 2
            let (offset, timestamp) = try message(atOrAfter: middle)
            if timestamp >= target {
                upper = middle
            } else {
                lower = offset + 1
            }
        }
        return lower
    }

    /// The offset and timestamp of the first existing message at or after `offset`.
    func message(atOrAfter offset: Int64) throws(KafkaError) -> (Int64, Int64) {
        let err = RDKafkaPartitionList.with([KafkaTopicPartition(topic: topic, partition: partition, offset: offset)]) {
            rd_kafka_assign(handle.pointer, $0)
        }
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .queryFailed, "probe assign") }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int(timeoutMilliseconds)))
        while clock.now < deadline {
            guard let message = rd_kafka_consumer_poll(handle.pointer, 100) else { continue }
            defer { rd_kafka_message_destroy(message) }
            let raw = message.pointee
            guard raw.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
                if raw.err == RD_KAFKA_RESP_ERR__PARTITION_EOF { continue }
                throw KafkaError.rd(raw.err, .queryFailed, "probe fetch \(topic)/\(partition)@\(offset)")
            }
            guard raw.partition == partition, raw.offset >= offset else { continue }
            var type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
            let timestamp = rd_kafka_message_timestamp(message, &type)
            guard timestamp >= 0 else {
                throw KafkaError(code: .queryFailed, message: "message \(topic)/\(partition)@\(raw.offset) has no timestamp",
                                 remedy: "Timestamp lookup needs messages with timestamps")
            }
            return (raw.offset, timestamp)
        }
        throw KafkaError(code: .queryFailed, message: "no message at or after \(topic)/\(partition)@\(offset) in time",
                         remedy: "Check the broker, or retry with a longer timeout", isRetriable: true)
    }
}
