/// Relative dates: deictic words, this/last/next, weekdays, "N days ago", durations and clock times.
extension DateReader {
    func relative(at j: Int) -> DateCore? {
        switch words[j] {
        case "today":
            return DateCore(end: j + 1, normalized: anchor?.description)
        case "yesterday", "tomorrow":
            let day = anchor?.adding(days: words[j] == "yesterday" ? -1 : 1)
            return withPartOfDay(day, after: j + 1)
        case "tonight":
            return DateCore(end: j + 1, kind: .time, normalized: anchor.map { "\($0)TNI" })
        case "overnight":
            return DateCore(end: j + 1, kind: .time, normalized: anchor.map { "\($0.adding(days: -1))TNI" })
        case "recent":
            guard j + 1 < words.count, let unit = DateWords.durationUnits[words[j + 1]], !unit.time else { return nil }
            return DateCore(end: j + 2, normalized: nil)
        case "this", "last", "next", "past", "coming":
            return deictic(at: j)
        case "the":
            guard j + 1 < words.count else { return nil }
            if ["past", "last", "coming", "next"].contains(words[j + 1]) { return span(at: j + 2, from: j) }
            return countedPeriod(at: j + 1)
        default:
            return nil
        }
    }

    /// "this week", "last month", "next year", "last Tuesday", "last October", "this summer",
    /// "this morning", "last night", "past two weeks".
    private func deictic(at j: Int) -> DateCore? {
        guard j + 1 < words.count else { return nil }
        let which = words[j], next = words[j + 1]
        let step = which == "last" ? -1 : (which == "next" ? 1 : 0)
        if which == "past" || which == "coming" { return span(at: j + 1, from: j) }
        switch next {
        case "week", "weekend":
            let value = anchor.map { $0.adding(days: 7 * step).isoWeekString + (next == "weekend" ? "-WE" : "") }
            return DateCore(end: j + 2, normalized: value)
        case "month":
            let value = anchor.map { a -> String in
                let index = a.year * 12 + (a.month - 1) + step
                return "\(CivilDate.pad(index / 12, 4))-\(CivilDate.pad(index % 12 + 1, 2))"
            }
            return DateCore(end: j + 2, normalized: value)
        case "year":
            return DateCore(end: j + 2, normalized: anchor.map { CivilDate.pad($0.year + step, 4) })
        case "night" where which != "next":
            let day = anchor?.adding(days: which == "last" ? -1 : 0)
            return DateCore(end: j + 2, kind: .time, normalized: day.map { "\($0)TNI" })
        case "morning" where which == "this", "afternoon" where which == "this", "evening" where which == "this":
            return DateCore(end: j + 2, kind: .time, normalized: anchor.map { "\($0)T\(DateWords.partsOfDay[next]!)" })
        default:
            break
        }
        if let season = DateWords.seasons[next] {
            return DateCore(end: j + 2, normalized: anchor.map { "\(CivilDate.pad($0.year + step, 4))-\(season)" })
        }
        if let weekday = weekday(at: j + 1, step: step == 0 ? nil : step) { return weekday }
        if let month = month(at: j + 1) {
            let value = anchor.map { a -> String in
                var year = a.year
                if step < 0 && month.value >= a.month { year -= 1 }
                if step > 0 && month.value <= a.month { year += 1 }
                return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month.value, 2))"
            }
            return DateCore(end: month.end, normalized: value)
        }
        return nil
    }

    /// After "the past", "the last", "the coming": "week" (P1W), "two weeks" (P2W), "few days" (no value).
    private func span(at k: Int, from start: Int) -> DateCore? {
        guard k < words.count else { return nil }
        if let unit = DateWords.durationUnits[words[k]] {
            return DateCore(end: k + 1, kind: unit.time ? .time : .date, normalized: Self.duration(1, unit))
        }
        if words[k] == "few" || words[k] == "several", k + 1 < words.count, let unit = DateWords.durationUnits[words[k + 1]] {
            return DateCore(end: k + 2, kind: unit.time ? .time : .date, normalized: nil)
        }
        guard let count = NumberCore.read(at: k, words), let value = count.value, value >= 0, value < 100_000,
              count.end < words.count,
              let unit = DateWords.durationUnits[words[count.end]] else { return nil }
        return DateCore(end: count.end + 1, kind: unit.time ? .time : .date, normalized: Self.duration(value, unit))
    }

    /// "the fourth consecutive day", "the third straight week": a DATE without a value.
    private func countedPeriod(at k: Int) -> DateCore? {
        guard let ordinal = NumberCore.read(at: k, words), ordinal.ordinal else { return nil }
        var end = ordinal.end
        if end < words.count, ["consecutive", "straight", "successive", "running"].contains(words[end]) { end += 1 }
        guard end < words.count, let unit = DateWords.durationUnits[words[end]], unit.designator != "10Y" else { return nil }
        return DateCore(end: end + 1, kind: unit.time ? .time : .date, normalized: nil)
    }

    /// A weekday, optionally with a part of the day ("Thursday morning" is a TIME).
    /// `step` nil: most recent on or before publication; -1: strictly before; +1: strictly after.
    func weekday(at k: Int, step: Int? = nil) -> DateCore? {
        guard k < words.count, let target = DateWords.weekdays[words[k]],
              TokenShape.isCapitalized(words.tokens[k].text) else { return nil }
        let day = anchor.map { a -> CivilDate in
            let back = (a.weekday - target + 7) % 7
            switch step {
            case .some(let s) where s < 0: return a.adding(days: back == 0 ? -7 : -back)
            case .some: return a.adding(days: (target - a.weekday + 7) % 7 == 0 ? 7 : (target - a.weekday + 7) % 7)
            case .none: return a.adding(days: -back)
            }
        }
        return withPartOfDay(day, after: k + 1)
    }

    private func withPartOfDay(_ day: CivilDate?, after k: Int) -> DateCore {
        if k < words.count, let part = DateWords.partsOfDay[words[k]], words[k] != "overnight" {
            return DateCore(end: k + 1, kind: .time, normalized: day.map { "\($0)T\(part)" })
        }
        return DateCore(end: k, normalized: day?.description)
    }

    /// "three days ago" (a date), "three days" (a duration), "24 hours" (a TIME duration).
    func counted(at j: Int) -> DateCore? {
        var value: Double?
        var end = j
        if words[j] == "a" || words[j] == "an" {
            value = 1
            end = j + 1
        } else if let count = NumberCore.read(at: j, words), !count.ordinal, count.unit == nil, !count.percent,
                  count.currency == nil, let v = count.value {
            value = v
            end = count.end
        }
        guard let value, value >= 0, value < 100_000, end < words.count,
              let unit = DateWords.durationUnits[words[end]] else { return nil }
        if end + 1 < words.count, words[end + 1] == "ago" {
            let n = Int(value)
            let normalized = anchor.flatMap { a -> String? in
                switch unit.designator {
                case "D": return a.adding(days: -n).description
                case "W": return a.adding(days: -7 * n).isoWeekString
                case "M":
                    let index = a.year * 12 + (a.month - 1) - n
                    return "\(CivilDate.pad(index / 12, 4))-\(CivilDate.pad(index % 12 + 1, 2))"
                case "Y": return CivilDate.pad(a.year - n, 4)
                default: return nil
                }
            }
            return DateCore(end: end + 2, kind: unit.time ? .time : .date, normalized: unit.time ? nil : normalized)
        }
        guard words[j] != "a" && words[j] != "an" else { return nil }
        return DateCore(end: end + 1, kind: unit.time ? .time : .date, normalized: Self.duration(value, unit))
    }

    /// "10:30", "10am", "10 a.m.", "3 pm", "noon", "midnight".
    func clock(at j: Int) -> DateCore? {
        if words[j] == "noon" || words[j] == "midday" { return DateCore(end: j + 1, kind: .time, normalized: "T12:00") }
        if words[j] == "midnight" { return DateCore(end: j + 1, kind: .time, normalized: "T00:00") }
        guard let literal = NumericLiteral(words.tokens[j].text), literal.isPlainInteger, literal.integerDigits <= 2,
              literal.value <= 24 else { return nil }
        var hour = Int(literal.value), minute = 0
        var suffix = literal.suffix
        var end = j + 1
        var hasMinutes = false
        if suffix.hasPrefix(":") {
            let parts = suffix.dropFirst().prefix(2)
            guard parts.count == 2, let m = Int(parts), m < 60 else { return nil }
            minute = m
            hasMinutes = true
            suffix = String(suffix.dropFirst(3))
        } else if suffix.isEmpty, end + 1 < words.count, words[end] == ":", words.adjacent(end), words.adjacent(end + 1),
                  words[end + 1].count == 2, let m = Int(words[end + 1]), m < 60 {
            minute = m
            hasMinutes = true
            end += 2
        }
        if suffix.isEmpty {
            // "am", "pm", "a.m.", or the same split into adjacent tokens ("p" "." "m" ".").
            var joined = ""
            var k = end
            while k < words.count, k < end + 4, k == end || words.adjacent(k) {
                joined += Self.withoutPeriods(words[k])
                k += 1
                if joined == "am" || joined == "pm" {
                    suffix = joined
                    end = k
                    while end < words.count, words[end] == ".", words.adjacent(end) { end += 1 }
                    break
                }
            }
        }
        switch Self.withoutPeriods(suffix) {
        case "am": if hour == 12 { hour = 0 }
        case "pm": if hour < 12 { hour += 12 }
        case "" where hasMinutes: break
        default: return nil
        }
        return DateCore(end: end, kind: .time, normalized: "T\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))")
    }

    /// `s` without its full stops ("a.m." is "am"), in Swift rather than through Foundation.
    static func withoutPeriods(_ s: String) -> String {
        guard s.withUTF8Bytes({ $0.contains(0x2E) }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars where c != "." { out.append(c) }
        return String(out)
    }

    static func duration(_ value: Double, _ unit: (designator: String, time: Bool)) -> String {
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        if unit.designator == "10Y" { return "P\(value == value.rounded() ? String(Int(value) * 10) : String(value * 10))Y" }
        return unit.time ? "PT\(number)\(unit.designator)" : "P\(number)\(unit.designator)"
    }
}
