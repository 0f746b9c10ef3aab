/// Finds CARDINAL, QUANTITY, PERCENT, MONEY and ORDINAL mentions in a token sequence.
///
/// Reads digits ("20", "1,200", "3.5"), number words ("five", "two thousand", "a dozen",
/// "twenty-five"), scales ("million", "bn"), hedges ("more than", "some": comparatives are part of the
/// span, approximators such as "some" or "about" only set the modifier), units after the number
/// ("square kilometres" → km2, "20km", "tonnes" → t; miles stay "mi"), percentages ("10 per cent",
/// "15%"), money ("$5bn", "€200 million", "1.2 billion dollars") and ordinals ("fourth", "21st").
/// Plain four-digit years and day numbers next to a month name are left to the date parser.
/// Stateless and `Sendable`; one pass over the tokens with table lookups, no regular expressions.
public struct NumberParser: Sendable {
    public init() {}

    /// All numeric mentions, left to right, without overlaps.
    public func mentions(in tokens: [Token]) -> [NumericMention] {
        mentions(in: LowerTokens(tokens))
    }

    /// All numeric mentions over precomputed lowercase tokens.
    func mentions(in words: LowerTokens) -> [NumericMention] {
        var result: [NumericMention] = []
        var i = 0
        while i < words.count {
            if Self.mayStart(i, words), let mention = mention(at: i, words) {
                result.append(mention)
                i = mention.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// Cheap filter: only digits, currency signs and number-related words can start a mention, and
    /// hedges, articles and vague words only when a number or unit follows.
    static func mayStart(_ i: Int, _ words: LowerTokens) -> Bool {
        let c = words.classes[i]
        if words[i] == "between" { return !words.cls(i + 1).isDisjoint(with: [.digits, .numberWord]) }
        if c.isEmpty || c == .the || c == .dateWord || c == .durationUnit { return false }
        if !c.isDisjoint(with: [.digits, .numberWord, .ordinalWord, .currency, .hyphenated]) { return true }
        let next = words.cls(i + 1)
        if c.contains(.vague) && !next.isDisjoint(with: [.unitStart, .vague]) { return true }
        if words[i] == "dozens" || words[i] == "hundreds" || words[i] == "thousands" || words[i] == "millions"
            || words[i] == "billions" || words[i] == "scores" { return true }
        let numberish: WordClass = [.digits, .numberWord, .article, .hedge, .currency, .vague]
        if c.contains(.article) || c.contains(.hedge) {
            // Two-word hedges ("more than", "at least") look one word further.
            return !next.isDisjoint(with: numberish) || (c.contains(.hedge) && !words.cls(i + 2).isDisjoint(with: numberish))
        }
        return false
    }

    /// The mention starting exactly at token `start`, if any.
    func mention(at start: Int, _ words: LowerTokens) -> NumericMention? {
        var i = start
        var modifier: NumericModifier?
        var start = start
        if let (length, hedge) = words.longestMatch(NumberWords.modifiers, at: i) {
            modifier = hedge
            i += length
            // Approximators stay outside the span ("some 20 kilometres" → "20 kilometres");
            // comparatives are part of it ("more than a dozen").
            if hedge == .approximately { start = i }
        }
        var currency: String?
        if i + 1 < words.count, let code = NumberWords.currencyPrefixes[words[i]], words.isNumberStart(i + 1) {
            currency = code
            i += 1
        } else if i + 2 < words.count, words[i] == "us", words[i + 1] == "$" {
            currency = "USD"
            i += 2
        }
        let between = words[i] == "between" && modifier == nil && currency == nil
        guard var core = NumberCore.read(at: between ? i + 1 : i, words, currency: currency) else {
            return modifier == nil && currency == nil && !between ? vague(at: i, words) : nil
        }
        let value = core.value
        if let second = Self.rangeEnd(after: core, between: between, words) {
            core = second  // the unit follows the second number; the value stays the lower bound
        } else if between {
            return nil
        }
        core.value = value
        if core.ordinal {
            guard modifier == nil, currency == nil else { return nil }
            return NumericMention(tokens: i..<core.end, kind: .ordinal, value: core.value)
        }
        currency = currency ?? core.currency
        var end = core.end
        if core.percent {
            return NumericMention(tokens: start..<end, kind: .percent, value: core.value, unit: "percent",
                                  modifier: modifier)
        }
        if let unit = core.unit, currency == nil {
            return NumericMention(tokens: start..<end, kind: .quantity, value: core.value, unit: unit, modifier: modifier)
        }
        if let currency {
            if let (length, code) = words.longestMatch(NumberWords.currencyPhrases, at: end), code == currency {
                end += length
            }
            return NumericMention(tokens: start..<end, kind: .money, value: core.value, unit: currency, modifier: modifier)
        }
        var unitStart = end
        if unitStart < words.count, words[unitStart] == "-", words.adjacent(unitStart) { unitStart += 1 }
        if let length = words.longestMatch(NumberWords.percentPhrases, at: end) {
            return NumericMention(tokens: start..<(end + length), kind: .percent, value: core.value, unit: "percent",
                                  modifier: modifier)
        }
        if let (length, code) = words.longestMatch(NumberWords.currencyPhrases, at: end) {
            return NumericMention(tokens: start..<(end + length), kind: .money, value: core.value, unit: code,
                                  modifier: modifier)
        }
        if let (length, unit) = words.longestMatch(NumberWords.unitPhrases, at: unitStart) {
            return NumericMention(tokens: start..<(unitStart + length), kind: .quantity, value: core.value, unit: unit,
                                  modifier: modifier)
        }
        if core.yearLike || words.isDayOfMonth(core, at: i) || words.isPronounOne(core, at: i) { return nil }
        return NumericMention(tokens: start..<end, kind: .cardinal, value: core.value, modifier: modifier)
    }

    /// Valueless mentions: "several kilometres" (QUANTITY), "dozens", "hundreds of thousands" (CARDINAL),
    /// "billions of dollars" (MONEY).
    private func vague(at start: Int, _ words: LowerTokens) -> NumericMention? {
        let word = words[start]
        if NumberWords.vagueDeterminers.contains(word) || (word == "a" && start + 1 < words.count && words[start + 1] == "few") {
            let unitStart = word == "a" ? start + 2 : start + 1
            if let (length, unit) = words.longestMatch(NumberWords.unitPhrases, at: unitStart), unit != "m", unit != "in" {
                return NumericMention(tokens: start..<(unitStart + length), kind: .quantity, value: nil, unit: unit)
            }
            return nil
        }
        guard NumberWords.vagueCounts.contains(word) else { return nil }
        var end = start + 1
        while end + 1 < words.count, words[end] == "of", NumberWords.vagueCounts.contains(words[end + 1]) { end += 2 }
        if end + 1 < words.count, words[end] == "of", let (length, code) = words.longestMatch(NumberWords.currencyPhrases, at: end + 1) {
            return NumericMention(tokens: start..<(end + 1 + length), kind: .money, value: nil, unit: code)
        }
        return NumericMention(tokens: start..<end, kind: .cardinal, value: nil)
    }
}
