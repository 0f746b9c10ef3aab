import Foundation

/// Keys and headers of everything the worker publishes, as `records.md` specifies.
public enum OutputHeaders {
    /// Schema header value of enriched records.
    public static let enrichedSchema = "enriched.v1"
    /// Schema header value of event messages.
    public static let eventSchema = "event.v1"

    /// The enriched record (keyed by article id) and its events (keyed `<article id>#<event id>`), with
    /// `content-type`, `newswire-schema`, `newswire-extractor`, `newswire-source` and any incoming `traceparent`.
    public static func records(
        for encoded: EncodedArticle, source: InboundMessage, topics: OutputTopics, extractorVersion: String
    ) -> [OutboundRecord] {
        func headers(schema: String) -> [MessageHeader] {
            var headers = [
                MessageHeader("content-type", "application/json"),
                MessageHeader("newswire-schema", schema),
                MessageHeader("newswire-extractor", extractorVersion),
                MessageHeader("newswire-source", source.lineage),
            ]
            if let traceparent = source.header("traceparent") { headers.append(traceparent) }
            return headers
        }
        var records = [
            OutboundRecord(
                topic: topics.enriched, key: Array(encoded.articleID.utf8), value: encoded.enriched,
                headers: headers(schema: enrichedSchema))
        ]
        for event in encoded.events {
            records.append(OutboundRecord(
                topic: topics.events, key: Array("\(encoded.articleID)#\(event.eventID)".utf8), value: event.value,
                headers: headers(schema: eventSchema)))
        }
        return records
    }

    /// The dead letter for `message`: its original key, value and headers, unchanged, plus the error headers.
    public static func deadLetter(
        for message: InboundMessage, failure: ProcessingFailure, attempts: Int, topic: String, failedAt: Date
    ) -> OutboundRecord {
        var headers = message.headers
        headers.append(contentsOf: [
            MessageHeader("newswire-error-class", failure.failureClass.rawValue),
            MessageHeader("newswire-error-message", failure.message),
            MessageHeader("newswire-source-topic", message.topicPartition.topic),
            MessageHeader("newswire-source-partition", String(message.topicPartition.partition)),
            MessageHeader("newswire-source-offset", String(message.offset)),
            MessageHeader("newswire-failed-at", failedAt.formatted(Date.ISO8601FormatStyle())),
            MessageHeader("newswire-attempts", String(attempts)),
        ])
        return OutboundRecord(topic: topic, key: message.key, value: message.value, headers: headers)
    }
}
