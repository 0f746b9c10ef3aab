import ArgumentParser
import Dispatch
import Foundation
import NewswireCore
import NewswireOperations

/// `newswire replay copy`: copies a range of one topic into another with lineage headers, showing progress, and
/// stops cleanly with a summary on SIGINT.
struct ReplayCopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a range of one topic into another (e.g. re-drive dead letters into the input topic).",
        discussion: """
            Key, value and headers are preserved; newswire-replayed-from (<topic>/<partition>/<offset>) and \
            newswire-replayed-at are added. Ctrl-C stops after the messages already read and prints a summary.
            """
    )

    @OptionGroup var bootstrap: BootstrapOptions
    @Option(help: "Source topic.") var fromTopic: String
    @Option(help: "Destination topic.") var toTopic: String
    @Option(help: "Output version: appends .<version> to the destination topic (e.g. v2).") var outputVersion: String?
    @Option(help: "First offset copied in every partition (default: the oldest retained).") var startOffset: Int64?
    @Option(help: "First message at or after this RFC 3339 time.") var startDatetime: String?
    @Option(help: "Stop before this offset in every partition (default: the end when the copy starts).")
    var endOffset: Int64?
    @Option(help: "Stop before the first message at or after this RFC 3339 time.") var endDatetime: String?
    @Option(help: "Only messages with this key, or keys starting with it when it ends in *.") var keyFilter: String?
    @Option(
        name: .customLong("header"),
        help: ArgumentHelp(
            "Only messages with this header value, name=value (repeatable; all must match).",
            discussion: "E.g. --header newswire-error-class=too_large re-drives only the dead letters a size fix addressed."))
    var headers: [String] = []
    @Option(help: "At most this many messages per second.") var rate: Double?

    func bound(offset: Int64?, datetime: String?, name: String) throws -> CopyBound {
        switch (offset, datetime) {
        case (nil, nil): return .edge
        case (let offset?, nil): return .offset(offset)
        case (nil, let text?):
            guard let timestamp = RFC3339Timestamp(text) else {
                throw ValidationError("--\(name)-datetime expects an RFC 3339 time, got '\(text)'")
            }
            return .timestamp(milliseconds: Int64((timestamp.date.timeIntervalSince1970 * 1000).rounded(.up)))
        default: throw ValidationError("give --\(name)-offset or --\(name)-datetime, not both")
        }
    }

    /// The `--header name=value` options as a filter.
    func headerFilter() throws -> [String: String] {
        var filter: [String: String] = [:]
        for text in headers {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw ValidationError("--header expects name=value, got '\(text)'")
            }
            filter[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        return filter
    }

    func run() async throws {
        var request = CopyRequest(fromTopic: fromTopic, toTopic: outputVersion.map { "\(toTopic).\($0)" } ?? toTopic)
        request.start = try bound(offset: startOffset, datetime: startDatetime, name: "start")
        request.end = try bound(offset: endOffset, datetime: endDatetime, name: "end")
        request.keyFilter = keyFilter
        request.headerFilter = try headerFilter()
        if let rate, rate <= 0 { throw ValidationError("--rate must be positive") }
        request.rate = rate
        let copier = TopicCopier(configuration: try bootstrap.configuration(clientID: "newswire-replay-copy"))
        let reporter = CopyProgressReporter(interactive: isatty(STDERR_FILENO) == 1)
        let task = Task { try await copier.copy(request) { reporter.report($0) } }

        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "newswire.copy"))
        interrupt.setEventHandler { task.cancel() }
        interrupt.resume()
        defer { interrupt.cancel() }

        let result = try await task.value
        reporter.finish()
        print("\(request.fromTopic) -> \(request.toTopic): \(result.summary)")
        if result.interrupted { throw ExitCode(130) }
    }
}
