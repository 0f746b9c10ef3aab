import NewswireCore
import Foundation

/// The event trigger lexicon, every lemma expanded into its inflected forms and indexed by first word.
///
/// Loaded once from `Resources/event-triggers.tsv`; lookups are dictionary hits, no regular expressions.
public struct TriggerLexicon: Sendable {
    /// All rows of the lexicon.
    public let entries: [TriggerEntry]
    /// First surface word → the forms starting with it, longest first.
    let index: WordTable<[TriggerForm]>

    /// Loads the lexicon shipped with the library.
    public init() throws {
        guard let url = ExtractionResources.url(named: "event-triggers.tsv") else {
            throw ExtractionError(code: .resourceMissing, message: "event-triggers.tsv is not in the resource bundle",
                                       remedy: "rebuild the NewswireExtraction target so Resources/ is copied")
        }
        try self.init(tsv: String(contentsOf: url, encoding: .utf8))
    }

    /// Parses a lexicon in the `phrase<TAB>pos<TAB>type<TAB>code<TAB>flags` layout.
    public init(tsv: String) throws {
        var entries: [TriggerEntry] = []
        for (n, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 4, let pos = TriggerPOS(rawValue: cols[1]), let type = EventType(rawValue: cols[2]) else {
                throw ExtractionError(code: .resourceMalformed, message: "event-triggers.tsv line \(n + 1): \(line)",
                                           remedy: "write the line as phrase<TAB>v|n|x<TAB>taxonomy type<TAB>code<TAB>flags")
            }
            var entry = TriggerEntry(phrase: cols[0].lowercased(), pos: pos, type: type, code: cols[3] == "-" ? nil : cols[3])
            for flag in (cols.count > 4 ? cols[4] : "").split(separator: ",") {
                let parts = flag.split(separator: "=", maxSplits: 1).map(String.init)
                switch parts[0] {
                case "report": entry.isReporting = true
                case "weak": entry.isWeak = true
                case "refine": entry.refines = true
                case "needs": entry.needs = Set(parts.count > 1 ? parts[1].split(separator: "|").map(String.init) : [])
                case "not": entry.excludes = Set(parts.count > 1 ? parts[1].split(separator: "|").map(String.init) : [])
                case "notnext": entry.notNext = Set(parts.count > 1 ? parts[1].split(separator: "|").map(String.init) : [])
                case "notprev": entry.notPrevious = Set(parts.count > 1 ? parts[1].split(separator: "|").map(String.init) : [])
                case "terr": entry.territory = parts.count > 1 ? TerritoryDirection(rawValue: parts[1]) : nil
                default:
                    throw ExtractionError(code: .resourceMalformed, message: "event-triggers.tsv line \(n + 1): unknown flag \(flag)",
                                               remedy: "use report, weak, refine, needs=, not=, notnext=, notprev= or terr=")
                }
            }
            entries.append(entry)
        }
        self.entries = entries
        self.index = WordTable(Self.buildIndex(entries))
    }

    private static func buildIndex(_ entries: [TriggerEntry]) -> [String: [TriggerForm]] {
        let inflector = EnglishInflector()
        var index: [String: [TriggerForm]] = [:]
        for entry in entries {
            let words = entry.phrase.split(separator: " ").map(String.init)
            let slot = entry.pos == .noun ? words.count - 1 : 0
            let forms: [String]
            switch entry.pos {
            case .verb: forms = inflector.verbForms(words[0])
            case .noun: forms = inflector.nounForms(words[slot])
            case .fixed: forms = [words[slot]]
            }
            for form in forms {
                var surface = words
                surface[slot] = form
                index[surface[0], default: []].append(TriggerForm(words: surface, entry: entry, inflectedWord: slot, surface: form))
            }
        }
        return index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The forms whose first word is `word` (lower case), longest phrase first.
    func forms(startingWith word: String) -> [TriggerForm] { index[word] ?? [] }

    /// The same, given the word's FNV-1a hash (``FeatureHash/of(_:seed:)``).
    func forms(startingWith word: String, hash: UInt64) -> [TriggerForm] { index[word, hash: hash] ?? [] }

    /// Every CAMEO code some trigger can emit by default.
    public var defaultCodes: Set<String> { Set(entries.compactMap(\.code)) }
}
