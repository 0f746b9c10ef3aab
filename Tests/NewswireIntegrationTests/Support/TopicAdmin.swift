import CRDKafka
import Foundation
import Kafka
import NewswireTestSupport

/// Creates and deletes topics through librdkafka's admin API (`rd_kafka_CreateTopics`, `rd_kafka_DeleteTopics`).
///
/// The Kafka wrapper has no admin client (the embedded broker creates topics directly), so this small helper
/// talks to CRDKafka itself. Calls block the calling thread for at most the given timeout.
final class TopicAdmin {
    private let handle: OpaquePointer
    private let queue: OpaquePointer

    /// Connects a producer handle (used only for admin requests) to `bootstrapServers`.
    init(bootstrapServers: String) throws {
        let conf = rd_kafka_conf_new()
        var errstr = [CChar](repeating: 0, count: 512)
        guard rd_kafka_conf_set(conf, "bootstrap.servers", bootstrapServers, &errstr, errstr.count) == RD_KAFKA_CONF_OK,
              let handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, &errstr, errstr.count)
        else {
            rd_kafka_conf_destroy(conf)
            throw TestSupportError("cannot create the admin client: \(text(errstr))")
        }
        self.handle = handle
        queue = rd_kafka_queue_new(handle)
    }

    deinit {
        rd_kafka_queue_destroy(queue)
        rd_kafka_destroy(handle)
    }

    /// Creates `topics` (name and partition count, replication factor 1) and waits for the controller to confirm.
    func create(_ topics: [(name: String, partitions: Int)], timeout: Duration = .seconds(30)) throws {
        var errstr = [CChar](repeating: 0, count: 512)
        var newTopics: [OpaquePointer?] = []
        defer { newTopics.forEach { rd_kafka_NewTopic_destroy($0) } }
        for topic in topics {
            guard let newTopic = rd_kafka_NewTopic_new(topic.name, Int32(topic.partitions), 1, &errstr, errstr.count)
            else { throw TestSupportError("bad topic \(topic.name): \(text(errstr))") }
            newTopics.append(newTopic)
        }
        let options = try makeOptions(RD_KAFKA_ADMIN_OP_CREATETOPICS, timeout: timeout)
        defer { rd_kafka_AdminOptions_destroy(options) }
        rd_kafka_CreateTopics(handle, &newTopics, newTopics.count, options, queue)
        try awaitResult(RD_KAFKA_EVENT_CREATETOPICS_RESULT, timeout: timeout) { event in
            var count = 0
            let results = rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count)
            return (0..<count).map { results![$0]! }
        }
    }

    /// Deletes `topics`, reporting failures (an unknown topic among them) as an error.
    func delete(_ topics: [String], timeout: Duration = .seconds(30)) throws {
        var deleteTopics: [OpaquePointer?] = topics.map { rd_kafka_DeleteTopic_new($0) }
        defer { deleteTopics.forEach { rd_kafka_DeleteTopic_destroy($0) } }
        let options = try makeOptions(RD_KAFKA_ADMIN_OP_DELETETOPICS, timeout: timeout)
        defer { rd_kafka_AdminOptions_destroy(options) }
        rd_kafka_DeleteTopics(handle, &deleteTopics, deleteTopics.count, options, queue)
        try awaitResult(RD_KAFKA_EVENT_DELETETOPICS_RESULT, timeout: timeout) { event in
            var count = 0
            let results = rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), &count)
            return (0..<count).map { results![$0]! }
        }
    }

    private func makeOptions(_ operation: rd_kafka_admin_op_t, timeout: Duration) throws -> OpaquePointer {
        guard let options = rd_kafka_AdminOptions_new(handle, operation) else {
            throw TestSupportError("cannot create admin options")
        }
        var errstr = [CChar](repeating: 0, count: 512)
        let milliseconds = Int32(timeout.components.seconds * 1000)
        // The operation timeout makes the broker answer only once the controller has applied the change.
        guard rd_kafka_AdminOptions_set_operation_timeout(options, milliseconds, &errstr, errstr.count)
                == RD_KAFKA_RESP_ERR_NO_ERROR,
              rd_kafka_AdminOptions_set_request_timeout(options, milliseconds, &errstr, errstr.count)
                == RD_KAFKA_RESP_ERR_NO_ERROR
        else {
            rd_kafka_AdminOptions_destroy(options)
            throw TestSupportError("bad admin options: \(text(errstr))")
        }
        return options
    }

    /// Waits for the result event of type `type` and throws when the request or any topic failed.
    private func awaitResult(
        _ type: rd_kafka_event_type_t, timeout: Duration, topicResults: (OpaquePointer) -> [OpaquePointer]
    ) throws {
        // The request timeout bounds the answer; allow a little more for the event to reach the queue.
        let milliseconds = Int32(timeout.components.seconds * 1000 + 5000)
        guard let event = rd_kafka_queue_poll(queue, milliseconds) else {
            throw TestSupportError("no admin result within \(timeout)")
        }
        defer { rd_kafka_event_destroy(event) }
        guard rd_kafka_event_type(event) == type else {
            throw TestSupportError("unexpected admin event \(String(cString: rd_kafka_event_name(event)))")
        }
        let error = rd_kafka_event_error(event)
        guard error == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw TestSupportError("admin request failed: \(String(cString: rd_kafka_event_error_string(event)))")
        }
        let failures = topicResults(event).compactMap { result -> String? in
            guard rd_kafka_topic_result_error(result) != RD_KAFKA_RESP_ERR_NO_ERROR else { return nil }
            let name = String(cString: rd_kafka_topic_result_name(result))
            let message = rd_kafka_topic_result_error_string(result).map { String(cString: $0) } ?? "unknown error"
            return "\(name): \(message)"
        }
        guard failures.isEmpty else { throw TestSupportError(failures.joined(separator: "; ")) }
    }
}

/// The text of a NUL-terminated C buffer (librdkafka's `errstr`).
private func text(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
