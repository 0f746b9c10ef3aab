import NewswireCore
/// A trigger found in a sentence, before arguments are attached.
struct TriggerHit: Sendable {
    /// The lexicon form matched.
    let form: TriggerForm
    /// The lexicon entry matched.
    var entry: TriggerEntry { form.entry }
    /// The words the trigger covers.
    var words: Range<Int>
    var type: EventType
    var code: String?
    /// The trigger is negated ("did not attack", "no … were killed").
    var negated = false
    /// The trigger stands in a relative clause describing something else ("the city that X recaptured").
    var inRelativeClause = false
    /// Index of the first word of that relative clause's relativizer, when there is one.
    var relativeClauseStart: Int?
}

/// Finds trigger words and phrases in a sentence by dictionary lookup, with the grammatical filters
/// that keep adjectives ("the occupied region"), purposes ("to protect them from shelling") and
/// non-military senses ("strike a deal") out.
struct TriggerMatcher: Sendable {
    let lexicon: TriggerLexicon

    func hits(in s: SentenceView) -> [TriggerHit] {
        var out: [TriggerHit] = []
        // Words up to `consumedEnd` belong to an earlier hit (hits are found left to right).
        var consumedEnd = 0
        // Computed on the first hit only: most sentences have none.
        var relatives: [Range<Int>]?
        for i in s.words.indices where i >= consumedEnd {
            let forms = lexicon.forms(startingWith: s.words[i].lower, hash: s.words[i].hash)
            if forms.isEmpty { continue }
            for form in forms {
                let n = form.words.count
                guard i + n <= s.words.count,
                      (0..<n).allSatisfy({ s.words[i + $0].lower == form.words[$0] }) else { continue }
                guard accepts(form, at: i, in: s) else { continue }
                var hit = TriggerHit(form: form, words: i..<(i + n), type: form.entry.type, code: form.entry.code)
                hit.negated = isNegated(at: i, in: s, noun: form.entry.pos != .verb)
                if relatives == nil { relatives = relativeClauses(in: s) }
                if let r = relatives?.first(where: { $0.contains(i) }) {
                    hit.inRelativeClause = true
                    hit.relativeClauseStart = r.lowerBound
                }
                out.append(hit)
                consumedEnd = i + n
                break
            }
        }
        return out
    }

    /// Grammatical and lexical conditions on one matched form.
    private func accepts(_ form: TriggerForm, at i: Int, in s: SentenceView) -> Bool {
        let w = s.words
        let n = form.words.count
        let prev = i > 0 ? w[i - 1].lower : ""
        let next = i + n < w.count ? w[i + n].lower : "."
        // Capitalized mid-sentence words are names ("Liberation Square", "Strike Force"), unless a headline.
        if i > 0, w[i].isCapitalized, !s.isHeadline, prev != "\"", prev != "\u{201C}" { return false }
        if form.entry.pos == .verb, form.inflectedWord == 0 {
            if form.isPresentParticiple, !WordClasses.ingLicensors.contains(prev) {
                return false
            }
            let isParticiple = form.isParticiple
            // "the occupied region", "the temporarily occupied areas": an adjective, not an event.
            let prev2 = i > 1 ? w[i - 2].lower : ""
            let adjectival = WordClasses.determiners.contains(prev)
                || (prev.hasSuffix("ly") && WordClasses.determiners.contains(prev2))
            if isParticiple, n == 1, adjectival, !WordClasses.participleFollowers.contains(next),
               !["the", "a", "an", "its", "their", "his", "her"].contains(next) {
                return false
            }
        }
        if !form.entry.excludes.isEmpty {
            let after = w[(i + n)..<min(w.count, i + n + 3)]
            if after.contains(where: { form.entry.excludes.contains($0.lower) }) { return false }
        }
        if form.entry.notPrevious.contains(prev) { return false }
        if !form.entry.notNext.isEmpty {
            // The word after, skipping one determiner ("met its targets").
            var k = i + n
            if k < w.count, ["the", "a", "an", "its", "their", "his", "her", "our", "all"].contains(w[k].lower) { k += 1 }
            if form.entry.notNext.contains(next) || (k < w.count && form.entry.notNext.contains(w[k].lower)) { return false }
        }
        if !form.entry.needs.isEmpty {
            let range = max(0, i - 8)..<min(w.count, i + n + 8)
            let found = w[range].contains { word in
                form.needs.contains(word.lower, hash: word.hash) || form.needs.contains(singular(word.lower))
            }
            // A territory verb next to a place name needs no other cue ("withdrew from Kherson").
            let placeNear = form.entry.territory != nil && s.mentions.contains { m in
                m.words.lowerBound >= i + n && m.words.lowerBound < range.upperBound && !m.embedded && m.isPlace
            }
            if !found && !placeNear { return false }
        }
        return !isProtectivePurpose(at: i, in: s)
    }

    /// "to protect themselves from missile hits", "defend against air attacks": a purpose, not an event.
    private func isProtectivePurpose(at i: Int, in s: SentenceView) -> Bool {
        var j = i - 1
        var sawFrom = false
        while j >= max(0, i - 9) {
            let l = s.words[j].lower
            if l == "from" || l == "against" { sawFrom = true } else if sawFrom, WordClasses.protectors.contains(l) {
                return true
            }
            if l == "." || l == ";" { break }
            j -= 1
        }
        return false
    }

    private func isNegated(at i: Int, in s: SentenceView, noun: Bool) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 5 {
            let l = s.words[j].lower
            if s.words[j].flags.contains(.clauseBreak) || l == "that" { return false }
            if s.words[j].flags.contains(.negator) { return !(l == "no" && !noun && steps > 3) }
            j -= 1
            steps += 1
        }
        // "no civilians were killed": the negator sits before the subject.
        return false
    }

    /// Word ranges of relative clauses: from a relativizer after a noun to the next clause break.
    private func relativeClauses(in s: SentenceView) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let w = s.words
        for i in w.indices.dropFirst() {
            guard w[i].flags.contains(.relativizer) else { continue }
            let l = w[i].lower
            let prev = w[i - 1].lower
            let afterComma = w[i - 1].flags.contains(.commaOrDash)
            let afterNoun = !afterComma && prev.first?.isLetter == true && !prev.hasSuffix("ed") && !prev.hasSuffix("ing")
                && !WordClasses.reportingVerbs.contains(prev) && !Self.nonNounBeforeThat.contains(prev)
            guard afterComma || afterNoun, l != "that" || !afterComma else { continue }
            var end = i + 1
            while end < w.count, !w[end].flags.contains(.relativeEnd) { end += 1 }
            out.append(i..<end)
        }
        return out
    }

    private static let nonNounBeforeThat: WordSet = ["so", "such", "now", "clear", "likely", "possible", "sure", "fact",
                                                  "warning", "hope", "fear", "say", "believe", "think", "know", "shows",
                                                  "show", "means", "suggests", "is", "was", "are", "were", "concerned",
                                                  "aware", "confident", "ensure", "given", "than", "and", "but", "after"]

    private func singular(_ w: String) -> String { w.hasSuffix("s") ? String(w.dropLast()) : w }
}
