import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct NERTrainerTests {
    /// A tiny hand-written corpus in CoNLL format (IOB1 tags, as in CoNLL-2003).
    private static let corpus: String = {
        let people = ["Anna Berg", "Tomas Lind", "Maria Holm", "Erik Sand", "Lena Dahl", "Jonas Ek"]
        let places = ["Falun", "Umea", "Lulea", "Kiruna", "Visby", "Boden"]
        let orgs = ["Nordbank", "Polarfarm", "Skogsverket"]
        var out = ""
        for d in 0..<12 {
            out += "-DOCSTART- -X- O O\n\n"
            for s in 0..<4 {
                let p = people[(d + s) % people.count].split(separator: " ")
                let place = places[(d * 3 + s) % places.count]
                let org = orgs[(d + 2 * s) % orgs.count]
                let lines = ["\(p[0]) NNP I-NP I-PER", "\(p[1]) NNP I-NP I-PER", "of IN I-PP O", "\(org) NNP I-NP I-ORG",
                             "visited VBD I-VP O", "\(place) NNP I-NP I-LOC", "on IN I-PP O", "Monday NNP I-NP O", ". . O O"]
                out += lines.joined(separator: "\n") + "\n\n"
            }
        }
        return out
    }()

    private func options() -> NERTrainer.Options {
        var o = NERTrainer.Options()
        o.bits = 14; o.stage1Epochs = 3; o.stage2Epochs = 3; o.folds = 3; o.seed = 7
        return o
    }

    @Test func learnsTheTrainingSentences() throws {
        let corpus = CoNLLCorpus(text: Self.corpus)
        let model = try NERTrainer(options: options()).train(corpus)
        let doc = corpus.documents[0]
        #expect(model.tag(sentences: doc.sentences) == doc.tags)
    }

    @Test func sameSeedGivesTheSameModelBytes() throws {
        let corpus = CoNLLCorpus(text: Self.corpus)
        let dir = FileManager.default.temporaryDirectory
        let a = dir.appendingPathComponent("ner-det-a-\(UUID().uuidString).bin")
        let b = dir.appendingPathComponent("ner-det-b-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        try NERTrainer(options: options()).train(corpus).write(to: a)
        try NERTrainer(options: options()).train(corpus).write(to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func emptyTrainingDataIsRejected() {
        #expect(throws: ExtractionError.self) { try NERTrainer(options: options()).train(CoNLLCorpus(text: "")) }
    }
}
