import NewswireOperations
import Synchronization
import Testing
@testable import NewswireCLI

/// How `replay copy` shows progress: a bar on a terminal, periodic lines otherwise.
@Suite struct CopyProgressReporterTests {
    final class Collected: Sendable {
        private let texts = Mutex<[String]>([])
        var output: @Sendable (String) -> Void { { text in self.texts.withLock { $0.append(text) } } }
        var all: [String] { texts.withLock { $0 } }
    }

    static func progress(read: Int64, copied: Int64) -> CopyProgress {
        CopyProgress(total: 200, read: read, copied: copied)
    }

    @Test func onATerminalABarIsRedrawnInPlaceAndEndedWithANewline() {
        let collected = Collected()
        let reporter = CopyProgressReporter(interactive: true, output: collected.output)
        let start = ContinuousClock.now
        reporter.report(Self.progress(read: 50, copied: 40), now: start)
        reporter.report(Self.progress(read: 60, copied: 50), now: start + .milliseconds(20))  // too soon: skipped
        reporter.report(Self.progress(read: 100, copied: 100), now: start + .milliseconds(150))
        reporter.finish()
        #expect(collected.all == [
            "\r[#######.......................] 25% 50/200 read, 40 copied",
            "\r[###############...............] 50% 100/200 read, 100 copied",
            "\n",
        ])
    }

    @Test func otherwiseALineAtMostEveryFiveSeconds() {
        let collected = Collected()
        let reporter = CopyProgressReporter(interactive: false, output: collected.output)
        let start = ContinuousClock.now
        reporter.report(Self.progress(read: 20, copied: 20), now: start)
        reporter.report(Self.progress(read: 40, copied: 40), now: start + .seconds(2))
        reporter.report(Self.progress(read: 200, copied: 190), now: start + .seconds(6))
        reporter.finish()
        #expect(collected.all == [
            "progress: 20/200 read (10%), 20 copied\n",
            "progress: 200/200 read (100%), 190 copied\n",
        ])
    }
}
