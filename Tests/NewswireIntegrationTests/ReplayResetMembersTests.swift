import Foundation
import Kafka
import NewswireTestSupport
@testable import NewswireOperations
import Testing

/// `replay reset --execute` and a group's members, against a real broker: both checks of ``OffsetResetter``
/// (the coordinator's member listing, and its refusal of a commit from outside a group with members), which the
/// embedded broker can only partly show.
@Suite(.enabled(if: IntegrationEnvironment.isRealBroker, IntegrationEnvironment.needsGroupListing), .serialized)
struct ReplayResetMembersTests {
    @Test(.timeLimit(.minutes(3)))
    func anActiveGroupIsRefusedByItsMemberCountAndByTheCommitThenResetOnceItLeft() async throws {
        try await IntegrationBroker.withTopics("members", inputPartitions: 2) { broker in
            try await broker.publish((0..<10).map { (key: "k\($0)", value: TestArticles.article(id: "\(broker.runID)-\($0)")) })
            let group = broker.group("members")
            let member = try KafkaConsumer(
                configuration: broker.configuration(groupID: group, properties: ["session.timeout.ms": "10000"]))
            try member.subscribe(topics: [broker.input])
            var iterator = member.messages.makeAsyncIterator()
            _ = try await iterator.next()  // joined, assigned, reading

            let resetter = OffsetResetter(configuration: broker.configuration())
            let plan = try await resetter.plan(group: group, topic: broker.input, partitions: nil, target: .earliest)
            // Check 1: the coordinator lists the member.
            await #expect {
                try await resetter.execute(plan)
            } throws: { error in
                let error = error as? OperationsError
                return error?.code == .replayRefused && error?.message.contains("1 active member(s)") == true
            }
            // Check 2 alone (a listing that missed the member): the coordinator refuses the commit.
            let blind = OffsetResetter(configuration: broker.configuration()) { name throws(OperationsError) in
                ConsumerGroupStatus(group: name, state: "Empty", memberCount: 0)
            }
            await #expect {
                try await blind.execute(plan)
            } throws: { error in
                (error as? OperationsError)?.message.contains("refused a commit from outside the group") == true
            }

            await member.close()  // leaves the group; a real coordinator forgets it at once
            let check = try await resetter.execute(plan)
            guard case .listedEmpty(let status) = check else {
                Issue.record("a real broker lists groups; got \(check)")
                return
            }
            #expect(status.memberCount == 0)
            let committed = try await broker.committed(group: group)
            #expect(committed == [0: 0, 1: 0])
        }
    }
}
