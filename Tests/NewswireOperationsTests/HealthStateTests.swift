import Testing

@testable import NewswireOperations

@Suite struct HealthStateTests {
    @Test func notAliveBeforeTheFirstPoll() {
        let report = HealthState(pollDeadline: .seconds(5)).report()
        #expect(!report.isAlive)
        #expect(!report.isReady)
        #expect(report.livenessDetail.hasPrefix("starting"))
    }

    @Test func aliveAfterAPollButNotReadyWithoutAssignment() {
        let health = HealthState(pollDeadline: .seconds(5))
        health.recordPoll()
        health.recordJoinedGroup()
        let report = health.report()
        #expect(report.isAlive)
        #expect(!report.isReady)
        #expect(report.readinessDetail.contains("waiting for a partition assignment"))
    }

    @Test func readyAfterAssignmentEvenOfZeroPartitions() {
        let health = HealthState(pollDeadline: .seconds(5))
        health.recordPoll()
        health.recordAssignment(partitionCount: 0)
        #expect(health.report().isReady)
        health.recordAssignment(partitionCount: 3)
        #expect(health.report().assignedPartitions == 3)
    }

    @Test func revocationAndShutdownMakeItUnready() {
        let health = HealthState(pollDeadline: .seconds(5))
        health.recordPoll()
        health.recordAssignment(partitionCount: 2)
        health.recordRevocation()
        #expect(!health.report().isReady)
        health.recordAssignment(partitionCount: 2)
        health.recordShutdown()
        let report = health.report()
        #expect(report.isAlive)
        #expect(!report.isReady)
        #expect(report.readinessDetail.contains("shutting down"))
    }

    @Test func stalledPollLoopIsNotAliveAndNotReady() async throws {
        let health = HealthState(pollDeadline: .milliseconds(50))
        health.recordPoll()
        health.recordAssignment(partitionCount: 1)
        #expect(health.report().isReady)
        try await Task.sleep(for: .milliseconds(120))
        let report = health.report()
        #expect(!report.isAlive)
        #expect(!report.isReady)
        #expect(report.livenessDetail.hasPrefix("stalled"))
        health.recordPoll()
        #expect(health.report().isAlive)
    }
}
