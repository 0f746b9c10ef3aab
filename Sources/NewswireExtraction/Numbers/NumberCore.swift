/// The number itself at one position: digits or number words, with any scale, but no hedge or unit
/// phrase after it.
struct NumberCore {
    var value: Double?
    /// One past the last token.
    var end: Int
    var currency: String?
    /// A unit glued to the digits ("20km").
    var unit: String?
    var percent = false
    var ordinal = false
    /// A plain four-digit number between 1800 and 2100, most likely a year.
    var yearLike = false

    static func read(at index: Int, _ words: LowerTokens, currency: String? = nil) -> NumberCore? {
        guard index < words.count else { return nil }
        if let literal = NumericLiteral(words.tokens[index].text) {
            if words.adjacent(index), let previous = words[index - 1].unicodeScalars.last,
               previous == "-" || previous == "/" || previous.properties.isAlphabetic || NumericLiteral.isDigit(previous) {
                return nil  // part of a model name or code ("F-16", "MH17")
            }
            return digits(literal, at: index, words, currency: currency)
        }
        return NumberWordReader.read(at: index, words)
    }

    private static func digits(_ literal: NumericLiteral, at index: Int, _ words: LowerTokens,
                               currency: String?) -> NumberCore? {
        var core = NumberCore(value: literal.value, end: index + 1, currency: literal.currency)
        let hasCurrency = literal.currency != nil || currency != nil
        switch literal.suffix {
        case "":
            break
        case "%":
            core.percent = true
        case "st", "nd", "rd", "th":
            guard literal.isPlainInteger else { return nil }
            core.ordinal = true
            return core
        case "m" where hasCurrency:
            core.value = literal.value * 1_000_000
        case let suffix:
            if let scale = NumberWords.scales[suffix] {
                core.value = literal.value * scale
            } else if let unit = NumberWords.unitPhrases.first(where: { $0.0 == [suffix] })?.1 {
                core.unit = unit
            } else if suffix == "m" {
                core.unit = "m"
            } else {
                return nil
            }
        }
        if literal.suffix.isEmpty || literal.suffix == "%" || NumberWords.scales[literal.suffix] != nil {
            while core.end < words.count, let scale = NumberWords.scales[words[core.end]], words[core.end] != "k" {
                core.value = (core.value ?? 0) * scale
                core.end += 1
            }
            if hasCurrency, core.end < words.count, words[core.end] == "m" {
                core.value = (core.value ?? 0) * 1_000_000
                core.end += 1
            }
        }
        core.yearLike = literal.isPlainInteger && literal.integerDigits == 4 && literal.suffix.isEmpty
            && core.end == index + 1 && literal.currency == nil && (1800...2100).contains(literal.value)
        return core
    }
}
