import NewswireCore
import Foundation

/// A word of a sentence: one token, or tokens joined by an inner hyphen ("counter-offensive").
struct Word: Sendable, Hashable {
    var text: String
    /// Lower-cased text with curly apostrophes made straight.
    var lower: String
    var start: Int
    var end: Int
    /// Whether the word lies inside a quotation.
    var inQuote = false
    /// The word's classes.
    var flags: WordFlags = []
    /// FNV-1a hash of `lower`, for the word-table lookups.
    var hash: UInt64 = 0
    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool { TypeLexicon.isCapitalized(text) }
}

/// An entity mention located among a sentence's words.
struct MentionRef: Sendable {
    /// Index of the entity in the extractor's input.
    var entity: Int
    var mention: MentionRecord
    /// The words the mention covers.
    var words: Range<Int>
    /// The mention is only part of a hyphenated word ("US" in "US-provided").
    var embedded: Bool
    /// The mention names a place (GPE, LOC, FAC).
    var isPlace = false
}

/// One sentence prepared for event extraction: words, located mentions and where it sits in the article.
struct SentenceView: Sendable {
    var field: TextField
    /// Index of the sentence in its field's document.
    var index: Int
    /// Position of the sentence in the article (title sentences first).
    var order: Int
    var isHeadline: Bool
    var words: [Word]
    var mentions: [MentionRef]
    /// For each word, the index in `mentions` of the first mention covering it, or -1.
    private var mentionOfWord: [Int] = []

    /// Builds the view of sentence `index` of `document`; `mentions` are all mentions of this field, sorted by start.
    init(document: TextDocument, index: Int, order: Int, mentions: [(entity: Int, mention: MentionRecord)],
         quoteSpans: [Range<Int>], places: Set<Int> = []) {
        let sentence = document.sentences[index]
        field = document.field
        self.index = index
        self.order = order
        isHeadline = document.field == .title || sentence.kind == .headline
        words = Self.words(of: document, sentence: sentence)
        for w in words.indices {
            words[w].hash = FeatureHash.of(words[w].lower)
            words[w].flags = WordFlags.of(words[w].lower, hash: words[w].hash)
            let s = words[w].start
            words[w].inQuote = quoteSpans.contains { $0.lowerBound <= s && s < $0.upperBound }
        }
        self.mentions = []
        // Mentions are sorted by start: skip to the sentence by binary search.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].mention.start < sentence.start { lo = mid + 1 } else { hi = mid }
        }
        for (entity, m) in mentions[lo...] {
            if m.start >= sentence.end { break }
            guard m.end <= sentence.end else { continue }
            guard let first = words.firstIndex(where: { $0.end > m.start }),
                  let last = words.lastIndex(where: { $0.start < m.end }), first <= last else { continue }
            let embedded = words[first].start < m.start || words[last].end > m.end
            self.mentions.append(MentionRef(entity: entity, mention: m, words: first..<(last + 1), embedded: embedded,
                                            isPlace: places.contains(entity)))
        }
        mentionOfWord = Array(repeating: -1, count: words.count)
        for (k, m) in self.mentions.enumerated() {
            for w in m.words where mentionOfWord[w] < 0 { mentionOfWord[w] = k }
        }
    }

    private static func words(of document: TextDocument, sentence: Sentence) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(sentence.tokens.count + 4)
        let tokens = document.tokens[sentence.tokens]
        var pendingJoin = false
        for token in tokens {
            let text = token.text
            let isHyphen = Self.isHyphen(text)
            if isHyphen, let last = out.last, last.end == token.start {
                out[out.count - 1].text += text
                out[out.count - 1].end = token.end
                pendingJoin = true
                continue
            }
            if pendingJoin, let last = out.last, last.end == token.start {
                out[out.count - 1].text += text
                out[out.count - 1].end = token.end
                out[out.count - 1].lower = normalize(out[out.count - 1].text)
                pendingJoin = false
                continue
            }
            pendingJoin = false
            // A possessive kept on the token ("Kyiv's") becomes its own word.
            if Self.endsWithPossessive(text), text.count > 2 {
                let stem = String(text.dropLast(2))
                let cut = token.start + stem.unicodeScalars.count
                out.append(Word(text: stem, lower: normalize(stem), start: token.start, end: cut))
                out.append(Word(text: String(text.suffix(2)), lower: "'s", start: cut, end: token.end))
                continue
            }
            out.append(Word(text: text, lower: normalize(text), start: token.start, end: token.end))
        }
        // A hyphen left dangling at the end of a word ("well-" at a line end) keeps its normal form.
        for i in out.indices where out[i].text.utf8.last == 0x2D { out[i].lower = normalize(out[i].text) }
        return out
    }

    /// Whether a token is "-", "\u{2010}" or "\u{2011}" (compared as UTF-8 bytes, without normalization).
    @inline(__always)
    private static func isHyphen(_ text: String) -> Bool {
        var it = text.utf8.makeIterator()
        switch it.next() {
        case 0x2D: return it.next() == nil
        case 0xE2: return it.next() == 0x80 && { let b = it.next(); return b == 0x90 || b == 0x91 }() && it.next() == nil
        default: return false
        }
    }

    /// Whether a token ends in "'s" or "’s" (compared as UTF-8 bytes: the apostrophe always starts a character).
    @inline(__always)
    private static func endsWithPossessive(_ text: String) -> Bool {
        text.withUTF8Bytes { u in
            let n = u.count
            guard n >= 2, u[n - 1] == 0x73 else { return false }
            if u[n - 2] == 0x27 { return true }
            return n >= 4 && u[n - 2] == 0x99 && u[n - 3] == 0x80 && u[n - 4] == 0xE2
        }
    }

    static func normalize(_ s: String) -> String {
        let lower = s.lowercasedFast()
        // The curly apostrophe is E2 80 99 in UTF-8: text without a byte over 0x7F holds none.
        guard lower.withUTF8Bytes({ $0.contains { $0 >= 0x80 } }), lower.unicodeScalars.contains("\u{2019}") else { return lower }
        var out = String.UnicodeScalarView()
        for c in lower.unicodeScalars { out.append(c == "\u{2019}" ? "'" : c) }
        return String(out)
    }

    /// The text from word `a` through word `b - 1`, sliced from the document.
    func text(_ range: Range<Int>, in document: TextDocument) -> String {
        guard !range.isEmpty else { return "" }
        return document.slice(words[range.lowerBound].start, words[range.upperBound - 1].end)
    }

    /// The mention that covers word `w`, if any.
    func mention(at w: Int) -> MentionRef? {
        guard w >= 0, w < mentionOfWord.count, mentionOfWord[w] >= 0 else { return nil }
        return mentions[mentionOfWord[w]]
    }
}
