extension NERModel: NameTagger {
    /// The model's version name, written into `extractor.model`.
    public var modelVersion: String? { version }

    /// The model's spans of each document, as coarse name classes.
    public func names(in documents: [TextDocument]) -> [[TaggedName]] {
        tag(documents).map { spans in
            spans.map { span in
                let nameClass: NameClass = switch span.label {
                case .person: .person
                case .organization: .organization
                case .location: .location
                case .miscellaneous: .miscellaneous
                }
                return TaggedName(tokens: span.tokens, nameClass: nameClass, score: span.score)
            }
        }
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
