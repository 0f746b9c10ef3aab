import Foundation

/// Why a message went to the dead-letter topic (header `newswire-error-class`).
public enum DeadLetterErrorClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not UTF-8, not JSON, empty, or not a JSON object.
    case decode
    /// Valid JSON that breaks the raw-article contract.
    case schema
    /// Larger than the maximum message size.
    case tooLarge = "too_large"
    /// Extraction or encoding failed for this article.
    case extraction
    /// Its output could not be produced after retries.
    case produce
}

/// The `newswire-*` headers a dead letter carries beside the original headers.
public struct DeadLetterHeaders: Sendable, Hashable {
    /// Header naming the error class.
    public static let errorClassName = "newswire-error-class"
    /// Header with the error message.
    public static let errorMessageName = "newswire-error-message"
    /// Header with the input topic.
    public static let sourceTopicName = "newswire-source-topic"
    /// Header with the input partition.
    public static let sourcePartitionName = "newswire-source-partition"
    /// Header with the input offset.
    public static let sourceOffsetName = "newswire-source-offset"
    /// Header with the time processing gave up (RFC 3339, UTC).
    public static let failedAtName = "newswire-failed-at"
    /// Header with the number of attempts.
    public static let attemptsName = "newswire-attempts"
    /// All the names above, in the order they are written.
    public static let names = [
        errorClassName, errorMessageName, sourceTopicName, sourcePartitionName, sourceOffsetName, failedAtName,
        attemptsName,
    ]
    /// Longest error message written, in UTF-8 bytes; longer ones are cut at a character boundary with "…".
    public static let maxMessageBytes = 1024

    /// Why the message was dead-lettered.
    public var errorClass: DeadLetterErrorClass
    /// What went wrong, in words an operator can act on.
    public var message: String
    /// Where the message was read from.
    public var source: SourcePosition
    /// When processing gave up.
    public var failedAt: Date
    /// How many times processing was tried (1 when it failed the first time and was not retried).
    public var attempts: Int

    /// Creates the dead-letter headers of one failed message.
    public init(errorClass: DeadLetterErrorClass, message: String, source: SourcePosition, failedAt: Date, attempts: Int = 1) {
        self.errorClass = errorClass
        self.message = message
        self.source = source
        self.failedAt = failedAt
        self.attempts = attempts
    }

    /// The headers as (name, text) pairs in a fixed order. The message has line breaks and other control
    /// characters replaced by spaces and is cut to `maxMessageBytes`.
    public var fields: [(name: String, value: String)] {
        [
            (Self.errorClassName, errorClass.rawValue),
            (Self.errorMessageName, Self.clean(message)),
            (Self.sourceTopicName, source.topic),
            (Self.sourcePartitionName, String(source.partition)),
            (Self.sourceOffsetName, String(source.offset)),
            (Self.failedAtName, RFC3339Timestamp(failedAt).text),
            (Self.attemptsName, String(attempts)),
        ]
    }

    /// The full header list of the dead letter: the original headers, unchanged and in order, except any
    /// that already use one of the `newswire-*` dead-letter names (a message dead-lettered again), which
    /// are replaced; then the dead-letter headers.
    public func headers(keeping original: [MessageHeader]) -> [MessageHeader] {
        let ours = Set(Self.names)
        return original.filter { !ours.contains($0.name) } + fields.map { MessageHeader($0.name, $0.value) }
    }

    static func clean(_ message: String) -> String {
        var out = String.UnicodeScalarView()
        var bytes = 0
        for scalar in message.unicodeScalars {
            let s: Unicode.Scalar = scalar.properties.generalCategory == .control ? " " : scalar
            let width = UTF8.width(s)
            if bytes + width > maxMessageBytes - 3 {
                out.append("…")
                break
            }
            out.append(s)
            bytes += width
        }
        return String(out)
    }
}

/// A message for `articles.dlq`: the original key, value and headers unchanged, plus the dead-letter
/// headers saying what went wrong.
public struct DeadLetter: Sendable, Hashable {
    /// The input message's key, unchanged.
    public var key: [UInt8]?
    /// The input message's value, unchanged.
    public var value: [UInt8]?
    /// The input message's headers.
    public var originalHeaders: [MessageHeader]
    /// What went wrong and where the message came from.
    public var info: DeadLetterHeaders

    /// Creates a dead letter.
    public init(key: [UInt8]?, value: [UInt8]?, originalHeaders: [MessageHeader], info: DeadLetterHeaders) {
        self.key = key
        self.value = value
        self.originalHeaders = originalHeaders
        self.info = info
    }

    /// A dead letter for a message the contract rejected.
    public init(
        key: [UInt8]?, value: [UInt8]?, originalHeaders: [MessageHeader], error: ContractError,
        source: SourcePosition, failedAt: Date, attempts: Int = 1
    ) {
        self.init(
            key: key, value: value, originalHeaders: originalHeaders,
            info: DeadLetterHeaders(
                errorClass: error.errorClass, message: error.message, source: source, failedAt: failedAt,
                attempts: attempts))
    }

    /// The headers to send: see `DeadLetterHeaders.headers(keeping:)`.
    public var headers: [MessageHeader] { info.headers(keeping: originalHeaders) }
}
