import NewswireCore

/// Turns the tokenized fields of one English article into resolved entities: names from the NER model
/// typed to OntoNotes labels, places geocoded with the article's context, nationalities and products
/// from a lexicon, numbers with values and units, dates with ISO values; overlaps resolved, mentions
/// of one referent clustered, roles and salience attached, ids assigned in order of first mention.
///
/// Immutable and `Sendable`: build it once and share it between tasks.
public struct EntityExtractor: Sendable {
    /// The statistical name tagger; without one only gazetteer, lexicon, number and date mentions are found.
    public var tagger: (any NameTagger)?
    /// Date and time expressions; without one no DATE/TIME entities are found.
    public var temporal: (any TemporalTagger)?
    /// Place lookup and disambiguation; without one places get no `geo`.
    public var geocoder: Geocoder?
    /// Numbers, quantities, percentages, money and ordinals.
    public var numbers: NumberParser
    /// Lists that settle NORP, PRODUCT, EVENT and institution names.
    public var lexicon: TypeLexicon
    /// The library's named-entity lexicon (nationalities, weapon systems, programmes, platforms), consulted
    /// before `lexicon`.
    public var namedLexicon: Lexicon?
    /// Groups mentions into entities.
    public var resolver: EntityResolver

    public init(tagger: (any NameTagger)?, temporal: (any TemporalTagger)?, geocoder: Geocoder?,
                numbers: NumberParser = NumberParser(), lexicon: TypeLexicon = .standard(),
                namedLexicon: Lexicon? = nil, resolver: EntityResolver = EntityResolver()) {
        self.namedLexicon = namedLexicon
        self.tagger = tagger
        self.temporal = temporal
        self.geocoder = geocoder
        self.numbers = numbers
        self.lexicon = lexicon
        self.resolver = resolver
    }

    /// The entities of one article, given its fields (title first, then body).
    /// - Parameter publishedAt: anchors relative dates; nil leaves them without a `normalized` value.
    public func entities(in documents: [TextDocument], publishedAt: RFC3339Timestamp?) -> [EntityRecord] {
        let chosen = resolveOverlaps(candidates(in: documents, publishedAt: publishedAt))
        return resolver.entities(from: chosen, documents: documents)
    }

    /// Every typed candidate of every source, before overlap resolution.
    func candidates(in documents: [TextDocument], publishedAt: RFC3339Timestamp?) -> [MentionCandidate] {
        let names = tagger?.names(in: documents) ?? []
        let places = geocoder?.geocode(documents) ?? []
        var out: [MentionCandidate] = []
        for (d, document) in documents.enumerated() {
            let docPlaces = d < places.count ? places[d] : []
            let docNames = d < names.count ? creditAware(names[d], in: document) : []
            var placeUsed = [Bool](repeating: false, count: docPlaces.count)
            var placeAt: [Int: Int] = [:]
            for (p, place) in docPlaces.enumerated() { for t in place.tokens { placeAt[t] = p } }
            for name in docNames where name.tokens.upperBound <= document.tokens.count && !name.tokens.isEmpty {
                // "the Kharkiv and Sumy regions" tagged as one name: the places stand on their own.
                if Self.isPlaceList(name.tokens, places: docPlaces, placeAt: placeAt, in: document) { continue }
                out.append(typed(name, document: document, index: d, places: docPlaces, placeAt: placeAt, used: &placeUsed))
            }
            for (p, place) in docPlaces.enumerated() where !placeUsed[p] {
                out.append(placeCandidate(place, document: document, index: d))
            }
            if let namedLexicon {
                for m in namedLexicon.matches(in: document.tokens) {
                    guard let type = EntityType(rawValue: m.entry.label) else { continue }
                    if type == .norp, isCountryName(Self.words(document, m.tokens)) { continue }
                    out.append(MentionCandidate(document: d, tokens: m.tokens, type: type, origin: .lexicon))
                }
            }
            out.append(contentsOf: lexicon.candidates(in: document, index: d))
            out.append(contentsOf: InstitutionPhrases().candidates(in: document, index: d, lexicon: lexicon))
            out.append(contentsOf: hyphenatedPlaces(in: document, index: d))
            // Numbers and dates read the same lower-cased words: computed once per document.
            let lowerWords = LowerTokens(document.tokens)
            for n in numbers.mentions(in: lowerWords) {
                out.append(MentionCandidate(document: d, tokens: n.tokens, type: n.kind.entityType, origin: .number,
                                            value: n.value, unit: n.unit))
            }
            if let temporal {
                let found = (temporal as? DateParser)?.temporals(in: lowerWords, publishedAt: publishedAt)
                    ?? temporal.temporals(in: document, publishedAt: publishedAt)
                for t in found {
                    out.append(MentionCandidate(document: d, tokens: t.tokens, type: t.isTime ? .time : .date,
                                                origin: .temporal, normalized: t.normalized))
                }
            }
        }
        return AcronymLinker().link(spreadSettledTypes(out, documents: documents), documents: documents)
    }

    /// Keeps the strongest of overlapping candidates: model names over dates over lexicon entries over
    /// places over numbers; among equals the longer, then the earlier. Output is in text order.
    func resolveOverlaps(_ candidates: [MentionCandidate]) -> [MentionCandidate] {
        // Sort small keys, not the candidates themselves: priority, then length, then input order.
        let keys = candidates.indices.map { i in
            (priority: Self.priority(candidates[i]), length: candidates[i].tokens.count, index: i)
        }.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.length != b.length { return a.length > b.length }
            return a.index < b.index
        }
        var kept: [Int] = []
        // Which tokens are covered, per document: each candidate is checked and marked in its own length.
        var taken: [[Bool]] = []
        for key in keys {
            let c = candidates[key.index]
            if taken.count <= c.document { taken.append(contentsOf: repeatElement([], count: c.document + 1 - taken.count)) }
            if taken[c.document].count < c.tokens.upperBound {
                taken[c.document].append(contentsOf: repeatElement(false, count: c.tokens.upperBound - taken[c.document].count))
            }
            if !taken[c.document][c.tokens].contains(true) {
                for t in c.tokens { taken[c.document][t] = true }
                kept.append(key.index)
            }
        }
        // Text order; candidates that start at the same token keep the order in which they were kept.
        let order = kept.indices.sorted { a, b in
            let x = candidates[kept[a]], y = candidates[kept[b]]
            return (x.document, x.tokens.lowerBound, a) < (y.document, y.tokens.lowerBound, b)
        }
        return order.map { candidates[kept[$0]] }
    }

    /// The type the lexicons give a whole phrase, if either lists it.
    func listedType(_ text: String) -> EntityType? {
        if let entry = namedLexicon?.entry(for: text), let type = EntityType(rawValue: entry.label) { return type }
        return lexicon.type(of: text)
    }

    static func priority(_ c: MentionCandidate) -> Int {
        switch c.origin {
        case .model: Self.isFallbackType(c.type) ? 2 : 6
        case .temporal: 5
        case .lexicon: 4
        case .gazetteer: 3
        case .number: 1
        }
    }

    /// Whether `type` is one a model span receives when nothing more specific is known about a MISC name
    /// (a switch rather than a `Set`: hashing the type would hash its raw String).
    static func isFallbackType(_ type: EntityType) -> Bool {
        switch type {
        case .product, .event, .law, .workOfArt, .language: true
        default: false
        }
    }
}

extension NumericKind {
    /// The contract's entity type for this kind of number.
    var entityType: EntityType {
        switch self {
        case .cardinal: .cardinal
        case .quantity: .quantity
        case .percent: .percent
        case .money: .money
        case .ordinal: .ordinal
        }
    }
}
