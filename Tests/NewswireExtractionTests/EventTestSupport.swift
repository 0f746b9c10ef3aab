import NewswireCore
import Foundation
@testable import NewswireExtraction

/// Builds extractor input from marked-up passages written for the tests:
/// `[[Kherson|GPE|city]]`, `[[Thursday|DATE|2024-03-14]]`, `[[20|CARDINAL|20]]`, `[[Maria Holt|PERSON]]`.
/// The third field is a gazetteer feature for places, the ISO date for dates, the value for numbers.
/// Mentions with the same text and type are one entity. A blank line separates title from body when the
/// passage starts with `# `.
enum EventTestSupport {
    struct Passage {
        var documents: [TextDocument]
        var entities: [EntityRecord]
    }

    static func passage(_ markup: String) -> Passage {
        var title: String?
        var body = markup
        if markup.hasPrefix("# "), let nl = markup.firstIndex(of: "\n") {
            title = String(markup[markup.index(markup.startIndex, offsetBy: 2)..<nl])
            body = String(markup[nl...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var entities: [EntityRecord] = []
        var docs: [TextDocument] = []
        for (field, text) in [(TextField.title, title), (.body, body)] {
            guard let text else { continue }
            let (plain, marks) = strip(text)
            let doc = tokenize(plain, field: field)
            for mark in marks { add(mark, field: field, doc: doc, to: &entities) }
            docs.append(doc)
        }
        return Passage(documents: docs, entities: entities)
    }

    struct Mark { var text: String; var type: EntityType; var extra: String?; var start: Int; var end: Int }

    /// Removes the markup, returning plain text and the marks with scalar offsets.
    static func strip(_ s: String) -> (String, [Mark]) {
        var out = String.UnicodeScalarView()
        var marks: [Mark] = []
        let sc = Array(s.unicodeScalars)
        var i = 0
        while i < sc.count {
            if sc[i] == "[", i + 1 < sc.count, sc[i + 1] == "[" {
                var j = i + 2
                while !(sc[j] == "]" && sc[j + 1] == "]") { j += 1 }
                var inner = String.UnicodeScalarView()
                inner.append(contentsOf: sc[(i + 2)..<j])
                let parts = String(inner).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let start = out.count
                out.append(contentsOf: parts[0].unicodeScalars)
                marks.append(Mark(text: parts[0], type: EntityType(rawValue: parts[1])!, extra: parts.count > 2 ? parts[2] : nil,
                                  start: start, end: out.count))
                i = j + 2
            } else {
                out.append(sc[i])
                i += 1
            }
        }
        return (String(out), marks)
    }

    static func add(_ m: Mark, field: TextField, doc: TextDocument, to entities: inout [EntityRecord]) {
        let sentence = doc.sentences.firstIndex { $0.start <= m.start && m.end <= $0.end } ?? 0
        let mention = MentionRecord(text: m.text, start: m.start, end: m.end, sentence: sentence, field: field)
        if let k = entities.firstIndex(where: { $0.name == m.text && $0.type == m.type }) {
            entities[k].mentions.append(mention)
            return
        }
        var e = EntityRecord(id: "e\(entities.count + 1)", type: m.type, name: m.text, mentions: [mention])
        switch m.type {
        case .gpe, .loc, .fac: e.geo = GeoRecord(geonameid: 0, name: m.text, countryCode: "", lat: 0, lon: 0, feature: m.extra)
        case .date, .time: e.normalized = m.extra
        case .cardinal, .quantity, .percent, .money:
            e.value = m.extra.flatMap(Double.init) ?? CountFinder.parse(m.text.lowercased())
        default: break
        }
        entities.append(e)
    }

    /// The library's own tokenizer and sentence splitter.
    static func tokenize(_ text: String, field: TextField) -> TextDocument {
        Tokenizer().document(text, field: field)
    }
}
