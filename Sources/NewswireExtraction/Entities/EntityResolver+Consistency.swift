import NewswireCore

extension EntityResolver {
    /// One type per name within an article: a model ORG or MISC-derived mention whose words are a
    /// person's full name elsewhere in the article, or that person's surname, becomes a PERSON
    /// ("Vladimir Putin’s troops" tagged ORG beside "Vladimir Putin" tagged PER).
    func consistentTypes(_ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var fullNames: Set<String> = []
        var surnames: Set<String> = []
        for m in mentions where m.candidate.type == .person {
            let words = Self.personWords(m)
            guard words.count >= 2 else { continue }
            fullNames.insert(words.joined(separator: " ").lowercased())
            surnames.insert(words[words.count - 1].lowercased())
        }
        guard !fullNames.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.candidate.origin == .model, m.candidate.place == nil,
                  m.candidate.type == .org || EntityExtractor.isFallbackType(m.candidate.type) else { return m }
            let key = m.words.joined(separator: " ").lowercased()
            guard fullNames.contains(key) || (m.words.count == 1 && surnames.contains(key)) else { return m }
            var fixed = m
            fixed.candidate.type = .person
            return fixed
        }
    }
}
