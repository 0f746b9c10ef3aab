import NewswireCore
/// Decides how a sentence asserts an event (asserted, claimed, planned, denied, hypothetical) and who says so.
struct ModalityFinder: Sendable {
    let entities: [EntityRecord]

    /// The modality of the event triggered at `hit`, from the words before it in its clause and the sentence's verbs.
    func modality(for hit: TriggerHit, in s: SentenceView) -> Modality {
        let w = s.words
        let i = hit.words.lowerBound
        if w[..<i].contains(where: { $0.flags.contains(.denier) }) { return .denied }
        if hit.negated { return .denied }
        if s.isHeadline, i >= 1, w[i - 1].lower == "to", hit.entry.pos == .verb { return .planned }
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 8 {
            let l = w[j].lower
            let f = w[j].flags
            if f.contains(.clauseMark), l != "-", l != "(", l != ")", l != "\u{2013}", l != "\u{2014}", l != "," || steps > 0 { break }
            if s.mention(at: j) != nil { j -= 1; steps += 1; continue }
            if f.contains(.hypothetical) { return .hypothetical }
            if f.contains(.planned) { return .planned }
            if l == "to", hit.entry.pos == .verb, j + 1 == i, j > 0, WordClasses.planBeforeTo.contains(w[j - 1].lower) { return .planned }
            if f.contains(.claimed) { return .claimed }
            j -= 1
            steps += 1
        }
        // "fighting could spread", "talks will resume": a modal right after a noun trigger.
        if hit.entry.pos != .verb {
            for l in w[hit.words.upperBound..<min(w.count, hit.words.upperBound + 2)].map(\.lower) {
                if ["could", "might", "may", "would"].contains(l) { return .hypothetical }
                if ["will", "shall"].contains(l) { return .planned }
            }
        }
        // "It was claimed that …", "Russia claimed …" earlier in the sentence.
        if w[..<i].contains(where: { $0.flags.contains(.claimVerb) }) { return .claimed }
        return .asserted
    }

    /// Who says the event happened: "according to X", "X said (that) …", "…, said X", or the speaker of the
    /// quotation the trigger stands in.
    func attribution(for hit: TriggerHit, in s: SentenceView, document: TextDocument,
                     quotes: [QuotationRecord]) -> (Attribution, entity: Int?)? {
        let w = s.words
        let i = hit.words.lowerBound
        if w[i].inQuote, let q = quotes.first(where: { $0.field == s.field && $0.start <= w[i].start && w[i].end <= $0.end }),
           let name = q.speakerName {
            return (Attribution(source: name, entity: q.speaker), q.speaker.flatMap { id in entities.lastIndex { $0.id == id } })
        }
        if let a = w.indices.first(where: { w[$0].lower == "according" && $0 + 1 < w.count && w[$0 + 1].lower == "to" }) {
            return phrase(from: a + 2, forward: true, in: s, document: document)
        }
        let verbs = w.indices.filter { w[$0].flags.contains(.reporting) && !w[$0].inQuote }
        if let r = verbs.last(where: { $0 < i }) {
            if let p = phrase(from: r - 1, forward: false, in: s, document: document) { return p }
        }
        if let r = verbs.first(where: { $0 > i }) {
            let next = r + 1 < w.count ? w[r + 1] : nil
            if let n = next, n.isCapitalized || n.lower == "the" || n.lower == "a" {
                return phrase(from: r + 1, forward: true, in: s, document: document)
            }
            return phrase(from: r - 1, forward: false, in: s, document: document)
        }
        return nil
    }

    /// The noun phrase that starts (forward) or ends (backward) at word `k`, named after the person or
    /// organisation in it when there is one.
    private func phrase(from k: Int, forward: Bool, in s: SentenceView, document: TextDocument) -> (Attribution, entity: Int?)? {
        let w = s.words
        guard k >= 0, k < w.count else { return nil }
        var k = k
        if !forward {
            // Skip a date between subject and verb: "The army this week said", "Moscow on Thursday said".
            while k > 0, s.mentions.contains(where: { $0.words.contains(k) && [.date, .time].contains(entities[$0.entity].type) })
                    || ["this", "last", "on", "earlier", "also", "later", "then", "now", "recently", "late", "had", "has", "have"].contains(w[k].lower) {
                k -= 1
            }
        }
        var a = k, b = k
        if forward {
            while b < w.count, !Self.phraseStops.contains(w[b].lower) || (b == k && w[b].lower == "the") { b += 1 }
            guard b > k else { return nil }
            b -= 1
        } else {
            if w[k].lower == "," {
                // "X, the regional governor, said": the named person before the apposition.
                guard let m = s.mentions.last(where: { m in
                    [.person, .org].contains(entities[m.entity].type) && m.words.upperBound <= k && k - m.words.upperBound < 12
                }) else { return nil }
                return (Attribution(source: entities[m.entity].name, entity: entities[m.entity].id), m.entity)
            }
            if Self.phraseStops.contains(w[k].lower) { return nil }
            while a > 0, !Self.phraseStops.contains(w[a - 1].lower), k - a < 6 { a -= 1 }
        }
        let range = a..<(b + 1)
        // Prefer a named person or organisation in or right next to the phrase.
        let named = s.mentions.filter { m in
            [.person, .org].contains(entities[m.entity].type) && m.words.overlaps(range) && !m.embedded
        }
        let pick = forward ? named.first : named.last
        let text = s.text(range, in: document)
        let lowered = text.lowercased()
        if ["it", "they", "he", "she", "we", "i", "there"].contains(where: { lowered == $0 || lowered.hasPrefix($0 + " ") }) { return nil }
        if let m = pick {
            let span = m.words.count * 2 >= range.count ? entities[m.entity].name : text
            return (Attribution(source: trimmed(span), entity: entities[m.entity].id), m.entity)
        }
        if let m = s.mentions.first(where: { m in WordClasses.isActorType(entities[m.entity].type) && m.words.overlaps(range) }) {
            return (Attribution(source: trimmed(text), entity: entities[m.entity].id), m.entity)
        }
        return range.count <= 6 ? (Attribution(source: trimmed(text)), nil) : nil
    }

    private static let phraseStops: WordSet = [",", ";", ":", ".", "\"", "\u{201C}", "\u{201D}", "that", "on", "in", "at", "-",
                                                   "\u{2014}", "\u{2013}", "who", "which", "after", "when", "with", "by", "from", "as",
                                                   "but", "while"]

    private func trimmed(_ s: String) -> String {
        for article in ["the ", "The "] where s.hasPrefix(article) { return String(s.dropFirst(article.count)) }
        return s
    }
}
