extension Lexicon {
    /// Finds lexicon entries in a token sequence, longest match first, left to right, no overlaps.
    ///
    /// The first token must be capitalized (or all-caps); later tokens may be anything ("Leopard 2",
    /// "Patriot missile"); tokens written together ("S-300", "Shahed-136") join as in the gazetteer.
    /// A match used as the first half of a hyphenated modifier is not a mention: "Kremlin-backed",
    /// "Russian-installed".
    public func matches(in tokens: [Token]) -> [LexiconMatch] {
        var result: [LexiconMatch] = []
        var key: [UInt8] = []
        var ends: [(token: Int, length: Int)] = []
        var i = 0
        while i < tokens.count {
            guard TokenShape.isCapitalized(tokens[i].text) else { i += 1; continue }
            // Skip tokens that start no name.
            guard firstWords.mayStartName(tokens, at: i, scratch: &key) else { i += 1; continue }
            key.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            var j = i
            var words = 0
            while j < tokens.count && words < maxWords {
                let text = tokens[j].text
                let adjacent = j > i && tokens[j].start == tokens[j - 1].end
                let hasAlnum = TokenShape.hasAlphanumeric(text)
                if j > i {
                    if !hasAlnum && !(adjacent && TokenShape.isJoiner(text)) { break }
                    if !adjacent { GazetteerKey.appendSpace(to: &key) }
                }
                GazetteerKey.append(text, to: &key)
                if hasAlnum {
                    if !adjacent { words += 1 }
                    var length = key.count
                    if length > 0 && key[length - 1] == 0x20 { length -= 1 }
                    ends.append((j, length))
                }
                j += 1
            }
            var matched = false
            for end in ends.reversed() {
                guard let id = key.withUnsafeBufferPointer({ entryIndex(for: UnsafeBufferPointer(rebasing: $0[0..<end.length])) })
                else { continue }
                if isModifierCompound(tokens, after: end.token) { continue }
                result.append(LexiconMatch(tokens: i..<(end.token + 1), entry: entries[id]))
                i = end.token + 1
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return result
    }

    /// Whether the tokens after `index` make it the first half of a hyphenated modifier ("-backed").
    private func isModifierCompound(_ tokens: [Token], after index: Int) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let dash = tokens[index + 1], word = tokens[index + 2]
        guard dash.text == "-" || dash.text == "‐", dash.start == tokens[index].end, word.start == dash.end,
              let first = word.text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}
