// PROVISIONAL: mirrors the entity part of the `contract` branch's NewswireCore types (records.md v1)
// until that branch lands; delete this file when NewswireCore provides `EntityRecord`.

/// OntoNotes entity label.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON", norp = "NORP", fac = "FAC", org = "ORG", gpe = "GPE", loc = "LOC"
    case product = "PRODUCT", event = "EVENT", workOfArt = "WORK_OF_ART", law = "LAW", language = "LANGUAGE"
    case date = "DATE", time = "TIME", percent = "PERCENT", money = "MONEY", quantity = "QUANTITY"
    case ordinal = "ORDINAL", cardinal = "CARDINAL"
}

/// One place in the text where an entity is mentioned.
public struct MentionRecord: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    public var field: TextField

    public init(text: String, start: Int, end: Int, sentence: Int, field: TextField = .body) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.field = field
    }
}

/// A place resolved against the gazetteer.
public struct GeoRecord: Sendable, Hashable, Codable {
    public var geonameid: Int?
    public var name: String
    public var countryCode: String?
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    /// Kind of place: "country", "admin1", "city", "village", "facility", …
    public var feature: String?

    public init(geonameid: Int? = nil, name: String, countryCode: String? = nil, admin1: String? = nil,
                lat: Double? = nil, lon: Double? = nil, feature: String? = nil) {
        self.geonameid = geonameid
        self.name = name
        self.countryCode = countryCode
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.feature = feature
    }
}

/// A resolved entity with all its mentions.
public struct EntityRecord: Sendable, Hashable, Codable {
    public var id: String
    public var type: EntityType
    public var name: String
    public var mentions: [MentionRecord]
    public var geo: GeoRecord?
    public var value: Double?
    public var unit: String?
    public var normalized: String?
    public var attributes: [String: String]

    public init(id: String, type: EntityType, name: String, mentions: [MentionRecord], geo: GeoRecord? = nil,
                value: Double? = nil, unit: String? = nil, normalized: String? = nil, attributes: [String: String] = [:]) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.geo = geo
        self.value = value
        self.unit = unit
        self.normalized = normalized
        self.attributes = attributes
    }
}
