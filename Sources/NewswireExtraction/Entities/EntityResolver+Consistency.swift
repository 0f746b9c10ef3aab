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
        // Retyped in place (the array is copied only if one is retyped): copying each mention retains its strings.
        var out = mentions
        for i in out.indices {
            let type = out[i].candidate.type
            guard out[i].candidate.origin == .model, out[i].candidate.place == nil,
                  type == .org || EntityExtractor.isFallbackType(type) else { continue }
            let key = out[i].words.joined(separator: " ").lowercased()
            guard fullNames.contains(key) || (out[i].words.count == 1 && surnames.contains(key)) else { continue }
            out[i].candidate.type = .person
        }
        return out
    }
}
