import Foundation

/// A CoNLL-2003 file: documents (split at -DOCSTART-) of sentences (split at blank lines) of tokens with tags.
public struct CoNLLCorpus: Sendable {
    /// One document: its sentences as token texts and IOB2 gold tags (empty when the file has no tag column).
    public struct Document: Sendable {
        public var sentences: [[String]]
        public var tags: [[String]]
    }

    /// The documents of the file, in order.
    public var documents: [Document]

    /// Parses CoNLL text: "token ... tag" lines, blank lines between sentences, -DOCSTART- between documents.
    /// Tags in IOB1 are converted to IOB2.
    public init(text: String) {
        var docs: [Document] = []
        var doc = Document(sentences: [], tags: [])
        var sent: [String] = [], tags: [String] = []
        func endSentence() {
            if !sent.isEmpty { doc.sentences.append(sent); doc.tags.append(Self.iob2(tags)) }
            sent = []; tags = []
        }
        func endDocument() {
            endSentence()
            if !doc.sentences.isEmpty { docs.append(doc) }
            doc = Document(sentences: [], tags: [])
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            if line.hasPrefix("-DOCSTART-") { endDocument(); continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if parts.isEmpty { endSentence(); continue }
            sent.append(String(parts[0]))
            tags.append(parts.count > 1 ? String(parts[parts.count - 1]) : "O")
        }
        endDocument()
        documents = docs
    }

    /// Reads a CoNLL file.
    public init(contentsOf url: URL) throws {
        do {
            self.init(text: try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw ExtractionError(code: .resourceMissing, message: "cannot read CoNLL file \(url.path): \(error)",
                                  remedy: "check the path and that the file is UTF-8 text")
        }
    }

    /// IOB1 (I-X may start a chunk) to IOB2 (every chunk starts with B-X).
    static func iob2(_ tags: [String]) -> [String] {
        var out = tags
        var prevType = ""
        for (i, t) in tags.enumerated() {
            if t == "O" || t.count < 3 { out[i] = "O"; prevType = ""; continue }
            let type = String(t.dropFirst(2))
            if t.hasPrefix("I-") && type != prevType { out[i] = "B-" + type }
            prevType = type
        }
        return out
    }

    /// Tag name to BIO index (unknown types become O).
    static func tagIndex(_ name: String) -> Int {
        guard name.count > 2, let label = NERLabel(rawValue: String(name.dropFirst(2))) else { return 0 }
        return name.hasPrefix("B-") ? BIO.begin(label.index) : BIO.inside(label.index)
    }
}

extension NERDocument {
    /// A CoNLL document's sentences as one model document.
    init(_ d: CoNLLCorpus.Document) {
        var tokens: [String] = []
        var sentences: [Range<Int>] = []
        for s in d.sentences {
            sentences.append(tokens.count..<(tokens.count + s.count))
            tokens.append(contentsOf: s)
        }
        self.init(tokens: tokens, sentences: sentences)
    }
}
