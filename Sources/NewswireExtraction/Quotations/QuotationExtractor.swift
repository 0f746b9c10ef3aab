import NewswireCore
/// Finds quotations in an article's fields and resolves who is quoted and with which reporting verb.
///
/// Handles straight and curly quotes, quotations spanning sentences, quotations split by "he said"
/// (the second part keeps the first part's speaker), speakers named after the verb ("said X"), before it
/// ("X said:"), and pronouns ("he added") resolved to the latest person mentioned before the quotation.
public struct QuotationExtractor: Sendable {
    /// Fewest words a quoted span needs to count as a quotation rather than a quoted term ("kamikaze").
    public var minimumWords = 4

    static let verbs: WordSet = WordClasses.reportingVerbs.union(["asked", "continued", "wrote", "tweeted", "asked", "urged"])

    public init() {}

    /// All quotations of the article, in reading order.
    public func extract(documents: [TextDocument], entities: [EntityRecord]) -> [QuotationRecord] {
        documents.flatMap { extract(document: $0, entities: entities) }
    }

    private func extract(document doc: TextDocument, entities: [EntityRecord]) -> [QuotationRecord] {
        extract(document: doc, mentions: Self.mentions(of: entities, in: doc.field), entities: entities)
    }

    /// The mentions of one field, sorted by start.
    static func mentions(of entities: [EntityRecord], in field: TextField) -> [(entity: Int, mention: MentionRecord)] {
        var out: [(entity: Int, mention: MentionRecord)] = []
        for (k, e) in entities.enumerated() {
            for m in e.mentions where m.field == field { out.append((k, m)) }
        }
        return out.sorted { $0.mention.start < $1.mention.start }
    }

    /// Quotations of one field whose mentions are already sorted.
    func extract(document doc: TextDocument, mentions: [(entity: Int, mention: MentionRecord)],
                 entities: [EntityRecord]) -> [QuotationRecord] {
        var out: [QuotationRecord] = []
        var previousEnd = -1000
        for span in quoteSpans(doc.scalars) {
            var (start, end) = span
            while end > start, ",. \n".unicodeScalars.contains(doc.scalars[end - 1]) { end -= 1 }
            while start < end, doc.scalars[start] == " " { start += 1 }
            let text = doc.slice(start, end)
            let wordCount = doc.scalars[start..<end].reduce(1) { $0 + ($1 == " " || $1 == "\n" ? 1 : 0) }
            guard wordCount >= minimumWords else { continue }
            // A quotation ending its own sentence ('…."') is introduced before it, not after.
            let endsSentence = span.1 > 0 && ".!?".unicodeScalars.contains(doc.scalars[span.1 - 1])
            var speaker = (endsSentence ? nil : speakerAfter(closingAt: span.1, in: doc, mentions: mentions, entities: entities))
                ?? speakerBefore(openingAt: span.0, in: doc, mentions: mentions, entities: entities)
            if speaker == nil, let last = out.last, start - previousEnd < 160, last.speakerName != nil {
                speaker = (last.speaker, last.speakerName, last.verb)
            }
            out.append(QuotationRecord(speaker: speaker?.0, speakerName: speaker?.1, text: text, start: start, end: end,
                                       field: doc.field, verb: speaker?.2))
            previousEnd = span.1
        }
        return out
    }

