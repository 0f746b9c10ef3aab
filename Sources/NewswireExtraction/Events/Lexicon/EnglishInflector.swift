import NewswireCore
/// Generates the inflected forms of English verbs and nouns, for regular words and a listed set of irregular ones.
///
/// Used at load time to expand trigger lemmas into every surface form, so matching is a dictionary lookup.
public struct EnglishInflector: Sendable {
    /// Irregular verbs: lemma → past, past participle.
    private static let irregularVerbs: [String: (String, String)] = [
        "strike": ("struck", "struck"), "flee": ("fled", "fled"), "meet": ("met", "met"),
        "fight": ("fought", "fought"), "take": ("took", "taken"), "withdraw": ("withdrew", "withdrawn"),
        "send": ("sent", "sent"), "give": ("gave", "given"), "shoot": ("shot", "shot"), "hit": ("hit", "hit"),
        "overrun": ("overran", "overrun"), "retake": ("retook", "retaken"), "build": ("built", "built"),
        "go": ("went", "gone"), "set": ("set", "set"), "cut": ("cut", "cut"), "seek": ("sought", "sought"),
        "bring": ("brought", "brought"), "hold": ("held", "held"), "lead": ("led", "led"),
        "break": ("broke", "broken"), "blow": ("blew", "blown"), "beef": ("beefed", "beefed"),
        "call": ("called", "called"), "pull": ("pulled", "pulled"), "round": ("rounded", "rounded"),
        "forbid": ("forbade", "forbidden"), "undertake": ("undertook", "undertaken"), "begin": ("began", "begun"),
    ]
    /// Verbs whose final consonant doubles although they have more than one syllable, or that the
    /// one-syllable rule would miss.
    private static let doubling: WordSet = ["kidnap", "patrol", "control", "compel", "rebel", "equip", "ship", "plan",
                                                "ban", "stop", "drop", "bar", "trap", "grab", "stab", "rob"]
    /// Nouns with irregular plurals.
    private static let irregularNouns: [String: String] = ["man": "men", "woman": "women", "child": "children",
                                                           "person": "people", "crisis": "crises"]

    public init() {}

    /// All forms of a verb: base, third person singular, past, past participle, present participle.
    public func verbForms(_ lemma: String) -> [String] {
        let third = thirdPerson(lemma)
        let (past, participle) = Self.irregularVerbs[lemma] ?? (regularPast(lemma), regularPast(lemma))
        return unique([lemma, third, past, participle, presentParticiple(lemma)])
    }

    /// Singular and plural of a noun.
    public func nounForms(_ lemma: String) -> [String] {
        unique([lemma, Self.irregularNouns[lemma] ?? plural(lemma)])
    }

    /// The present participle ("-ing" form) of a verb.
    public func presentParticiple(_ v: String) -> String {
        if v.hasSuffix("ie") { return String(v.dropLast(2)) + "ying" }
        if v.hasSuffix("ee") || v.hasSuffix("ye") || v.hasSuffix("oe") { return v + "ing" }
        if v.hasSuffix("e") && v.count > 2 { return String(v.dropLast()) + "ing" }
        if doubles(v) { return v + String(v.last!) + "ing" }
        return v + "ing"
    }

    private func thirdPerson(_ v: String) -> String { plural(v) }

    private func plural(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
            return w + "es"
        }
        if w.hasSuffix("y"), w.count > 1, !isVowel(w[w.index(before: w.index(before: w.endIndex))]) {
            return String(w.dropLast()) + "ies"
        }
        return w + "s"
    }

    private func regularPast(_ v: String) -> String {
        if v.hasSuffix("e") { return v + "d" }
        if v.hasSuffix("y"), v.count > 1, !isVowel(v[v.index(before: v.index(before: v.endIndex))]) {
            return String(v.dropLast()) + "ied"
        }
        if doubles(v) { return v + String(v.last!) + "ed" }
        return v + "ed"
    }

    /// Consonant-vowel-consonant one-syllable verbs (and listed longer ones) double their last letter.
    private func doubles(_ v: String) -> Bool {
        if Self.doubling.contains(v) { return true }
        let chars = Array(v)
        guard chars.count >= 3, chars.count <= 4 else { return false }
        let vowelGroups = chars.enumerated().filter { i, c in isVowel(c) && (i == 0 || !isVowel(chars[i - 1])) }.count
        guard vowelGroups == 1 else { return false }
        let last = chars[chars.count - 1], mid = chars[chars.count - 2], first = chars[chars.count - 3]
        return !isVowel(last) && !"wxy".contains(last) && isVowel(mid) && !isVowel(first)
    }

    private func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    private func unique(_ forms: [String]) -> [String] {
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}
