import NewswireExtraction

/// A deliberately tiny test tokenizer: runs of letters/digits (with inner '.' or ',' between digits)
/// form a word; every other non-space scalar is its own token. Offsets are Unicode scalars.
/// Only for building test inputs until the real tokenizer lands; not a tokenizer for production.
enum TestTokens {
    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            var j = i + 1
            if isWord(s) {
                while j < scalars.count {
                    if isWord(scalars[j]) { j += 1; continue }
                    if (scalars[j] == "." || scalars[j] == ","), j + 1 < scalars.count,
                       scalars[j - 1].properties.numericType != nil, scalars[j + 1].properties.numericType != nil {
                        j += 1
                        continue
                    }
                    break
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[i..<j])
            tokens.append(Token(text: String(view), start: i, end: j))
            i = j
        }
        return tokens
    }

    /// A one-sentence-per-line document (sentences split on ". ", good enough for tests).
    static func document(_ text: String) -> TextDocument {
        let toks = tokens(text)
        var sentences: [Sentence] = []
        var start = 0
        for (index, token) in toks.enumerated() where [".", "!", "?"].contains(token.text) {
            sentences.append(Sentence(tokens: start..<(index + 1), start: toks[start].start, end: token.end))
            start = index + 1
        }
        if start < toks.count {
            sentences.append(Sentence(tokens: start..<toks.count, start: toks[start].start, end: toks.last!.end))
        }
        return TextDocument(field: .body, text: text, scalars: Array(text.unicodeScalars), tokens: toks,
                            sentences: sentences)
    }

    /// The text covered by a token range.
    static func text(_ tokens: [Token], _ range: Range<Int>, in source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
        return String(view)
    }
}
