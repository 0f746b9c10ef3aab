import NewswireCore
import Foundation

extension EventExtractor {
    private static let needWords: WordSet = ["need", "needs", "needed", "require", "required", "requires", "lack",
                                                 "lacks", "lacking", "shortage", "shortages", "short"]
    private static let militaryAid: WordSet = ["weapons", "arms", "ammunition", "air-defence", "air-defense",
                                                   "defence", "defense", "tanks", "missiles", "systems", "jets", "military"]
    private static let humanitarianAid: WordSet = ["food", "water", "medicine", "medicines", "shelter", "humanitarian",
                                                       "medical", "evacuation", "evacuate", "help", "aid", "assistance"]
    private static let economicAid: WordSet = ["money", "funds", "funding", "financial", "economic", "loans", "budget"]

    /// Event mentions of one sentence, with arguments, modality and attribution attached.
    func candidatesIn(_ s: SentenceView, document: TextDocument, entities: [EntityRecord], tracker: PlaceTracker,
                      quotations: [QuotationRecord], publishedAt: Date?) -> [EventCandidate] {
        let refiner = InstrumentRefiner()
        var hits = TriggerMatcher(lexicon: lexicon).hits(in: s).compactMap { hit -> TriggerHit? in
            var h = hit
            (h.type, h.code) = refiner.refine(hit, in: s)
            h.code = refiner.refineByObject(h.type, code: h.code, hit: h, in: s)
            // A negated event did not happen, unless someone denies it, which is itself the news.
            if h.negated, !s.words[..<h.words.lowerBound].contains(where: { $0.flags.contains(.denier) }) {
                return nil
            }
            let i = h.words.lowerBound
            if h.entry.territory == .transferred, i >= 2, s.words[i - 1].lower == "to",
               ["forced", "forcing", "force", "forces"].contains(s.words[i - 2].lower) {
                h.type = .armedClash
                h.code = "190"
            }
            return h
        }
        // Reporting verbs are events only when what they report holds no other event.
        hits = hits.compactMap { h in
            guard h.entry.isReporting else { return h }
            if hits.contains(where: { !$0.entry.isReporting && $0.words.lowerBound > h.words.lowerBound }) { return nil }
            return needAppeal(h, in: s) ?? threatWarning(h, in: s) ?? h
        }
        // "killed", "destroyed", "hit" next to a stronger trigger are that event's consequences.
        if hits.contains(where: { !$0.entry.isWeak }) { hits = hits.filter { !$0.entry.isWeak } }
        // "urged partners to send air defences", "demanded that Moscow halt attacks": the action asked for has
        // not happened; the appeal or demand is the event. (A threatened action stays, as a hypothetical event.)
        let asked = hits
        hits = hits.filter { h in !asked.contains { Self.isRequestedAction(h, by: $0, in: s) } }
        let args = ArgumentFinder(entities: entities)
        let modal = ModalityFinder(entities: entities)
        let counter = CountFinder(entities: entities)
        let numbers = hits.isEmpty ? [] : counter.numbers(in: s)
        return hits.map { h in
            let first = s.words[h.words.lowerBound], last = s.words[h.words.upperBound - 1]
            let span = TextSpan(text: document.slice(first.start, last.end), start: first.start, end: last.end, field: s.field)
            var c = EventCandidate(type: h.type, code: h.code, territory: h.entry.territory, trigger: span, field: s.field,
                                   sentence: s.index, order: s.order, lastOrder: s.order, isHeadline: s.isHeadline)
            c.evidence = [span]
            c.isWeak = h.entry.isWeak
            c.inQuote = first.inQuote
            let located = args.locations(for: h, in: s, tracker: tracker)
            c.locations = located.map(\.arg)
            c.locationKind = located.first?.kind
            let attribution = modal.attribution(for: h, in: s, document: document, quotes: quotations)
            c.attribution = attribution?.0
            c.actors = args.actors(for: h, in: s, excluding: attribution?.entity)
            c.targets = args.targets(for: h, in: s)
            let time = args.time(for: h, in: s)
            c.time = time?.0
            c.counts = counter.counts(for: h, numbers: numbers, in: s)
            c.modality = modal.modality(for: h, in: s)
            let old = isOld(c.time, publishedAt: publishedAt)
            let timeInClause = time.map { t in h.relativeClauseStart.map { r in
                s.mentions.contains { $0.entity == t.entity && $0.words.lowerBound > r } } ?? false } ?? false
            // "since its invasion": a time anchor, not news.
            let j = h.words.lowerBound
            let since = (j >= 1 && s.words[j - 1].lower == "since")
                || (j >= 2 && s.words[j - 2].lower == "since" && s.words[j - 1].flags.contains(.determiner))
            c.isBackground = old || since || (h.inRelativeClause && !timeInClause)
            // "another exchange is being prepared": a happening of its own, whatever came before.
            c.isAnother = j >= 1 && Self.anotherWords.contains(s.words[j - 1].lower)
            c.isParticipant = h.entry.pos == .noun && ["er", "or", "ee"].contains { h.entry.phrase.hasSuffix($0) }
            return c
        }
    }

    /// Words right before a trigger that make it a different happening from earlier ones of its type.
    static let anotherWords: WordSet = ["another", "second", "third", "further", "next"]

