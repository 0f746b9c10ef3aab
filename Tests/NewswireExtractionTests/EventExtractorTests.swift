import NewswireCore
import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct EventExtractorTests {
    static let ids = EventPassageCorpus.shared.passages.map(\.id)

    @Test func corpusHasAtLeastTwentyFivePassagesCoveringEveryType() {
        let passages = EventPassageCorpus.shared.passages
        #expect(passages.count >= 25)
        let covered = Set(passages.flatMap { $0.expect.map(\.type) })
        for type in EventType.allCases {
            #expect(covered.contains(type.rawValue), "no passage expects \(type.rawValue)")
        }
        let modalities = Set(passages.flatMap { $0.expect.map(\.modality) })
        #expect(modalities.isSuperset(of: ["asserted", "planned", "denied", "claimed", "hypothetical"]))
    }

    @Test(arguments: ids)
    func passageYieldsTheExpectedEvents(id: String) throws {
        let passage = try #require(EventPassageCorpus.shared.passages.first { $0.id == id })
        let (_, events, _) = EventPassageCorpus.run(passage)
        let summary = events.map { "\($0.trigger.text): \($0.type.rawValue) \($0.cameo?.code ?? "-") @\($0.locations.map(\.name)) \($0.modality.rawValue) \($0.counts.map { "\($0.value) \($0.unit) \($0.category)" })" }
        for e in passage.expect {
            let candidates = events.filter { $0.type.rawValue == e.type }
            #expect(!candidates.isEmpty, "\(id): no \(e.type) in \(summary)")
            guard let ev = candidates.first(where: { c in e.place.map { p in c.locations.first?.name == p } ?? true }) ?? candidates.first
            else { continue }
            #expect(ev.cameo?.root == e.root, "\(id): root \(String(describing: ev.cameo?.root)) for \(e.type)")
            if let code = e.code { #expect(ev.cameo?.code == code, "\(id): code \(String(describing: ev.cameo?.code))") }
            if let place = e.place { #expect(ev.locations.first?.name == place, "\(id): places \(ev.locations.map(\.name))") }
            #expect(ev.modality.rawValue == e.modality, "\(id): modality \(ev.modality.rawValue)")
            if let c = e.count {
                #expect(ev.counts.contains { $0.value == c.value && $0.category == c.category }, "\(id): counts \(ev.counts)")
            }
            if let a = e.attribution { #expect(ev.attribution?.source == a, "\(id): attribution \(String(describing: ev.attribution))") }
            if let a = e.actor { #expect(ev.actors.contains { $0.name == a }, "\(id): actors \(ev.actors.map(\.name))") }
            if let sub = e.acled { #expect(ev.acled?.subEventType == sub, "\(id): acled \(String(describing: ev.acled))") }
            if let n = e.events_of_type { #expect(candidates.count == n, "\(id): \(candidates.count) \(e.type) events: \(summary)") }
        }
        for type in passage.absent ?? [] {
            #expect(!events.contains { $0.type.rawValue == type }, "\(id): unexpected \(type) in \(summary)")
        }
    }

    @Test func everyEmittedCodeIsInTheCAMEOTable() throws {
        let table = try CAMEOTable()
        let extractor = EventPassageCorpus.extractor
        for code in extractor.lexicon.defaultCodes.union(InstrumentRefiner.emittableCodes).union(EventExtractor.ruleCodes) {
            #expect(table.entry(code) != nil, "\(code) is emitted but not in the table")
        }
        for p in EventPassageCorpus.shared.passages {
            for e in EventPassageCorpus.run(p).events {
                if let c = e.cameo { #expect(table.entry(c.code)?.goldstein == c.goldstein) }
                #expect((e.cameo == nil) == (e.type == .disaster || e.type == .election))
            }
        }
    }

    @Test func unknownCodeInTheLexiconIsRejectedAtLoad() throws {
        let lexicon = try TriggerLexicon(tsv: "frobnicate\tv\tarmed_clash\t1999\t\n")
        let table = try CAMEOTable(tsv: "19\t-10.0\tFight\n190\t-10.0\tUse force\n")
        #expect(throws: ExtractionError.self) { try EventExtractor(cameo: table, lexicon: lexicon) }
    }

    @Test(arguments: ["2022-10-13", "2022-10-13T05:00:00Z", "2022-10", "2022", "2022-W41", "2022-10-1", "2022-1-13",
                      "22-10-13", "2022-10-13\u{301}", "2022-1", "XXXX-10-13", "2022-10-", "", "1582-10-04", "2022-13-40"])
    func readsDatePartsAsSplittingWould(iso: String) {
        let split = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        if let fast = EventExtractor.dateParts(iso) { #expect(fast == split) }
        #expect(EventExtractor.periodEnd(iso) == EventExtractor.periodEnd(parts: split))
    }

    @Test func endsAPeriodAfterItsLastDay() {
        let day = EventExtractor.periodEnd("2022-10-13")
        #expect(day == Date(timeIntervalSince1970: 1_665_705_600))  // 2022-10-14T00:00:00Z
        #expect(EventExtractor.periodEnd("2022-12") == Date(timeIntervalSince1970: 1_672_531_200))  // 2023-01-01
        #expect(EventExtractor.periodEnd("2022") == Date(timeIntervalSince1970: 1_672_531_200))
    }
}
