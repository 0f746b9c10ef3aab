/// What a lowercase word can do in a number or date expression; one table lookup per token lets the
/// parsers skip the ~95 % of tokens that cannot start one.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// Starts with a digit.
    static let digits = WordClass(rawValue: 1 << 0)
    /// "five", "twenty", "dozen", "hundred", "million".
    static let numberWord = WordClass(rawValue: 1 << 1)
    /// "first", "fourth".
    static let ordinalWord = WordClass(rawValue: 1 << 2)
    /// First word of a hedge: "more", "about", "some", "at", "up", "over".
    static let hedge = WordClass(rawValue: 1 << 3)
    /// "several", "few", "many", "dozens", "hundreds".
    static let vague = WordClass(rawValue: 1 << 4)
    /// "$", "€", "usd", "us".
    static let currency = WordClass(rawValue: 1 << 5)
    /// "a", "an".
    static let article = WordClass(rawValue: 1 << 6)
    /// Month and weekday names, "today", "yesterday", "overnight", "this", "last", "next", "recent" …
    static let dateWord = WordClass(rawValue: 1 << 7)
    /// "day", "weeks", "hours" …
    static let durationUnit = WordClass(rawValue: 1 << 8)
    /// "the".
    static let the = WordClass(rawValue: 1 << 9)
    /// First word of a unit phrase: "kilometres", "square", "per", "%".
    static let unitStart = WordClass(rawValue: 1 << 10)
    /// A hyphenated word ("five-storey", "mid-october").
    static let hyphenated = WordClass(rawValue: 1 << 11)

    /// The class of a lowercase word.
    static func of(_ word: String) -> WordClass {
        word.withUTF8Bytes { of(bytes: $0) }
    }

    /// The class of a lowercase word's UTF-8 bytes.
    private static func of(bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard let first = bytes.first else { return [] }
        var result: WordClass = first >= 48 && first <= 57 ? .digits : []
        if first >= 0x80 || first == UInt8(ascii: "$") { result.insert(.currency) }
        // One pass: FNV hash and hyphen check.
        var h = FeatureHash.offset
        var hyphen = false
        for b in bytes {
            h = (h ^ UInt64(b)) &* FeatureHash.prime
            hyphen = hyphen || b == UInt8(ascii: "-")
        }
        if hyphen { result.insert(.hyphenated) }
        if bytes.count <= table.maxLength { result.formUnion(table.lookup(h)) }
        return result
    }

    /// Open-addressing table from FNV hash to class (no per-lookup hashing beyond FNV).
    struct Table: Sendable {
        var hashes: [UInt64]
        var values: [WordClass]
        var maxLength = 0

        init() {
            hashes = [UInt64](repeating: 0, count: 2048)
            values = [WordClass](repeating: [], count: 2048)
        }

        mutating func add(_ word: String, _ cls: WordClass) {
            let h = GazetteerKey.hash(word)
            maxLength = max(maxLength, word.utf8.count)
            var slot = Int(truncatingIfNeeded: h) & (hashes.count - 1)
            while hashes[slot] != 0 && hashes[slot] != h { slot = (slot + 1) & (hashes.count - 1) }
            hashes[slot] = h
            values[slot].formUnion(cls)
        }

        func lookup(_ h: UInt64) -> WordClass {
            var slot = Int(truncatingIfNeeded: h) & (hashes.count - 1)
            while hashes[slot] != 0 {
                if hashes[slot] == h { return values[slot] }
                slot = (slot + 1) & (hashes.count - 1)
            }
            return []
        }
    }

    private static let table: Table = {
        var table = Table()
        func add(_ words: some Sequence<String>, _ cls: WordClass) {
            for word in words { table.add(word, cls) }
        }
        add(NumberWords.units.keys, .numberWord)
        add(NumberWords.scales.keys, .numberWord)
        add(NumberWords.ordinals.keys, .ordinalWord)
        add(NumberWords.modifiers.map { $0.0[0] }, .hedge)
        add(NumberWords.vagueCounts, .vague)
        add(NumberWords.vagueDeterminers, .vague)
        add(["few"], .vague)
        add(NumberWords.currencyPrefixes.keys, .currency)
        add(["us"], .currency)
        add(["a", "an"], .article)
        add(DateWords.months.keys, .dateWord)
        add(DateWords.weekdays.keys, .dateWord)
        add(DateWords.qualifiers.keys, .dateWord)
        add(["today", "yesterday", "tomorrow", "tonight", "overnight", "recent", "this", "last", "next", "past",
             "coming", "noon", "midday", "midnight"], .dateWord)
        add(DateWords.durationUnits.keys, .durationUnit)
        add(["the"], .the)
        add(NumberWords.unitPhrases.map { $0.0[0] }, .unitStart)
        add(NumberWords.percentPhrases.map { $0[0] }, .unitStart)
        add(NumberWords.currencyPhrases.map { $0.0[0] }, .unitStart)
        return table
    }()
}

extension GazetteerKey {
    /// FNV-1a hash of a string's UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 { FeatureHash.of(text) }
}
