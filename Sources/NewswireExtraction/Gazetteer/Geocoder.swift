import Foundation

/// A place mention resolved to one gazetteer record.
public struct GeocodedPlace: Sendable, Hashable {
    /// Token range of the mention, including a capitalized designator that belongs to the name
    /// ("Kherson Oblast", "Kyiv Region"); a lowercase cue ("the Kherson region") stays outside.
    public var tokens: Range<Int>
    /// The chosen record.
    public var place: Place
    /// How many records share the spelling (1 means unambiguous).
    public var candidateCount: Int

    public init(tokens: Range<Int>, place: Place, candidateCount: Int) {
        self.tokens = tokens
        self.place = place
        self.candidateCount = candidateCount
    }
}

/// Resolves gazetteer matches to single GeoNames records using the article's context.
///
/// Rules, in order:
/// 1. A region cue picks the admin-1 region: "Kherson Oblast", "the Kherson region", "Kyiv regional
///    governor", "the region of Kherson", "Kherson province".
/// 2. A settlement cue picks a populated place: "Kherson city", "the city of Kherson", "the town of …".
/// 3. Otherwise a country wins, then a continent; then a populated place, unless an admin-1 region of that name is more
///    than twenty times as populous ("California" the state, not the small town).
/// 4. Among the rest, places in a country the article is about (countries named in the article, the
///    countries of unambiguous or cued places, and any `articleCountries` hint) get a bonus worth a
///    factor of about 30 in population, places in an admin-1 region the article names a factor of 10;
///    then the larger population wins.
public struct Geocoder: Sendable {
    /// The gazetteer the matches come from.
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Finds and resolves the places of all fields of one article (for example title and body), with
    /// one shared context. Returns one array per document, in order.
    public func geocode(_ documents: [TextDocument], articleCountries: Set<String> = []) -> [[GeocodedPlace]] {
        let fields = documents.map { document in
            (tokens: document.tokens, matches: gazetteer.matches(in: document))
        }
        return geocode(fields, articleCountries: articleCountries)
    }

    /// Resolves precomputed matches over token arrays (one entry per field) with one shared context.
    public func geocode(_ fields: [(tokens: [Token], matches: [GazetteerMatch])],
                        articleCountries: Set<String> = []) -> [[GeocodedPlace]] {
        let cued = fields.map { field in field.matches.map { cue(for: $0, in: field.tokens) } }
        var context = GeoContext(countries: articleCountries)
        for (f, field) in fields.enumerated() {
            for (m, match) in field.matches.enumerated() {
                context.observe(match.candidates, in: gazetteer.places, cue: cued[f][m].cue)
            }
        }
        let chosen = fields.enumerated().map { f, field in
            field.matches.enumerated().map { m, match in choose(match.candidates, cue: cued[f][m].cue, context: context) }
        }
        // A record contradicted once is wrong for every mention of the name in the article.
        var contradicted = Set<Int>()
        for (f, field) in fields.enumerated() {
            // Region-cued matches by position (matches come in text order), so each village looks at its window only.
            let regions = field.matches.indices.filter { cued[f][$0].cue == .region }
            guard !regions.isEmpty else { continue }
            for (m, match) in field.matches.enumerated() {
                if let best = chosen[f][m], gazetteer.places[best].feature == .village,
                   contradictsNearbyRegion(best, at: match.tokens, in: field, regions: regions, chosen: chosen[f]) {
                    contradicted.insert(best)
                }
            }
        }
        return fields.enumerated().map { f, field in
            field.matches.enumerated().compactMap { m, match -> GeocodedPlace? in
                guard let best = chosen[f][m], !contradicted.contains(best) else { return nil }
                return GeocodedPlace(tokens: cued[f][m].span, place: gazetteer.places[best], candidateCount: match.candidates.count)
            }
        }
    }

    /// "Lisne, east of Kupiansk in the Kharkiv region": a village record that lies in another admin-1 region of
    /// the same country than a region named within a few words of it in the sentence is some other village of that
    /// name (the gazetteer lists villages down to about 1,000 people); no record is better than a wrong one.
    /// `regions`: indices of the field's region-cued matches, in text order.
    func contradictsNearbyRegion(_ best: Int, at tokens: Range<Int>, in field: (tokens: [Token], matches: [GazetteerMatch]),
                                 regions: [Int], chosen: [Int?]) -> Bool {
        let village = gazetteer.places[best]
        var sameRegionNamed = false, otherRegionNamed = false
        // First region match that may lie in the window (binary search on its start).
        var lo = 0, hi = regions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if field.matches[regions[mid]].tokens.lowerBound < tokens.lowerBound - Self.regionWindow { lo = mid + 1 } else { hi = mid }
        }
        for k in regions[lo...] {
            let match = field.matches[k]
            if match.tokens.lowerBound > tokens.lowerBound + Self.regionWindow { break }
            guard let region = chosen[k] else { continue }
            // Within the sentence: no full stop between the two names.
            let from = min(match.tokens.upperBound, tokens.upperBound), to = max(match.tokens.lowerBound, tokens.lowerBound)
            if from < to, field.tokens[from..<to].contains(where: { [".", "!", "?"].contains($0.text) }) { continue }
            let place = gazetteer.places[region]
            guard place.feature == .admin1, place.countryCode == village.countryCode else { continue }
            if place.admin1Code == village.admin1Code { sameRegionNamed = true } else { otherRegionNamed = true }
        }
        return otherRegionNamed && !sameRegionNamed
    }

    /// How many tokens apart (in one sentence) a village and the region that places it may stand.
    static let regionWindow = 15

    /// Picks the best candidate index for a mention.
    func choose(_ candidates: [Int], cue: PlaceCue, context: GeoContext) -> Int? {
        var best: Int?
        var bestScore = -Double.infinity
        var maxAdmin1 = 0
        for index in candidates where gazetteer.places[index].feature == .admin1 {
            maxAdmin1 = max(maxAdmin1, gazetteer.places[index].population)
        }
        for index in candidates {
            let place = gazetteer.places[index]
            var score = log10(Double(max(place.population, 1)))
            switch (cue, place.feature) {
            case (.region, .admin1), (.settlement, .city), (.settlement, .town), (.settlement, .village):
                score += 1000
            case (_, .country):
                score += 500
            case (_, .continent):
                score += 400
            case (_, let feature) where feature.isPopulated:
                score += Double(place.population) * 20 >= Double(maxAdmin1) ? 100 : 0
            case (_, .admin1):
                score += 50
            default:
                break
            }
            if context.countries.contains(place.countryCode) { score += 1.5 }
            if !context.admin1.isEmpty, place.feature != .admin1, context.admin1.contains(Admin1Key(place)) {
                score += 1.0
            }
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        return best
    }
}
