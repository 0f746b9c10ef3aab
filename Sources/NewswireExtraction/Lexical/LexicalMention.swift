/// One mention found by the lexical components, with the OntoNotes label they give it and the
/// details of whichever component found it.
public struct LexicalMention: Sendable, Hashable {
    /// Token range in the field's tokens.
    public var tokens: Range<Int>
    /// OntoNotes label: GPE, LOC, FAC, NORP, ORG, PRODUCT, EVENT, DATE, TIME, CARDINAL, QUANTITY,
    /// PERCENT, MONEY, ORDINAL.
    public var label: String
    /// The resolved GeoNames record, for places.
    public var place: Place?
    /// The lexicon entry, for NORP/ORG/PRODUCT/EVENT.
    public var entry: LexiconEntry?
    /// Value and unit, for numeric types.
    public var numeric: NumericMention?
    /// ISO value and modifiers, for DATE/TIME.
    public var temporal: TemporalMention?

    public init(tokens: Range<Int>, label: String, place: Place? = nil, entry: LexiconEntry? = nil,
                numeric: NumericMention? = nil, temporal: TemporalMention? = nil) {
        self.tokens = tokens
        self.label = label
        self.place = place
        self.entry = entry
        self.numeric = numeric
        self.temporal = temporal
    }
}
