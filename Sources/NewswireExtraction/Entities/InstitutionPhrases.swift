import NewswireCore

/// Lowercase names of state institutions owned by a named country: "Russia's defence ministry",
/// "Ukraine's southern command", "the Russian foreign ministry". The owner stays a mention of its own;
/// the institution phrase ("defence ministry") becomes an ORG.
struct InstitutionPhrases: Sendable {
    /// The phrases of one document as ORG candidates.
    func candidates(in document: TextDocument, index: Int, lexicon: TypeLexicon) -> [MentionCandidate] {
        let tokens = document.tokens
        // Head nouns are rare: find them once, and look for owners only in the four tokens before one.
        let isHead = tokens.map { Self.heads.contains($0.text) }
        var out: [MentionCandidate] = []
        var i = 0
        while i < tokens.count {
            guard isHead[(i + 1)..<min(tokens.count, i + 5)].contains(true),
                  let start = ownerEnd(at: i, tokens: tokens, isHead: isHead, lexicon: lexicon) else { i += 1; continue }
            var j = start
            while j < tokens.count, j - start < 3, Self.modifiers.contains(tokens[j].text) { j += 1 }
            // A pronoun or article owns an institution only with a modifier ("its defence ministry", not "its
            // police") and, for "the", a seat named after it ("the defence ministry in Berlin").
            let weakOwner = Self.pronounOwners.contains(tokens[i].text) || tokens[i].text.lowercased() == "the"
            if weakOwner, j == start || (tokens[i].text.lowercased() == "the" && !Self.seatFollows(j + 1, tokens)) {
                i += 1
                continue
            }
            if j < tokens.count, isHead[j] {
                out.append(MentionCandidate(document: index, tokens: start..<(j + 1), type: .org, origin: .lexicon))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// When token `i` begins an owner ("Russia 's", "Russian"), the index just after it.
    private func ownerEnd(at i: Int, tokens: [Token], isHead: [Bool], lexicon: TypeLexicon) -> Int? {
        let t = tokens[i].text
        if Self.pronounOwners.contains(t) || t == "the" || t == "The" { return i + 1 }
        guard TypeLexicon.isCapitalized(t) else { return nil }
        // Cheap test first: an institution word must follow within three tokens.
        guard isHead[(i + 1)..<min(tokens.count, i + 4)].contains(true) else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].text == "'s" || tokens[i + 1].text == "’s" { return i + 2 }
        if lexicon.type(of: t) == .norp, !t.hasSuffix("s") || t.hasSuffix("sh") { return i + 1 }
        return nil
    }

    /// Possessive pronouns that refer back to a named owner: "Its defence ministry said".
    static let pronounOwners: WordSet = ["its", "Its", "their", "Their"]

    /// Whether "in <Capitalized>" starts at `k`: the seat that names the owner ("the defence ministry in Berlin").
    static func seatFollows(_ k: Int, _ tokens: [Token]) -> Bool {
        k + 1 < tokens.count && tokens[k].text == "in" && TypeLexicon.isCapitalized(tokens[k + 1].text)
    }

    /// Lowercase words that may stand before the head ("defence", "southern", "general").
    static let modifiers: WordSet = [
        "defence", "defense", "foreign", "interior", "justice", "finance", "health", "emergencies", "emergency",
        "southern", "northern", "eastern", "western", "central", "operational", "general", "military", "armed",
        "national", "state", "border", "security", "presidential", "air", "naval", "special", "high",
    ]

    /// Head nouns of institution names.
    static let heads: WordSet = [
        "ministry", "command", "staff", "intelligence", "agency", "council", "guard", "police", "navy",
        "parliament", "service", "prosecutor's", "commission",
    ]
}
