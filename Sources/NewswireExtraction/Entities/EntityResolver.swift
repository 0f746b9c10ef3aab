import NewswireCore

/// Groups the mentions of one article into entities: one entity per referent, with the most complete
/// form as its name, roles and affiliations from titles and appositions, a salience score, and ids
/// `e1`, `e2`… in order of first mention (title before body).
///
/// Rules: places are one entity per GeoNames record; a person's surname alone, or with a courtesy
/// title ("Mr Yermak"), joins the full name that shares it; organisations match by name or acronym
/// ("Nato" and "North Atlantic Treaty Organization"); nationalities by singular form; dates by value
/// and text; every number is an entity of its own.
public struct EntityResolver: Sendable {
    /// Weights of the salience score: mention share, earliness of the first mention, headline presence.
    public var salienceWeights: (mentions: Double, position: Double, headline: Double)

    public init(salienceWeights: (mentions: Double, position: Double, headline: Double) = (0.5, 0.3, 0.2)) {
        self.salienceWeights = salienceWeights
    }

    /// Entities from overlap-free candidates in text order.
    public func entities(from candidates: [MentionCandidate], documents: [TextDocument]) -> [EntityRecord] {
        let mentions = consistentTypes(candidates.compactMap { ResolvedMention($0, documents: documents) })
        let groups = cluster(mentions)
        var records: [EntityRecord] = []
        let sentenceTotal = max(1, documents.reduce(0) { $0 + $1.sentences.count })
        let maxCount = groups.map(\.count).max() ?? 1
        for (n, group) in groups.enumerated() {
            let members = group.map { mentions[$0] }
            let first = members[0]
            var record = EntityRecord(id: "e\(n + 1)", type: first.candidate.type, name: Self.name(of: members),
                                      mentions: members.map(\.record))
            record.geo = members.lazy.compactMap(\.candidate.place).first.map(Self.geo)
            record.value = first.candidate.value
            record.unit = first.candidate.unit
            record.normalized = first.candidate.normalized
            record.salience = salience(members, maxCount: maxCount, sentenceTotal: sentenceTotal, documents: documents)
            if record.type == .person {
                let attributes = EntityAttributes.attributes(of: members, documents: documents)
                record.attributes = attributes
            }
            records.append(record)
        }
        return records
    }

    /// Document-level salience in 0...1 from how often, how early and whether in the headline the entity is named.
    func salience(_ members: [ResolvedMention], maxCount: Int, sentenceTotal: Int, documents: [TextDocument]) -> Double {
        let w = salienceWeights
        let share = Double(members.count) / Double(max(1, maxCount))
        let first = members.map(\.globalSentence).min() ?? 0
        let position = 1 - Double(first) / Double(sentenceTotal)
        let headline = members.contains { $0.inHeadline } ? 1.0 : 0.0
        var score = w.mentions * share + w.position * position + w.headline * headline
        if !Self.namedTypes.contains(members[0].candidate.type) { score *= 0.5 }
        return min(1, max(0, score))
    }

    /// Types that name a referent (as opposed to numbers and dates).
    static let namedTypes: Set<EntityType> = [.person, .norp, .fac, .org, .gpe, .loc, .product, .event,
                                              .workOfArt, .law, .language]

    /// The most complete form: the mention with the most words (possessive already excluded), first on ties.
    static func name(of members: [ResolvedMention]) -> String {
        var best = 0
        for k in members.indices.dropFirst() where members[k].words.count > members[best].words.count { best = k }
        if members[best].candidate.type == .norp, members[best].words.count == 1, members.count > 1,
           let singular = members.first(where: { !$0.record.text.hasSuffix("s") }) {
            return singular.record.text
        }
        return members[best].record.text
    }

    static func geo(_ p: Place) -> GeoRecord {
        GeoRecord(geonameid: p.geonameid, name: p.name, countryCode: p.countryCode, admin1: p.admin1,
                  lat: p.latitude, lon: p.longitude, feature: p.feature.rawValue)
    }
}
