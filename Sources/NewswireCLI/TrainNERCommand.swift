import ArgumentParser
import Foundation
import NewswireExtraction

/// `newswire train-ner`: trains the NER model on CoNLL-2003 data and writes the model file.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the named-entity model on a CoNLL-2003 file (deterministic for a seed)."
    )

    @Option(help: "Training data (CoNLL-2003, e.g. eng.train).") var train: String
    @Option(help: "Development data for per-epoch F1 and choosing stage two's best epoch (e.g. eng.testa).") var dev: String?
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Random seed for shuffling.") var seed: UInt64 = 1
    @Option(help: "Perceptron epochs of stage one.") var epochs1: Int = 10
    @Option(help: "Perceptron epochs of stage two (the best on --dev is kept).") var epochs2: Int = 10
    @Option(help: "Folds for jackknifing.") var folds: Int = 5
    @Option(help: "log2 of the number of hashed feature rows.") var bits: Int = 20
    @Option(help: "Drop weight rows whose weights are all below this magnitude.") var prune: Float = 0
    @Option(help: "Model version name (goes into extractor.model).") var version: String = "ner-conll03"

    func run() throws {
        var o = NERTrainer.Options()
        o.seed = seed; o.stage1Epochs = epochs1; o.stage2Epochs = epochs2; o.folds = folds; o.bits = bits
        o.version = version
        let start = Date()
        let trainer = NERTrainer(options: o) { line in
            FileHandle.standardError.write(Data("[\(String(format: "%6.1f", Date().timeIntervalSince(start)))s] \(line)\n".utf8))
        }
        let model = try trainer.train(try CoNLLCorpus(contentsOf: URL(fileURLWithPath: train)),
                                      dev: try dev.map { try CoNLLCorpus(contentsOf: URL(fileURLWithPath: $0)) })
        try model.write(to: URL(fileURLWithPath: out), prune: prune)
        FileHandle.standardError.write(Data("wrote \(out) (\(model.version))\n".utf8))
    }
}
