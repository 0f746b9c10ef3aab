/// The one error type of the extraction library: what went wrong, and what to do about it.
public struct ExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: new codes may be added.
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A bundled resource file is missing from the package.
        public static let resourceMissing = Code(rawValue: "resource_missing")
        /// A resource file exists but could not be read or parsed.
        public static let resourceMalformed = Code(rawValue: "resource_malformed")
    }

    /// The kind of failure.
    public var code: Code
    /// What happened, in words, including the file or value involved.
    public var message: String
    /// What the operator should do to fix it.
    public var remedy: String

    public init(code: Code, message: String, remedy: String) {
        self.code = code
        self.message = message
        self.remedy = remedy
    }

    public var description: String { "\(code.rawValue): \(message) (\(remedy))" }
}
