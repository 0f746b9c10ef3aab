/// Ranges of two numbers that share one unit: "40 to 60 millimetres", "between 200 and 300 millimetres",
/// "5-7 per cent". The range is one mention whose value is its lower bound.
extension NumberParser {
    /// The second number of a range whose first number is `first` (read from the token after `between` when
    /// `between` is set), if the words after `first` continue it: "and" after "between"; "to", "-" or "–"
    /// otherwise, and then only when a unit, a percentage or a currency follows the second number, so that
    /// "from 40 to 60" or "won 3 to 1" are left alone.
    static func rangeEnd(after first: NumberCore, between: Bool, _ words: LowerTokens) -> NumberCore? {
        guard !first.ordinal, !first.percent, first.unit == nil, first.end + 1 < words.count else { return nil }
        let joint = words[first.end]
        guard between ? joint == "and" : (joint == "to" || joint == "-" || joint == "–") else { return nil }
        guard let second = NumberCore.read(at: first.end + 1, words), !second.ordinal, !second.yearLike,
              let low = first.value, let high = second.value, low < high else { return nil }
        if between { return second }
        let measured = second.unit != nil || second.percent || second.currency != nil
            || words.longestMatch(NumberWords.unitPhrases, at: second.end) != nil
            || words.longestMatch(NumberWords.percentPhrases, at: second.end) != nil
            || words.longestMatch(NumberWords.currencyPhrases, at: second.end) != nil
        return measured ? second : nil
    }
}
