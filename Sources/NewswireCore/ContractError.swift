/// The one error type of NewswireCore: what went wrong with a record, where, and which
/// dead-letter class it belongs to.
///
/// `code` is extensible (new codes can be added without breaking callers); `message` says what is
/// wrong in words an operator can act on; `field` names the JSON field at fault when there is one.
public struct ContractError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is. Each code maps to one dead-letter error class.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The bytes are not a JSON object in UTF-8 (not UTF-8, not JSON, empty, not an object).
        public static let decode = Code(rawValue: "decode")
        /// The JSON is well formed but breaks the record contract (missing or mistyped field, bad value).
        public static let schema = Code(rawValue: "schema")
        /// The message is larger than the configured limit.
        public static let tooLarge = Code(rawValue: "too_large")
        /// A record could not be encoded (for example a non-finite number).
        public static let encode = Code(rawValue: "encode")

        public var description: String { rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// What is wrong and what to do, in one sentence.
    public var message: String
    /// The JSON field at fault, when the failure concerns one field.
    public var field: String?

    /// Creates an error with a code, a message and optionally the field at fault.
    public init(_ code: Code, _ message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    /// The dead-letter class this error sends a message to (`encode` failures count as extraction failures).
    public var errorClass: DeadLetterErrorClass {
        switch code {
        case .decode: .decode
        case .schema: .schema
        case .tooLarge: .tooLarge
        default: .extraction
        }
    }

    public var description: String { "\(code): \(message)" }
}
