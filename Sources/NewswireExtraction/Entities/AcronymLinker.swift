import NewswireCore

/// Types an all-capitals abbreviation like the organisation it abbreviates in the same article:
/// "IOM" after "International Organization for Migration" is that organisation, not the Isle of Man;
/// "RSF" after "Rapid Support Forces" is not a product, "ASEAN" after "Association of Southeast Asian
/// Nations" not a nationality.
///
/// An abbreviation matches a name when its letters can be read off the name's words in order: every
/// content word gives one or more letters (its first, then later ones: "SE" from "Southeast"), function
/// words ("of", "for", "and", "the") may give one or none.
struct AcronymLinker: Sendable {
    /// Function words a name may skip.
    static let functionWords: WordSet = ["of", "for", "and", "the", "on", "in", "de", "del", "la", "des", "du", "et", "to"]

    /// The candidates with every abbreviation of an organisation named in the article retyped as ORG (and
    /// stripped of a place), and a candidate added for an abbreviation nothing else proposed.
    func link(_ candidates: [MentionCandidate], documents: [TextDocument]) -> [MentionCandidate] {
        var names: [[String]] = []
        for c in candidates where c.type == .org && c.tokens.count >= 2 && c.scalars == nil {
            let words = documents[c.document].tokens[c.tokens].map { $0.text.lowercased() }
            if words.filter({ !Self.functionWords.contains($0) }).count >= 2 { names.append(words) }
        }
        guard !names.isEmpty else { return candidates }
        var out = candidates
        for (d, document) in documents.enumerated() {
            for (i, token) in document.tokens.enumerated() where Self.isAbbreviation(token.text) {
                let letters = Array(token.text.lowercased())
                guard names.contains(where: { Self.abbreviates(letters, $0) }) else { continue }
                var covered = false
                for k in out.indices where out[k].document == d && out[k].tokens.contains(i) {
                    covered = true
                    guard out[k].tokens == i..<(i + 1) else { continue }
                    out[k].type = .org
                    out[k].place = nil
                }
                if !covered {
                    out.append(MentionCandidate(document: d, tokens: i..<(i + 1), type: .org, origin: .lexicon))
                }
            }
        }
        return out
    }

    /// Two to six capital letters (an abbreviation, not a word in a capitalized headline).
    static func isAbbreviation(_ text: String) -> Bool {
        (2...6).contains(text.utf8.count) && text.withUTF8Bytes { $0.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
    }

    /// Whether `letters` (lowercased) can be read off `words` (lowercased) in order.
    static func abbreviates(_ letters: [Character], _ words: [String]) -> Bool {
        let words = words.map { Array($0) }
        func read(_ l: Int, _ w: Int) -> Bool {
            if l == letters.count {
                return words[w...].allSatisfy { functionWords.contains(String($0)) }
            }
            guard w < words.count else { return false }
            let word = words[w]
            let optional = functionWords.contains(String(word))
            if optional, read(l, w + 1) { return true }
            guard word.first == letters[l] else { return false }
            // The word's first letter, then any later letters of the word in order.
            var l2 = l + 1
            var pos = 1
            if read(l2, w + 1) { return true }
            while l2 < letters.count, l2 - l < 3 {
                guard let found = word[pos...].firstIndex(of: letters[l2]) else { break }
                pos = found + 1
                l2 += 1
                if read(l2, w + 1) { return true }
            }
            return false
        }
        return read(0, 0)
    }
}
