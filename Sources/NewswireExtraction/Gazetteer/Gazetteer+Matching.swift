/// A run of tokens that spells a gazetteer name.
public struct GazetteerMatch: Sendable, Hashable {
    /// Index range into the token array that was matched.
    public var tokens: Range<Int>
    /// Indices into ``Gazetteer/places`` of every place with that spelling (not yet disambiguated).
    public var candidates: [Int]

    public init(tokens: Range<Int>, candidates: [Int]) {
        self.tokens = tokens
        self.candidates = candidates
    }
}

extension Gazetteer {
    /// Longest-match lookup of place names over a document's tokens; see ``matches(in:sentenceStarts:)``.
    public func matches(in document: TextDocument) -> [GazetteerMatch] {
        matches(in: document.tokens, sentenceStarts: Set(document.sentences.map(\.tokens.lowerBound)))
    }

    /// Finds place names in a token sequence, longest match first, left to right, without overlaps.
    ///
    /// Case rules: a name starts and ends with a capitalized (or all-caps) token; lowercase connectors
    /// such as "and", "of", "on" may stand inside ("Bosnia and Herzegovina", "Rostov-on-Don"); tokens that
    /// touch without a space join into one word ("Ivano" "-" "Frankivsk"). A spelling that is also a
    /// common English word ("Nice", "Bath", "Police") only counts after a locative preposition ("in",
    /// "near", "from" …) and never at the start of a sentence; month and weekday names never count alone.
    public func matches(in tokens: [Token], sentenceStarts: Set<Int> = [0]) -> [GazetteerMatch] {
        var result: [GazetteerMatch] = []
        var key: [UInt8] = []
        key.reserveCapacity(128)
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
                    if hasAlnum && !adjacent && !TokenShape.isCapitalized(text)
                        && !TokenShape.isConnector(text) { break }
                    if !adjacent { GazetteerKey.appendSpace(to: &key) }
                }
                GazetteerKey.append(text, to: &key)
                if hasAlnum {
                    if !adjacent { words += 1 }
                    if adjacent || TokenShape.isCapitalized(text) {
                        var length = key.count
                        if length > 0 && key[length - 1] == 0x20 { length -= 1 }
                        ends.append((j, length))
                    }
                }
                j += 1
            }
            var matched = false
            for end in ends.reversed() {
                guard let id = key.withUnsafeBufferPointer({ keyID(of: UnsafeBufferPointer(rebasing: $0[0..<end.length])) })
                else { continue }
                let single = end.token == i
                if single && TokenShape.isCalendarWord(tokens[i].text) { continue }
                let commonAllowed = !sentenceStarts.contains(i) && i > 0
                    && TokenShape.isLocativePreposition(tokens[i - 1].text)
                var candidates: [Int] = []
                for p in postingRange(id) {
                    let posting = postings[p]
                    if posting & Self.commonWordFlag != 0 && !commonAllowed { continue }
                    candidates.append(Int(posting & ~Self.commonWordFlag))
                }
                guard !candidates.isEmpty else { continue }
                result.append(GazetteerMatch(tokens: i..<(end.token + 1), candidates: candidates))
                i = end.token + 1
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return result
    }
}
