import NewswireCore
import Foundation

/// Closed word classes the extractor's rules read. Constant tables, not state.
enum WordClasses {
    static let clauseBreaks: WordSet = [",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", ")", "\"", "\u{201C}",
                                            "\u{201D}", "but", "while", "whereas", "although", "though", "because"]
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                                           "her", "our", "my", "your", "'s", "newly", "recently", "several", "some",
                                           "many", "all", "other", "two", "three", "four", "five"]
    /// Words after which a past participle is still a verb, not an adjective.
    static let participleFollowers: WordSet = ["by", "in", "on", "at", "from", "to", "for", "with", "during",
                                                   "after", "as", "and", "or", ",", ".", "since", "over", "near", "into",
                                                   "across", "overnight", "last", "this", "earlier", "on", "\"", "\u{201D}"]
    /// Words before an "-ing" verb form that keep it a verb ("were shelling", "after attacking").
    static let ingLicensors: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am", "'re", "of",
                                            "after", "before", "by", "while", "without", "from", "continued",
                                            "continue", "continues", "began", "begin", "begins", "started", "start",
                                            "kept", "keep", "stopped", "resumed", "reported", "since", "'s", "not"]
    static let locativePrepositions: WordSet = ["in", "near", "at", "from", "around", "outside", "across", "into",
                                                    "towards", "toward", "on", "over", "inside", "within", "throughout",
                                                    "off", "to", "through", "along", "south", "north", "east", "west"]
    static let placeNouns: WordSet = ["city", "town", "village", "region", "province", "oblast", "district",
                                          "capital", "outskirts", "centre", "center", "suburbs", "suburb", "area",
                                          "part", "parts", "port", "regions", "areas", "cities", "towns", "villages", "county", "state", "settlement", "bank", "coast"]
    static let regionNouns: WordSet = ["region", "province", "oblast", "district", "county", "state", "governorate"]
    static let cityNouns: WordSet = ["city", "town", "capital", "village", "settlement"]
    static let negators: WordSet = ["not", "n't", "never", "no", "neither", "nor", "didn't", "don't", "doesn't",
                                        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "cannot", "can't",
                                        "couldn't", "nobody", "none"]
    static let deniers: WordSet = ["deny", "denied", "denies", "denying", "rejected", "dismissed", "refuted"]
    static let planned: WordSet = ["will", "'ll", "shall", "plan", "plans", "planned", "planning", "intend",
                                       "intends", "intended", "aims", "aim", "preparing", "prepares", "preparation",
                                       "preparations", "ordered", "vowed", "pledged", "promised", "upcoming",
                                       "scheduled", "going", "decided", "decision", "announced"]
    static let hypothetical: WordSet = ["would", "could", "might", "may", "if", "unless", "possible", "possibly",
                                            "potential", "risk", "fear", "feared", "fears", "threat", "danger",
                                            "threatened", "threatens", "threatening", "threaten"]
    static let claimed: WordSet = ["claim", "claims", "claimed", "allegedly", "reportedly", "purportedly",
                                       "alleged", "likely", "probably", "apparently"]
    /// Verbs before "to" that make an infinitive a plan ("plans to", "is set to").
    static let planBeforeTo: WordSet = ["plans", "plan", "planned", "planning", "intends", "intend", "aims", "aim",
                                            "wants", "want", "seeks", "seek", "set", "going", "preparing", "prepares",
                                            "ready", "agreed", "decided", "decision", "vowed", "pledged", "promised",
                                            "is", "are", "was", "were", "expected", "ordered", "will"]
    static let reportingVerbs: WordSet = ["said", "says", "say", "told", "tells", "reported", "reports", "claimed",
                                              "claims", "announced", "announces", "stated", "states", "added", "adds",
                                              "warned", "warns", "confirmed", "confirms", "wrote", "writes", "posted",
                                              "insisted", "alleged", "saying", "tweeted", "declared", "noted",
                                              "explained", "replied", "estimated", "believes", "believed"]
    static let protectors: WordSet = ["protect", "protects", "protected", "protecting", "protection", "defend",
                                          "defends", "defending", "shield", "shelter", "sheltering", "safe", "safety",
                                          "hide", "hiding", "itself", "themselves", "guard"]
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i"]
    static let forceNouns: WordSet = ["forces", "troops", "military", "army", "soldiers", "units", "navy",
                                          "government", "authorities", "officials", "police", "militants", "fighters"]
    /// Types of entities that act: PERSON, ORG, GPE, NORP (switches rather than `Set`s, which would hash the
    /// types' raw Strings on every test).
    static func isActorType(_ type: EntityType) -> Bool {
        switch type {
        case .person, .org, .gpe, .norp: true
        default: false
        }
    }

    /// Types of places: GPE, LOC, FAC.
    static func isPlaceType(_ type: EntityType) -> Bool {
        switch type {
        case .gpe, .loc, .fac: true
        default: false
        }
    }
    /// The region noun that ends a multi-word place name, lower-cased ("county" for "Kerr County"), if any.
    static func regionDesignator(of name: String) -> String? {
        guard name.withUTF8Bytes({ $0.contains(0x20) }), let last = name.split(separator: " ").last?.lowercased(),
              regionNouns.contains(last) else { return nil }
        return last
    }

    /// Violent event types (a switch: a `Set<EventType>` would hash the type's raw String on every test).
    static func isViolent(_ type: EventType) -> Bool {
        switch type {
        case .armedClash, .airOrDroneStrike, .shellingMissileAttack, .bombing, .attackOnCivilians, .equipmentDestroyed,
             .riot, .abduction: true
        default: false
        }
    }

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    /// Words after a number that say what the count is.
    static let countCategories: [String: String] = [
        "killed": "killed", "killing": "killed", "kill": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
        "captured": "captured", "seized": "captured", "liberated": "captured", "recaptured": "captured",
        "released": "released", "freed": "released", "exchanged": "released", "returned": "released", "free": "released",
        "displaced": "displaced", "evacuated": "displaced", "fled": "displaced", "homeless": "displaced",
        "destroyed": "destroyed", "damaged": "destroyed", "downed": "destroyed",
        "arrested": "arrested", "detained": "arrested", "abducted": "abducted", "kidnapped": "abducted",
        "injuring": "injured", "wounding": "injured",
    ]
    static let weaponUnits: WordSet = ["missiles", "missile", "rockets", "rocket", "drones", "drone", "shells",
                                           "bombs", "munitions"]
}
