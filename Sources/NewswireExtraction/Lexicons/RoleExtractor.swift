/// A person's role and affiliation as the text states it around the name.
public struct PersonRole: Sendable, Hashable {
    /// The role as written, without the article and without a nationality or possessive in front:
    /// "Deputy Prime Minister", "Kyiv regional governor", "president", "head of the presidential office".
    public var role: String?
    /// Token range of the role text.
    public var roleTokens: Range<Int>?
    /// The country or place the role belongs to: "Russia" (from "Russian"), "Ukraine" (from "Ukraine's"),
    /// "Kyiv" (from "the Kyiv regional governor").
    public var affiliation: String?
    /// ISO country code of the affiliation, when known.
    public var affiliationCountry: String?
    /// An honorific right before the name ("Mr", "Dr").
    public var honorific: String?

    public init(role: String? = nil, roleTokens: Range<Int>? = nil, affiliation: String? = nil,
                affiliationCountry: String? = nil, honorific: String? = nil) {
        self.role = role
        self.roleTokens = roleTokens
        self.affiliation = affiliation
        self.affiliationCountry = affiliationCountry
        self.honorific = honorific
    }
}

/// Extracts roles and affiliations from the words around a PERSON mention:
/// - before the name: "Russian Deputy Prime Minister Marat Khusnullin", "Ukraine's President …",
///   "Kyiv regional governor …", "Mr Yermak";
/// - in an apposition after it: "Oleksiy Kuleba, the Kyiv regional governor," and
///   "Volodymyr Zelensky, Ukraine's president";
/// - in an apposition before it: "the head of Ukraine's presidential office, Andriy Yermak".
public struct RoleExtractor: Sendable {
    public let titles: TitleLexicon
    public let lexicon: Lexicon
    public let gazetteer: Gazetteer?
    /// Country code → country name from the gazetteer (for "Russian" → "Russia").
    let countryNames: [String: String]

    public init(titles: TitleLexicon, lexicon: Lexicon, gazetteer: Gazetteer? = nil) {
        self.titles = titles
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        var names: [String: String] = [:]
        for place in gazetteer?.places ?? [] where place.feature == .country { names[place.countryCode] = place.name }
        countryNames = names
    }

    /// The role of the person whose name covers `span` in `tokens`, or `nil` if the text gives none.
    public func role(ofPersonAt span: Range<Int>, in tokens: [Token]) -> PersonRole? {
        guard !span.isEmpty, span.upperBound <= tokens.count else { return nil }
        var result = PersonRole()
        var k = span.lowerBound - 1
        if k >= 0, tokens[k].text == ".", k >= 1, titles.isHonorific(tokens[k - 1].text) { k -= 1 }
        if k >= 0, titles.isHonorific(tokens[k].text) {
            result.honorific = tokens[k].text
            k -= 1
        }
        if k >= 0, let found = premodifier(endingAt: k, in: tokens) {
            merge(found, into: &result)
        } else if span.upperBound < tokens.count, tokens[span.upperBound].text == ",",
                  let found = apposition(from: span.upperBound + 1, in: tokens) {
            merge(found, into: &result)
        } else if k >= 1, tokens[k].text == ",", let found = appositionBefore(endingAt: k - 1, in: tokens) {
            merge(found, into: &result)
        }
        return result == PersonRole() ? nil : result
    }

    private func merge(_ found: PersonRole, into result: inout PersonRole) {
        result.role = found.role
        result.roleTokens = found.roleTokens
        result.affiliation = found.affiliation
        result.affiliationCountry = found.affiliationCountry
    }

    /// "Russian Deputy Prime Minister" right before the name.
    func premodifier(endingAt end: Int, in tokens: [Token]) -> PersonRole? {
        guard let length = titles.titleLength(endingAt: end, in: tokens, lowerBound: max(0, end - 8)) else { return nil }
        var start = end - length + 1
        while start > 0, Self.roleModifiers.contains(tokens[start - 1].text.lowercased()) { start -= 1 }
        return describe(affiliationStart(before: start, in: tokens)..<(end + 1), roleStart: nil, in: tokens)
    }

    /// Where a nationality ("Russian"), possessive place ("Ukraine's") or place ("Kyiv") right before
    /// token `start` begins; `start` itself when there is none.
    func affiliationStart(before start: Int, in tokens: [Token]) -> Int {
        guard start > 0 else { return start }
        if let entry = lexicon.entry(for: tokens[start - 1].text), entry.label == "NORP" { return start - 1 }
        var end = start
        if tokens[end - 1].text.lowercased() == "s", end >= 2, ["'", "’"].contains(tokens[end - 2].text) { end -= 2 }
        else if ["'s", "’s"].contains(tokens[end - 1].text.lowercased()) { end -= 1 }
        guard let gazetteer, end > 0 else { return start }
        let from = max(0, end - 4)
        for match in gazetteer.matches(in: Array(tokens[from..<end]), sentenceStarts: [])
        where match.tokens.upperBound == end - from {
            return from + match.tokens.lowerBound
        }
        return start
    }

    /// ", the Kyiv regional governor," after the name.
    func apposition(from start: Int, in tokens: [Token]) -> PersonRole? {
        var end = start
        while end < tokens.count, end < start + 12, !Self.isBoundary(tokens[end].text),
              !Self.clauseWords.contains(tokens[end].text.lowercased()) { end += 1 }
        return describe(start..<end, roleStart: nil, in: tokens)
    }

    /// "the head of Ukraine's presidential office," before the name.
    func appositionBefore(endingAt end: Int, in tokens: [Token]) -> PersonRole? {
        var start = end
        while start > 0, start > end - 12, !Self.isBoundary(tokens[start - 1].text) { start -= 1 }
        return describe(start..<(end + 1), roleStart: nil, in: tokens)
    }

    static func isBoundary(_ text: String) -> Bool { boundaries.contains(text) }

    static let boundaries: WordSet = [",", ".", ";", ":", "(", ")", "\"", "“", "”", "!", "?", "—", "–"]
    static let clauseWords: WordSet = ["who", "which", "said", "says", "told", "added", "wrote", "and", "but"]
    static let roleModifiers: WordSet = [
        "regional", "acting", "former", "interim", "deputy", "first", "senior", "top", "chief", "then", "newly",
        "appointed", "russian-installed", "kremlin-installed", "self-proclaimed",
    ]
}
