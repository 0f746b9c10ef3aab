/// Splits a field of text into CoNLL-like tokens with offsets in Unicode scalars.
///
/// The rules follow CoNLL-2003 / Penn Treebank conventions as news text needs them:
/// punctuation is split off; the possessive `'s` / `’s` is a token of its own; abbreviations
/// (`U.S.`, `Jan.`, `Mr.`, initials) keep their periods; numbers such as `1,200` and `3.5` stay whole;
/// a number glued to a unit (`20km`) becomes two tokens; hyphenated words (`Kremlin-backed`) stay whole.
/// Combining marks, emoji modifiers and zero-width joiners stay with the scalar they modify.
/// Every input completes in time linear in its length.
public struct Tokenizer: Sendable {
    private let splitter: SentenceSplitter

    /// A tokenizer with the built-in abbreviation list.
    public init() {
        self.splitter = SentenceSplitter()
    }

    /// Tokenizes `text` and splits it into sentences.
    /// - Parameters:
    ///   - text: the field's text.
    ///   - field: which field of the article `text` is (titles are one headline).
    public func document(_ text: String, field: TextField) -> TextDocument {
        let scalars = Array(text.unicodeScalars)
        let tokens = self.tokens(scalars)
        let sentences = splitter.sentences(scalars: scalars, tokens: tokens, field: field)
        return TextDocument(field: field, text: text, scalars: scalars, tokens: tokens, sentences: sentences)
    }

    /// The tokens of a text given as Unicode scalars.
    public func tokens(_ s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 5 + 1)
        var i = 0
        let n = s.count
        while i < n {
            switch ScalarClass.of(s[i]) {
            case .space, .extend:
                // Marks with nothing to attach to are dropped like spaces.
                i += 1
            case .letter, .digit:
                i = scanWord(s, from: i, into: &out)
            case .other:
                let end = scanPunctuation(s, from: i)
                out.append(Self.token(s, i, end))
                i = end
            }
        }
        return out
    }

    @inline(__always)
    static func token(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        Token(text: string(s, start, end), start: start, end: end)
    }

    /// The text of `s[start..<end]`, encoded to UTF-8 directly into the new string.
    @inline(__always)
    static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        s.withUnsafeBufferPointer { UTF8Encoding.string(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The end of a run of scalars of class `.extend` starting at `i`; a joiner also takes the scalar it joins.
    @inline(__always)
    private func skipExtenders(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, ScalarClass.of(s[j]) == .extend {
            if s[j].value == 0x200D, j + 1 < s.count, ScalarClass.of(s[j + 1]) == .other {
                j += 2
            } else {
                j += 1
            }
        }
        return j
    }

    /// One punctuation or symbol token: a single scalar with its modifiers, or a run of periods or hyphens.
    private func scanPunctuation(_ s: [Unicode.Scalar], from i: Int) -> Int {
        let c = s[i].value
        var j = i + 1
        if c == 0x2E || c == 0x2D || c == 0x2A || c == 0x3D {  // ... -- ** ==
            while j < s.count, s[j].value == c { j += 1 }
            return j
        }
        return skipExtenders(s, j)
    }
}
