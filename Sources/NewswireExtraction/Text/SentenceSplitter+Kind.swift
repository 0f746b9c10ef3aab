extension SentenceSplitter {
    /// Words that mark a line as a photo credit or byline.
    private static let creditWords: WordSet = [
        "Getty", "Images", "Reuters", "AFP", "AP", "EPA", "Photo", "Photograph", "Picture", "Pictures",
        "Credit", "Shutterstock", "Alamy", "PA", "Anadolu", "Xinhua", "Sipa", "©",
    ]

    /// Builds the sentence `tokens[first..<k]` and decides its kind.
    func make(_ tokens: [Token], _ first: Int, _ k: Int, _ s: [Unicode.Scalar], field: TextField,
              lineEnded: Bool) -> Sentence {
        let kind = classify(tokens, first, k, field: field, lineEnded: lineEnded)
        return Sentence(tokens: first..<k, start: tokens[first].start, end: tokens[k - 1].end, kind: kind)
    }

    private func classify(_ tokens: [Token], _ first: Int, _ k: Int, field: TextField, lineEnded: Bool) -> SentenceKind {
        var j = k - 1
        while j > first, k - j <= 3, ["\"", "”", "’", "'", ")"].contains(tokens[j].text) { j -= 1 }
        let last = tokens[j].text
        let final = last == "." || last == "!" || last == "?" || last == "…" || last == "..." || last == ":"
            || (last.hasSuffix(".") && last.count > 1)
        if field == .title { return .headline }
        if final || !lineEnded { return .prose }
        var slashes = 0, credit = 0
        for t in first..<k {
            let text = tokens[t].text
            if text == "/" || text == "|" { slashes += 1 }
            if Self.creditWords.contains(text) { credit += 1 }
        }
        let length = k - first
        if length <= 25 && (slashes >= 1 || credit >= 1) {
            if slashes >= 1 || credit >= 2 || tokens[first].text == "©" || tokens[first].text == "Photo" {
                return .credit
            }
        }
        return .headline
    }
}
