import NewswireCore
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
    /// The trigger stands inside a quotation.
    var inQuote = false
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
    /// The trigger names participants ("protesters", "evacuees"): they belong to the happening already told.
    var isParticipant = false
    /// Introduced as a new happening of its type ("another exchange"): merges only within its sentence.
    var isAnother = false
    /// Every trigger merged into this event, first one first.
    var evidence: [TextSpan] = []

    /// Whether two candidates name a common place (same entity, or one name containing the other).
    func sharesLocation(with other: EventCandidate) -> Bool {
        for a in locations {
            for b in other.locations {
                if let x = a.entity, let y = b.entity {
                    if x == y { return true }
                    if a.name == b.name { return true }
                    continue
                }
                let p = a.name, q = b.name
                if !p.isEmpty, !q.isEmpty, p.containsUTF8(q) || q.containsUTF8(p) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the two times can be the same happening (either unknown, or equal).
    /// Campaigns and ongoing situations (fighting, territory, posture, evacuations) span many dates.
    func timeCompatible(with other: EventCandidate) -> Bool {
        if Self.isDurative(type) { return true }
        guard let a = time, let b = other.time else { return true }
        if let x = a.normalized, let y = b.normalized { return x.hasPrefix(y) || y.hasPrefix(x) }
        if a.normalized != nil || b.normalized != nil { return true }
        // Two times that each name a day or month must overlap in wording; the second is lower-cased only
        // when the first names one.
        let p = a.text.lowercased()
        guard Self.namesDay(p) else { return true }
        let q = b.text.lowercased()
        guard Self.namesDay(q) else { return true }
        return p.contains(q) || q.contains(p)
    }

    /// Whether lower-cased time text names a weekday or month (the names are ASCII: compared as bytes).
    private static func namesDay(_ text: String) -> Bool {
        dayNames.contains { text.containsUTF8($0) }
    }

    /// Types that span many dates (a switch: a `Set<EventType>` would hash the type's raw String on every test).
    static func isDurative(_ type: EventType) -> Bool {
        switch type {
        case .armedClash, .territoryChange, .militaryPosture, .evacuation: true
        default: false
        }
    }
    static let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                           "february", "march", "april", "may", "june", "july", "august", "september", "october",
                           "november", "december"]

    /// Absorbs another mention of the same happening: arguments are united, the more specific code kept.
    mutating func absorb(_ other: EventCandidate) {
        evidence.append(contentsOf: other.evidence)
        // A headline summarises; the body sentence that tells the happening is the better trigger to show.
        if isHeadline, !other.isHeadline, field != other.field {
            trigger = other.trigger
            field = other.field
            sentence = other.sentence
        }
        lastOrder = max(lastOrder, other.lastOrder)
        isBackground = isBackground && other.isBackground
        if actors.isEmpty { actors = other.actors }
        if targets.isEmpty { targets = other.targets }
        if locations.isEmpty || (locationInherited && !other.locationInherited && !other.locations.isEmpty) {
            locations = other.locations
            locationKind = other.locationKind
            locationInherited = other.locationInherited
        }
        if time == nil { time = other.time }
        for c in other.counts where !counts.contains(c) { counts.append(c) }
        if attribution == nil { attribution = other.attribution }
        if let mine = code, let theirs = other.code, theirs.count > mine.count, theirs.hasPrefix(mine) { code = theirs }
        if modality == .hypothetical, other.modality == .asserted { modality = .asserted }
        if territory == nil { territory = other.territory }
    }
}
