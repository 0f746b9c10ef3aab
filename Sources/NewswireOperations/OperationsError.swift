/// The one error type of `NewswireOperations`: what went wrong, which setting or resource it concerns, and what
/// to do about it.
///
/// Codes are extensible static members, so new failure kinds do not break exhaustive `switch`es in callers.
public struct OperationsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The stable name of the code, e.g. `invalidSetting`.
        public let name: String

        /// Creates a code with the given stable name.
        public init(_ name: String) { self.name = name }

        /// A setting (flag, environment variable or config file key) has a value that cannot be used.
        public static let invalidSetting = Code("invalidSetting")
        /// The configuration file cannot be read or parsed.
        public static let unreadableConfigFile = Code("unreadableConfigFile")
        /// A listen address is not `host:port`.
        public static let invalidAddress = Code("invalidAddress")
        /// A replay request is inconsistent or unsafe (e.g. the group still has active members).
        public static let replayRefused = Code("replayRefused")
        /// The broker failed a request made on behalf of an operations command.
        public static let broker = Code("broker")

        public var description: String { name }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The setting, address or resource concerned, e.g. `NEWSWIRE_CONCURRENCY` or `--metrics-address`.
    public let key: String?
    /// A one-line explanation that includes the offending value and what to do.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, key: String? = nil, _ message: String) {
        self.code = code
        self.key = key
        self.message = message
    }

    /// `KEY: message` when a key is known, else the message alone.
    public var description: String {
        if let key { return "\(key): \(message)" }
        return message
    }
}
