import NewswireCore
/// Refines generic attack triggers ("attack", "strike", "explosion", "destroyed") by the instrument words of
/// their sentence: drones → 1952, aircraft → 195, missiles and rockets → 195, artillery → 194, bombs → 183,
/// guns → 193; and recognises labour strikes, riots and accidental explosions.
struct InstrumentRefiner: Sendable {
    private static let cues: [(words: WordSet, type: EventType, code: String?)] = [
        (["suicide"], .bombing, "1831"),
        (["drone", "drones", "uav", "uavs", "kamikaze", "shahed", "shaheds", "quadcopter", "quadcopters"], .airOrDroneStrike, "1952"),
        (["airstrike", "airstrikes", "warplane", "warplanes", "jets", "aircraft", "bomber", "bombers", "helicopter",
          "helicopters", "aerial", "air"], .airOrDroneStrike, "195"),
        (["missile", "missiles", "rocket", "rockets", "himars", "cruise", "ballistic", "long-range"], .shellingMissileAttack, "195"),
        (["artillery", "shell", "shells", "shelling", "mortar", "mortars", "howitzer", "howitzers", "tank", "tanks",
          "grad", "cannon"], .shellingMissileAttack, "194"),
        (["bomb", "bombs", "ied", "ieds", "explosive", "explosives", "landmine", "landmines"], .bombing, "183"),
        (["gun", "guns", "gunmen", "gunman", "gunfire", "rifle", "rifles", "sniper", "snipers", "machine-gun", "shooting"],
         .armedClash, "193"),
    ]
    private static let labour: WordSet = ["workers", "union", "unions", "teachers", "employees", "staff", "wages",
                                              "pay", "doctors", "nurses", "miners", "drivers", "walkout"]
    private static let natural: WordSet = ["earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone",
                                               "tornado", "flood", "floods", "lightning", "tsunami", "tremor", "wildfire"]
    private static let crowd: WordSet = ["protesters", "protestors", "demonstrators", "rioters", "police", "crowd", "crowds"]
    private static let accident: WordSet = ["gas", "pipeline", "factory", "plant", "accident", "leak", "fireworks", "boiler"]
    private static let civilians: WordSet = ["civilians", "villagers", "residents", "worshippers", "churchgoers",
                                                 "students", "pupils", "children", "passengers", "shoppers"]

    /// The refined type and code of a trigger, or `nil` to drop it (an accident is not an attack: it becomes a disaster).
    func refine(_ hit: TriggerHit, in s: SentenceView) -> (EventType, String?) {
        guard hit.entry.refines else { return (hit.type, hit.code) }
        let w = s.words
        let objectInstruments = ["destroy", "hit", "kill", "target"].contains(hit.entry.phrase)
        // One lookup per word: which instrument cues the scope holds and which context classes the sentence holds.
        // Bit k set: cue k (or context class k) is in scope.
        var cueHits: UInt32 = 0
        var context: UInt32 = 0
        for (k, word) in w.enumerated() {
            if let c = Self.contextIndex[word.lower, hash: word.hash] { context |= 1 << c }
            if objectInstruments, k >= hit.words.lowerBound { continue }
            if let c = Self.cueIndex[word.lower, hash: word.hash] { cueHits |= c }
        }
        @inline(__always) func has(_ bits: UInt32, _ k: Int) -> Bool { bits & (1 << UInt32(k)) != 0 }
        if hit.entry.phrase == "strike", has(context, 0) { return (.protest, "143") }
        if ["strike", "hit"].contains(hit.entry.phrase), has(context, 1) { return (.disaster, nil) }
        if hit.entry.phrase == "clash", has(context, 2) { return (.riot, "145") }
        if hit.type == .bombing, has(context, 3), !has(cueHits, 0), !has(cueHits, 5) {
            return (.disaster, nil)
        }
        for (k, cue) in Self.cues.enumerated() where has(cueHits, k) {
            if cue.type == .bombing, hit.type == .equipmentDestroyed { continue }
            if cue.code == "193", hit.type == .attackOnCivilians { return (.attackOnCivilians, "180") }
            return (cue.type, cue.code)
        }
        if [.armedClash, .attackOnCivilians].contains(hit.type), has(context, 4),
           hit.entry.phrase != "fight" {
            return (.attackOnCivilians, "180")
        }
        return (hit.type, hit.code)
    }

    private static let objectCodes: [(words: WordSet, aid: String, appeal: String)] = [
        (["weapons", "arms", "ammunition", "tanks", "missiles", "air-defence", "air-defense", "defence", "defense",
          "systems", "jets", "artillery", "military", "shells", "drones"], "072", "0232"),
        (["food", "water", "medicine", "medicines", "shelter", "humanitarian", "medical", "tents", "blankets",
          "evacuation", "evacuate"], "073", "0233"),
        (["money", "funds", "funding", "financial", "economic", "loan", "loans", "budget", "grant"], "071", "0231"),
        (["talks", "negotiations", "dialogue"], "070", "026"),
        (["ceasefire", "truce", "de-escalation", "restraint"], "070", "0256"),
    ]

    /// Word → the instrument cues it belongs to, bit k for cue k (words are looked up by their hash, no `Hasher`).
    private static let cueIndex: WordTable<UInt32> = {
        precondition(cues.count <= 32, "cue sets are bits of a UInt32")
        var t: [String: UInt32] = [:]
        for (k, cue) in cues.enumerated() { for w in cue.words { t[w, default: 0] |= 1 << UInt32(k) } }
        return WordTable(t)
    }()
    /// Word → context class: 0 labour, 1 natural hazard, 2 crowd, 3 accident, 4 civilians.
    private static let contextIndex: WordTable<Int> = {
        var t: [String: Int] = [:]
        for (k, set) in [labour, natural, crowd, accident, civilians].enumerated() { for w in set where t[w] == nil { t[w] = k } }
        return WordTable(t)
    }()

    /// Aid and appeals coded by what is given or asked for ("appealed for food" → 0233, "sent tanks" → 072).
    func refineByObject(_ type: EventType, code: String?, hit: TriggerHit, in s: SentenceView) -> String? {
        guard type == .aid || type == .appeal else { return code }
        let after = Set(s.words[hit.words.lowerBound...].prefix(14).map(\.lower))
        for o in Self.objectCodes where !after.isDisjoint(with: o.words) {
            if type == .aid, o.aid != "070" { return o.aid }
            if type == .appeal { return o.appeal }
        }
        if type == .appeal, !after.isDisjoint(with: ["aid", "help", "assistance", "support"]) { return "023" }
        return code
    }

    /// Every code the refiner can emit.
    static var emittableCodes: Set<String> { Set(cues.compactMap(\.code)).union(["143", "145", "180", "023"])
        .union(objectCodes.flatMap { [$0.aid, $0.appeal] }) }
}
