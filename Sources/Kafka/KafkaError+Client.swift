import CRDKafka

extension KafkaError.Code {
    /// A broker connection failed: refused, lost, timed out, its name did not resolve, or all brokers are down.
    /// librdkafka reconnects by itself; persistent ones mean the brokers are unreachable.
    public static let transport = KafkaError.Code("transport")
    /// The client could not authenticate (SASL or SSL handshake).
    public static let authentication = KafkaError.Code("authentication")
    /// Any other client-level error librdkafka reported through its error callback.
    public static let client = KafkaError.Code("client")
}

extension KafkaError {
    /// The error for a code and reason librdkafka reports through its error callback, classified as
    /// ``Code/transport``, ``Code/authentication`` or ``Code/client``.
    static func client(_ err: rd_kafka_resp_err_t, reason: String) -> KafkaError {
        let code: Code
        let remedy: String
        switch err {
        case RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, RD_KAFKA_RESP_ERR__RESOLVE,
            RD_KAFKA_RESP_ERR__TIMED_OUT:
            code = .transport
            remedy = "Check that the brokers in bootstrap.servers are running and reachable; librdkafka keeps retrying"
        case RD_KAFKA_RESP_ERR__AUTHENTICATION, RD_KAFKA_RESP_ERR__SSL, RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
            code = .authentication
            remedy = "Check security.protocol, the SASL mechanism and credentials, and the certificates"
        default:
            code = .client
            remedy = defaultRemedy(err)
        }
        return KafkaError(
            code: code, message: reason, remedy: remedy, rdKafkaCode: err.rawValue,
            rdKafkaName: String(cString: rd_kafka_err2name(err)),
            isRetriable: code == .transport || isRetriableCode(err), isFatal: err == RD_KAFKA_RESP_ERR__FATAL)
    }
}
