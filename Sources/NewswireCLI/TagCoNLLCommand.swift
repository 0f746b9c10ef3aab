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
        let corpus = CoNLLCorpus(text: text)
        var predicted = corpus.documents.map { ner.tag(sentences: $0.sentences).joined().makeIterator() }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var doc = -1, inDoc = false, started = false
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            let isToken = !line.hasPrefix("-DOCSTART-") && !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" })
            if line.hasPrefix("-DOCSTART-") { inDoc = false }
            if isToken {
                if !inDoc { doc += 1; inDoc = true; started = true }
                out += line
                out += " "
                out += predicted[doc].next() ?? "O"
                out += "\n"
            } else {
                out += line
                out += "\n"
            }
        }
        if !started && out.isEmpty { return }
        if out.hasSuffix("\n\n") || !text.hasSuffix("\n") { out.removeLast() }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
