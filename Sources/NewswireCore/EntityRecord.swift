/// One entity of an article: every mention of the same referent, gathered (`"entities": [{…}]`).
///
/// Optional members are omitted from the JSON when nil, `attributes` when empty. `salience` is written
/// with 4 decimals.
public struct EntityRecord: Sendable, Hashable, Codable {
    /// Record-local id (`e1`, `e2`…), referenced by events and quotations.
    public var id: String
    /// OntoNotes label.
    public var type: EntityType
    /// The most complete form of the name among the mentions.
    public var name: String
    /// Every mention, in text order.
    public var mentions: [MentionRecord]
    /// How central the entity is to the article, 0...1.
    public var salience: Double?
    /// Facts stated in the text, for example `role`, `title`, `country`.
    public var attributes: [String: String]
    /// Gazetteer match, for places that resolved.
    public var geo: GeoRecord?
    /// Numeric value, for numbers, money, percentages and quantities.
    public var value: Double?
    /// Normalized unit of `value`: km, km2, percent, USD, people…
    public var unit: String?
    /// ISO 8601 form of a date or time, resolved against `published_at` when relative.
    public var normalized: String?

    /// Creates an entity record.
    public init(
        id: String, type: EntityType, name: String, mentions: [MentionRecord], geo: GeoRecord? = nil,
        value: Double? = nil, unit: String? = nil, normalized: String? = nil, attributes: [String: String] = [:],
        salience: Double? = nil
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.salience = salience
        self.attributes = attributes
        self.geo = geo
        self.value = value
        self.unit = unit
        self.normalized = normalized
    }

    enum CodingKeys: String, CodingKey {
        case id, type, name, mentions, salience, attributes, geo, value, unit, normalized
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(EntityType.self, forKey: .type)
        name = try c.decode(String.self, forKey: .name)
        mentions = try c.decode([MentionRecord].self, forKey: .mentions)
        salience = try c.decodeIfPresent(Double.self, forKey: .salience)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        geo = try c.decodeIfPresent(GeoRecord.self, forKey: .geo)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        normalized = try c.decodeIfPresent(String.self, forKey: .normalized)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(name, forKey: .name)
        try c.encode(mentions, forKey: .mentions)
        try c.encodeIfPresent(salience.map { Rounding.round($0, Rounding.score) }, forKey: .salience)
        if !attributes.isEmpty { try c.encode(attributes, forKey: .attributes) }
        try c.encodeIfPresent(geo, forKey: .geo)
        try c.encodeIfPresent(value.map { Rounding.round($0, Rounding.value) }, forKey: .value)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(normalized, forKey: .normalized)
    }
}

/// One mention of an entity: its exact text and Unicode-scalar offsets into `field`.
public struct MentionRecord: Sendable, Hashable, Codable {
    /// The mention exactly as in the text: `field[start..<end]` in Unicode scalars.
    public var text: String
    /// Offset of the mention's first scalar in `field`.
    public var start: Int
    /// Offset one past its last scalar.
    public var end: Int
    /// Index of the sentence within `field` (0-based).
    public var sentence: Int
    /// The field the offsets refer to.
    public var field: TextField

    /// Creates a mention.
    public init(text: String, start: Int, end: Int, sentence: Int, field: TextField = .body) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.field = field
    }
}

/// A place resolved against the gazetteer (GeoNames).
///
/// `lat`/`lon` are written with 5 decimals.
public struct GeoRecord: Sendable, Hashable, Codable {
    /// The GeoNames id.
    public var geonameid: Int
    /// The gazetteer's name for the place.
    public var name: String
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String
    /// First-level administrative division (province, state, oblast), by name.
    public var admin1: String?
    /// Latitude in degrees, -90...90.
    public var lat: Double
    /// Longitude in degrees, -180...180.
    public var lon: Double
    /// Kind of place: country, admin1, city, town, village, region, water, …
    public var feature: String?

    /// Creates a gazetteer match.
    public init(
        geonameid: Int, name: String, countryCode: String, admin1: String? = nil, lat: Double, lon: Double,
        feature: String? = nil
    ) {
        self.geonameid = geonameid
        self.name = name
        self.countryCode = countryCode
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.feature = feature
    }

    enum CodingKeys: String, CodingKey {
        case geonameid, name, admin1, lat, lon, feature
        case countryCode = "country_code"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(geonameid, forKey: .geonameid)
        try c.encode(name, forKey: .name)
        try c.encode(countryCode, forKey: .countryCode)
        try c.encodeIfPresent(admin1, forKey: .admin1)
        try c.encode(Rounding.round(lat, Rounding.coordinate), forKey: .lat)
        try c.encode(Rounding.round(lon, Rounding.coordinate), forKey: .lon)
        try c.encodeIfPresent(feature, forKey: .feature)
    }
}
