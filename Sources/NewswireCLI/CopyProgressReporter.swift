import Foundation
import NewswireOperations
import Synchronization

/// Shows a copy's progress on standard error: a redrawn bar on a terminal, a line every few seconds otherwise.
final class CopyProgressReporter: Sendable {
    private let interactive: Bool
    private let lastLine = Mutex<ContinuousClock.Instant?>(nil)
    private let output: @Sendable (String) -> Void

    /// - Parameters:
    ///   - interactive: standard error is a terminal: redraw a bar (at most every 100 ms), else a line every 5 s.
    ///   - output: where the text goes (standard error; tests collect it).
    init(interactive: Bool, output: @escaping @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }) {
        self.interactive = interactive
        self.output = output
    }

    /// Shows `progress` unless the last report was too recent (the first one always shows).
    func report(_ progress: CopyProgress, now: ContinuousClock.Instant = .now) {
        let due = lastLine.withLock { last -> Bool in
            let interval: Duration = interactive ? .milliseconds(100) : .seconds(5)
            if let last, now - last < interval { return false }
            last = now
            return true
        }
        guard due else { return }
        let fraction = progress.total > 0 ? Double(progress.read) / Double(progress.total) : 1
        if interactive {
            let width = 30
            let filled = min(width, Int(fraction * Double(width)))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            write("\r[\(bar)] \(Int(fraction * 100))% \(progress.read)/\(progress.total) read, \(progress.copied) copied")
        } else {
            write("progress: \(progress.read)/\(progress.total) read (\(Int(fraction * 100))%), \(progress.copied) copied\n")
        }
    }

    func finish() {
        if interactive { write("\n") }
    }

    private func write(_ text: String) {
        output(text)
    }
}
