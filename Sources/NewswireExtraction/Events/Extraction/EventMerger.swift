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
        // Same sentence, same type: one happening told once.
        if let k = events.lastIndex(where: { $0.type == c.type && $0.field == c.field && $0.sentence == c.sentence }) { return k }
        // Same type and place anywhere in the article, compatible time.
        if !c.locations.isEmpty, !c.locationInherited,
           let k = events.firstIndex(where: { $0.type == c.type && $0.sharesLocation(with: c) && $0.timeCompatible(with: c) }) {
            return k
        }
        // No place of its own: the latest event of the type a few sentences before.
        if c.locations.isEmpty || c.locationInherited,
           let k = events.lastIndex(where: { $0.type == c.type && $0.timeCompatible(with: c) && c.order - lastOrder($0) <= window }) {
            return k
        }
        // A headline event and its body mention: same type, the headline names no other place.
        if let k = events.firstIndex(where: { $0.isHeadline && $0.type == c.type && ($0.locations.isEmpty || c.locations.isEmpty) }) {
            return k
        }
        return nil
    }

    private func lastOrder(_ e: EventCandidate) -> Int { e.lastOrder }

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
