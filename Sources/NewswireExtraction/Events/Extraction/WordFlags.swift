/// Word classes of one word as bits, looked up once per word so rules test bits instead of hashing strings.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    static let reporting = WordFlags(rawValue: 1 << 0)
    static let clauseBreak = WordFlags(rawValue: 1 << 1)
    static let clauseMark = WordFlags(rawValue: 1 << 2)
    static let placeNoun = WordFlags(rawValue: 1 << 3)
    static let regionNoun = WordFlags(rawValue: 1 << 4)
    static let cityNoun = WordFlags(rawValue: 1 << 5)
    static let negator = WordFlags(rawValue: 1 << 6)
    static let denier = WordFlags(rawValue: 1 << 7)
    static let planned = WordFlags(rawValue: 1 << 8)
    static let hypothetical = WordFlags(rawValue: 1 << 9)
    static let claimed = WordFlags(rawValue: 1 << 10)
    static let locative = WordFlags(rawValue: 1 << 11)
    static let determiner = WordFlags(rawValue: 1 << 12)
    static let claimVerb = WordFlags(rawValue: 1 << 13)
    /// A number written as a word ("five", "dozen").
    static let numberWord = WordFlags(rawValue: 1 << 18)
    /// Ends a relative clause: , ; . and the dashes.
    static let relativeEnd = WordFlags(rawValue: 1 << 14)
    /// Starts a relative clause: that, which, who, whom, where.
    static let relativizer = WordFlags(rawValue: 1 << 15)
    /// Comma, hyphen or dash before a relativizer.
    static let commaOrDash = WordFlags(rawValue: 1 << 16)
    /// Bounds the clause an actor is looked for in: ; : and quote marks.
    static let actorClauseBound = WordFlags(rawValue: 1 << 17)

    /// Every word that belongs to some class, with its classes.
    static let table: WordTable<WordFlags> = WordTable(words)

    private static let words: [String: WordFlags] = {
        var t: [String: WordFlags] = [:]
        func add(_ words: some Sequence<String>, _ f: WordFlags) { for w in words { t[w, default: []].insert(f) } }
        add(WordClasses.reportingVerbs, .reporting)
        add(WordClasses.clauseBreaks, .clauseBreak)
        add([",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", ")", "\"", "\u{201C}", "\u{201D}"], .clauseMark)
        add(WordClasses.placeNouns, .placeNoun)
        add(WordClasses.regionNouns, .regionNoun)
        add(WordClasses.cityNouns, .cityNoun)
        add(WordClasses.negators, .negator)
        add(WordClasses.deniers, .denier)
        add(WordClasses.planned, .planned)
        add(WordClasses.hypothetical, .hypothetical)
        add(WordClasses.claimed, .claimed)
        add(WordClasses.locativePrepositions, .locative)
        add(WordClasses.determiners, .determiner)
        add(["claimed", "claims", "claim", "alleged"], .claimVerb)
        add(Set(WordClasses.numberWords.keys), .numberWord)
        add([",", ";", ".", "\u{2014}", "\u{2013}"], .relativeEnd)
        add(["that", "which", "who", "whom", "where"], .relativizer)
        add([",", "-", "\u{2013}", "\u{2014}"], .commaOrDash)
        add([";", ":", "\"", "\u{201C}", "\u{201D}"], .actorClauseBound)
        return t
    }()

    static func of(_ lower: String) -> WordFlags { table[lower] ?? [] }

    /// The classes of a word whose FNV-1a hash (``FeatureHash/of(_:seed:)``) is known.
    static func of(_ lower: String, hash: UInt64) -> WordFlags { table[lower, hash: hash] ?? [] }
}
