import ArgumentParser
import Foundation
import NewswireExtraction

/// `newswire tag-conll`: tags a CoNLL-2003 file, printing each line with the predicted tag appended.
struct TagCoNLLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag-conll",
        abstract: "Tag a CoNLL-2003 file; prints the same lines with the predicted IOB2 tag as the last column."
    )

    @Argument(help: "The CoNLL file.") var file: String
    @Option(help: "A model file instead of the bundled one.") var model: String?

    func run() throws {
        let ner = try model.map { try NERModel(contentsOf: URL(fileURLWithPath: $0)) } ?? NERModel.bundled()
        let text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        FileHandle.standardOutput.write(Data(ner.tagCoNLL(text).utf8))
    }
}
