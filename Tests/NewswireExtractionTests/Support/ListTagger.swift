import NewswireCore
import NewswireExtraction

/// A test double for the NER model: tags every occurrence of the listed token sequences with the given
/// class, longest first, so a test states exactly which names "the model" found.
struct ListTagger: NameTagger {
    var entries: [(words: [String], nameClass: NameClass)]
    var modelVersion: String? { "ner-test-list" }

    init(_ entries: [String: NameClass]) {
        self.entries = entries.map { (Tokenizer().document($0.key, field: .body).tokens.map(\.text), $0.value) }
            .sorted { $0.words.count > $1.words.count }
    }

    func names(in documents: [TextDocument]) -> [[TaggedName]] {
        documents.map { doc in
            let words = doc.tokens.map(\.text)
            var out: [TaggedName] = []
            var i = 0
            while i < words.count {
                if let e = entries.first(where: { i + $0.words.count <= words.count && Array(words[i..<(i + $0.words.count)]) == $0.words }) {
                    out.append(TaggedName(tokens: i..<(i + e.words.count), nameClass: e.nameClass, score: 0.9))
                    i += e.words.count
                } else {
                    i += 1
                }
            }
            return out
        }
    }
}

/// Extraction helpers shared by the entity tests.
enum EntityFixtures {
    static let tokenizer = Tokenizer()

    /// An extractor with the bundled gazetteer, the date parser and a list tagger.
    static func extractor(_ names: [String: NameClass] = [:]) -> EntityExtractor {
        EntityExtractor(tagger: ListTagger(names), temporal: DateParser(), geocoder: Fixtures.geocoder)
    }

    /// Entities of a one-field body text.
    static func entities(_ body: String, title: String? = nil, names: [String: NameClass] = [:],
                         publishedAt: String? = nil) -> [EntityRecord] {
        var docs: [TextDocument] = []
        if let title { docs.append(tokenizer.document(title, field: .title)) }
        docs.append(tokenizer.document(body, field: .body))
        return extractor(names).entities(in: docs, publishedAt: publishedAt.flatMap(RFC3339Timestamp.init))
    }

    /// The entity one of whose mentions reads `text`.
    static func entity(_ text: String, in entities: [EntityRecord]) -> EntityRecord? {
        entities.first { $0.mentions.contains { $0.text == text } }
    }
}
