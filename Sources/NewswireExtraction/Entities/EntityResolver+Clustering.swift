import NewswireCore

extension EntityResolver {
    /// Groups mention indices into entities, ordered by first mention; members in text order.
    func cluster(_ mentions: [ResolvedMention]) -> [[Int]] {
        var groups: [[Int]] = []
        var byKey: [String: Int] = [:]
        // Full personal names first, so a later "Mr Yermak" and an earlier lone "Yermak" both find them.
        var surnames: [String: Int] = [:]
        var personGroup = [Int?](repeating: nil, count: mentions.count)
        let people = mentions.indices.filter { mentions[$0].candidate.type == .person }
        // Each person's words computed once (the sort would otherwise recompute them per comparison).
        var personWords: [Int: [String]] = [:]
        for i in people { personWords[i] = Self.personWords(mentions[i]) }
        for i in people.sorted(by: { personWords[$0]!.count > personWords[$1]!.count }) {
            let words = personWords[i]!
            guard !words.isEmpty else { continue }
            let key = "PERSON|" + words.joined(separator: " ").lowercasedFast()
            if let g = byKey[key] { personGroup[i] = g; continue }
            if words.count == 1, let g = surnames[words[0].lowercasedFast()] {
                personGroup[i] = g
                continue
            }
            groups.append([])
            let g = groups.count - 1
            byKey[key] = g
            personGroup[i] = g
            if words.count > 1 {
                let surname = words[words.count - 1].lowercasedFast()
                if surnames[surname] == nil { surnames[surname] = g }
            }
        }
        for (i, m) in mentions.enumerated() {
            if let g = personGroup[i] { groups[g].append(i); continue }
            if m.candidate.type == .person { groups.append([i]); continue }
            if let key = Self.key(m, index: i) {
                if let g = byKey[key] { groups[g].append(i); continue }
                if let acronym = Self.acronymKey(m), let g = byKey[acronym] { groups[g].append(i); byKey[key] = g; continue }
                groups.append([i])
                byKey[key] = groups.count - 1
                if let expansion = Self.expansionKey(m) { byKey[expansion] = groups.count - 1 }
            } else {
                groups.append([i])
            }
        }
        return groups.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The clustering key of a non-person mention; distinct for every number.
    static func key(_ m: ResolvedMention, index: Int) -> String? {
        let c = m.candidate
        switch c.type {
        case .cardinal, .quantity, .percent, .money, .ordinal: return nil
        default: break
        }
        let text = m.words.joined(separator: " ").lowercasedFast()
        switch c.type {
        case .cardinal, .quantity, .percent, .money, .ordinal:
            return nil
        case .date, .time:
            return "\(c.type.rawValue)|\(c.normalized ?? "?")|\(text)"
        case .norp:
            return "NORP|" + singular(text)
        case .org:
            return "ORG|" + Self.stripArticle(text)
        default:
            if let p = c.place { return "GEO|\(p.geonameid)" }
            return "\(c.type.rawValue)|" + Self.stripArticle(text)
        }
    }

    /// For a short all-capitals or capitalized single-word organisation ("NATO", "Nato"), the key of the
    /// full name its letters abbreviate.
    static func acronymKey(_ m: ResolvedMention) -> String? {
        guard m.candidate.type == .org, m.words.count == 1 else { return nil }
        let w = m.words[0]
        guard (2...6).contains(w.count), w.allSatisfy({ $0.isLetter }) else { return nil }
        return "ACRONYM|" + w.lowercasedFast()
    }

    /// For a multi-word organisation name, the acronym key of its capitalized words' initials.
    static func expansionKey(_ m: ResolvedMention) -> String? {
        guard m.candidate.type == .org, m.words.count >= 2 else { return nil }
        let initials = m.words.compactMap { w -> Character? in
            guard let f = w.first, f.isUppercase else { return nil }
            return f
        }
        guard initials.count >= 2 else { return nil }
        return "ACRONYM|" + String(initials).lowercased()
    }

    /// A person mention's name words, without courtesy titles and possessives.
    static func personWords(_ m: ResolvedMention) -> [String] {
        m.words.filter { !courtesyTitles.contains($0.lowercasedFast()) && $0 != "'s" && $0 != "’s" }
    }

    static let courtesyTitles: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "lord", "lady"]

    static func singular(_ s: String) -> String {
        s.hasSuffix("s") && !s.hasSuffix("ss") && s.count > 4 ? String(s.dropLast()) : s
    }

    static func stripArticle(_ s: String) -> String {
        s.hasPrefix("the ") ? String(s.dropFirst(4)) : s
    }
}
