extension NERModel: NameTagger {
    /// The model's version name, written into `extractor.model`.
    public var modelVersion: String? { version }

    /// The model's spans of each document, as coarse name classes.
    ///
    /// Decodes all fields as one document (document-level evidence spans title and body) without the
    /// per-token marginals `tag(_:)` computes, which the entity pipeline does not use: every span gets
    /// score 1. This halves the model's share of extraction time.
    public func names(in documents: [TextDocument]) -> [[TaggedName]] {
        let tags = decode(NERDocument(documents))
        var out: [[TaggedName]] = []
        var base = 0
        for d in documents {
            let end = min(tags.count, base + d.tokens.count)
            out.append(BIO.spans(Array(tags[base..<end])).compactMap { span in
                guard let label = NERLabel(index: span.type) else { return nil }
                let nameClass: NameClass = switch label {
                case .person: .person
                case .organization: .organization
                case .location: .location
                case .miscellaneous: .miscellaneous
                }
                return TaggedName(tokens: span.range, nameClass: nameClass, score: 1)
            })
            base += d.tokens.count
        }
        return out
    }
}

extension NERModel {
    /// The bundled model, with any load failure reported as an `ExtractionError`.
    static func bundledTagger() throws(ExtractionError) -> NERModel {
        do {
            return try NERModel.bundled()
        } catch let error as ExtractionError {
            throw error
        } catch {
            throw ExtractionError(code: .resourceMalformed, message: "the bundled NER model could not be read: \(error)",
                                  remedy: "rebuild the model with `make model` and rebuild the package")
        }
    }
}
