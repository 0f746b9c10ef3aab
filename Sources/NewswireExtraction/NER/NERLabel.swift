/// The four CoNLL-2003 entity types the statistical model predicts.
public enum NERLabel: String, Sendable, Hashable, CaseIterable, Codable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
    case miscellaneous = "MISC"

    /// Index 0...3 in `allCases` order.
    var index: Int {
        switch self {
        case .person: 0
        case .organization: 1
        case .location: 2
        case .miscellaneous: 3
        }
    }

    init?(index: Int) {
        guard (0..<4).contains(index) else { return nil }
        self = NERLabel.allCases[index]
    }
}

/// A named-entity mention found by the model: a token range of one document.
public struct NamedSpan: Sendable, Hashable {
    /// Index range into the document's `tokens`.
    public var tokens: Range<Int>
    /// The entity type.
    public var label: NERLabel
    /// Confidence in 0...1 (the margin of the best labelling over the best labelling without this span, squashed).
    public var score: Double

    public init(tokens: Range<Int>, label: NERLabel, score: Double) {
        self.tokens = tokens
        self.label = label
        self.score = score
    }
}

/// BIO tags as small integers: 0 is O, 1 + 2t is B-t, 2 + 2t is I-t for type index t.
enum BIO {
    static let count = 9

    static func begin(_ t: Int) -> Int { 1 + 2 * t }
    static func inside(_ t: Int) -> Int { 2 + 2 * t }
    static func type(_ tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 2 }
    static func isBegin(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 0 }

    /// Whether `next` may follow `prev` (an I-t only after B-t or I-t).
    static func allowed(_ prev: Int?, _ next: Int) -> Bool {
        guard next != 0, !isBegin(next) else { return true }
        guard let prev, prev != 0 else { return false }
        return type(prev) == type(next)
    }

    /// The spans of a tag sequence.
    static func spans(_ tags: [Int]) -> [(range: Range<Int>, type: Int)] {
        var out: [(Range<Int>, Int)] = []
        var start = -1, typ = -1
        for (i, t) in tags.enumerated() {
            let ty = type(t) ?? -1
            let begins = t != 0 && (isBegin(t) || ty != typ)
            if t == 0 || begins {
                if start >= 0 { out.append((start..<i, typ)) }
                start = t == 0 ? -1 : i
                typ = t == 0 ? -1 : ty
            }
        }
        if start >= 0 { out.append((start..<tags.count, typ)) }
        return out
    }

    /// The tag name in IOB2 ("B-PER", "O").
    static func name(_ tag: Int) -> String {
        guard let t = type(tag) else { return "O" }
        return (isBegin(tag) ? "B-" : "I-") + NERLabel.allCases[t].rawValue
    }
}
