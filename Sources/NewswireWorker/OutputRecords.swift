import Foundation
import NewswireCore

/// The records the worker publishes, with the keys and headers `records.md` specifies.
public enum OutputRecords {
    /// The enriched record (keyed by article id) and its events (keyed `<article id>#<event id>`), with
    /// `content-type`, `newswire-schema`, `newswire-extractor`, `newswire-source` and any incoming `traceparent`.
    public static func records(
        for encoded: EncodedArticle, source: InboundMessage, topics: OutputTopics, extractorVersion: String
    ) -> [OutboundRecord] {
        let position = source.position
        var records = [
            OutboundRecord(
                topic: topics.enriched, key: Array(encoded.articleID.utf8), value: encoded.enriched,
                headers: OutputHeaders.make(
                    schema: EnrichedRecord.schemaHeader, extractorVersion: extractorVersion, source: position,
                    input: source.headers))
        ]
        let eventHeaders = OutputHeaders.make(
            schema: EventMessage.schemaHeader, extractorVersion: extractorVersion, source: position,
            input: source.headers)
        for event in encoded.events {
            records.append(OutboundRecord(
                topic: topics.events, key: Array("\(encoded.articleID)#\(event.eventID)".utf8), value: event.value,
                headers: eventHeaders))
        }
        return records
    }

    /// The dead letter for `message`: its original key, value and headers, unchanged, plus the error headers.
    public static func deadLetter(
        for message: InboundMessage, failure: ProcessingFailure, attempts: Int, topic: String, failedAt: Date
    ) -> OutboundRecord {
        let letter = DeadLetter(
            key: message.key, value: message.value, originalHeaders: message.headers,
            info: DeadLetterHeaders(
                errorClass: failure.errorClass, message: failure.message, source: message.position,
                failedAt: failedAt, attempts: attempts))
        return OutboundRecord(topic: topic, key: letter.key, value: letter.value, headers: letter.headers)
    }
}

extension InboundMessage {
    /// The message's position in contract form (topic, partition, offset, timestamp).
    public var position: SourcePosition {
        SourcePosition(
            topic: topicPartition.topic, partition: Int(topicPartition.partition), offset: offset,
            timestamp: timestampMilliseconds.map { RFC3339Timestamp(millisecondsSince1970: $0) })
    }
}
