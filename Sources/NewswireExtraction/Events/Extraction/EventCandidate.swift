import Foundation

/// One mention of an event, with its arguments, before mentions of the same happening are merged.
struct EventCandidate: Sendable {
    var type: EventType
    var code: String?
    var territory: TerritoryDirection?
    var trigger: TextSpan
    var field: TextField
    var sentence: Int
    /// Position of the sentence in the article.
    var order: Int
    /// Position of the latest sentence merged into this event.
    var lastOrder: Int
    var isHeadline: Bool
    var actors: [EventArgument] = []
    var targets: [EventArgument] = []
    var locations: [EventArgument] = []
    /// How specific the first location is.
    var locationKind: PlaceKind?
    /// Locations were carried over from the previous sentence.
    var locationInherited = false
    var time: EventTime?
    var counts: [EventCount] = []
    var attribution: Attribution?
    var modality: Modality = .asserted
    var isWeak = false
    /// Describes something else in a relative clause or refers to an old event: not news of this article.
    var isBackground = false
    /// Every trigger merged into this event, first one first.
    var evidence: [TextSpan] = []

    /// Whether two candidates name a common place (same entity, or one name containing the other).
    func sharesLocation(with other: EventCandidate) -> Bool {
        for a in locations {
            for b in other.locations {
                if let x = a.entity, let y = b.entity, x == y { return true }
                let p = a.name.lowercased(), q = b.name.lowercased()
                if !p.isEmpty, !q.isEmpty, p.contains(q) || q.contains(p) { return true }
            }
        }
        return false
    }

    /// Whether the two times can be the same happening (either unknown, or equal).
    func timeCompatible(with other: EventCandidate) -> Bool {
        guard let a = time, let b = other.time else { return true }
        if let x = a.normalized, let y = b.normalized { return x.hasPrefix(y) || y.hasPrefix(x) }
        return a.text.lowercased() == b.text.lowercased()
            || a.text.lowercased().contains(b.text.lowercased()) || b.text.lowercased().contains(a.text.lowercased())
    }

    /// Absorbs another mention of the same happening: arguments are united, the more specific code kept.
    mutating func absorb(_ other: EventCandidate) {
        evidence.append(contentsOf: other.evidence)
        lastOrder = max(lastOrder, other.lastOrder)
        isBackground = isBackground && other.isBackground
        for a in other.actors where !actors.contains(a) { actors.append(a) }
        for t in other.targets where !targets.contains(t) { targets.append(t) }
        if locations.isEmpty || (locationInherited && !other.locationInherited && !other.locations.isEmpty) {
            locations = other.locations
            locationKind = other.locationKind
            locationInherited = other.locationInherited
        } else {
            for l in other.locations where !locations.contains(where: { $0.name == l.name }) { locations.append(l) }
        }
        if time == nil { time = other.time }
        for c in other.counts where !counts.contains(c) { counts.append(c) }
        if attribution == nil { attribution = other.attribution }
        if let mine = code, let theirs = other.code, theirs.count > mine.count, theirs.hasPrefix(mine) { code = theirs }
        if modality != .asserted, other.modality == .asserted, !other.isHeadline { modality = .asserted }
        if territory == nil { territory = other.territory }
    }
}
