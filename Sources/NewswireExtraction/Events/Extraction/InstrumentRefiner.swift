/// Refines generic attack triggers ("attack", "strike", "explosion", "destroyed") by the instrument words of
/// their sentence: drones → 1952, aircraft → 195, missiles and rockets → 195, artillery → 194, bombs → 183,
/// guns → 193; and recognises labour strikes, riots and accidental explosions.
struct InstrumentRefiner: Sendable {
    private static let cues: [(words: Set<String>, type: EventType, code: String?)] = [
        (["drone", "drones", "uav", "uavs", "kamikaze", "shahed", "shaheds", "quadcopter", "quadcopters"], .airOrDroneStrike, "1952"),
        (["airstrike", "airstrikes", "warplane", "warplanes", "jets", "aircraft", "bomber", "bombers", "helicopter",
          "helicopters", "aerial", "air"], .airOrDroneStrike, "195"),
        (["missile", "missiles", "rocket", "rockets", "himars", "cruise", "ballistic", "long-range"], .shellingMissileAttack, "195"),
        (["artillery", "shell", "shells", "shelling", "mortar", "mortars", "howitzer", "howitzers", "tank", "tanks",
          "grad", "cannon"], .shellingMissileAttack, "194"),
        (["suicide"], .bombing, "1831"),
        (["bomb", "bombs", "ied", "ieds", "explosive", "explosives", "landmine", "landmines"], .bombing, "183"),
        (["gun", "guns", "gunmen", "gunman", "gunfire", "rifle", "rifles", "sniper", "snipers", "machine-gun", "shooting"],
         .armedClash, "193"),
    ]
    private static let labour: Set<String> = ["workers", "union", "unions", "teachers", "employees", "staff", "wages",
                                              "pay", "doctors", "nurses", "miners", "drivers", "walkout"]
    private static let crowd: Set<String> = ["protesters", "protestors", "demonstrators", "rioters", "police", "crowd", "crowds"]
    private static let accident: Set<String> = ["gas", "pipeline", "factory", "plant", "accident", "leak", "fireworks", "boiler"]
    private static let civilians: Set<String> = ["civilians", "villagers", "residents", "worshippers", "churchgoers",
                                                 "students", "pupils", "children", "passengers", "shoppers"]

    /// The refined type and code of a trigger, or `nil` to drop it (an accident is not an attack: it becomes a disaster).
    func refine(_ hit: TriggerHit, in s: SentenceView) -> (EventType, String?) {
        guard hit.entry.refines else { return (hit.type, hit.code) }
        let w = s.words
        let objectInstruments = ["destroy", "hit", "kill", "target"].contains(hit.entry.phrase)
        let scope = objectInstruments ? w[..<hit.words.lowerBound] : w[...]
        let words = Set(scope.map(\.lower))
        let all = Set(w.map(\.lower))
        if hit.entry.phrase == "strike", !all.isDisjoint(with: Self.labour) { return (.protest, "143") }
        if hit.entry.phrase == "clash", !all.isDisjoint(with: Self.crowd) { return (.riot, "145") }
        if hit.type == .bombing, !all.isDisjoint(with: Self.accident), words.isDisjoint(with: ["bomb", "bombs", "suicide", "attack"]) {
            return (.disaster, nil)
        }
        for cue in Self.cues where !words.isDisjoint(with: cue.words) {
            if cue.type == .bombing, hit.type != .bombing, hit.type != .attackOnCivilians, hit.type != .armedClash { continue }
            if cue.code == "193", hit.type == .attackOnCivilians { return (.attackOnCivilians, "180") }
            return (cue.type, cue.code)
        }
        if [.armedClash, .attackOnCivilians].contains(hit.type), !all.isDisjoint(with: Self.civilians),
           hit.entry.phrase != "fight" {
            return (.attackOnCivilians, "180")
        }
        return (hit.type, hit.code)
    }

    /// Every code the refiner can emit.
    static var emittableCodes: Set<String> { Set(cues.compactMap(\.code)).union(["143", "145", "180"]) }
}
