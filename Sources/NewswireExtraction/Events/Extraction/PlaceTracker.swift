import NewswireCore
/// How specific a place is; smaller is more specific.
enum PlaceKind: Int, Sendable, Comparable {
    case facility = 0, city = 1, unknown = 2, region = 3, country = 4

    static func < (a: PlaceKind, b: PlaceKind) -> Bool { a.rawValue < b.rawValue }

    /// The kind of a place mention: from the gazetteer's feature when resolved, else from the noun after it.
    init(entity: EntityRecord, nextWord: String?) {
        self.init(entity: entity, feature: Self.ofFeature(entity), designator: WordClasses.regionDesignator(of: entity.name),
                  nextWord: nextWord)
    }

    /// The same as ``init(entity:nextWord:)``, given what depends on the entity alone (``ofFeature(_:)`` and
    /// ``WordClasses/regionDesignator(of:)`` of its name), so an article's mentions need not recompute them.
    init(entity: EntityRecord, feature: PlaceKind?, designator: String?, nextWord: String?) {
        if let feature { self = feature }
        else if designator != nil { self = .region }  // "Kerr County"
        else if let n = nextWord, WordClasses.regionNouns.contains(n) || n == "regional" { self = .region }
        else if let n = nextWord, WordClasses.cityNouns.contains(n) { self = .city }
        else if entity.type == .fac { self = .facility }
        else { self = .unknown }
    }

    /// The kind the gazetteer's feature of a resolved place gives, if it tells one.
    static func ofFeature(_ entity: EntityRecord) -> PlaceKind? {
        switch entity.geo?.feature?.lowercased() {
        case "country", "continent": .country
        case "admin1", "admin2", "region", "province", "oblast", "state": .region
        case "city", "town", "village", "capital", "settlement": .city
        case "facility", "building", "landmark": .facility
        default: nil
        }
    }
}

/// A place mentioned so far in the article, for resolving "the region", "the city", "there".
struct SeenPlace: Sendable {
    var entity: Int
    var kind: PlaceKind
    var order: Int
    var word: Int
    /// The region noun ending the place's name ("county" for "Kerr County"), if any.
    var designator: String? = nil
}

/// Remembers the places mentioned so far in reading order, so back-references resolve to the latest of their kind.
struct PlaceTracker: Sendable {
    private(set) var seen: [SeenPlace] = []

    mutating func record(_ p: SeenPlace) { seen.append(p) }

    /// The latest place matching a back-reference word, mentioned before (`order`, `word`).
    func resolve(_ reference: String, order: Int, word: Int) -> SeenPlace? {
        let isRegion = WordClasses.regionNouns.contains(reference)
        let wantsRegion = isRegion || reference == "area" || reference == "there"
        let wantsCity = WordClasses.cityNouns.contains(reference)
        var fallback: SeenPlace?
        for p in seen.reversed() where p.order < order || (p.order == order && p.word < word) {
            // "the county" is no state: a place named with another region noun is skipped.
            if isRegion, p.kind == .region, p.designator.map({ $0 == reference || $0 + "s" == reference }) ?? true { return p }
            if wantsCity, p.kind == .city || p.kind == .unknown { return p }
            if reference == "there" || reference == "area", p.kind != .country { return p }
            if fallback == nil, p.kind != .country { fallback = p }
        }
        // No place of the right kind: a region reference may still mean the latest non-country place.
        return wantsRegion ? fallback : nil
    }
}
