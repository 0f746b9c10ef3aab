import NewswireCore
/// Attaches actors, targets, locations and time to a trigger from its sentence and the places seen before it.
struct ArgumentFinder: Sendable {
    let entities: [EntityRecord]

    /// Places of the event, most specific first: places after locative prepositions, the direct object of a
    /// violent or territorial verb, then back-references ("the region", "the city", "there").
    func locations(for hit: TriggerHit, in s: SentenceView, tracker: PlaceTracker) -> [(arg: EventArgument, kind: PlaceKind)] {
        var found: [(entity: Int, kind: PlaceKind, distance: Int)] = []
        let w = s.words
        let clause = self.clause(around: hit, in: s)
        let ownHalf = self.semicolonClause(around: hit, in: s)
        let objectTakesPlace = WordClasses.isViolent(hit.type) || hit.type == .territoryChange
            || hit.type == .evacuation || hit.type == .meeting || hit.type == .disaster
        for m in s.mentions where WordClasses.isPlaceType(entities[m.entity].type) && !m.embedded
            && ownHalf.contains(m.words.lowerBound) {
            let first = m.words.lowerBound, last = m.words.upperBound
            let next = last < w.count ? w[last].lower : nil
            if next == "'s", last + 1 < w.count, !WordClasses.placeNouns.contains(w[last + 1].lower) { continue }
            let j = governor(of: m, in: s)
            let prep = j >= 0 ? w[j].lower : ""
            let prepIsTrigger = j >= 0 && hit.words.contains(j)
            let verbBefore = j > 0 && (w[j - 1].lower.hasSuffix("ed") || ["call", "calls", "calling", "rely", "relies"].contains(w[j - 1].lower))
            let locative = (WordClasses.locativePrepositions.contains(prep) && !prepIsTrigger
                && !(["on", "to"].contains(prep) && verbBefore))
                || (prep == "of" && j > 0 && w[j - 1].lower == "out")  // "pushed out of X"
                || (hit.type == .aid && (prep == "for" || prep == "to") && j > hit.words.lowerBound)  // aid for X
            // "Geneva talks", "the Doha summit": a place right before a meeting noun is its venue.
            let venue = hit.type == .meeting && hit.entry.pos != .verb && last == hit.words.lowerBound
            let directObject = objectTakesPlace && (first == hit.words.upperBound || j == hit.words.upperBound - 1)
            let placeNounAfter = next.map { WordClasses.placeNouns.contains($0) || $0 == "regional" } ?? false
            let cityOfPattern = first >= 2 && w[first - 1].lower == "of"
                && (WordClasses.placeNouns.contains(w[first - 2].lower) || Self.ofPlaceNouns.contains(w[first - 2].lower))
            guard locative || directObject || placeNounAfter || cityOfPattern || venue else { continue }
            let kind = PlaceKind(entity: entities[m.entity], nextWord: next)
            let distance = abs(first - hit.words.lowerBound)
            found.append((m.entity, kind, clause.contains(first) ? distance : distance + 1000))
        }
        // Back-references.
        for (i, word) in w.enumerated() where (word.flags.contains(.placeNoun) || word.lower == "there") && ownHalf.contains(i) {
            let l = word.lower
            let isRef: Bool
            if l == "there" { isRef = i > 0 && !["is", "are", "was", "were", "has", "have", "had"].contains(w[min(i + 1, w.count - 1)].lower) }
            else if WordClasses.regionNouns.contains(l) || WordClasses.cityNouns.contains(l) || l == "area" {
                let prev = i > 0 ? w[i - 1].lower : ""
                let prev2 = i > 1 ? w[i - 2].lower : ""
                let noMentionBefore = s.mention(at: i - 1) == nil && (i < 2 || s.mention(at: i - 2) == nil)
                let nextIsOf = i + 1 < w.count && w[i + 1].lower == "of"
                isRef = noMentionBefore && !nextIsOf && (prev == "the" || (prev2 == "the" && i > 1))
            } else { isRef = false }
            guard isRef, let p = tracker.resolve(l == "capital" ? "city" : l, order: s.order, word: i) else { continue }
            found.append((p.entity, p.kind, abs(i - hit.words.lowerBound) + 1 + (clause.contains(i) ? 0 : 1000)))
        }
        // A violent event with no place word: the nearest non-country place the sentence names ("X was shelled").
        // The dateline ("KUALA LUMPUR - ...") is where the reporter is, not where it happened. Countries only when
        // the sentence names nothing smaller ("fighting along the border" of the two countries named).
        if found.isEmpty, objectTakesPlace {
            var countries: [(entity: Int, kind: PlaceKind, distance: Int)] = []
            for m in s.mentions where WordClasses.isPlaceType(entities[m.entity].type) && !m.embedded
                && ownHalf.contains(m.words.lowerBound) && !Self.isDateline(m, in: s) {
                let next = m.words.upperBound < w.count ? w[m.words.upperBound].lower : nil
                let kind = PlaceKind(entity: entities[m.entity], nextWord: next)
                guard next != "'s" else { continue }
                let item = (m.entity, kind, abs(m.words.lowerBound - hit.words.lowerBound) + 500)
                if kind != .country { found.append(item) } else if WordClasses.isViolent(hit.type) { countries.append(item) }
            }
            if found.isEmpty { found = countries }
        }
        // Places in the trigger's own clause win; others only when the clause names none.
        if found.contains(where: { $0.distance < 1000 }) { found.removeAll { $0.distance >= 1000 } }
        var seen = Set<Int>()
        return found.sorted { ($0.kind, $0.distance) < ($1.kind, $1.distance) }
            .filter { seen.insert($0.entity).inserted }
            .map { (EventArgument(entity: entities[$0.entity].id, name: entities[$0.entity].name), $0.kind) }
    }

