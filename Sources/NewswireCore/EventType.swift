/// newswire's own event types (the taxonomy in `events.md`), written as their raw values.
///
/// Each row of the taxonomy is one type; its "threat / demand" row is `threat_demand`, and the CAMEO
/// root tells the two apart (13 threaten, 10 demand).
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
    case statement
    case appeal
    /// Threats, ultimatums and demands (CAMEO 13x or 10x).
    case threatDemand = "threat_demand"
    case meeting
    case agreement
    case aid
    case sanction
    case protest
    case riot
    case arrest
    case abduction
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
    case disaster
    case election

    /// True for the types CAMEO does not cover (`disaster`, `election`): their `cameo` is null.
    public var hasCAMEOCoding: Bool { self != .disaster && self != .election }
}

/// How the text presents an event.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reported as fact by the writer.
    case asserted
    /// Reported as someone's claim ("X said", "according to Y").
    case claimed
    /// Announced, intended or scheduled, not yet happened.
    case planned
    /// Stated not to have happened ("did not attack", "denied").
    case denied
    /// Conditional or speculative ("could", "if").
    case hypothetical
}
