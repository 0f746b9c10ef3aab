import Foundation
import NewswireCore

/// Names whose OntoNotes type a list settles: nationalities and groups (NORP), weapon systems and
/// other products (PRODUCT), named events (EVENT) and institutions named by their seat (ORG: "Kremlin").
///
/// Entries are matched case-insensitively over whole tokens, but only where the text capitalizes
/// the first word, so "patriot" and "shield" as common nouns never match. Plural nationalities
/// ("Ukrainians") match their singular entry.
public struct TypeLexicon: Sendable {
    /// Lowercased phrase (words joined by single spaces) -> type.
    var phrases: [String: EntityType]
    /// The longest phrase, in words.
    var maxWords: Int
    /// The first word of every phrase, so most capitalized tokens are dismissed with one lookup.
    var firstWords: WordSet

    /// A lexicon from explicit entries (lowercased phrases, words separated by single spaces).
    public init(entries: [String: EntityType]) {
        var phrases: [String: EntityType] = [:]
        for (k, v) in entries { phrases[k.lowercased()] = v }
        self.phrases = phrases
        self.maxWords = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1
        self.firstWords = WordSet(phrases.keys.sorted().map { String($0.split(separator: " ").first ?? "") })
    }

    /// The lexicon built into the library (lists in `TypeLexicon+Data.swift`).
    public static func standard() -> TypeLexicon {
        var entries: [String: EntityType] = [:]
        for w in Self.words(Self.norpWords) { entries[w] = .norp }
        for w in Self.phrases(Self.productPhrases) { entries[w] = .product }
        for w in Self.phrases(Self.eventPhrases) { entries[w] = .event }
        for w in Self.phrases(Self.orgPhrases) { entries[w] = .org }
        return TypeLexicon(entries: entries)
    }

    /// The type of a phrase, if listed (plural nationalities included).
    public func type(of phrase: String) -> EntityType? { type(ofLowercased: phrase.lowercasedFast()) }

    /// ``type(of:)`` of a phrase that is lower-cased already.
    func type(ofLowercased key: String) -> EntityType? {
        if let t = phrases[key] { return t }
        if key.count > 3, key.hasSuffix("s"), !key.withUTF8Bytes({ $0.contains(0x20) }), let t = phrases[String(key.dropLast())], t == .norp {
            return t
        }
        return nil
    }

    /// Listed phrases in a document, longest match first, left to right, as candidates of document `index`;
    /// also the listed first part of a hyphenated word ("Iranian" in "Iranian-made").
    func candidates(in document: TextDocument, index: Int) -> [MentionCandidate] {
        let tokens = document.tokens
        var out: [MentionCandidate] = []
        var i = 0
        while i < tokens.count {
            guard Self.isCapitalized(tokens[i].text) else { i += 1; continue }
            var found: (Int, EntityType)?
            var key = ""
            let first = tokens[i].text.lowercasedFast()
            let firstListed = firstWords.contains(first) || (first.hasSuffix("s") && firstWords.contains(String(first.dropLast())))
            for j in i..<min(tokens.count, firstListed ? i + maxWords : i) {
                if j > i && tokens[j].start != tokens[j - 1].end + 1 { break }
                key += (j > i ? " " : "") + tokens[j].text.lowercasedFast()
                if let t = type(ofLowercased: key) { found = (j + 1, t) }
            }
            if let (end, t) = found {
                out.append(MentionCandidate(document: index, tokens: i..<end, type: t, origin: .lexicon))
                i = end
                continue
            }
            if tokens[i].text.withUTF8Bytes({ $0.contains { $0 == 0x2D || $0 == 0xE2 } }),  // "-" or the lead byte of "‐"
               let c = hyphenPrefix(tokens[i], at: i, index: index) { out.append(c) }
            i += 1
        }
        return out
    }

    /// "Russian-installed", "Kremlin-backed": a listed capitalized part before a lowercase word.
    private func hyphenPrefix(_ token: Token, at i: Int, index: Int) -> MentionCandidate? {
        let scalars = Array(token.text.unicodeScalars)
        guard let h = scalars.firstIndex(where: { $0 == "-" || $0 == "\u{2010}" }), h > 1, h + 1 < scalars.count,
              scalars[h + 1].properties.isLowercase else { return nil }
        var head = String.UnicodeScalarView()
        head.append(contentsOf: scalars[..<h])
        guard let t = type(of: String(head)) else { return nil }
        return MentionCandidate(document: index, tokens: i..<(i + 1), type: t, origin: .lexicon,
                                scalars: token.start..<(token.start + h))
    }

    static func isCapitalized(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }  // ASCII fast path
        return s.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    static func words(_ blob: String) -> [String] {
        blob.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.lowercased() }
    }

    static func phrases(_ blob: String) -> [String] {
        blob.split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
            .filter { !$0.isEmpty }
    }
}
