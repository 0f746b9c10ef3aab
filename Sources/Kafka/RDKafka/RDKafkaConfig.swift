import CRDKafka

/// Builds an `rd_kafka_conf_t` from properties, failing with the property's name and librdkafka's message.
enum RDKafkaConfig {
    /// Creates a conf object; the caller owns it until `rd_kafka_new` takes it.
    static func make(_ properties: [String: String]) throws(KafkaError) -> OpaquePointer {
        guard let conf = rd_kafka_conf_new() else {
            throw KafkaError(code: .clientCreation, message: "rd_kafka_conf_new failed")
        }
        // Deterministic order so that errors are reproducible.
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
            var errstr = [CChar](repeating: 0, count: 512)
            let result = rd_kafka_conf_set(conf, name, value, &errstr, errstr.count)
            if result != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                let reason = String(decoding: errstr.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                let shown = KafkaConfiguration.isSecret(name) ? "<redacted>" : value
                throw KafkaError(
                    code: .invalidConfiguration,
                    message: "property \"\(name)\"=\"\(shown)\" rejected by librdkafka: \(reason)",
                    remedy: result == RD_KAFKA_CONF_UNKNOWN
                        ? "Remove \"\(name)\" or correct its spelling (see librdkafka CONFIGURATION.md)"
                        : "Give \"\(name)\" a valid value (see librdkafka CONFIGURATION.md)"
                )
            }
        }
        return conf
    }

    /// Creates a client handle of the given type from a conf object (consumed in all cases).
    static func newHandle(_ type: rd_kafka_type_t, _ conf: OpaquePointer) throws(KafkaError) -> OpaquePointer {
        var errstr = [CChar](repeating: 0, count: 512)
        guard let handle = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            let reason = String(decoding: errstr.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw KafkaError(code: .clientCreation, message: "rd_kafka_new failed: \(reason)",
                             remedy: "Check the configuration properties")
        }
        return handle
    }
}
