/// The version of newswire that goes into every record's `extractor.version`.
public enum NewswireVersion {
    /// Semantic version of this build.
    public static let string = "0.1.0"
}
