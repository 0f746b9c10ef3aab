import NewswireCore

extension ArticleExtractor {
    /// The extractor with every resource shipped in the library: gazetteer, lexicon, number and date
    /// parsers, and the trained NER model. Reads all files once; takes well under a second.
    /// - Throws: `ExtractionError` when a bundled resource is missing or malformed.
    public static func bundled() throws(ExtractionError) -> ArticleExtractor {
        let gazetteer = try Gazetteer.bundled()
        let entities = EntityExtractor(tagger: nil, temporal: DateParser(), geocoder: Geocoder(gazetteer: gazetteer))
        return ArticleExtractor(entityExtractor: entities)
    }
}
