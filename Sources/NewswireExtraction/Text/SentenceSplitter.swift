/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the next
/// token can start a sentence; abbreviations such as "Mr." or "Jan." do not end one, dotted initials
/// ("U.S.") and company suffixes ("Inc.") do when a typical sentence opener follows. A blank line always
/// ends a sentence; a single line break ends one when the line has no final punctuation and the next line
/// does not continue in lower case. Lines without final punctuation are classified as `.headline`, or as
/// `.credit` when they look like a photo credit or byline ("City - Name/Agency/Images").
public struct SentenceSplitter: Sendable {
    /// A splitter with the built-in rules.
    public init() {}

    /// The sentences over `tokens`, whose offsets index `scalars`.
    public func sentences(scalars s: [Unicode.Scalar], tokens: [Token], field: TextField) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var out: [Sentence] = []
        var first = 0
        for k in 1..<tokens.count {
            let breaks = lineBreaks(s, from: tokens[k - 1].end, to: tokens[k].start)
            let end: Bool
            if breaks >= 2 {
                end = true
            } else if breaks == 1 {
                end = field == .title || endsWithTerminal(tokens, first, k) || !startsLowercase(tokens[k])
            } else {
                end = field != .title && endsSentenceInline(tokens, first, k)
            }
            if end {
                out.append(make(tokens, first, k, s, field: field, lineEnded: breaks > 0))
                first = k
            }
        }
        out.append(make(tokens, first, tokens.count, s, field: field, lineEnded: true))
        return out
    }

    /// Number of line breaks in the gap `s[from..<to]` (CR LF counts once; a paragraph separator counts two).
    private func lineBreaks(_ s: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var count = 0
        var k = from
        while k < to {
            let v = s[k].value
            if v == 0x2029 {
                count += 2
            } else if s[k].isLineBreak {
                if !(v == 0x0D && k + 1 < to && s[k + 1].value == 0x0A) { count += 1 }
            }
            k += 1
        }
        return count
    }

    private static let closers: WordSet = ["\"", "'", "”", "’", ")", "]", "»", "›", "}"]
    private static let terminals: WordSet = [".", "!", "?", "…", "...", "!!", "?!"]

    /// Index just past the last non-closer token of `tokens[first..<k]`, so that `He said "no."` ends at the period.
    private func lastContentIndex(_ tokens: [Token], _ first: Int, _ k: Int) -> Int {
        var j = k - 1
        // At most three closers: keeps the scan constant-time on adversarial runs of quotes.
        while j > first, k - j <= 3, Self.closers.contains(tokens[j].text) { j -= 1 }
        return j
    }

    private func endsWithTerminal(_ tokens: [Token], _ first: Int, _ k: Int) -> Bool {
        let j = lastContentIndex(tokens, first, k)
        let t = tokens[j].text
        if Self.terminals.contains(t) || t.allSatisfy({ $0 == "." || $0 == "!" || $0 == "?" }) { return true }
        return Abbreviations.mayEndSentence(t)
    }

    private func startsLowercase(_ t: Token) -> Bool {
        t.text.unicodeScalars.first.map { $0.isLower } ?? false
    }

    /// Whether a token may end a sentence at all: its last scalar is . ! ? … or a closing quote or bracket.
    @inline(__always)
    private func mayEnd(_ t: Token) -> Bool {
        switch t.text.unicodeScalars.last?.value ?? 0 {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D, 0xBB, 0x203A, 0x7D: return true
        default: return false
        }
    }

    /// Whether the sentence `tokens[first..<k]` ends before token `k` on the same line.
    private func endsSentenceInline(_ tokens: [Token], _ first: Int, _ k: Int) -> Bool {
        let prev = tokens[k - 1]
        guard mayEnd(prev) else { return false }
        // A closing quote/bracket ends the sentence only when it is not followed by more of the same sentence.
        let j = lastContentIndex(tokens, first, k)
        let t = tokens[j].text
        let next = tokens[k]
        guard let c = next.text.unicodeScalars.first else { return false }
        // A quote or bracket glued to the end of the sentence closes it: the boundary comes after it.
        if prev.end == next.start, Self.closers.contains(next.text) { return false }
        if j != k - 1 {
            // closers follow the terminal: they must be attached to it, then a space
            if prev.end == next.start { return false }
        } else if prev.end == next.start, !Self.closers.contains(next.text) {
            // "end.Next" glued together: only when it is clearly a new sentence
            if !c.isUpper { return false }
        }
        let opensSentence = c.isUpper || c.isDigitScalar || "\"“‘'([«".unicodeScalars.contains(c)
            || (!c.isLower && ScalarClass.of(c) == .letter)
        if Self.terminals.contains(t) || (t.count > 1 && t.allSatisfy({ $0 == "!" || $0 == "?" })) {
            return opensSentence || "!?".contains(t.last!)
        }
        if Abbreviations.mayEndSentence(t) {
            return opensSentence && Self.openers.contains(next.text)
        }
        return false
    }

    /// Words that typically start a sentence; after "U.S." or "Inc." they signal a boundary.
    private static let openers: WordSet = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But", "And", "This",
        "That", "There", "These", "Those", "His", "Her", "Its", "Their", "Our", "After", "Before", "When",
        "While", "If", "As", "However", "Meanwhile", "Officials", "Some", "Many", "Most", "No", "So", "Yet",
    ]
}
