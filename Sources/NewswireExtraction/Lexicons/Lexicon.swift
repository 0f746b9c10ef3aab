import Foundation

/// One lexicon entry: a named thing with its OntoNotes label.
public struct LexiconEntry: Sendable, Hashable {
    /// OntoNotes label: NORP, PRODUCT, EVENT or ORG.
    public var label: String
    /// The canonical name ("Ukrainian", "HIMARS", "NATO").
    public var canonical: String
    /// Extra information: a country code for NORP/ORG/EVENT ("UA", "intl"), a kind for PRODUCT ("missile").
    public var attribute: String

    public init(label: String, canonical: String, attribute: String) {
        self.label = label
        self.canonical = canonical
        self.attribute = attribute
    }
}

/// A run of tokens that spells a lexicon entry.
public struct LexiconMatch: Sendable, Hashable {
    /// Token index range.
    public var tokens: Range<Int>
    /// The entry matched.
    public var entry: LexiconEntry

    public init(tokens: Range<Int>, entry: LexiconEntry) {
        self.tokens = tokens
        self.entry = entry
    }
}

/// Named-entity lexicons (NORP demonyms and groups, PRODUCT, EVENT, well-known ORG) with longest-match
/// lookup over tokens. Built once at start-up from `Resources/lexicon-*.tsv` and passed around.
public struct Lexicon: Sendable {
    /// All entries, in file order.
    public let entries: [LexiconEntry]
    /// FNV hash of a normalized spelling (see `GazetteerKey`) → (spelling bytes, entry index).
    let index: [UInt64: (key: [UInt8], entry: Int)]
    /// FNV hashes of the first word of every spelling, to skip tokens that start none.
    let firstWords: HashFilter
    /// Most tokens in any spelling key.
    let maxWords: Int

    /// Builds a lexicon from entries and their spellings.
    public init(_ items: [(entry: LexiconEntry, spellings: [String])]) {
        var entries: [LexiconEntry] = []
        var index: [UInt64: (key: [UInt8], entry: Int)] = [:]
        var firstWords = HashFilter(log2Bits: 16)
        var maxWords = 1
        for item in items {
            let id = entries.count
            entries.append(item.entry)
            for spelling in item.spellings {
                let key = GazetteerKey.normalize(spelling)
                let hash = key.withUnsafeBufferPointer { GazetteerKey.hash($0) }
                guard !key.isEmpty, index[hash] == nil else { continue }
                index[hash] = (key, id)
                firstWords.insert(key.withUnsafeBufferPointer { HashFilter.firstWordHash($0) })
                maxWords = max(maxWords, key.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
            }
        }
        self.entries = entries
        self.index = index
        self.firstWords = firstWords
        self.maxWords = maxWords
    }

    /// The lexicons shipped with the library: `lexicon-norp.tsv` and `lexicon-named.tsv`.
    public static func bundled() throws(ExtractionError) -> Lexicon {
        var urls: [URL] = []
        for name in ["lexicon-norp.tsv", "lexicon-named.tsv"] {
            guard let url = ExtractionResources.url(named: name) else {
                throw ExtractionError(code: .resourceMissing, message: "\(name) is not in the bundle",
                                      remedy: "restore it under Sources/NewswireExtraction/Resources and rebuild")
            }
            urls.append(url)
        }
        return try load(from: urls)
    }

    /// Reads lexicon files (`label TAB canonical TAB attribute TAB spelling|spelling…`, `#` comments).
    public static func load(from urls: [URL]) throws(ExtractionError) -> Lexicon {
        var items: [(entry: LexiconEntry, spellings: [String])] = []
        for url in urls {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ExtractionError(code: .resourceMissing, message: "cannot read \(url.path)",
                                      remedy: "check the file exists and is UTF-8")
            }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.isEmpty || line.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 4, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw ExtractionError(code: .resourceMalformed,
                                          message: "\(url.lastPathComponent) line \(number + 1) does not have 4 tab-separated fields",
                                          remedy: "fix the line: label, canonical, attribute, spellings")
                }
                let entry = LexiconEntry(label: String(fields[0]), canonical: String(fields[1]), attribute: String(fields[2]))
                items.append((entry, fields[3].split(separator: "|").map(String.init)))
            }
        }
        return Lexicon(items)
    }

    /// The entry a whole text spells, if any ("Ukrainians" → Ukrainian).
    public func entry(for text: String) -> LexiconEntry? {
        let key = GazetteerKey.normalize(text)
        return key.withUnsafeBufferPointer { entryIndex(for: $0) }.map { entries[$0] }
    }

    /// The entry index of normalized key bytes.
    func entryIndex(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let found = index[GazetteerKey.hash(key)], found.key.elementsEqual(key) else { return nil }
        return found.entry
    }
}
