import NewswireCore
import Foundation

/// Extracts coded events (CAMEO, ACLED) and quotations from an article's tokenized fields and resolved entities.
///
/// Tables are loaded once in `init`; `extract` is a pure function of its input and safe to call from any thread.
public struct EventExtractor: Sendable {
    /// The CAMEO codebook used for labels and Goldstein scores.
    public let cameo: CAMEOTable
    /// The trigger lexicon.
    public let lexicon: TriggerLexicon
    /// Days before publication after which a dated event counts as background, not news of the article.
    public var backgroundAfterDays: Double = 7

    /// Loads the tables shipped with the library.
    public init() throws {
        try self.init(cameo: CAMEOTable(), lexicon: TriggerLexicon())
    }

    /// Uses the given tables; fails when a trigger names a code the CAMEO table lacks.
    public init(cameo: CAMEOTable, lexicon: TriggerLexicon) throws {
        for code in lexicon.defaultCodes.union(InstrumentRefiner.emittableCodes).union(Self.ruleCodes)
        where cameo.entry(code) == nil {
            throw ExtractionError(code: .unknownCAMEOCode, message: "CAMEO code \(code) is emitted but not in the table",
                                       remedy: "add the code to cameo.tsv or correct the trigger lexicon")
        }
        self.cameo = cameo
        self.lexicon = lexicon
    }

    /// Codes the extractor's own rules emit besides the lexicon's and the refiner's defaults.
    static let ruleCodes: WordSet = ["190", "0231", "0232", "0233", "023", "026", "0253", "0256", "1053", "046"]

    /// Events and quotations of one article.
    ///
    /// - Parameters:
    ///   - documents: the article's fields (title, body), tokenized and split into sentences.
    ///   - entities: the article's resolved entities; mentions carry field and scalar offsets.
    ///   - publishedAt: publication time, used to tell news from background references to old events.
    public func extract(documents: [TextDocument], entities: [EntityRecord],
                        publishedAt: Date?) -> (events: [EventRecord], quotations: [QuotationRecord]) {
        let fieldMentions = Dictionary(documents.map { ($0.field, QuotationExtractor.mentions(of: entities, in: $0.field)) },
                                       uniquingKeysWith: { first, _ in first })
        let quoter = QuotationExtractor()
        let quotations = documents.flatMap { quoter.extract(document: $0, mentions: fieldMentions[$0.field] ?? [], entities: entities) }
        var candidates: [EventCandidate] = []
        var tracker = PlaceTracker()
        var subjects = SubjectTracker(entities: entities)
        var order = 0
        let sortedDocs = documents.sorted { ($0.field == .title ? 0 : 1) < ($1.field == .title ? 0 : 1) }
        let places = Set(entities.indices.filter { WordClasses.isPlaceType(entities[$0].type) })
        // What a place mention's kind needs from its entity, once per entity rather than per mention.
        let placeFacts: [(feature: PlaceKind?, designator: String?)] = entities.map { e in
            WordClasses.isPlaceType(e.type) ? (PlaceKind.ofFeature(e), WordClasses.regionDesignator(of: e.name)) : (nil, nil)
        }
        for doc in sortedDocs {
            let mentions = fieldMentions[doc.field] ?? []
            let quoteSpans = quotations.filter { $0.field == doc.field }.map { $0.start..<$0.end }
            var previous: [EventCandidate] = []
            for index in doc.sentences.indices {
                defer { order += 1 }
                guard doc.sentences[index].kind != .credit else { previous = []; continue }
                let view = SentenceView(document: doc, index: index, order: order, mentions: mentions, quoteSpans: quoteSpans,
                                        places: places)
                var found = candidatesIn(view, document: doc, entities: entities, tracker: tracker,
                                         quotations: quotations, publishedAt: publishedAt)
                for i in found.indices where found[i].locations.isEmpty {
                    if let p = previous.first(where: { !$0.locations.isEmpty && Self.continues(found[i].type, after: $0.type) }) {
                        found[i].locations = p.locations
                        found[i].locationKind = p.locationKind
                        found[i].locationInherited = true
                    }
                }
                // A subject that only refers back ("The ministry also said…", "It said…") names the actor.
                if let k = subjects.subject(of: view) {
                    for i in found.indices where found[i].actors.isEmpty && !found[i].inQuote {
                        found[i].actors = [EventArgument(entity: entities[k].id, name: entities[k].name)]
                    }
                }
                record(view, in: &tracker, entities: entities, placeFacts: placeFacts)
                subjects.record(view, entities: entities)
                candidates.append(contentsOf: found)
                previous = found
            }
        }
        let merged = EventMerger().merge(candidates).filter { !$0.isBackground }
        return (merged.enumerated().map { record(from: $1, id: "v\($0 + 1)") }, quotations)
    }

    /// Whether an event of type `b` told right after one of type `a` likely happened at the same place.
    static func continues(_ b: EventType, after a: EventType) -> Bool {
        a == b || (a == .meeting && b == .agreement) || (a == .agreement && b == .meeting)
            || (WordClasses.isViolent(a) && WordClasses.isViolent(b))
            || ((a == .protest || a == .riot) && (b == .arrest || b == .riot || b == .protest))
    }

    private func record(_ view: SentenceView, in tracker: inout PlaceTracker, entities: [EntityRecord],
                        placeFacts: [(feature: PlaceKind?, designator: String?)]) {
        for m in view.mentions where WordClasses.isPlaceType(entities[m.entity].type) && !m.embedded {
            let next = m.words.upperBound < view.words.count ? view.words[m.words.upperBound].lower : nil
            let facts = placeFacts[m.entity]
            let kind = PlaceKind(entity: entities[m.entity], feature: facts.feature, designator: facts.designator,
                                 nextWord: next)
            tracker.record(SeenPlace(entity: m.entity, kind: kind, order: view.order, word: m.words.lowerBound,
                                     designator: facts.designator))
        }
    }

    /// The wire record of a merged event.
    func record(from c: EventCandidate, id: String) -> EventRecord {
        let coding = c.code.flatMap { cameo.lookup($0) }.map { entry -> CameoCoding in
            CameoCoding(code: c.code!.count > entry.code.count ? entry.code : entry.code, root: entry.root,
                        label: entry.label, goldstein: entry.goldstein)
        }
        let confidence = min(0.95, 0.55 + 0.1 * Double(c.evidence.count - 1) + (c.isWeak ? -0.15 : 0)
            + (c.locations.isEmpty ? -0.05 : 0.05))
        return EventRecord(id: id, type: c.type, cameo: c.type.hasCAMEO ? coding : nil,
                           acled: c.type.acled(cameo: c.code, territory: c.territory), trigger: c.trigger,
                           sentence: c.sentence, actors: c.actors, targets: c.targets, locations: c.locations,
                           time: c.time, counts: c.counts, attribution: c.attribution, modality: c.modality,
                           confidence: (confidence * 100).rounded() / 100)
    }
}
