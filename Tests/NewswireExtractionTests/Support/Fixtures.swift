import NewswireExtraction

/// Resources loaded once for the whole test run (immutable, `Sendable`).
enum Fixtures {
    static let gazetteer: Gazetteer = {
        do {
            return try Gazetteer.bundled()
        } catch {
            fatalError("bundled gazetteer failed to load: \(error)")
        }
    }()
    static let geocoder = Geocoder(gazetteer: gazetteer)
    static let lexicon: Lexicon = {
        do {
            return try Lexicon.bundled()
        } catch {
            fatalError("bundled lexicons failed to load: \(error)")
        }
    }()
    static let titles: TitleLexicon = {
        do {
            return try TitleLexicon.bundled()
        } catch {
            fatalError("bundled titles failed to load: \(error)")
        }
    }()
    static let roles = RoleExtractor(titles: titles, lexicon: lexicon, gazetteer: gazetteer)
    static let lexical = LexicalResources(gazetteer: gazetteer, lexicon: lexicon, titles: titles)
}
