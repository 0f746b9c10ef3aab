import CRDKafka

extension KafkaConsumer {
    /// Marks a message as processed: its next offset will be committed (by auto-commit or ``commit()``).
    public func store(_ message: KafkaMessage) throws(KafkaError) {
        try store(offsets: [message.nextOffset])
    }

    /// Stores offsets (the offset of the NEXT message to read) for commit.
    public func store(offsets: [KafkaTopicPartition]) throws(KafkaError) {
        try RDKafkaPartitionList.with(offsets) { (list) throws(KafkaError) in
            let err = rd_kafka_offsets_store(handle.pointer, list)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.rd(err, .commitFailed, "store offsets \(offsets)") }
            if let failed = RDKafkaPartitionList.read(list).firstError {
                throw KafkaError.rd(failed, .commitFailed, "store offsets \(offsets)",
                                    remedy: "Store offsets only for partitions currently assigned to this consumer")
            }
        }
    }

    /// Commits the stored offsets and returns once the group coordinator accepted them.
    public func commit() async throws(KafkaError) {
        try await commit(nil)
    }

    /// Commits these offsets (the NEXT offset to read per partition) and waits for the coordinator.
    public func commit(offsets: [KafkaTopicPartition]) async throws(KafkaError) {
        try await commit(offsets)
    }

    private func commit(_ offsets: [KafkaTopicPartition]?) async throws(KafkaError) {
        let handle = handle
        try await RDKafkaBlocking.run(blockingQueue) { () throws(KafkaError) in
            let list = offsets.map { RDKafkaPartitionList.make($0) }
            defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
            let err = rd_kafka_commit(handle.pointer, list, 0)
            if err == RD_KAFKA_RESP_ERR__NO_OFFSET { return }  // nothing stored since the last commit
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .commitFailed, "commit") }
        }
    }

    /// Starts committing the stored offsets without waiting; failures are logged.
    public func commitInBackground() {
        _ = rd_kafka_commit(handle.pointer, nil, 1)
    }

    /// Moves an assigned partition's read position (``KafkaOffset/beginning``, ``KafkaOffset/end`` or an offset).
    /// Messages of that partition already buffered are dropped.
    public func seek(_ target: KafkaTopicPartition, timeout: Duration = .seconds(10)) async throws(KafkaError) {
        let handle = handle
        let buffer = context.buffer
        let ms = Self.milliseconds(timeout)
        try await RDKafkaBlocking.run(blockingQueue) { () throws(KafkaError) in
            try RDKafkaPartitionList.with([target]) { (list) throws(KafkaError) in
                if let error = rd_kafka_seek_partitions(handle.pointer, list, ms) {
                    throw KafkaError.rd(consuming: error, .consumerFailed, "seek \(target)")
                }
                if let failed = RDKafkaPartitionList.read(list).firstError {
                    throw KafkaError.rd(failed, .consumerFailed, "seek \(target)",
                                        remedy: "Seek only partitions assigned to this consumer")
                }
            }
            // Purged on this thread right after the seek: messages from the new position need a fetch round trip
            // to the broker first. Purged after the hop back to the caller's task, it could (and under load did)
            // drop the first messages from the new position too, which librdkafka never hands out again.
            buffer.purge { $0.topic == target.topic && $0.partition == target.partition }
        }
    }

    /// The group's committed offsets for these partitions (``KafkaOffset/invalid`` when none).
    public func committed(_ partitions: [KafkaTopicPartition], timeout: Duration = .seconds(10))
        async throws(KafkaError) -> [KafkaTopicPartition]
    {
        let handle = handle
        let ms = Self.milliseconds(timeout)
        return try await RDKafkaBlocking.run(blockingQueue) { () throws(KafkaError) in
            try RDKafkaPartitionList.with(partitions) { (list) throws(KafkaError) in
                let err = rd_kafka_committed(handle.pointer, list, ms)
                guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .queryFailed, "committed") }
                return RDKafkaPartitionList.read(list).items
            }
        }
    }

    /// The offsets of the next messages the consumer will hand out from librdkafka, per partition.
    public func positions(_ partitions: [KafkaTopicPartition]) throws(KafkaError) -> [KafkaTopicPartition] {
        try RDKafkaPartitionList.with(partitions) { (list) throws(KafkaError) in
            let err = rd_kafka_position(handle.pointer, list)
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .queryFailed, "position") }
            return RDKafkaPartitionList.read(list).items
        }
    }

    /// The partition's low and high watermarks, asked of the broker.
    public func watermarks(topic: String, partition: Int32, timeout: Duration = .seconds(10))
        async throws(KafkaError) -> KafkaWatermarks
    {
        let handle = handle
        let ms = Self.milliseconds(timeout)
        return try await RDKafkaBlocking.run(blockingQueue) { () throws(KafkaError) in
            try handle.watermarks(topic: topic, partition: partition, timeoutMilliseconds: ms)
        }
    }

    /// The partition's watermarks as of the consumer's last fetch from it, without asking the broker: the high
    /// watermark a lag figure needs, at no cost. Nil until the partition has been fetched from.
    public func cachedWatermarks(topic: String, partition: Int32) -> KafkaWatermarks? {
        handle.cachedWatermarks(topic: topic, partition: partition)
    }

    /// The number of partitions of a topic, from broker metadata.
    public func partitionCount(topic: String, timeout: Duration = .seconds(10)) async throws(KafkaError) -> Int {
        let handle = handle
        let ms = Self.milliseconds(timeout)
        return try await RDKafkaBlocking.run(blockingQueue) { () throws(KafkaError) in
            try handle.partitionCount(topic: topic, timeoutMilliseconds: ms)
        }
    }

    /// Stops fetching these partitions until ``resume(_:)`` (the wrapper's own backpressure leaves them paused).
    public func pause(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        let keys = partitions.map { KafkaTopicPartition(topic: $0.topic, partition: $0.partition) }
        context.userPaused.withLock { $0.formUnion(keys) }
        try RDKafkaPartitionList.with(keys) { (list) throws(KafkaError) in
            let err = rd_kafka_pause_partitions(handle.pointer, list)
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .consumerFailed, "pause") }
        }
    }

    /// Resumes partitions paused with ``pause(_:)``.
    public func resume(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        let keys = partitions.map { KafkaTopicPartition(topic: $0.topic, partition: $0.partition) }
        context.userPaused.withLock { $0.subtract(keys) }
        try RDKafkaPartitionList.with(keys) { (list) throws(KafkaError) in
            let err = rd_kafka_resume_partitions(handle.pointer, list)
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .consumerFailed, "resume") }
        }
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
