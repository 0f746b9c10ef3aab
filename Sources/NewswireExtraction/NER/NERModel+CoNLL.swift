extension NERModel {
    /// Tags CoNLL-2003 text: returns every line unchanged, with the predicted IOB2 tag appended as a last
    /// column to token lines; -DOCSTART- and blank lines are kept, so the sentence structure matches the input.
    /// Each -DOCSTART- document is tagged as one document (for the document-level features).
    public func tagCoNLL(_ text: String) -> String {
        let corpus = CoNLLCorpus(text: text)
        var predicted = corpus.documents.map { tag(sentences: $0.sentences).joined().makeIterator() }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var doc = -1, inDoc = false
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
        for (n, line) in lines.enumerated() {
            if n == lines.count - 1 && line.isEmpty { break }  // the text's final newline
            if line.hasPrefix("-DOCSTART-") {
                inDoc = false
                out += line
            } else if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                out += line
            } else {
                if !inDoc { doc += 1; inDoc = true }
                out += line
                out += " "
                out += (doc < predicted.count ? predicted[doc].next() : nil) ?? "O"
            }
            out += "\n"
        }
        return out
    }
}
