import NewswireCore

extension EntityExtractor {
    /// Name spans split at slashes, and typed by the photo-credit convention on credit lines.
    ///
    /// A slash separates names ("Metin Aktas/Anadolu Agency/Getty Images"), so no name spans one. On a
    /// credit line the first slash-separated name of two or three words is the photographer (PERSON) and
    /// the names after a slash are agencies (ORG), whatever the tagger said.
    func creditAware(_ names: [TaggedName], in document: TextDocument) -> [TaggedName] {
        var out: [TaggedName] = []
        for name in names {
            var start = name.tokens.lowerBound
            var parts: [TaggedName] = []
            for i in name.tokens where Self.isSlash(document.tokens[i].text) {
                if i > start { parts.append(TaggedName(tokens: start..<i, nameClass: name.nameClass, score: name.score)) }
                start = i + 1
            }
            if start < name.tokens.upperBound {
                parts.append(TaggedName(tokens: start..<name.tokens.upperBound, nameClass: name.nameClass, score: name.score))
            }
            out.append(contentsOf: parts)
        }
        guard document.sentences.contains(where: { $0.kind == .credit }) else { return out }
        for k in out.indices {
            let span = out[k].tokens
            let sentence = document.sentences[ResolvedMention.sentence(of: span.lowerBound, in: document)]
            guard sentence.kind == .credit else { continue }
            let before = span.lowerBound > sentence.tokens.lowerBound ? document.tokens[span.lowerBound - 1].text : ""
            let after = span.upperBound < sentence.tokens.upperBound ? document.tokens[span.upperBound].text : ""
            if Self.isSlash(before) {
                out[k].nameClass = .organization
            } else if Self.isSlash(after), (2...3).contains(span.count),
                      document.tokens[span].allSatisfy({ TypeLexicon.isCapitalized($0.text) }) {
                out[k].nameClass = .person
            }
        }
        return out
    }

    static func isSlash(_ s: String) -> Bool { s == "/" || s == "|" }
}
