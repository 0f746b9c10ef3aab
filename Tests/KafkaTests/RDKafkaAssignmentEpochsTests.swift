import Testing
@testable import Kafka

@Suite struct RDKafkaAssignmentEpochsTests {
    func message(_ partition: Int32, _ offset: Int64, _ epochs: RDKafkaAssignmentEpochs) -> KafkaMessage {
        var message = KafkaMessage(topic: "t", partition: partition, offset: offset, key: nil, value: [])
        message.assignmentEpoch = epochs.epoch(topic: "t", partition: partition)
        return message
    }

    @Test func retiringOnePartitionLeavesTheOthersCurrent() {
        var epochs = RDKafkaAssignmentEpochs()
        let before = [message(0, 5, epochs), message(1, 5, epochs)]
        epochs.retire([KafkaTopicPartition(topic: "t", partition: 0)])
        #expect(!epochs.isCurrent(before[0]))
        #expect(epochs.isCurrent(before[1]))
        epochs.retireAll()
        #expect(!epochs.isCurrent(before[1]))
        #expect(epochs.isCurrent(KafkaMessage(topic: "t", partition: 1, offset: 0, key: nil, value: [])))
    }

    @Test func aFetchThatRanARevocationDropsWhatItReadBeforeIt() {
        var epochs = RDKafkaAssignmentEpochs()
        let batch = [message(0, 7, epochs), message(1, 3, epochs), message(0, 8, epochs)]
        epochs.retire([KafkaTopicPartition(topic: "t", partition: 0)])
        let kept = RDKafkaAssignmentEpochs.sortOutRevocation(in: batch, now: epochs, reassigned: [])
        #expect(kept.map { "\($0.partition)/\($0.offset)" } == ["1/3"])
    }

    @Test func aPartitionAssignedAgainInTheSameFetchKeepsOnlyItsNewRun() {
        var epochs = RDKafkaAssignmentEpochs()
        let stale = [message(0, 7, epochs), message(0, 8, epochs)]
        epochs.retire([KafkaTopicPartition(topic: "t", partition: 0)])
        // Tagged before the call like the stale ones, but read after the re-assignment, from the committed offset.
        let restarted = [stale[0], stale[1], message(1, 3, epochs)] + ([5, 6, 7, 8, 9] as [Int64]).map {
            var fresh = stale[0]
            fresh.offset = $0
            return fresh
        }
        let partition0 = KafkaTopicPartition(topic: "t", partition: 0)
        let kept = RDKafkaAssignmentEpochs.sortOutRevocation(in: restarted, now: epochs, reassigned: [partition0])
        #expect(kept.map { "\($0.partition)/\($0.offset)" } == ["1/3", "0/5", "0/6", "0/7", "0/8", "0/9"])
        #expect(kept.allSatisfy { epochs.isCurrent($0) })
    }
}
