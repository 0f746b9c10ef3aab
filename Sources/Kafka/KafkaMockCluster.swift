import CRDKafka

/// An embedded Kafka cluster for development and tests: librdkafka's mock brokers, speaking the real protocol on
/// loopback ports (random per start), so other processes and `kcat` can use it too.
///
/// It keeps data in memory only (about 5 MB per partition; older data is dropped) and has no transactions and no
/// timestamp index. Topics that are produced to without being created get 4 partitions.
/// The brokers stop when this object is released: keep a reference (e.g. `withExtendedLifetime`) for as long
/// as clients use them.
public final class KafkaMockCluster: Sendable {
    private let handle: RDKafkaHandle
    private nonisolated(unsafe) let cluster: OpaquePointer
    /// The number of brokers; their ids are `1...brokerCount`.
    public let brokerCount: Int
    /// `host:port,…` of the brokers, for `bootstrap.servers`.
    public let bootstrapServers: String

    /// Starts `brokers` mock brokers.
    public init(brokers: Int = 3) throws(KafkaError) {
        guard brokers >= 1 else {
            throw KafkaError(code: .invalidArgument, message: "a cluster needs at least one broker, not \(brokers)")
        }
        let conf = try RDKafkaConfig.make(["client.id": "newswire-embedded-broker", "log_level": "3"])
        // A producer handle that does nothing but own the cluster.
        let handle = RDKafkaHandle(try RDKafkaConfig.newHandle(RD_KAFKA_PRODUCER, conf))
        guard let cluster = rd_kafka_mock_cluster_new(handle.pointer, Int32(brokers)) else {
            throw KafkaError(code: .embeddedBroker, message: "rd_kafka_mock_cluster_new failed",
                             remedy: "Check that loopback networking is available")
        }
        self.handle = handle
        self.cluster = cluster
        self.brokerCount = brokers
        self.bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
    }

    deinit { rd_kafka_mock_cluster_destroy(cluster) }

    /// A configuration pointing at this cluster.
    public func configuration(clientID: String? = nil, groupID: String? = nil,
                              properties: [String: String] = [:]) -> KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: clientID, groupID: groupID,
                           properties: properties)
    }

    /// Creates a topic with a partition count and replication factor (at most the broker count).
    public func createTopic(_ name: String, partitions: Int, replicationFactor: Int = 1) throws(KafkaError) {
        let err = rd_kafka_mock_topic_create(cluster, name, Int32(partitions),
                                             Int32(min(replicationFactor, brokerCount)))
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError.rd(err, .embeddedBroker, "cannot create topic \(name)")
        }
    }

    /// Makes a broker unreachable (its connections are closed and new ones refused).
    public func setBrokerDown(_ brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_down(cluster, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .embeddedBroker, "broker \(brokerID) down") }
    }

    /// Brings a broker back.
    public func setBrokerUp(_ brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_up(cluster, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .embeddedBroker, "broker \(brokerID) up") }
    }

    /// Delays every response of a broker (`nil`: of every broker) by `delay`, like a slow or distant broker: produce
    /// acknowledgements, fetches and commits sent to it all wait. `.zero` removes the delay. Whole milliseconds.
    public func setRoundTripTime(_ delay: Duration, brokerID: Int32? = nil) throws(KafkaError) {
        let milliseconds = Int32(clamping: delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000)
        let err = rd_kafka_mock_broker_set_rtt(cluster, brokerID ?? -1, max(0, milliseconds))
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError.rd(err, .embeddedBroker, "round-trip time of broker \(brokerID.map(String.init) ?? "all")")
        }
    }

    /// Makes a broker the coordinator of a consumer group (its joins, heartbeats and commits go there), so a test
    /// can slow or stop other brokers without touching the group.
    public func setGroupCoordinator(group: String, brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_coordinator_set(cluster, "group", group, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError.rd(err, .embeddedBroker, "coordinator of group \(group)")
        }
    }

    /// Moves a partition's leadership to a broker.
    public func setPartitionLeader(topic: String, partition: Int32, brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_partition_set_leader(cluster, topic, partition, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError.rd(err, .embeddedBroker, "leader of \(topic)/\(partition)")
        }
    }

    /// Makes the next requests of a kind (`apiKey`, e.g. ``APIKey/produce``) fail with these librdkafka error
    /// codes, one per request, cluster-wide. They stay queued until used: call ``clearRequestErrors(apiKey:)``.
    public func pushRequestErrors(apiKey: Int16, errors: [Int32]) {
        let codes = errors.map { rd_kafka_resp_err_t(rawValue: $0) }
        codes.withUnsafeBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster, apiKey, buffer.count, buffer.baseAddress)
        }
    }

    /// Removes queued injected errors for a request kind.
    public func clearRequestErrors(apiKey: Int16) {
        rd_kafka_mock_clear_request_errors(cluster, apiKey)
    }

    /// Kafka protocol request kinds for error injection.
    public enum APIKey {
        public static let produce: Int16 = 0
        public static let fetch: Int16 = 1
        public static let listOffsets: Int16 = 2
        public static let metadata: Int16 = 3
        public static let offsetCommit: Int16 = 8
        public static let offsetFetch: Int16 = 9
        public static let findCoordinator: Int16 = 10
        public static let joinGroup: Int16 = 11
        public static let heartbeat: Int16 = 12
        public static let syncGroup: Int16 = 14
        public static let initProducerID: Int16 = 22
    }
}
