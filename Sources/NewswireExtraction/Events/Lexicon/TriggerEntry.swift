import NewswireCore
/// Part of speech of a trigger phrase, which decides how it is inflected and how its forms are read.
public enum TriggerPOS: String, Sendable, Hashable {
    /// A verb: its first word is inflected (evacuate, evacuates, evacuated, evacuating).
    case verb = "v"
    /// A noun: its last word is pluralized (air raid, air raids).
    case noun = "n"
    /// A fixed form, matched as written.
    case fixed = "x"
}

/// One row of the trigger lexicon: a lemma phrase and what it signals.
public struct TriggerEntry: Sendable, Hashable {
    /// The lemma phrase, lower case, words separated by single spaces.
    public var phrase: String
    public var pos: TriggerPOS
    public var type: EventType
    /// Default CAMEO code, `nil` for types CAMEO does not cover.
    public var code: String?
    /// A reporting verb: an event only when its complement holds no other trigger.
    public var isReporting: Bool
    /// Dropped when its sentence has a stronger violent trigger.
    public var isWeak: Bool
    /// Type and code are refined by instrument words in the sentence.
    public var refines: Bool
    /// One of these words must stand within six words of the trigger (empty: no condition).
    public var needs: Set<String>
    /// None of these words may stand in the three words after the trigger.
    public var excludes: Set<String>
    /// The word right after the trigger may not be one of these ("demand for", "shell company").
    public var notNext: Set<String> = []
    /// The word right before the trigger may not be one of these ("legal battle", "heart attack").
    public var notPrevious: Set<String> = []
    /// Direction of a territory change, for ACLED.
    public var territory: TerritoryDirection?

    public init(phrase: String, pos: TriggerPOS, type: EventType, code: String?, isReporting: Bool = false,
                isWeak: Bool = false, refines: Bool = false, needs: Set<String> = [], excludes: Set<String> = [],
                territory: TerritoryDirection? = nil) {
        self.phrase = phrase
        self.pos = pos
        self.type = type
        self.code = code
        self.isReporting = isReporting
        self.isWeak = isWeak
        self.refines = refines
        self.needs = needs
        self.excludes = excludes
        self.territory = territory
    }
}

/// A trigger phrase in one surface form, as stored in the lexicon's index. A class: hits refer to their
/// form, and copying a hit should not copy (and retain) the entry's strings and sets.
final class TriggerForm: Sendable {
    /// The surface words, lower case.
    let words: [String]
    let entry: TriggerEntry
    /// Which word carries the inflection (the verb or the head noun).
    let inflectedWord: Int
    /// The inflected word's surface form, when it differs from the lemma.
    let surface: String
    /// The surface is the "-ing" form of a verb lemma (and not the lemma itself), computed once at load.
    let isPresentParticiple: Bool
    /// The surface reads as a past participle ("-ed", "-en", or a listed irregular form).
    let isParticiple: Bool
    /// The entry's `needs`, for lookups by word hash.
    let needs: WordSet

    init(words: [String], entry: TriggerEntry, inflectedWord: Int, surface: String) {
        self.words = words
        self.entry = entry
        self.inflectedWord = inflectedWord
        self.surface = surface
        self.needs = WordSet(entry.needs.sorted())
        if entry.pos == .verb, inflectedWord == 0 {
            let lemma = entry.phrase.split(separator: " ")[0]
            isPresentParticiple = surface != lemma && surface == EnglishInflector().presentParticiple(String(lemma))
            isParticiple = surface.hasSuffix("ed") || surface.hasSuffix("en") || Self.irregularParticiples.contains(surface)
        } else {
            isPresentParticiple = false
            isParticiple = false
        }
    }

    private static let irregularParticiples: WordSet = ["struck", "fled", "met", "fought", "shot", "hit", "sent",
                                                            "held", "set", "cut", "built"]
}
