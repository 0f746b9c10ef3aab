import CRDKafka

/// The one error type of the Kafka module.
///
/// It says what went wrong (``code``), carries librdkafka's own error code and message when there is one,
/// whether retrying may help (``isRetriable``), whether the client is unusable (``isFatal``), and what to do.
public struct KafkaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's stable name.
        public let name: String
        /// Creates a code with a stable name.
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A configuration property is unknown or its value is invalid.
        public static let invalidConfiguration = Code("invalidConfiguration")
        /// librdkafka refused to create a client handle.
        public static let clientCreation = Code("clientCreation")
        /// The broker (or librdkafka) failed to deliver a produced message.
        public static let deliveryFailed = Code("deliveryFailed")
        /// A message could not be enqueued for producing.
        public static let enqueueFailed = Code("enqueueFailed")
        /// The consumer failed (subscription, fetch, assignment).
        public static let consumerFailed = Code("consumerFailed")
        /// Committing or storing offsets failed.
        public static let commitFailed = Code("commitFailed")
        /// A query (watermarks, committed offsets, metadata, timestamps) failed or timed out.
        public static let queryFailed = Code("queryFailed")
        /// The client was already closed.
        public static let closed = Code("closed")
        /// The embedded broker could not be started or driven.
        public static let embeddedBroker = Code("embeddedBroker")
        /// An argument given by the caller was invalid.
        public static let invalidArgument = Code("invalidArgument")
    }

    /// What went wrong.
    public var code: Code
    /// librdkafka's error code (`rd_kafka_resp_err_t`), when librdkafka reported the error.
    public var rdKafkaCode: Int32?
    /// librdkafka's error name such as `MSG_SIZE_TOO_LARGE`, when librdkafka reported the error.
    public var rdKafkaName: String?
    /// What happened, in words, including librdkafka's message.
    public var message: String
    /// What the caller can do about it.
    public var remedy: String
    /// Retrying the same operation may succeed.
    public var isRetriable: Bool
    /// The client instance is unusable and must be recreated.
    public var isFatal: Bool

    /// Creates an error.
    public init(
        code: Code, message: String, remedy: String = "", rdKafkaCode: Int32? = nil, rdKafkaName: String? = nil,
        isRetriable: Bool = false, isFatal: Bool = false
    ) {
        self.code = code
        self.message = message
        self.remedy = remedy
        self.rdKafkaCode = rdKafkaCode
        self.rdKafkaName = rdKafkaName
        self.isRetriable = isRetriable
        self.isFatal = isFatal
    }

    public var description: String {
        var text = "KafkaError.\(code): \(message)"
        if let rdKafkaName { text += " [\(rdKafkaName)]" }
        if isFatal { text += " (fatal)" } else if isRetriable { text += " (retriable)" }
        if !remedy.isEmpty { text += ". \(remedy)" }
        return text
    }
}

extension KafkaError {
    /// Builds an error from a librdkafka response code.
    static func rd(_ err: rd_kafka_resp_err_t, _ code: Code, _ context: String, remedy: String? = nil) -> KafkaError {
        let name = String(cString: rd_kafka_err2name(err))
        let text = String(cString: rd_kafka_err2str(err))
        return KafkaError(
            code: code, message: "\(context): \(text)",
            remedy: remedy ?? defaultRemedy(err),
            rdKafkaCode: err.rawValue, rdKafkaName: name,
            isRetriable: isRetriableCode(err), isFatal: err == RD_KAFKA_RESP_ERR__FATAL
        )
    }

    /// Builds an error from a librdkafka `rd_kafka_error_t`, destroying it.
    static func rd(consuming error: OpaquePointer, _ code: Code, _ context: String) -> KafkaError {
        defer { rd_kafka_error_destroy(error) }
        let err = rd_kafka_error_code(error)
        var result = KafkaError.rd(err, code, context)
        result.message = "\(context): \(String(cString: rd_kafka_error_string(error)))"
        result.isRetriable = rd_kafka_error_is_retriable(error) != 0 || result.isRetriable
        result.isFatal = rd_kafka_error_is_fatal(error) != 0
        return result
    }

    static func isRetriableCode(_ err: rd_kafka_resp_err_t) -> Bool {
        switch err {
        case RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__TIMED_OUT, RD_KAFKA_RESP_ERR__MSG_TIMED_OUT,
            RD_KAFKA_RESP_ERR__QUEUE_FULL, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN,
            RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
            RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS,
            RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND, RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
            RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS, RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE,
            RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS,
            RD_KAFKA_RESP_ERR_KAFKA_STORAGE_ERROR:
            return true
        default:
            return false
        }
    }

    static func defaultRemedy(_ err: rd_kafka_resp_err_t) -> String {
        switch err {
        case RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
            return "Check that the brokers in bootstrap.servers are running and reachable, then retry"
        case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT, RD_KAFKA_RESP_ERR__TIMED_OUT, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
            return "The broker did not answer in time; retry, or raise message.timeout.ms / the call's timeout"
        case RD_KAFKA_RESP_ERR__QUEUE_FULL:
            return "The local produce queue is full; wait for deliveries or raise queue.buffering.max.messages"
        case RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE:
            return "Send smaller messages or raise the broker's and the client's message.max.bytes"
        case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED, RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED:
            return "Grant this principal access to the topic or group (ACLs), or use other credentials"
        case RD_KAFKA_RESP_ERR__FATAL:
            return "The client is unusable: close it and create a new one"
        default:
            return isRetriableCode(err) ? "Retry the operation" : "Check the broker logs and the client configuration"
        }
    }
}
