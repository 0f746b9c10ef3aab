import Dispatch
import Foundation

/// Exits the process at once on the second SIGTERM or SIGINT: the first one starts a graceful shutdown (handled
/// by the service group), a second means the operator does not want to wait.
final class SecondSignalExit {
    private let sources: [any DispatchSourceSignal]

    init() {
        let queue = DispatchQueue(label: "newswire.signals")
        let counter = SignalCount()
        sources = [SIGTERM, SIGINT].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if counter.increment() >= 2 {
                    FileHandle.standardError.write(Data("second signal: exiting without draining\n".utf8))
                    exit(128 + number)
                }
            }
            source.resume()
            return source
        }
    }

    deinit { sources.forEach { $0.cancel() } }
}

/// Signals seen so far (only touched on the signal queue).
private final class SignalCount: @unchecked Sendable {
    private var count = 0
    func increment() -> Int {
        count += 1
        return count
    }
}