    /// Whether `h` is the action that `request` asks for: an appeal or demand before it in the same clause, within
    /// eight words, with "to" or "that" between ("urged X to send", "demanded that X halt").
    static func isRequestedAction(_ h: TriggerHit, by request: TriggerHit, in s: SentenceView) -> Bool {
        guard request.type == .appeal || (request.type == .threatDemand && request.code?.hasPrefix("10") == true),
              h.type != .appeal, h.type != .threatDemand, h.type != .statement,
              request.words.upperBound <= h.words.lowerBound,
              h.words.lowerBound - request.words.upperBound <= 8 else { return false }
        let between = s.words[request.words.upperBound..<h.words.lowerBound]
        if between.contains(where: { $0.lower == "," || $0.lower == ";" || $0.lower == "and" }) { return false }
        return between.contains { $0.lower == "to" || $0.lower == "that" }
    }

    /// "warned that the country has a fraction of the air defences it needs": a statement that is an appeal.
    private func needAppeal(_ h: TriggerHit, in s: SentenceView) -> TriggerHit? {
        let after = Set(s.words[h.words.upperBound...].map(\.lower))
        guard !after.isDisjoint(with: Self.needWords) else { return nil }
        var out = h
        out.type = .appeal
        if !after.isDisjoint(with: Self.militaryAid) { out.code = "0232" }
        else if !after.isDisjoint(with: Self.economicAid) { out.code = "0231" }
        else if !after.isDisjoint(with: Self.humanitarianAid) { out.code = "0233" }
        else { out.code = "023" }
        return out
    }

    /// "warned that Moscow would respond": a warning of what a named party (or "it", "they") will do is a threat.
    func threatWarning(_ h: TriggerHit, in s: SentenceView) -> TriggerHit? {
        guard h.entry.phrase == "warn" else { return nil }
        var k = h.words.upperBound
        if k < s.words.count, s.words[k].lower == "that" { k += 1 }
        guard k < s.words.count else { return nil }
        if let m = s.mention(at: k), m.words.lowerBound == k { k = m.words.upperBound }
        else if Self.subjectPronouns.contains(s.words[k].lower) { k += 1 }
        else { return nil }
        guard k < s.words.count, ["would", "will"].contains(s.words[k].lower) else { return nil }
        var out = h
        out.type = .threatDemand
        out.code = "130"
        return out
    }

    static let subjectPronouns: WordSet = ["it", "they", "we", "he", "she"]

    /// Whether a resolved time lies well before publication.
    func isOld(_ time: EventTime?, publishedAt: Date?) -> Bool {
        guard let published = publishedAt, let normalized = time?.normalized, let end = Self.periodEnd(normalized) else {
            return false
        }
        return end < published.addingTimeInterval(-backgroundAfterDays * 86_400)
    }

    /// The numbers of "YYYY", "YYYY-MM" or "YYYY-MM-DD…" read from the bytes, as `split` and `Int` read them;
    /// nil for any other shape.
    static func dateParts(_ iso: String) -> [Int]? {
        iso.withUTF8Bytes { b -> [Int]? in
            @inline(__always) func digits(_ r: Range<Int>) -> Int? {
                var v = 0
                for i in r {
                    guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                    v = v * 10 + Int(b[i] - 0x30)
                }
                return v
            }
            let n = b.count
            guard n >= 4, let y = digits(0..<4) else { return nil }
            if n == 4 { return [y] }
            guard n >= 7, b[4] == 0x2D, let m = digits(5..<7) else { return nil }
            if n == 7 { return [y, m] }
            // The day, when no byte after it could join its last digit into one character (a combining mark).
            guard n >= 10, b[7] == 0x2D, let d = digits(8..<10), n == 10 || b[10] < 0x80 else { return nil }
            return [y, m, d]
        }
    }

    /// The end of an ISO date or period ("2022-09-14", "2022-09", "2022").
    static func periodEnd(_ iso: String) -> Date? {
        periodEnd(parts: Self.dateParts(iso) ?? iso.prefix(10).split(separator: "-").compactMap { Int($0) })
    }

    /// The end of the period whose year, month and day are `parts` (as many as given).
    static func periodEnd(parts: [Int]) -> Date? {
        guard let year = parts.first, (1000...9999).contains(year) else { return nil }
        // Proleptic Gregorian arithmetic, identical to Foundation's calendar after the 1582 reform.
        if year > 1600 {
            var y = year, m = 1, d = 1
            switch parts.count {
            case 1: y = year + 1
            case 2: m = parts[1] + 1
            default: m = parts[1]; d = parts[2] + 1
            }
            y += (m - 1 >= 0 ? (m - 1) / 12 : (m - 12) / 12)
            m = ((m - 1) % 12 + 12) % 12 + 1
            return Date(timeIntervalSince1970: Double(CivilDate(year: y, month: m, day: 1).daysSinceEpoch + d - 1) * 86_400)
        }
        var c = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: year)
        switch parts.count {
        case 1: c.year = year + 1; c.month = 1; c.day = 1
        case 2: c.month = parts[1] + 1; c.day = 1
        default: c.month = parts[1]; c.day = parts[2] + 1
        }
        return c.date
    }
}
