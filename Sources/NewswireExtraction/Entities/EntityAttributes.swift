import NewswireCore

/// Roles and affiliations of people, read from the words around their mentions:
/// a title in front ("Russian Deputy Prime Minister Marat Khusnullin": role "Deputy Prime Minister",
/// affiliation "Russian") or an apposition after ("Oleksiy Kuleba, the Kyiv regional governor,": role
/// "Kyiv regional governor").
enum EntityAttributes {
    /// `role` and `affiliation` for a person, from the first mention that has them.
    static func attributes(of members: [ResolvedMention], documents: [TextDocument]) -> [String: String] {
        var out: [String: String] = [:]
        for m in members where m.candidate.scalars == nil {
            let doc = documents[m.candidate.document]
            if out["role"] == nil, let (role, affiliation) = titleBefore(m.candidate.tokens, in: doc) {
                out["role"] = role
                if let affiliation, out["affiliation"] == nil { out["affiliation"] = affiliation }
            }
            if out["role"] == nil, let role = apposition(after: m.candidate.tokens, in: doc) {
                out["role"] = role
            }
        }
        return out
    }

    /// Title words directly before the name, and a capitalized affiliation word before them.
    static func titleBefore(_ span: Range<Int>, in doc: TextDocument) -> (String, String?)? {
        let sentence = doc.sentences[ResolvedMention.sentence(of: span.lowerBound, in: doc)]
        var i = span.lowerBound
        while i > sentence.tokens.lowerBound, titleWords.contains(doc.tokens[i - 1].text.lowercased()) { i -= 1 }
        guard i < span.lowerBound, headWords.contains(doc.tokens[span.lowerBound - 1].text.lowercased())
            || doc.tokens[i..<span.lowerBound].contains(where: { headWords.contains($0.text.lowercased()) })
        else { return nil }
        let role = doc.slice(doc.tokens[i].start, doc.tokens[span.lowerBound - 1].end)
        var affiliation: String?
        if i > sentence.tokens.lowerBound {
            let previous = doc.tokens[i - 1].text
            if TypeLexicon.isCapitalized(previous), previous.count > 2, !stopWords.contains(previous.lowercased()) {
                affiliation = previous
            }
        }
        return (role, affiliation)
    }

    /// ", [the|a|an] … ," after the name, when it holds a title word; at most twelve tokens.
    static func apposition(after span: Range<Int>, in doc: TextDocument) -> String? {
        var i = span.upperBound
        let tokens = doc.tokens
        guard i < tokens.count, tokens[i].text == "," else { return nil }
        i += 1
        if i < tokens.count, ["the", "a", "an"].contains(tokens[i].text.lowercased()) { i += 1 }
        let start = i
        while i < tokens.count, i - start < 12, ![",", ".", ";", ":", "\"", "“", "”", "(", ")"].contains(tokens[i].text) {
            i += 1
        }
        guard i > start, i < tokens.count, [",", "."].contains(tokens[i].text),
              tokens[start..<i].contains(where: { headWords.contains($0.text.lowercased()) }),
              !verbs.contains(tokens[start].text.lowercased())
        else { return nil }
        return doc.slice(tokens[start].start, tokens[i - 1].end)
    }

    /// Nouns that make a phrase a role.
    static let headWords: WordSet = [
        "president", "minister", "governor", "mayor", "chancellor", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "commander", "chief", "head", "leader", "aide", "adviser", "advisor", "ambassador",
        "envoy", "general", "senator", "congressman", "congresswoman", "official", "director", "chairman",
        "chairwoman", "chair", "ceo", "founder", "prosecutor", "judge", "king", "queen", "prince", "pope",
        "premier", "lieutenant", "colonel", "major", "captain", "admiral", "sergeant", "correspondent",
        "reporter", "editor", "analyst", "photographer", "mp", "lawmaker", "deputy", "speaker", "representative",
    ]

    /// Words that may stand in a title before a name.
    static let titleWords: WordSet = headWords.union([
        "prime", "vice", "foreign", "defence", "defense", "interior", "finance", "economy", "justice", "health",
        "regional", "presidential", "former", "acting", "deputy", "first", "state", "army", "military", "top",
        "senior", "chief", "general", "attorney", "home", "trade", "energy", "culture", "education", "lt",
        "gen", "col", "maj", "capt", "adm", "sgt",
    ])

    static let stopWords: WordSet = ["the", "a", "an", "and", "but", "said", "says", "by", "when", "as", "while", "former"]
    static let verbs: WordSet = ["said", "says", "told", "added", "wrote", "who", "which", "he", "she", "they"]
}
