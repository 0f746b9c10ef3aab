/// Lowercased token texts with adjacency information, computed once per token sequence and shared by
/// the number and date parsers.
struct LowerTokens {
    let tokens: [Token]
    let lower: [String]
    /// What each word can do in a number or date expression.
    let classes: [WordClass]

    init(_ tokens: [Token]) {
        self.tokens = tokens
        lower = tokens.map { Self.lowercase($0.text) }
        classes = lower.map { WordClass.of($0) }
    }

    /// The class of token `index`, empty past the end.
    func cls(_ index: Int) -> WordClass { index < count ? classes[index] : [] }

    var count: Int { tokens.count }

    subscript(_ index: Int) -> String { lower[index] }

    /// Whether token `index` touches the token before it (no space between).
    func adjacent(_ index: Int) -> Bool { index > 0 && tokens[index].start == tokens[index - 1].end }

    /// Whether the token could begin a number: a digit or a number word.
    func isNumberStart(_ index: Int) -> Bool {
        guard index < count, let first = lower[index].unicodeScalars.first else { return false }
        return NumericLiteral.isDigit(first) || NumberWords.units[lower[index]] != nil || lower[index] == "a"
    }

    /// The longest phrase of `table` that starts at `index`, with its value and length in tokens.
    func longestMatch<Value>(_ table: [([String], Value)], at index: Int) -> (Int, Value)? {
        guard index < count else { return nil }
        var best: (Int, Value)?
        for (phrase, value) in table where phrase[0] == lower[index] && index + phrase.count <= count {
            if phrase.count > (best?.0 ?? 0), (1..<phrase.count).allSatisfy({ lower[index + $0] == phrase[$0] }) {
                best = (phrase.count, value)
            }
        }
        return best
    }

    /// The length of the longest phrase of `phrases` that starts at `index`.
    func longestMatch(_ phrases: [[String]], at index: Int) -> Int? {
        longestMatch(phrases.map { ($0, ()) }, at: index).map(\.0)
    }

    /// A small integer next to a month name ("15 March", "March 15"): a day, not a cardinal.
    func isDayOfMonth(_ core: NumberCore, at index: Int) -> Bool {
        guard let value = core.value, value >= 1, value <= 31, value == value.rounded() else { return false }
        if index > 0, NumberWords.months.contains(lower[index - 1]) { return true }
        if core.end < count, NumberWords.months.contains(lower[core.end]) { return true }
        return core.end + 1 < count && lower[core.end] == "of" && NumberWords.months.contains(lower[core.end + 1])
    }

    /// "one" used as a pronoun ("no one", "the one", "one another").
    func isPronounOne(_ core: NumberCore, at index: Int) -> Bool {
        guard lower[index] == "one", core.end == index + 1 else { return false }
        if index > 0, ["no", "any", "every", "some", "the", "this", "that", "each", "which", "someone"].contains(lower[index - 1]) {
            return true
        }
        return core.end < count && lower[core.end] == "another"
    }

    private static func lowercase(_ text: String) -> String {
        text.lowercasedFast()
    }
}
