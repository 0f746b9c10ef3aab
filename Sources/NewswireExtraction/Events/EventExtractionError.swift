/// What went wrong while loading the event extractor's tables, and what to do about it.
///
/// A struct with extensible codes rather than an enum, so new failure kinds do not break callers.
public struct EventExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A bundled table file is missing from the resource bundle.
        public static let missingResource = Code(rawValue: "missing_resource")
        /// A table line could not be parsed.
        public static let malformedTable = Code(rawValue: "malformed_table")
        /// A trigger names a CAMEO code that the CAMEO table does not contain.
        public static let unknownCode = Code(rawValue: "unknown_code")
    }

    public var code: Code
    /// What went wrong, with the file and line when there is one.
    public var message: String
    /// What to do about it.
    public var remedy: String

    public init(code: Code, message: String, remedy: String) {
        self.code = code
        self.message = message
        self.remedy = remedy
    }

    public var description: String { "\(code.rawValue): \(message) (\(remedy))" }
}