    /// The word governing a mention: walks back over determiners, adjectives and "city of" to the preposition
    /// or verb before it; -1 at the sentence start.
    func governor(of m: MentionRef, in s: SentenceView) -> Int {
        let w = s.words
        var j = m.words.lowerBound - 1
        while j >= 0 {
            let l = w[j].lower
            if l == "of", j > 0, WordClasses.placeNouns.contains(w[j - 1].lower) { j -= 2; continue }
            if Self.modifiers.contains(l) || WordClasses.placeNouns.contains(l) { j -= 1; continue }
            break
        }
        return j
    }

    /// "the mayor of X", "residents of X": X is where the event is.
    private static let ofPlaceNouns: WordSet = ["mayor", "governor", "residents", "people", "citizens", "authorities",
                                                    "police", "inhabitants", "streets", "centre", "heart"]

    /// Words between a trigger and a name that make the name something other than its target.
    private static let nonObjectWords: WordSet = ["by", "in", "at", "near", "from", "on", "following", "after",
                                                      "before", "amid", "during", "as", "since", "with", "for", "over"]

    private static let clauseMarks: WordSet = [",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", ")", "\"", "\u{201C}", "\u{201D}"]

    private static let modifiers: WordSet = ["the", "a", "southern", "northern", "eastern", "western", "central",
                                                 "occupied", "frontline", "front-line", "key", "strategic", "nearby",
                                                 "besieged", "embattled", "neighbouring", "neighboring", "ukrainian",
                                                 "russian", "capital", "regional", "its", "their"]

    /// The words of the trigger's clause: up to the nearest clause punctuation on either side.
    func clause(around hit: TriggerHit, in s: SentenceView) -> Range<Int> {
        let w = s.words
        var a = hit.words.lowerBound
        while a > 0, !w[a - 1].flags.contains(.clauseMark) { a -= 1 }
        var b = hit.words.upperBound
        while b < w.count, !w[b].flags.contains(.clauseMark) { b += 1 }
        return a..<b
    }

    /// A place in capitals opening the sentence, before a dash or comma: the dateline ("KHARKIV, Ukraine -").
    static func isDateline(_ m: MentionRef, in s: SentenceView) -> Bool {
        guard m.words.lowerBound <= 2 else { return false }
        let words = s.words[m.words]
        return words.allSatisfy { $0.text == $0.text.uppercased() && $0.text != $0.text.lowercased() }
    }

    /// The words between the semicolons around the trigger: "Russia says it downed drones over Crimea; Kyiv
    /// denies attacking ferry" tells two things, and a place of one half is no place of the other.
    func semicolonClause(around hit: TriggerHit, in s: SentenceView) -> Range<Int> {
        let w = s.words
        var a = hit.words.lowerBound
        while a > 0, w[a - 1].lower != ";" { a -= 1 }
        var b = hit.words.upperBound
        while b < w.count, w[b].lower != ";" { b += 1 }
        return a..<b
    }

