/// Which field of an article a piece of text comes from. Offsets are always relative to that field.
public enum TextField: String, Sendable, Hashable, Codable {
    case title
    case body
}
