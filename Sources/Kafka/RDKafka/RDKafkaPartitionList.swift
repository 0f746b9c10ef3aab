import CRDKafka

/// Converts between `rd_kafka_topic_partition_list_t` and ``KafkaTopicPartition`` arrays.
enum RDKafkaPartitionList {
    /// Creates a list the caller must destroy with `rd_kafka_topic_partition_list_destroy`.
    static func make(_ partitions: [KafkaTopicPartition]) -> UnsafeMutablePointer<rd_kafka_topic_partition_list_t> {
        let list = rd_kafka_topic_partition_list_new(Int32(max(partitions.count, 1)))!
        for item in partitions {
            let element = rd_kafka_topic_partition_list_add(list, item.topic, item.partition)!
            element.pointee.offset = item.offset
        }
        return list
    }

    /// Reads a list; the first failing element's error is returned beside the items.
    static func read(_ list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?)
        -> (items: [KafkaTopicPartition], firstError: rd_kafka_resp_err_t?)
    {
        guard let list else { return ([], nil) }
        var items: [KafkaTopicPartition] = []
        items.reserveCapacity(Int(list.pointee.cnt))
        var firstError: rd_kafka_resp_err_t?
        for index in 0..<Int(list.pointee.cnt) {
            let element = list.pointee.elems[index]
            items.append(KafkaTopicPartition(topic: String(cString: element.topic),
                                             partition: element.partition, offset: element.offset))
            if element.err != RD_KAFKA_RESP_ERR_NO_ERROR, firstError == nil { firstError = element.err }
        }
        return (items, firstError)
    }

    /// Runs `body` with a temporary list.
    static func with<T, E: Error>(_ partitions: [KafkaTopicPartition],
                                  _ body: (UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) throws(E) -> T)
        throws(E) -> T
    {
        let list = make(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        return try body(list)
    }
}
