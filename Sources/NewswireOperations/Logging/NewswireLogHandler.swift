import Foundation
import Logging

/// newswire's swift-log `LogHandler`: human-readable text or JSON lines, secrets redacted, written to a
/// ``LogOutput`` (standard error by default).
///
/// Bootstrap it once in the CLI (libraries only receive `Logger`s):
/// ```swift
/// LoggingSystem.bootstrap { label in NewswireLogHandler(label: label, format: .json, level: .info) }
/// ```
public struct NewswireLogHandler: LogHandler {
    /// The logger's label, e.g. `newswire.worker`.
    public let label: String
    /// Text or JSON lines.
    public let format: LogFormat
    /// Where lines go.
    public let output: any LogOutput
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    /// Supplies metadata for every line at log time (e.g. a trace id), merged under the handler's own.
    public var metadataProvider: Logger.MetadataProvider?

    /// Creates a handler.
    public init(
        label: String, format: LogFormat, level: Logger.Level, output: any LogOutput = StandardErrorLogOutput(),
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        self.label = label
        self.format = format
        self.logLevel = level
        self.output = output
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }
        let line = LogLine(
            time: Date(), level: event.level, label: label, message: event.message.description,
            metadata: SecretRedaction.redact(merged), error: event.error.map { String(describing: $0) })
        switch format {
        case .text: output.write(line: line.text())
        case .json: output.write(line: line.json())
        }
    }
}

extension NewswireLogHandler {
    /// A factory for `LoggingSystem.bootstrap` in the CLI, writing `format` at `level` to standard error.
    public static func factory(format: LogFormat, level: Logger.Level) -> @Sendable (String) -> any LogHandler {
        { label in NewswireLogHandler(label: label, format: format, level: level) }
    }
}