    /// Content ranges (start, end) of quoted spans in scalar offsets, without the quote marks.
    /// Double quotes first; single quotes (‘…’ or '…', the British style) outside them, where a mark that opens
    /// stands at the start of a word and a mark that closes at its end, so that apostrophes ("don’t", "Kyiv's")
    /// are never taken for quote marks.
    func quoteSpans(_ scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var open: Int?
        var single: Int?
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\u{201C}": open = i + 1; single = nil
            case "\u{201D}": if let o = open { spans.append((o, i)); open = nil }
            case "\"":
                if let o = open { spans.append((o, i)); open = nil } else { open = i + 1; single = nil }
            case "\u{2018}", "'", "\u{2019}":
                guard open == nil else { continue }
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                let opens = !Self.isWordScalar(before) && Self.isWordScalar(after)
                let closes = !Self.isWordScalar(after) && !before.properties.isWhitespace
                if let o = single, closes, c != "\u{2018}" {
                    spans.append((o, i))
                    single = nil
                } else if opens, c != "\u{2019}" {
                    single = i + 1
                }
            default: break
            }
        }
        return spans
    }

    /// A letter or digit: what stands on both sides of an apostrophe.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    private typealias Speaker = (String?, String?, String?)

    /// `…," said X` / `…," X said` / `…," he added`.
    private func speakerAfter(closingAt close: Int, in doc: TextDocument, mentions: [(entity: Int, mention: MentionRecord)],
                              entities: [EntityRecord]) -> Speaker? {
        // Tokens are in text order: the first one starting after the quotation, by binary search.
        var lo = 0, hi = doc.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].start > close { hi = mid } else { lo = mid + 1 }
        }
        guard lo < doc.tokens.count else { return nil }
        let first = lo
        let window = doc.tokens[first..<min(doc.tokens.count, first + 14)]
        guard let r = window.firstIndex(where: { Self.verbs.contains($0.text.lowercased()) }) else { return nil }
        let stopsBefore = doc.tokens[first..<r].contains { ["\"", "\u{201C}", ".", "!", "?"].contains($0.text) }
        if stopsBefore { return nil }
        let verb = doc.tokens[r].text
        let between = doc.tokens[first..<r]
        if let m = mentions.last(where: { m in isSpeakerType(entities[m.entity].type) && m.mention.start >= close && m.mention.end <= doc.tokens[r].start }) {
            return (entities[m.entity].id, entities[m.entity].name, verb)
        }
        if let p = between.last(where: { ["he", "she", "it", "they"].contains($0.text.lowercased()) }) {
            return resolve(pronoun: p.text.lowercased(), before: close, mentions: mentions, entities: entities).map { ($0.0, $0.1, verb) }
        }
        let after = doc.tokens[r].end
        if let m = mentions.first(where: { m in isSpeakerType(entities[m.entity].type) && m.mention.start >= after && m.mention.start - after < 40 }) {
            return (entities[m.entity].id, entities[m.entity].name, verb)
        }
        return nil
    }

    /// `X said on Telegram: "…"` / `he added that they were "…"`.
    private func speakerBefore(openingAt open: Int, in doc: TextDocument, mentions: [(entity: Int, mention: MentionRecord)],
                               entities: [EntityRecord]) -> Speaker? {
        guard let sentence = doc.sentences.first(where: { $0.start <= open && open <= $0.end }) else { return nil }
        let tokens = doc.tokens[sentence.tokens].filter { $0.end < open }
        guard let r = tokens.lastIndex(where: { Self.verbs.contains($0.text.lowercased()) }) else { return nil }
        let verb = tokens[r].text
        if tokens[(r + 1)...].contains(where: { ["\"", "\u{201C}", "\u{201D}"].contains($0.text) }) { return nil }
        if let m = mentions.last(where: { m in isSpeakerType(entities[m.entity].type) && m.mention.start >= sentence.start && m.mention.end <= tokens[r].start }) {
            return (entities[m.entity].id, entities[m.entity].name, verb)
        }
        if let p = tokens[..<r].last(where: { ["he", "she", "it", "they"].contains($0.text.lowercased()) }) {
            return resolve(pronoun: p.text.lowercased(), before: open, mentions: mentions, entities: entities).map { ($0.0, $0.1, verb) }
        }
        return nil
    }

    private func isSpeakerType(_ type: EntityType) -> Bool { type == .person || type == .org }

    /// He/she → the latest person mentioned before; it/they → the latest organisation.
    private func resolve(pronoun: String, before offset: Int, mentions: [(entity: Int, mention: MentionRecord)],
                         entities: [EntityRecord]) -> (String, String)? {
        let wanted: EntityType = pronoun == "he" || pronoun == "she" ? .person : .org
        guard let m = mentions.last(where: { entities[$0.entity].type == wanted && $0.mention.end <= offset }) else { return nil }
        return (entities[m.entity].id, entities[m.entity].name)
    }
}
