import NewswireCore

extension ArticleExtractor {
    /// The extractor with every resource shipped in the library: the trained NER model, gazetteer,
    /// type lexicon, number and date parsers, and the event extractor. Reads all files once.
    /// - Throws: `ExtractionError` when a bundled resource is missing or malformed.
    public static func bundled() throws(ExtractionError) -> ArticleExtractor {
        let gazetteer = try Gazetteer.bundled()
        let entities = EntityExtractor(tagger: try NERModel.bundledTagger(), temporal: DateParser(),
                                       geocoder: Geocoder(gazetteer: gazetteer), namedLexicon: try Lexicon.bundled())
        return ArticleExtractor(entityExtractor: entities, eventAnnotator: try EventExtractor.bundledAnnotator())
    }
}

extension EventExtractor: EventAnnotator {
    /// The event extractor with its bundled tables, with any load failure reported as an `ExtractionError`.
    static func bundledAnnotator() throws(ExtractionError) -> EventExtractor {
        do {
            return try EventExtractor()
        } catch {
            throw ExtractionError(code: .resourceMalformed, message: "the bundled event tables could not be read: \(error)",
                                  remedy: "check Resources/cameo.tsv and Resources/event-triggers.tsv and rebuild the package")
        }
    }
}
