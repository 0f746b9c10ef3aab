/// The OntoNotes numeric entity types.
public enum NumericKind: String, Sendable, Hashable, CaseIterable {
    case cardinal = "CARDINAL"
    case quantity = "QUANTITY"
    case percent = "PERCENT"
    case money = "MONEY"
    case ordinal = "ORDINAL"
}

/// How a number is hedged in the text ("more than a dozen", "about 20", "up to 10").
public enum NumericModifier: String, Sendable, Hashable {
    /// "about", "around", "some", "roughly", "approximately", "nearly", "almost".
    case approximately
    /// "more than", "over", "at least", "upwards of".
    case atLeast
    /// "less than", "fewer than", "under", "up to", "at most".
    case atMost
}

/// A number, quantity, percentage, amount of money or ordinal found in a token sequence.
public struct NumericMention: Sendable, Hashable {
    /// Token range covered, including a hedge ("more than") and the unit ("square kilometres").
    public var tokens: Range<Int>
    /// Which OntoNotes type this is.
    public var kind: NumericKind
    /// The value: 1200 for "1,200", 5e9 for "$5bn", 4 for "fourth"; `nil` when the text gives none
    /// ("several kilometres", "dozens").
    public var value: Double?
    /// Normalized unit: "km", "km2", "mi", "t", "percent", an ISO 4217 code ("USD") for money; `nil` for
    /// plain cardinals and ordinals. Units are kept as written (miles stay "mi"), never converted.
    public var unit: String?
    /// The hedge in front of the number, if any.
    public var modifier: NumericModifier?

    public init(tokens: Range<Int>, kind: NumericKind, value: Double?, unit: String? = nil,
                modifier: NumericModifier? = nil) {
        self.tokens = tokens
        self.kind = kind
        self.value = value
        self.unit = unit
        self.modifier = modifier
    }
}
