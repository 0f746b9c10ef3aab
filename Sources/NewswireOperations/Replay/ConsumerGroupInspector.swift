import CRDKafka
import Kafka

/// What the brokers say about a consumer group: its state and how many members it has now.
public struct ConsumerGroupStatus: Sendable, Equatable {
    /// The group id.
    public let group: String
    /// The coordinator's state name (`Stable`, `Empty`, `Dead`, `PreparingRebalance`, …).
    public let state: String
    /// Members currently in the group.
    public let memberCount: Int

    /// Whether offsets may be changed safely: nobody is consuming.
    public var isInactive: Bool { memberCount == 0 }
}

/// Asks the group coordinator about a consumer group (librdkafka's `rd_kafka_list_groups`, i.e. ListGroups and
/// DescribeGroups), through a short-lived client handle of its own.
public enum ConsumerGroupInspector {
    /// The group's state and member count.
    /// - Throws: ``OperationsError/Code/broker`` when the brokers cannot be asked.
    public static func status(
        of group: String, configuration: KafkaConfiguration, timeout: Duration = .seconds(10)
    ) throws(OperationsError) -> ConsumerGroupStatus {
        var errorText = [CChar](repeating: 0, count: 512)
        guard let conf = rd_kafka_conf_new() else {
            throw OperationsError(.broker, "librdkafka could not allocate a configuration")
        }
        var properties = configuration.librdkafkaProperties
        properties.removeValue(forKey: "group.id")
        for (name, value) in properties {
            if rd_kafka_conf_set(conf, name, value, &errorText, errorText.count) != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                throw OperationsError(.broker, key: name, text(errorText))
            }
        }
        guard let handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, &errorText, errorText.count) else {
            throw OperationsError(.broker, "cannot create a Kafka client: \(text(errorText))")
        }
        defer { rd_kafka_destroy(handle) }
        var list: UnsafePointer<rd_kafka_group_list>?
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000)
        let err = rd_kafka_list_groups(handle, group, &list, milliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let list else {
            throw OperationsError(
                .broker, "cannot describe consumer group '\(group)': \(String(cString: rd_kafka_err2str(err)))")
        }
        defer { rd_kafka_group_list_destroy(list) }
        let groups = UnsafeBufferPointer(start: list.pointee.groups, count: Int(list.pointee.group_cnt))
        guard let info = groups.first(where: { String(cString: $0.group) == group }) else {
            return ConsumerGroupStatus(group: group, state: "Dead", memberCount: 0)
        }
        if info.err != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw OperationsError(
                .broker, "cannot describe consumer group '\(group)': \(String(cString: rd_kafka_err2str(info.err)))")
        }
        let state = info.state.map { String(cString: $0) } ?? "Unknown"
        return ConsumerGroupStatus(group: group, state: state, memberCount: Int(info.member_cnt))
    }
}

/// The NUL-terminated text in a C error buffer.
private func text(_ buffer: [CChar]) -> String {
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}
