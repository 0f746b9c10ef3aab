import NewswireCore
/// Merges the mentions of one happening into one event: within a sentence, across the article (same type and
/// place, compatible time), located-less mentions into the latest event of their type close before them, and
/// a meeting into the agreement signed at it.
struct EventMerger: Sendable {
    /// Sentences back within which a mention without a place joins the latest event of its type.
    var window = 3

    func merge(_ candidates: [EventCandidate]) -> [EventCandidate] {
        var events: [EventCandidate] = []
        for c in candidates {
            if let k = target(for: c, in: events) {
                events[k].absorb(c)
            } else {
                events.append(c)
            }
        }
        return absorbMeetingsIntoAgreements(events)
    }

    private func target(for c: EventCandidate, in events: [EventCandidate]) -> Int? {
        let placeless = c.locations.isEmpty || c.locationInherited
        var sameSentence: Int?, samePlace: Int?, recent: Int?, headline: Int?
        // Same type (and, where it matters, the same CAMEO root: tear gas fired at a march (17) is not the march
        // (14), an accusation (11) not the denial before it (01)).
        for k in events.indices where events[k].type == c.type
            && (!Self.isRootSensitive(c.type) || Self.root(events[k].code) == Self.root(c.code)) {
            let e = events[k]
            // Same sentence, same type: one happening told once.
            if e.field == c.field && e.sentence == c.sentence { sameSentence = k }
            // "another exchange is being prepared" is a happening of its own (in a quotation right after the
            // news, "Another exchange of prisoners," it is the one just reported).
            if c.isAnother && !c.inQuote { continue }
            // Same type and place anywhere in the article, compatible time.
            if samePlace == nil, !placeless, e.sharesLocation(with: c), e.timeCompatible(with: c) { samePlace = k }
            // "a group of protesters": participants of the latest happening of the type, wherever they stand.
            if c.isParticipant, c.order - e.lastOrder <= window, e.timeCompatible(with: c) { recent = k }
            // No place of its own: the latest event of the type a few sentences before.
            if placeless, c.order - e.lastOrder <= window, e.timeCompatible(with: c) { recent = k }
            // A quotation right after the news elaborates on it ("Another exchange of prisoners," the aide said).
            if c.inQuote, c.order - e.lastOrder <= 2, e.timeCompatible(with: c) { recent = k }
            // A headline event and its body mention, when one of them names no place.
            if headline == nil, e.isHeadline, e.locations.isEmpty || c.locations.isEmpty { headline = k }
        }
        return c.isParticipant ? (sameSentence ?? recent ?? samePlace ?? headline) : (sameSentence ?? samePlace ?? recent ?? headline)
    }

    private func lastOrder(_ e: EventCandidate) -> Int { e.lastOrder }

    /// Types whose triggers name different kinds of action under one type; within them only mentions of the same
    /// CAMEO root tell one happening ("the agreement" may still be the ceasefire: agreement types merge freely).
    static func isRootSensitive(_ type: EventType) -> Bool {
        switch type {
        case .protest, .statement, .threatDemand: true
        default: false
        }
    }

    /// The two-digit CAMEO root of a code ("" without one).
    static func root(_ code: String?) -> Substring { code?.prefix(2) ?? "" }

    private func absorbMeetingsIntoAgreements(_ events: [EventCandidate]) -> [EventCandidate] {
        var out = events
        var removed = Set<Int>()
        for (i, m) in out.enumerated() where m.type == .meeting {
            if let k = out.indices.first(where: { out[$0].type == .agreement && abs(out[$0].order - m.order) <= 2
                && (out[$0].sharesLocation(with: m) || out[$0].locations.isEmpty) }) {
                var merged = out[k]
                merged.absorb(m)
                out[k] = merged
                removed.insert(i)
            }
        }
        return out.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }
}
