import NewswireCore

/// Remembers the organisations and people named so far, so that a sentence whose subject only refers back
/// ("The ministry also accused…", "It said…", "She called on…") still gets an actor for its events.
/// Deliberately shallow: only the first word(s) of the sentence are read, so a subject after an opening adverbial
/// ("Separately, the ministry…") is not resolved.
struct SubjectTracker: Sendable {
    /// Latest organisation by the last word of its name ("ministry" for "defence ministry").
    private var orgByHead: [String: Int] = [:]
    private var lastOrg: Int?
    private var lastPerson: Int?

    /// Nouns that head an organisation's name and are used alone to refer back to it.
    static let heads: WordSet = [
        "ministry", "agency", "association", "commission", "company", "committee", "council", "government",
        "office", "party", "union", "group", "service", "command", "army", "police", "force", "forces", "programme",
        "fleet", "court", "bank", "authority", "federation", "organisation", "organization", "confederation",
    ]

    /// Per entity of the article: the head noun an organisation's name ends with, if it is one of ``heads``.
    private let orgHeads: [String?]

    /// A tracker for an article with these entities (their organisations' head nouns are found once here).
    init(entities: [EntityRecord]) {
        orgHeads = entities.map { e in
            guard e.type == .org, let head = e.name.split(separator: " ").last?.lowercased(),
                  Self.heads.contains(head) else { return nil }
            return head
        }
    }

    /// Notes the people and organisations `view` names; `entities` are those given to ``init(entities:)``.
    mutating func record(_ view: SentenceView, entities: [EntityRecord]) {
        for m in view.mentions where !m.embedded {
            let type = entities[m.entity].type
            if type == .person { lastPerson = m.entity }
            if type == .org {
                lastOrg = m.entity
                if let head = orgHeads[m.entity] { orgByHead[head] = m.entity }
            }
        }
    }

    /// The entity a sentence-initial subject refers back to: "It" the latest organisation, "He"/"She" the
    /// latest person, "The <head noun>" the latest organisation named with that noun.
    func subject(of view: SentenceView) -> Int? {
        let w = view.words
        guard let first = w.first?.lower else { return nil }
        switch first {
        case "he", "she": return lastPerson
        case "it": return lastOrg  // "they" as often means the countries or people just named
        case "the":
            guard w.count > 1, view.mention(at: 1) == nil else { return nil }
            return orgByHead[w[1].lower]
        default: return nil
        }
    }
}
