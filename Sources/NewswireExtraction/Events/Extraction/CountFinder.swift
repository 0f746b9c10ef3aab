import NewswireCore
import Foundation

/// Finds counted quantities of an event: a number, the unit after it and what the count is (killed, captured…).
struct CountFinder: Sendable {
    let entities: [EntityRecord]

    private static let unitStops: WordSet = ["and", "or", ",", ".", ";", "each", "in", "on", "at", "from", "to",
                                                 "were", "was", "had", "have", "has", "been", "who", "that", "which",
                                                 "as", "by", "with", "during", "since", "per", "into", "near", "\"",
                                                 "\u{201D}", "are", "is", "for", "after", "before", "over", "when"]

    /// A number of a sentence with the unit written after it.
    struct Number: Sendable {
        var value: Double
        var unit: String
        /// First word of the number, and one past its last word.
        var start: Int
        var end: Int
        var inQuote: Bool
    }

    /// The numbers of a sentence (computed once per sentence), skipping dates, money, ordinals and percentages.
    func numbers(in s: SentenceView) -> [Number] {
        var out: [Number] = []
        let w = s.words
        var i = 0
        while i < w.count {
            let m = s.mention(at: i)
            if let m, [.date, .time, .money, .ordinal, .percent].contains(entities[m.entity].type) { i = m.words.upperBound; continue }
            var value: Double?
            var end = i + 1
            var unit: String?
            if let m, m.words.lowerBound == i, [.cardinal, .quantity].contains(entities[m.entity].type) {
                // "five-storey": a modifier, not a count.
                if m.embedded || m.mention.text.unicodeScalars.contains("-") { i = m.words.upperBound; continue }
                value = entities[m.entity].value ?? Self.parse(w[i].lower)
                unit = entities[m.entity].unit
                end = m.words.upperBound
            } else if Self.mayBeNumber(w[i]), !w[i].lower.unicodeScalars.contains("-") {
                value = Self.parse(w[i].lower)
            }
            guard let v = value else { i += 1; continue }
            if unit == nil || unit?.isEmpty == true {
                var j = end
                if j < w.count, ["more", "other", "of"].contains(w[j].lower) { j += 1 }
                if j < w.count, ["its", "their", "the", "his", "her"].contains(w[j].lower) { j += 1 }
                var words: [String] = []
                while j < w.count, words.count < 3, !Self.unitStops.contains(w[j].lower),
                      WordClasses.countCategories[w[j].lower] == nil, w[j].lower.first?.isLetter == true {
                    words.append(w[j].lower)
                    j += 1
                }
                unit = words.joined(separator: " ")
            }
            if let u = unit, !u.isEmpty { out.append(Number(value: v, unit: u, start: i, end: end, inQuote: w[i].inQuote)) }
            i = end
        }
        return out
    }

    /// Counts of the sentence that belong to an event of the trigger's type: its numbers with a category.
    func counts(for hit: TriggerHit, numbers: [Number], in s: SentenceView) -> [EventCount] {
        let quoted = s.words[hit.words.lowerBound].inQuote
        return numbers.compactMap { n in
            guard n.inQuote == quoted,
                  let category = category(unit: n.unit, after: n.end, startOfNumber: n.start, in: s, type: hit.type) else { return nil }
            return EventCount(value: n.value, unit: n.unit, category: category)
        }
    }

    private func category(unit: String, after end: Int, startOfNumber: Int? = nil, in s: SentenceView, type: EventType) -> String? {
        if ["km2", "square kilometres", "square kilometers", "square miles", "hectares", "sq km"].contains(unit) { return "area" }
        if ["km", "kilometres", "kilometers", "miles", "metres", "meters", "m"].contains(unit) { return "distance" }
        let w = s.words
        // "killing five people", "abducted 15 students": the category word before the number.
        if let startWord = startOfNumber {
            for j in stride(from: startWord - 1, through: max(0, startWord - 3), by: -1) {
                if let c = WordClasses.countCategories[w[j].lower] { return c }
            }
        }
        for j in end..<min(w.count, end + 7) {
            if let c = WordClasses.countCategories[w[j].lower] { return c }
            if [".", ";"].contains(w[j].lower) { break }
        }
        if WordClasses.weaponUnits.contains(unit.split(separator: " ").last.map(String.init) ?? unit) { return "weapons" }
        switch type {
        case .prisonerExchange: return "released"
        case .equipmentDestroyed: return "destroyed"
        case .evacuation: return "displaced"
        case .territoryChange: return "captured"
        case .arrest: return "arrested"
        case .protest, .riot: return "participants"
        default: return nil
        }
    }

    /// Whether `parse` can read the word: it starts with a digit or is a number word.
    @inline(__always)
    private static func mayBeNumber(_ word: Word) -> Bool {
        guard let b = word.lower.utf8.first else { return false }
        return (b >= 48 && b <= 57) || word.flags.contains(.numberWord)
    }

    /// A number written in digits ("1,200", "32") or words ("five", "twenty").
    static func parse(_ s: String) -> Double? {
        guard let first = s.unicodeScalars.first else { return nil }
        if !("0"..."9").contains(first) { return WordClasses.numberWords[s] }
        var digits = String.UnicodeScalarView()
        for c in s.unicodeScalars where c != "," {
            guard ("0"..."9").contains(c) || c == "." else { return nil }
            digits.append(c)
        }
        return Double(String(digits))
    }
}
