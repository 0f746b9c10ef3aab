/// A direct quotation and who said it (`"quotations": [{…}]`).
public struct QuotationRecord: Sendable, Hashable, Codable {
    /// Id of the speaker's `EntityRecord`, when the speaker is one.
    public var speaker: String?
    /// The speaker as named in the text, when known ("the ministry", "a spokeswoman").
    public var speakerName: String?
    /// The quoted words, without the quotation marks: `field[start..<end]` in Unicode scalars.
    public var text: String
    /// Offset of the quotation's first scalar in `field`.
    public var start: Int
    /// Offset one past its last scalar.
    public var end: Int
    /// The field the offsets refer to.
    public var field: TextField
    /// The reporting verb ("said", "wrote", "told").
    public var verb: String?

    /// Creates a quotation record.
    public init(
        speaker: String? = nil, speakerName: String? = nil, text: String, start: Int, end: Int,
        field: TextField = .body, verb: String? = nil
    ) {
        self.speaker = speaker
        self.speakerName = speakerName
        self.text = text
        self.start = start
        self.end = end
        self.field = field
        self.verb = verb
    }

    enum CodingKeys: String, CodingKey {
        case speaker, text, start, end, field, verb
        case speakerName = "speaker_name"
    }
}
