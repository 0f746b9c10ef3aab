import Foundation
import NewswireOperations
import Testing
@testable import NewswireCLI

/// `newswire replay reset`'s argument handling (the broker side is in `OffsetResetterTests` and the process tests).
@Suite struct ReplayResetCommandTests {
    static let base = ["--bootstrap-servers", "b:9092", "--group", "g", "--topic", "t"]

    @Test func byDurationTargetsThatLongBeforeNow() throws {
        let command = try ReplayResetCommand.parse(Self.base + ["--by-duration", "P1DT2H"])
        let before = Int64(Date().timeIntervalSince1970 * 1000)
        let target = try command.target()
        let after = Int64(Date().timeIntervalSince1970 * 1000)
        guard case .timestamp(let milliseconds) = target else {
            Issue.record("expected a timestamp target, got \(target)")
            return
        }
        let span: Int64 = (24 + 2) * 3_600_000
        #expect(milliseconds >= before - span && milliseconds <= after - span)
    }

    @Test func aBadDurationNamesTheFlagAndExactlyOneTargetIsRequired() throws {
        let bad = try ReplayResetCommand.parse(Self.base + ["--by-duration", "P1M"])
        #expect(throws: OperationsError.self) { try bad.target() }
        do {
            _ = try bad.target()
        } catch let error as OperationsError {
            #expect(error.key == "--by-duration")
        }
        let two = try ReplayResetCommand.parse(Self.base + ["--by-duration", "PT1H", "--to-earliest"])
        #expect(throws: (any Error).self) { try two.target() }
    }
}
