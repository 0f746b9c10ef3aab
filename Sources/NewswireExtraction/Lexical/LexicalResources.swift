/// Everything the lexical components need, loaded once at start-up and shared (immutable, `Sendable`):
/// the gazetteer and geocoder, the NORP/PRODUCT/EVENT/ORG lexicon, titles and the role extractor, and
/// the number and date parsers.
public struct LexicalResources: Sendable {
    public let gazetteer: Gazetteer
    public let geocoder: Geocoder
    public let lexicon: Lexicon
    public let titles: TitleLexicon
    public let roles: RoleExtractor
    public let numbers: NumberParser
    public let dates: DateParser

    public init(gazetteer: Gazetteer, lexicon: Lexicon, titles: TitleLexicon) {
        self.gazetteer = gazetteer
        self.geocoder = Geocoder(gazetteer: gazetteer)
        self.lexicon = lexicon
        self.titles = titles
        self.roles = RoleExtractor(titles: titles, lexicon: lexicon, gazetteer: gazetteer)
        self.numbers = NumberParser()
        self.dates = DateParser()
    }

    /// Loads the resources shipped with the library.
    public static func bundled() throws(ExtractionError) -> LexicalResources {
        LexicalResources(gazetteer: try Gazetteer.bundled(), lexicon: try Lexicon.bundled(),
                         titles: try TitleLexicon.bundled())
    }
}
