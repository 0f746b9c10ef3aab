import Foundation

/// Trains an `NERModel` on CoNLL-2003 data, deterministically for a given seed.
///
/// Stage one is trained on all training documents; name-list features of each training document come from
/// the names of the *other* folds, so the model does not learn to trust a list that contains every answer.
/// Stage one's tags for the training documents are produced by jackknifing (a model trained on the other
/// folds), and stage two is trained on features that include those tags' document-level votes.
public struct NERTrainer {
    /// Training settings.
    public struct Options: Sendable {
        public var seed: UInt64 = 1
        public var stage1Epochs = 10
        public var stage2Epochs = 10
        public var folds = 5
        public var bits = 20
        public var version = "ner-conll03"
        public init() {}
    }

    public var options: Options
    private let log: (String) -> Void

    /// A trainer with `options`; `log` receives one line per epoch.
    public init(options: Options, log: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    private struct Item {
        var doc: NERDocument
        var table: TokenTable
        var gold: [Int]
    }

    /// Trains on `train`; when `dev` is given, reports its F1 after each epoch and keeps stage two's best epoch.
    public func train(_ train: CoNLLCorpus, dev: CoNLLCorpus? = nil) throws -> NERModel {
        guard !train.documents.isEmpty else {
            throw ExtractionError(code: .trainingDataInvalid, message: "the training file has no documents",
                                  remedy: "pass a CoNLL-2003 file with -DOCSTART- documents and tags")
        }
        let items = train.documents.map(Self.item)
        let devItems = dev?.documents.map(Self.item) ?? []
        let F = max(2, options.folds)
        let fold = items.indices.map { $0 % F }
        var casing = CasingStats()
        for it in items { casing.add(it.table, sentences: it.doc.sentences) }
        let full = Self.names(items, excluding: nil, fold: fold)
        let foldNames = (0..<F).map { Self.names(items, excluding: $0, fold: fold) }
        let fullFeatures = NERFeatures(bits: options.bits, names: full, casing: casing)
        let foldFeatures = foldNames.map { NERFeatures(bits: options.bits, names: $0, casing: casing) }

        let m1 = items.indices.map { foldFeatures[fold[$0]].extract(items[$0].doc, table: items[$0].table) }
        let devM1 = devItems.map { fullFeatures.extract($0.doc, table: $0.table) }
        log("stage 1: \(items.count) documents, \(items.reduce(0) { $0 + $1.table.count }) tokens")
        let stage1 = runEpochs(options.stage1Epochs, items: items, matrices: m1, include: { _ in true }, seed: options.seed,
                               name: "stage 1", dev: { chain in
                                   Self.score(devItems) { k in chain.decode(devM1[k], sentences: devItems[k].doc.sentences, tokenCount: devItems[k].table.count) }
                               })
        // Jackknifed stage-one tags for the training documents.
        var first = [[Int]](repeating: [], count: items.count)
        for f in 0..<F {
            let chain = runEpochs(options.stage1Epochs, items: items, matrices: m1, include: { fold[$0] != f },
                                  seed: options.seed &+ UInt64(f + 1), name: "fold \(f)", dev: nil)
            for k in items.indices where fold[k] == f {
                first[k] = chain.decode(m1[k], sentences: items[k].doc.sentences, tokenCount: items[k].table.count)
            }
        }
        let m2 = items.indices.map { foldFeatures[fold[$0]].extract(items[$0].doc, table: items[$0].table, firstStage: first[$0]) }
        let devM2 = devItems.indices.map { k in
            fullFeatures.extract(devItems[k].doc, table: devItems[k].table,
                                 firstStage: stage1.decode(devM1[k], sentences: devItems[k].doc.sentences, tokenCount: devItems[k].table.count))
        }
        let stage2 = runEpochs(options.stage2Epochs, items: items, matrices: m2, include: { _ in true },
                               seed: options.seed &+ 100, name: "stage 2", dev: { chain in
                                   Self.score(devItems) { k in chain.decode(devM2[k], sentences: devItems[k].doc.sentences, tokenCount: devItems[k].table.count) }
                               })
        return NERModel(version: options.version, features: fullFeatures, stage1: stage1, stage2: stage2)
    }

    private static func item(_ d: CoNLLCorpus.Document) -> Item {
        let doc = NERDocument(d)
        return Item(doc: doc, table: TokenTable(doc.tokens), gold: d.tags.flatMap { $0.map(CoNLLCorpus.tagIndex) })
    }

    private static func names(_ items: [Item], excluding f: Int?, fold: [Int]) -> NameList {
        var list = NameList()
        for (k, it) in items.enumerated() where fold[k] != f {
            for sp in BIO.spans(it.gold) { list.insert(words: it.table.word[sp.range], type: sp.type) }
        }
        return list
    }

    private static func score(_ items: [Item], _ decode: (Int) -> [Int]) -> EntityScore {
        var s = EntityScore()
        for k in items.indices {
            let pred = decode(k)
            for r in items[k].doc.sentences { s.add(gold: items[k].gold[r], predicted: pred[r]) }
        }
        return s
    }

    /// Runs perceptron epochs over the sentences of the included documents; with `dev`, keeps the best epoch.
    private func runEpochs(_ epochs: Int, items: [Item], matrices: [FeatureMatrix], include: (Int) -> Bool, seed: UInt64,
                           name: String, dev: ((LinearChain) -> EntityScore)?) -> LinearChain {
        var units: [(Int, Range<Int>)] = []
        for k in items.indices where include(k) { for s in items[k].doc.sentences where !s.isEmpty { units.append((k, s)) } }
        var rng = SplitMix64(seed: seed)
        var p = AveragedPerceptron(bits: options.bits)
        var best: (f1: Double, chain: LinearChain)? = nil
        for epoch in 1...max(1, epochs) {
            units.shuffle(using: &rng)
            var wrong = 0
            for (k, s) in units where p.learn(matrices[k], s, gold: items[k].gold[s]) { wrong += 1 }
            var line = "\(name) epoch \(epoch): \(wrong)/\(units.count) sentences wrong"
            if let dev {
                let chain = p.averaged()
                let sc = dev(chain)
                line += String(format: ", dev P %.4f R %.4f F1 %.4f", sc.precision, sc.recall, sc.f1)
                if best == nil || sc.f1 > best!.f1 { best = (sc.f1, chain) }
            }
            log(line)
        }
        return best?.chain ?? p.averaged()
    }
}
