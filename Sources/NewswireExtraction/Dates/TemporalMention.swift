/// DATE or TIME, as OntoNotes labels them.
public enum TemporalKind: String, Sendable, Hashable {
    case date = "DATE"
    case time = "TIME"
}

/// A date or time expression found in a token sequence.
public struct TemporalMention: Sendable, Hashable {
    /// Token range of the expression. A leading preposition ("on", "in", "since") is not part of it.
    public var tokens: Range<Int>
    /// DATE or TIME.
    public var kind: TemporalKind
    /// ISO 8601 value: "2022-10-13", "2022-10", "2022", "2022-W41", "2022-W41-WE" (weekend),
    /// "2022-10-13TMO" (morning; AF afternoon, EV evening, NI night), "T10:30", durations "P3D", "PT24H",
    /// decades "199", seasons "2022-SU". `nil` when it cannot be resolved (relative with no publication date,
    /// or vague like "recent weeks").
    public var normalized: String?
    /// Qualifiers that do not fit the value: "since", "until", "before", "after" (from the preposition),
    /// "early", "mid", "late", "approx".
    public var modifiers: [String]

    public init(tokens: Range<Int>, kind: TemporalKind, normalized: String?, modifiers: [String] = []) {
        self.tokens = tokens
        self.kind = kind
        self.normalized = normalized
        self.modifiers = modifiers
    }
}
