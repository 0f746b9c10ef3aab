import Foundation

/// Titles and roles ("deputy prime minister", "regional governor", "spokesman") and honorifics
/// ("Mr", "Dr"), matched case-insensitively. Loaded from `Resources/titles.txt`.
public struct TitleLexicon: Sendable {
    let titles: Set<[UInt8]>
    let honorifics: Set<[UInt8]>
    /// Most words in any title.
    let maxWords: Int

    /// Builds the lexicon from lines of `titles.txt` (a leading `=` marks an honorific; `#` comments).
    public init(lines: [String]) {
        var titles: Set<[UInt8]> = [], honorifics: Set<[UInt8]> = []
        var maxWords = 1
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("=") {
                honorifics.insert(GazetteerKey.normalize(line.dropFirst()))
            } else {
                let key = GazetteerKey.normalize(line)
                titles.insert(key)
                maxWords = max(maxWords, key.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
            }
        }
        self.titles = titles
        self.honorifics = honorifics
        self.maxWords = maxWords
    }

    /// The titles shipped with the library.
    public static func bundled() throws(ExtractionError) -> TitleLexicon {
        guard let url = ExtractionResources.url(named: "titles.txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ExtractionError(code: .resourceMissing, message: "titles.txt is not in the bundle or unreadable",
                                  remedy: "restore Sources/NewswireExtraction/Resources/titles.txt and rebuild")
        }
        return TitleLexicon(lines: text.components(separatedBy: "\n"))
    }

    /// Whether `text` is a title ("Deputy Prime Minister").
    public func isTitle(_ text: String) -> Bool { titles.contains(GazetteerKey.normalize(text)) }

    /// Whether `text` is an honorific ("Mr", "Dr.").
    public func isHonorific(_ text: String) -> Bool { honorifics.contains(GazetteerKey.normalize(text)) }

    /// Length in tokens of the longest title that ends at token `end` (inclusive) and starts at or after
    /// `lowerBound`.
    func titleLength(endingAt end: Int, in tokens: [Token], lowerBound: Int) -> Int? {
        var best: Int?
        var length = 1
        while length <= maxWords + 2 && end - length + 1 >= lowerBound {
            if titles.contains(Self.key(tokens[(end - length + 1)...end])) { best = length }
            length += 1
        }
        return best
    }

    /// Normalized key of a token run (tokens written together join without a space).
    static func key(_ run: ArraySlice<Token>) -> [UInt8] {
        var key: [UInt8] = []
        var previous: Token?
        for token in run {
            if let previous, previous.end != token.start { GazetteerKey.appendSpace(to: &key) }
            GazetteerKey.append(token.text, to: &key)
            previous = token
        }
        GazetteerKey.trimTrailingSpace(&key)
        return key
    }
}
