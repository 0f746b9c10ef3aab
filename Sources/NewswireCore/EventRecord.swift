/// One event found in an article (`"events": [{…}]`, and the `event` of each `articles.events` message).
///
/// `cameo` and `acled` are always written, as null when absent; other optional members are omitted
/// when nil. `confidence` is written with 4 decimals.
public struct EventRecord: Sendable, Hashable, Codable {
    /// Record-local id (`v1`, `v2`…); the events-topic key is `<article id>#<id>`.
    public var id: String
    /// newswire's event type (the taxonomy's row).
    public var type: EventType
    /// CAMEO coding; nil only for types CAMEO does not cover (disaster, election).
    public var cameo: CameoCoding?
    /// ACLED coding, for political-violence, protest and strategic events.
    public var acled: ACLEDCoding?
    /// The word or phrase that states the event.
    public var trigger: TextSpan
    /// Index of the trigger's sentence within its field (0-based).
    public var sentence: Int
    /// Who acts.
    public var actors: [EventArgument]
    /// Who or what is acted on.
    public var targets: [EventArgument]
    /// Where it happens (resolved places where possible).
    public var locations: [EventArgument]
    /// When it happened, as stated.
    public var time: EventTime?
    /// Casualties, captures, areas and other counted outcomes.
    public var counts: [EventCount]
    /// Who says so, when the text attributes the event to a source.
    public var attribution: Attribution?
    /// How the text presents the event.
    public var modality: Modality
    /// How sure the extractor is, 0...1.
    public var confidence: Double

    /// Creates an event record.
    public init(
        id: String, type: EventType, cameo: CameoCoding? = nil, acled: ACLEDCoding? = nil, trigger: TextSpan,
        sentence: Int, actors: [EventArgument] = [], targets: [EventArgument] = [],
        locations: [EventArgument] = [], time: EventTime? = nil, counts: [EventCount] = [],
        attribution: Attribution? = nil, modality: Modality = .asserted, confidence: Double = 0.5
    ) {
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

    enum CodingKeys: String, CodingKey {
        case id, type, cameo, acled, trigger, sentence, actors, targets, locations, time, counts
        case attribution, modality, confidence
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(acled, forKey: .acled)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(actors, forKey: .actors)
        try c.encode(targets, forKey: .targets)
        try c.encode(locations, forKey: .locations)
        try c.encodeIfPresent(time, forKey: .time)
        try c.encode(counts, forKey: .counts)
        try c.encodeIfPresent(attribution, forKey: .attribution)
        try c.encode(modality, forKey: .modality)
        try c.encode(Rounding.round(confidence, Rounding.score), forKey: .confidence)
    }
}
