import CRDKafka
import Logging

/// A context that carries a logger, and optionally an error handler, for librdkafka's client-level callbacks.
protocol RDKafkaLogging: AnyObject {
    var logger: Logger { get }
    /// Hears every error librdkafka reports through its error callback (see ``KafkaError/client(_:reason:)``).
    var errorHandler: (@Sendable (KafkaError) -> Void)? { get }
}

/// librdkafka's error callback (`error_cb`): client-level errors such as a broker connection refused or lost, all
/// brokers down, a failed authentication, or a fatal error. Logs each and hands it to the context's error handler.
func rdKafkaErrorCallback(_ rk: OpaquePointer?, _ err: Int32, _ reason: UnsafePointer<CChar>?,
                          _ opaque: UnsafeMutableRawPointer?) {
    guard let opaque, let reason else { return }
    guard let context = Unmanaged<AnyObject>.fromOpaque(opaque).takeUnretainedValue() as? RDKafkaLogging else { return }
    let code = rd_kafka_resp_err_t(err)
    let error = KafkaError.client(code, reason: String(cString: reason))
    let text = "librdkafka error \(error.rdKafkaName ?? "\(err)"): \(error.message)"
    switch code {
    case RD_KAFKA_RESP_ERR__FATAL: context.logger.error("\(text)")
    // Connection losses are routine (broker restarts, idle disconnects); librdkafka reconnects by itself.
    case RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN: context.logger.info("\(text)")
    default: context.logger.warning("\(text)")
    }
    context.errorHandler?(error)
}
