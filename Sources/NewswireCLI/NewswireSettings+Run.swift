import Kafka
import NewswireOperations
import NewswireWorker

/// What `newswire run` makes of its resolved ``NewswireSettings``: the worker pipeline settings and the Kafka
/// connection (brokers, security, SASL and the `--kafka-property` pass-through).
extension NewswireSettings {
    /// The pipeline settings: versioned output topics, lanes, limits and intervals.
    var workerConfiguration: WorkerConfiguration {
        WorkerConfiguration(
            topics: OutputTopics(
                enriched: effectiveEnrichedTopic, events: effectiveEventsTopic, deadLetters: effectiveDLQTopic),
            concurrency: concurrency, maxMessageBytes: maxMessageBytes, maxInFlight: maxInFlight,
            commitInterval: commitInterval, shutdownDeadline: shutdownDeadline)
    }

    /// The consumer's Kafka connection (the producer's is the same without the group).
    /// - Precondition: ``validateForRun()`` passed (brokers are set).
    var kafkaConfiguration: KafkaConfiguration {
        var properties = librdkafkaProperties
        properties["bootstrap.servers"] = nil
        properties["group.id"] = nil
        return KafkaConfiguration(
            bootstrapServers: bootstrapServers ?? "", clientID: "newswire", groupID: groupId, properties: properties)
    }
}
