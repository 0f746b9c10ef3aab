/// The one error type of the worker module: what went wrong (``code``), a message saying what to do about it,
/// and the underlying cause when there is one.
public struct WorkerError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: new codes are added as static members.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's stable name, as it appears in logs.
        public let name: String
        /// Creates a code with a stable name.
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A setting is missing or out of range.
        public static let invalidConfiguration = Code("invalid_configuration")
        /// A dead letter could not be written; the input cannot be accounted for, so the worker stops.
        public static let deadLetterFailed = Code("dead_letter_failed")
        /// The message source (the consumer) failed.
        public static let sourceFailed = Code("source_failed")
        /// Committing offsets failed.
        public static let commitFailed = Code("commit_failed")
        /// In-flight work did not finish within the shutdown or revocation deadline.
        public static let deadlineExceeded = Code("deadline_exceeded")
    }

    /// What kind of failure this is.
    public var code: Code
    /// What happened and what to do about it.
    public var message: String
    /// The underlying error, if any.
    public var underlying: (any Error & Sendable)?
    /// Whether the same operation may succeed if tried again (for example a commit refused while the group
    /// rebalances).
    public var isRetriable: Bool

    /// Creates an error.
    public init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil, isRetriable: Bool = false) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.isRetriable = isRetriable
    }

    public var description: String {
        if let underlying { return "\(code): \(message) (\(underlying))" }
        return "\(code): \(message)"
    }
}
