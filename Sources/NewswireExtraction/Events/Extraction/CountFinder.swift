import Foundation

/// Finds counted quantities of an event: a number, the unit after it and what the count is (killed, captured…).
struct CountFinder: Sendable {
    let entities: [EntityRecord]

    private static let unitStops: Set<String> = ["and", "or", ",", ".", ";", "each", "in", "on", "at", "from", "to",
                                                 "were", "was", "had", "have", "has", "been", "who", "that", "which",
                                                 "as", "by", "with", "during", "since", "per", "into", "near", "\"",
                                                 "\u{201D}", "are", "is", "for", "after", "before", "over", "when"]

    /// Counts in the sentence that belong to an event of `type` triggered at `hit`.
    func counts(for hit: TriggerHit, in s: SentenceView) -> [EventCount] {
        var out: [EventCount] = []
        let w = s.words
        let skipped = Set(s.mentions.filter { [.date, .time, .money, .ordinal, .percent].contains(entities[$0.entity].type) }
            .flatMap { Array($0.words) })
        var i = 0
        while i < w.count {
            if skipped.contains(i) || w[i].inQuote != w[hit.words.lowerBound].inQuote { i += 1; continue }
            var value: Double?
            var end = i + 1
            var unit: String?
            if let m = s.mentions.first(where: { $0.words.lowerBound == i && [.cardinal, .quantity].contains(entities[$0.entity].type) }) {
                // "five-storey": a modifier, not a count.
                if m.embedded || m.mention.text.contains("-") { i = m.words.upperBound; continue }
                value = entities[m.entity].value ?? Self.parse(w[i].lower)
                unit = entities[m.entity].unit
                end = m.words.upperBound
            } else if !w[i].lower.contains("-"), let v = Self.parse(w[i].lower) {
                value = v
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
            if let u = unit, !u.isEmpty, let category = category(unit: u, after: end, in: s, type: hit.type) {
                out.append(EventCount(value: v, unit: u, category: category))
            }
            i = end
        }
        return out
    }

    private func category(unit: String, after end: Int, in s: SentenceView, type: EventType) -> String? {
        if ["km2", "square kilometres", "square kilometers", "square miles", "hectares", "sq km"].contains(unit) { return "area" }
        if ["km", "kilometres", "kilometers", "miles", "metres", "meters", "m"].contains(unit) { return "distance" }
        let w = s.words
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

    /// A number written in digits ("1,200", "32") or words ("five", "twenty").
    static func parse(_ s: String) -> Double? {
        if let v = WordClasses.numberWords[s] { return v }
        let digits = s.replacingOccurrences(of: ",", with: "")
        guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." }), digits.first?.isNumber == true else { return nil }
        return Double(digits)
    }
}
