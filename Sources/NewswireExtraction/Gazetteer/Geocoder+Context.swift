/// What the words around a place name say about its kind.
enum PlaceCue: Sendable, Hashable {
    case none
    /// "the Kherson region", "Kherson Oblast", "the region of Kherson".
    case region
    /// "Kherson city", "the city of Kherson".
    case settlement
}

/// An admin-1 region's identity: country code and GeoNames admin-1 code.
struct Admin1Key: Hashable, Sendable {
    var country: String
    var code: String

    init(_ place: Place) {
        country = place.countryCode
        code = place.admin1Code
    }
}

/// What the article as a whole says about where it is: its countries and admin-1 regions.
struct GeoContext: Sendable {
    var countries: Set<String>
    var admin1: Set<Admin1Key> = []

    init(countries: Set<String>) {
        self.countries = countries
    }

    /// Learns from one mention's candidates (indices into `places`): a country mentioned by name, a
    /// cued region, or a place whose candidates all lie in one country.
    mutating func observe(_ candidates: [Int], in places: [Place], cue: PlaceCue) {
        guard let first = candidates.first else { return }
        if let country = candidates.first(where: { places[$0].feature == .country }) {
            countries.insert(places[country].countryCode)
            return
        }
        if cue == .region {
            var code: String?
            var single = true
            for index in candidates where places[index].feature == .admin1 {
                admin1.insert(Admin1Key(places[index]))
                if code == nil { code = places[index].countryCode } else if code != places[index].countryCode { single = false }
            }
            if single, let code { countries.insert(code) }
            return
        }
        let country = places[first].countryCode
        if candidates.allSatisfy({ places[$0].countryCode == country }) {
            countries.insert(country)
            if candidates.count == 1 { admin1.insert(Admin1Key(places[first])) }
        }
    }
}

extension Geocoder {
    /// The cue around a match and the token span of the mention (extended over a capitalized designator).
    func cue(for match: GazetteerMatch, in tokens: [Token]) -> (cue: PlaceCue, span: Range<Int>) {
        var end = match.tokens.upperBound
        // "the (Kherson) region": look past a closing bracket or quote.
        while end < tokens.count, end < match.tokens.upperBound + 2, [")", "]", "”", "\"", "’"].contains(tokens[end].text) {
            end += 1
        }
        if end < tokens.count {
            let next = tokens[end].text
            let lower = next.utf8.count <= 14 ? next.lowercasedFast() : ""
            if Self.regionWords.contains(lower) {
                let capitalized = TokenShape.isCapitalized(next) && lower != "regional"
                let extend = capitalized && end == match.tokens.upperBound
                return (.region, extend ? match.tokens.lowerBound..<(end + 1) : match.tokens)
            }
            if Self.settlementWords.contains(lower) { return (.settlement, match.tokens) }
            if lower == "and" || lower == "," || lower == "or" {
                // "the Zaporizhzhia and Kherson regions": a plural designator after a coordination.
                var k = end + 1
                while k < tokens.count && k < end + 8 {
                    let word = tokens[k].text.lowercasedFast()
                    if Self.pluralRegionWords.contains(word) { return (.region, match.tokens) }
                    if Self.pluralSettlementWords.contains(word) { return (.settlement, match.tokens) }
                    guard TokenShape.isCapitalized(tokens[k].text) || word == "and" || word == "," || word == "-" else { break }
                    k += 1
                }
            }
        }
        let start = match.tokens.lowerBound
        if start >= 2 && tokens[start - 1].text.lowercasedFast() == "of" {
            let word = tokens[start - 2].text.lowercasedFast()
            if Self.regionWords.contains(word) { return (.region, match.tokens) }
            if Self.settlementWords.contains(word) { return (.settlement, match.tokens) }
        }
        return (.none, match.tokens)
    }

    static let regionWords: WordSet = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "regional", "governorate", "krai",
        "voivodeship", "prefecture", "state",
    ]
    static let settlementWords: WordSet = ["city", "town", "village", "settlement", "port"]
    static let pluralRegionWords: WordSet = ["regions", "oblasts", "provinces", "states", "governorates"]
    static let pluralSettlementWords: WordSet = ["cities", "towns", "villages", "settlements"]
}
