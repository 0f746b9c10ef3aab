/// Reads one date or time expression at a token position (absolute dates here; relative ones in
/// `DateReader+Relative.swift`).
struct DateReader {
    let words: LowerTokens
    let anchor: CivilDate?
    /// Whether a qualifier ("early", "the end of") came first, which makes a bare month certain.
    let qualified: Bool

    func read(at j: Int) -> DateCore? {
        absolute(at: j) ?? relative(at: j) ?? weekday(at: j) ?? counted(at: j) ?? clock(at: j) ?? decade(at: j)
    }

    // MARK: absolute dates

    func absolute(at j: Int) -> DateCore? {
        if let day = dayNumber(at: j) {
            var k = j + 1
            if k < words.count, words[k] == "of" { k += 1 }
            if let month = month(at: k, bare: false) {
                return withDay(day, month: month.value, after: month.end)
            }
        }
        if let month = month(at: j, bare: true) {
            if let day = dayNumber(at: month.end) {
                return withDay(day, month: month.value, after: month.end + 1)
            }
            if let year = year(at: month.end, comma: true) {
                return DateCore(end: year.end, normalized: "\(CivilDate.pad(year.value, 4))-\(CivilDate.pad(month.value, 2))")
            }
            guard month.bareAllowed else { return nil }
            let value = anchor.map { a in
                "\(CivilDate.pad(month.value <= a.month ? a.year : a.year - 1, 4))-\(CivilDate.pad(month.value, 2))"
            }
            return DateCore(end: month.end, normalized: value)
        }
        if let year = year(at: j, comma: false) {
            return DateCore(end: year.end, normalized: CivilDate.pad(year.value, 4))
        }
        return nil
    }

    /// A day and month, with the year that follows or the one that fits the publication date.
    private func withDay(_ day: Int, month: Int, after k: Int) -> DateCore? {
        if let year = year(at: k, comma: true) {
            let date = CivilDate(year: year.value, month: month, day: day)
            guard date.isValid else { return nil }
            return DateCore(end: year.end, normalized: date.description)
        }
        var value: String?
        if let anchor {
            var date = CivilDate(year: anchor.year, month: month, day: min(day, CivilDate.daysIn(month: month, year: anchor.year)))
            let offset = date.daysSinceEpoch - anchor.daysSinceEpoch
            if offset > 60 { date.year -= 1 } else if offset <= -305 { date.year += 1 }
            value = date.isValid ? date.description : nil
        }
        return DateCore(end: k, normalized: value)
    }

    /// A capitalized month name; abbreviations need a following "." or number, and a month alone
    /// ("in May") needs a preposition or qualifier before it (`bareAllowed`).
    func month(at k: Int) -> (value: Int, end: Int)? {
        month(at: k, bare: true).map { ($0.value, $0.end) }
    }

    private func month(at k: Int, bare: Bool) -> (value: Int, end: Int, bareAllowed: Bool)? {
        guard k < words.count, let value = DateWords.months[words[k]],
              TokenShape.isCapitalized(words.tokens[k].text) else { return nil }
        var end = k + 1
        let abbreviated = words[k].count <= 4 && words[k] != "june" && words[k] != "july"
        if abbreviated, end < words.count, words[end] == ".", words.adjacent(end) { end += 1 }
        let contextBefore = qualified || (k > 0 && DateWords.monthContext.contains(words[k - 1]))
        if abbreviated && end == k + 1 && dayNumber(at: end) == nil && year(at: end, comma: false) == nil { return nil }
        let bareAllowed = contextBefore || (!abbreviated && words[k] != "may" && words[k] != "march")
        return (value, end, bareAllowed)
    }

    /// "15", "15th", "1st" with a value 1...31.
    func dayNumber(at k: Int) -> Int? {
        guard k < words.count, let literal = NumericLiteral(words.tokens[k].text), literal.currency == nil,
              literal.isPlainInteger, literal.integerDigits <= 2,
              ["", "st", "nd", "rd", "th"].contains(literal.suffix), (1...31).contains(literal.value) else { return nil }
        return Int(literal.value)
    }

    /// A four-digit year 1800...2100, optionally after a comma.
    func year(at k: Int, comma: Bool) -> (value: Int, end: Int)? {
        var k = k
        if comma, k < words.count, words[k] == "," { k += 1 }
        guard k < words.count, let literal = NumericLiteral(words.tokens[k].text), literal.currency == nil,
              literal.isPlainInteger, literal.integerDigits == 4, literal.suffix.isEmpty,
              (1800...2100).contains(literal.value) else { return nil }
        return (Int(literal.value), k + 1)
    }

    /// "1990s" → "199" (TIMEX3 decade).
    func decade(at k: Int) -> DateCore? {
        guard let literal = NumericLiteral(words.tokens[k].text), literal.isPlainInteger, literal.suffix == "s",
              literal.integerDigits == 4, literal.value.truncatingRemainder(dividingBy: 10) == 0, (1800...2100).contains(literal.value) else { return nil }
        return DateCore(end: k + 1, normalized: String(Int(literal.value) / 10))
    }
}