    /// Who acts: named people, organisations, places and nationalities before the trigger in its clause, or
    /// the agent of a passive ("destroyed by X").
    func actors(for hit: TriggerHit, in s: SentenceView, excluding source: Int?) -> [EventArgument] {
        let w = s.words
        var out: [EventArgument] = []
        // "a Ukrainian counter-offensive", "Russian shelling": the nationality or place right before a noun
        // trigger is its actor.
        if hit.entry.pos != .verb, let m = modifierName(before: hit.words.lowerBound, in: s) {
            return [EventArgument(entity: entities[m.entity].id, name: entities[m.entity].name)]
        }
        var j = hit.words.lowerBound - 1
        var clauseStart = 0
        while j >= 0 {
            let l = w[j].lower
            if w[j].flags.contains(.actorClauseBound) || (l == "that" && j > 0 && WordClasses.reportingVerbs.contains(w[j - 1].lower)) {
                clauseStart = j + 1
                break
            }
            j -= 1
        }
        let clause = self.clause(around: hit, in: s)
        for start in [max(clauseStart, clause.lowerBound), clauseStart] where out.isEmpty {
        for m in s.mentions.reversed() where m.words.upperBound <= hit.words.lowerBound && m.words.lowerBound >= start {
            let e = entities[m.entity]
            guard WordClasses.isActorType(e.type), m.entity != source else { continue }
            let g = governor(of: m, in: s)
            let before = g >= 0 ? w[g].lower : ""
            if WordClasses.locativePrepositions.contains(before) || before == "of" || before == "after" { continue }
            let after = m.words.upperBound < w.count ? w[m.words.upperBound].lower : ""
            if WordClasses.placeNouns.contains(after) || after == "regional" { continue }
            if s.mentions.contains(where: { o in o.words != m.words && o.words.lowerBound <= m.words.lowerBound
                && m.words.upperBound <= o.words.upperBound && WordClasses.isActorType(entities[o.entity].type) }) { continue }
            let verbAfter = m.words.upperBound < w.count && WordClasses.reportingVerbs.contains(after)
            if verbAfter { continue }
            var name = e.name
            if e.type == .norp, WordClasses.forceNouns.contains(after) { name = "\(e.name) \(after)" }
            if m.embedded, !after.isEmpty, e.type != .norp { continue }
            out.append(EventArgument(entity: e.id, name: name))
            if out.count == 2 { break }
        }
        }
        // "X said it had liberated …": the pronoun subject is the speaker.
        if out.isEmpty, let src = source, w[clauseStart..<hit.words.lowerBound].contains(where: { ["it", "they", "its"].contains($0.lower) }) {
            out.append(EventArgument(entity: entities[src].id, name: entities[src].name))
        }
        if out.isEmpty, let by = w[hit.words.upperBound...].firstIndex(where: { $0.lower == "by" }),
           let m = s.mentions.first(where: { $0.words.lowerBound == by + 1 || $0.words.lowerBound == by + 2 }),
           WordClasses.isActorType(entities[m.entity].type) {
            out.append(EventArgument(entity: entities[m.entity].id, name: entities[m.entity].name))
        }
        return out.reversed()
    }

    /// A nationality, place or organisation right before a noun, or with one adjective between
    /// ("a Ukrainian counter-offensive", "Russian missile strikes").
    private func modifierName(before t: Int, in s: SentenceView) -> MentionRef? {
        for gap in 0...1 {
            guard let m = s.mention(at: t - 1 - gap), m.words.upperBound == t - gap, !m.embedded,
                  [.norp, .gpe, .org].contains(entities[m.entity].type) else { continue }
            if gap == 1, s.words[t - 1].flags.contains(.clauseMark) || s.mention(at: t - 1) != nil { continue }
            return m
        }
        return nil
    }

    /// Who or what is acted on: named parties right after the trigger in its clause, not after a preposition.
    func targets(for hit: TriggerHit, in s: SentenceView) -> [EventArgument] {
        let w = s.words
        var out: [EventArgument] = []
        for m in s.mentions where m.words.lowerBound >= hit.words.upperBound && m.words.lowerBound <= hit.words.upperBound + 4 {
            let e = entities[m.entity]
            guard WordClasses.isActorType(e.type), !m.embedded else { continue }
            let between = w[hit.words.upperBound..<m.words.lowerBound].map(\.lower)
            if between.contains(where: { WordClasses.clauseBreaks.contains($0) || Self.nonObjectWords.contains($0) }) { continue }
            out.append(EventArgument(entity: e.id, name: e.name))
        }
        return out
    }

    /// The date or time nearest the trigger in its sentence.
    func time(for hit: TriggerHit, in s: SentenceView) -> (EventTime, entity: Int)? {
        let dated = s.mentions.filter { [.date, .time].contains(entities[$0.entity].type) }
        guard let best = dated.min(by: { abs($0.words.lowerBound - hit.words.lowerBound) < abs($1.words.lowerBound - hit.words.lowerBound) })
        else { return nil }
        return (EventTime(text: best.mention.text, normalized: entities[best.entity].normalized), best.entity)
    }
}
