/// The OntoNotes entity labels an `EntityRecord` can carry.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    /// Nationalities, religious or political groups.
    case norp = "NORP"
    /// Facilities: buildings, airports, bridges, power plants.
    case fac = "FAC"
    case org = "ORG"
    /// Countries, cities, states: places with a government.
    case gpe = "GPE"
    /// Other locations: rivers, mountain ranges, regions.
    case loc = "LOC"
    case product = "PRODUCT"
    /// Named events (wars, storms, summits).
    case event = "EVENT"
    case workOfArt = "WORK_OF_ART"
    case law = "LAW"
    case language = "LANGUAGE"
    case date = "DATE"
    case time = "TIME"
    case percent = "PERCENT"
    case money = "MONEY"
    case quantity = "QUANTITY"
    case ordinal = "ORDINAL"
    case cardinal = "CARDINAL"
}
