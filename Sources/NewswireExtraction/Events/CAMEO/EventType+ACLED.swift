import NewswireCore
/// ACLED coding of newswire event types (ACLED's event_type / sub_event_type vocabulary).
extension EventType {
    /// ACLED's coding for this type, refined by the CAMEO code and the territory-change direction when known.
    ///
    /// `nil` for types ACLED does not record (statements, appeals, meetings, aid, disasters, elections…).
    public func acled(cameo: String? = nil, territory: TerritoryDirection? = nil) -> ACLEDCoding? {
        switch self {
        case .armedClash, .equipmentDestroyed:
            return ACLEDCoding(eventType: "Battles", subEventType: "Armed clash")
        case .territoryChange:
            switch territory ?? .regained {
            case .regained: return ACLEDCoding(eventType: "Battles", subEventType: "Government regains territory")
            case .overtaken: return ACLEDCoding(eventType: "Battles", subEventType: "Non-state actor overtakes territory")
            case .transferred:
                return ACLEDCoding(eventType: "Strategic developments", subEventType: "Non-violent transfer of territory")
            }
        case .airOrDroneStrike:
            return ACLEDCoding(eventType: "Explosions/Remote violence", subEventType: "Air/drone strike")
        case .shellingMissileAttack:
            return ACLEDCoding(eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack")
        case .bombing:
            return ACLEDCoding(eventType: "Explosions/Remote violence",
                               subEventType: cameo == "1831" ? "Suicide bomb" : "Remote explosive/landmine/IED")
        case .attackOnCivilians:
            return ACLEDCoding(eventType: "Violence against civilians", subEventType: "Attack")
        case .abduction:
            return ACLEDCoding(eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance")
        case .protest:
            return ACLEDCoding(eventType: "Protests", subEventType: "Peaceful protest")
        case .riot:
            return ACLEDCoding(eventType: "Riots", subEventType: "Violent demonstration")
        case .arrest:
            return ACLEDCoding(eventType: "Strategic developments", subEventType: "Arrests")
        case .agreement:
            return ACLEDCoding(eventType: "Strategic developments", subEventType: "Agreement")
        case .prisonerExchange, .evacuation:
            return ACLEDCoding(eventType: "Strategic developments", subEventType: "Other")
        case .militaryPosture:
            return ACLEDCoding(eventType: "Strategic developments",
                               subEventType: cameo == "150" ? "Headquarters or base established" : "Other")
        case .statement, .appeal, .threatDemand, .meeting, .aid, .sanction, .disaster, .election:
            return nil
        }
    }

    /// Whether CAMEO codes this type (everything except disasters and elections).
    public var hasCAMEO: Bool { self != .disaster && self != .election }
}

/// Which way territory changed hands, for ACLED's territory sub-types.
public enum TerritoryDirection: String, Sendable, Hashable {
    /// A government (or its forces) takes back ground.
    case regained
    /// A non-state or invading force takes ground.
    case overtaken
    /// Ground handed over without fighting.
    case transferred
}
