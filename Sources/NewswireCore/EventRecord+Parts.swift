/// A CAMEO coding: the most specific code the evidence supports, its root and Goldstein score.
public struct CameoCoding: Sendable, Hashable, Codable {
    /// 2 to 4 digits, for example `0841`.
    public var code: String
    /// The first two digits of `code`, `01`...`20`.
    public var root: String
    /// CAMEO's label for `code`.
    public var label: String
    /// Goldstein score of `code`, -10...10, written with 1 decimal.
    public var goldstein: Double

    /// Creates a coding; `root` defaults to the first two digits of `code`.
    public init(code: String, root: String? = nil, label: String, goldstein: Double) {
        self.code = code
        self.root = root ?? String(code.prefix(2))
        self.label = label
        self.goldstein = goldstein
    }

    enum CodingKeys: String, CodingKey { case code, root, label, goldstein }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(root, forKey: .root)
        try c.encode(label, forKey: .label)
        try c.encode(Rounding.round(goldstein, Rounding.goldstein), forKey: .goldstein)
    }
}

/// An ACLED coding: event type and sub-event type, with ACLED's own spelling.
public struct ACLEDCoding: Sendable, Hashable, Codable {
    /// For example `Explosions/Remote violence`.
    public var eventType: String
    /// For example `Shelling/artillery/missile attack`.
    public var subEventType: String

    /// Creates an ACLED coding.
    public init(eventType: String, subEventType: String) {
        self.eventType = eventType
        self.subEventType = subEventType
    }

    enum CodingKeys: String, CodingKey {
        case eventType = "event_type"
        case subEventType = "sub_event_type"
    }
}

/// A piece of text with its Unicode-scalar offsets into `field`.
public struct TextSpan: Sendable, Hashable, Codable {
    /// The text exactly as in the field.
    public var text: String
    /// Offset of the first scalar in `field`.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// The field the offsets refer to.
    public var field: TextField

    /// Creates a span.
    public init(text: String, start: Int, end: Int, field: TextField = .body) {
        self.text = text
        self.start = start
        self.end = end
        self.field = field
    }
}

/// A participant or place of an event: the entity it refers to, when there is one, and its name as
/// the event states it (`{"entity": "e3", "name": "Russia"}` or `{"name": "20 soldiers"}`).
public struct EventArgument: Sendable, Hashable, Codable {
    /// Id of an `EntityRecord` of the same record.
    public var entity: String?
    /// The participant or place as the event states it.
    public var name: String

    /// Creates an argument.
    public init(entity: String? = nil, name: String) {
        self.entity = entity
        self.name = name
    }
}

/// When an event happened, as stated and, when resolvable, as an ISO 8601 date.
public struct EventTime: Sendable, Hashable, Codable {
    /// The time expression as written ("on Thursday").
    public var text: String
    /// ISO 8601 date or date-time, resolved against `published_at` when relative.
    public var normalized: String?

    /// Creates an event time.
    public init(text: String, normalized: String? = nil) {
        self.text = text
        self.normalized = normalized
    }
}

/// A counted outcome of an event (`{"value": 20, "unit": "soldiers", "category": "released"}`).
public struct EventCount: Sendable, Hashable, Codable {
    /// How many.
    public var value: Double
    /// What is counted: people, soldiers, tanks, km2…
    public var unit: String
    /// What happened to them: killed, injured, captured, displaced, released, destroyed, area…
    public var category: String

    /// Creates a count.
    public init(value: Double, unit: String, category: String) {
        self.value = value
        self.unit = unit
        self.category = category
    }

    enum CodingKeys: String, CodingKey { case value, unit, category }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Rounding.round(value, Rounding.value), forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(category, forKey: .category)
    }
}

/// Who the text says an event comes from ("said the ministry", "according to …").
public struct Attribution: Sendable, Hashable, Codable {
    /// The source as named in the text.
    public var source: String
    /// Id of the source's `EntityRecord`, when it is one.
    public var entity: String?

    /// Creates an attribution.
    public init(source: String, entity: String? = nil) {
        self.source = source
        self.entity = entity
    }
}
