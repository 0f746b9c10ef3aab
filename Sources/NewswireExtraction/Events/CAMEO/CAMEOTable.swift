import NewswireCore
import Foundation

/// One CAMEO code with its label and Goldstein score.
public struct CAMEOCode: Sendable, Hashable {
    /// The code: two digits for a root, three or four for sub-codes ("19", "190", "1952").
    public var code: String
    /// Human-readable label.
    public var label: String
    /// Goldstein conflict-cooperation score, -10 to +10.
    public var goldstein: Double
    /// The two-digit root.
    public var root: String { String(code.prefix(2)) }

    public init(code: String, label: String, goldstein: Double) {
        self.code = code
        self.label = label
        self.goldstein = goldstein
    }

    /// The coding as it goes on the wire.
    public var coding: CameoCoding { CameoCoding(code: code, root: root, label: label, goldstein: goldstein) }
}

/// The complete table of CAMEO codes, loaded once from `Resources/cameo.tsv`.
public struct CAMEOTable: Sendable {
    private let byCode: [String: CAMEOCode]

    /// All codes in the table, sorted.
    public var codes: [CAMEOCode] { byCode.values.sorted { $0.code < $1.code } }

    /// Loads the table shipped with the library.
    public init() throws {
        guard let url = ExtractionResources.url(named: "cameo.tsv") else {
            throw ExtractionError(code: .resourceMissing, message: "cameo.tsv is not in the resource bundle",
                                       remedy: "rebuild the NewswireExtraction target so Resources/ is copied")
        }
        try self.init(tsv: String(contentsOf: url, encoding: .utf8))
    }

    /// Parses a table in the `code<TAB>goldstein<TAB>label` layout; `#` starts a comment line.
    public init(tsv: String) throws {
        var table: [String: CAMEOCode] = [:]
        for (n, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 3, let score = Double(cols[1]), (2...4).contains(cols[0].count),
                  cols[0].allSatisfy(\.isNumber) else {
                throw ExtractionError(code: .resourceMalformed, message: "cameo.tsv line \(n + 1): \(line)",
                                           remedy: "write the line as code<TAB>goldstein<TAB>label")
            }
            let code = String(cols[0])
            table[code] = CAMEOCode(code: code, label: String(cols[2]), goldstein: score)
        }
        byCode = table
    }

    /// The entry for exactly this code, or `nil`.
    public func entry(_ code: String) -> CAMEOCode? { byCode[code] }

    /// The entry for the code, falling back to its 3-digit parent and then its root.
    public func lookup(_ code: String) -> CAMEOCode? {
        var c = code
        while c.count >= 2 {
            if let e = byCode[c] { return e }
            c.removeLast()
        }
        return nil
    }
}
