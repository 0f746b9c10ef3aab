// PROVISIONAL: mirrors the event part of the `contract` branch's NewswireCore types (records.md v1)
// until that branch lands; delete this file when NewswireCore provides `EventRecord`.

/// The newswire event taxonomy (spec/events.md).
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
    case statement, appeal
    case threatDemand = "threat_demand"
    case meeting, agreement, aid, sanction, protest, riot, arrest, abduction
    case armedClash = "armed_clash"
    case territoryChange = "territory_change"
    case airOrDroneStrike = "air_or_drone_strike"
    case shellingMissileAttack = "shelling_missile_attack"
    case bombing
    case attackOnCivilians = "attack_on_civilians"
    case evacuation
    case prisonerExchange = "prisoner_exchange"
    case militaryPosture = "military_posture"
    case equipmentDestroyed = "equipment_destroyed"
    case disaster, election
}

/// CAMEO coding of an event.
public struct CameoCoding: Sendable, Hashable, Codable {
    public var code: String
    public var root: String
    public var label: String
    public var goldstein: Double
    public init(code: String, root: String, label: String, goldstein: Double) {
        self.code = code
        self.root = root
        self.label = label
        self.goldstein = goldstein
    }
}

/// ACLED coding of an event.
public struct ACLEDCoding: Sendable, Hashable, Codable {
    public var eventType: String
    public var subEventType: String
    public init(eventType: String, subEventType: String) {
        self.eventType = eventType
        self.subEventType = subEventType
    }
    enum CodingKeys: String, CodingKey {
        case eventType = "event_type", subEventType = "sub_event_type"
    }
}

/// A span of an article field.
public struct TextSpan: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var field: TextField
    public init(text: String, start: Int, end: Int, field: TextField = .body) {
        self.text = text
        self.start = start
        self.end = end
        self.field = field
    }
}

/// An actor, target or location of an event: an entity id when resolved, and its name.
public struct EventArgument: Sendable, Hashable, Codable {
    public var entity: String?
    public var name: String
    public init(entity: String? = nil, name: String) {
        self.entity = entity
        self.name = name
    }
}

/// When an event happened, as stated and normalized.
public struct EventTime: Sendable, Hashable, Codable {
    public var text: String
    public var normalized: String?
    public init(text: String, normalized: String? = nil) {
        self.text = text
        self.normalized = normalized
    }
}

/// A counted quantity of an event (killed, captured, destroyed, area, …).
public struct EventCount: Sendable, Hashable, Codable {
    public var value: Double
    public var unit: String
    public var category: String
    public init(value: Double, unit: String, category: String) {
        self.value = value
        self.unit = unit
        self.category = category
    }
}

/// Who says an event happened.
public struct Attribution: Sendable, Hashable, Codable {
    public var source: String
    public var entity: String?
    public init(source: String, entity: String? = nil) {
        self.source = source
        self.entity = entity
    }
}

/// How the text asserts an event.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    case asserted, claimed, planned, denied, hypothetical
}

/// One coded event (records.md, `events`).
public struct EventRecord: Sendable, Hashable, Codable {
    public var id: String
    public var type: EventType
    public var cameo: CameoCoding?
    public var acled: ACLEDCoding?
    public var trigger: TextSpan
    public var sentence: Int
    public var actors: [EventArgument]
    public var targets: [EventArgument]
    public var locations: [EventArgument]
    public var time: EventTime?
    public var counts: [EventCount]
    public var attribution: Attribution?
    public var modality: Modality
    public var confidence: Double

    public init(id: String, type: EventType, cameo: CameoCoding?, acled: ACLEDCoding?, trigger: TextSpan,
                sentence: Int, actors: [EventArgument] = [], targets: [EventArgument] = [],
                locations: [EventArgument] = [], time: EventTime? = nil, counts: [EventCount] = [],
                attribution: Attribution? = nil, modality: Modality = .asserted, confidence: Double = 0.5) {
        self.id = id
        self.type = type
        self.cameo = cameo
        self.acled = acled
        self.trigger = trigger
        self.sentence = sentence
        self.actors = actors
        self.targets = targets
        self.locations = locations
        self.time = time
        self.counts = counts
        self.attribution = attribution
        self.modality = modality
        self.confidence = confidence
    }
}

/// A quotation with its resolved speaker (records.md, `quotations`).
public struct QuotationRecord: Sendable, Hashable, Codable {
    /// Entity id of the speaker, when resolved.
    public var speaker: String?
    /// The speaker's name as written or resolved.
    public var speakerName: String?
    public var text: String
    public var start: Int
    public var end: Int
    public var field: TextField
    /// The reporting verb as written ("said", "wrote", "added").
    public var verb: String?
    public init(speaker: String?, speakerName: String?, text: String, start: Int, end: Int,
                field: TextField = .body, verb: String?) {
        self.speaker = speaker
        self.speakerName = speakerName
        self.text = text
        self.start = start
        self.end = end
        self.field = field
        self.verb = verb
    }
}
