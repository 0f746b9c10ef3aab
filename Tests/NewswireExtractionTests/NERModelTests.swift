import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct NERModelTests {
    private static let model: NERModel? = try? NERModel.bundled()

    private func entities(_ text: String, title: String? = nil) throws -> [(String, NERLabel)] {
        let model = try #require(Self.model)
        let tok = Tokenizer()
        var docs = [tok.document(text, field: .body)]
        if let title { docs.insert(tok.document(title, field: .title), at: 0) }
        let spans = model.tag(docs)
        #expect(spans.count == docs.count)
        return zip(docs, spans).flatMap { doc, spans in
            spans.map { span in
                (doc.slice(doc.tokens[span.tokens.lowerBound].start, doc.tokens[span.tokens.upperBound - 1].end), span.label)
            }
        }
    }

    @Test func bundledModelLoadsWithAVersionName() throws {
        let model = try #require(Self.model)
        #expect(model.version.hasPrefix("ner-conll03"))
    }

    @Test func findsPeopleOrganizationsAndPlaces() throws {
        let found = try entities("German Chancellor Angela Merkel met officials of the European Union in Paris on Monday, a spokesman for Deutsche Bank said.")
        let byName = Dictionary(found.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["Angela Merkel"] == .person)
        #expect(byName["Paris"] == .location)
        #expect(byName["European Union"] == .organization)
        #expect(byName["Deutsche Bank"] == .organization)
        #expect(byName["German"] == .miscellaneous)
        #expect(byName["Monday"] == nil)
    }

    @Test func tagsNothingInTextWithoutNames() throws {
        #expect(try entities("the rain fell all night and the roads were closed until the water went down.").isEmpty)
    }

    @Test func spansIndexTheirOwnFieldAndScoresAreProbabilities() throws {
        let model = try #require(Self.model)
        let tok = Tokenizer()
        let title = tok.document("Clinton visits Moscow", field: .title)
        let body = tok.document("President Bill Clinton arrived in Moscow on Tuesday for talks with Boris Yeltsin.", field: .body)
        let spans = model.tag([title, body])
        #expect(spans.count == 2)
        for (doc, s) in zip([title, body], spans) {
            for span in s {
                #expect(span.tokens.upperBound <= doc.tokens.count)
                #expect(span.score > 0 && span.score <= 1)
            }
        }
        #expect(spans[1].contains { body.tokens[$0.tokens].map(\.text) == ["Boris", "Yeltsin"] && $0.label == .person })
        #expect(spans[0].contains { title.tokens[$0.tokens].map(\.text) == ["Moscow"] && $0.label == .location })
    }

    @Test func allCapsHeadlineNamesFollowTheBodyOfTheSameArticle() throws {
        let found = try entities(
            "Officials at Mercedes said on Friday that the company would open a plant near Lyon. Mercedes employs 5,000 people in France.",
            title: "MERCEDES TO BUILD PLANT NEAR LYON")
        let headline = Dictionary(found.filter { $0.0 == $0.0.uppercased() }.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        let body = Dictionary(found.filter { $0.0 != $0.0.uppercased() }.map { ($0.0.uppercased(), $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(headline["MERCEDES"] == .organization)
        for name in ["MERCEDES", "LYON"] {
            #expect(headline[name] != nil && headline[name] == body[name], "\(name): \(found)")
        }
        #expect(!found.contains { $0.0 == "PLANT" || $0.0 == "BUILD" })
    }

    @Test func conllTaggingKeepsEveryLineAndAppendsATag() throws {
        let model = try #require(Self.model)
        let text = "-DOCSTART- -X- O O\n\nHelmut NNP I-NP I-PER\nKohl NNP I-NP I-PER\nvisited VBD I-VP O\nParis NNP I-NP I-LOC\n. . O O\n\n-DOCSTART- -X- O O\n\nrain NN I-NP O\n"
        let lines = model.tagCoNLL(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let input = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == input.count)
        for (a, b) in zip(input, lines) {
            if a.isEmpty || a.hasPrefix("-DOCSTART-") { #expect(a == b) } else { #expect(b.hasPrefix(a + " ")) }
        }
        #expect(lines[2].hasSuffix(" B-PER") && lines[3].hasSuffix(" I-PER") && lines[4].hasSuffix(" O"))
        #expect(lines[5].hasSuffix(" B-LOC") && lines[10].hasSuffix(" O"))
    }

    @Test func writtenModelReadsBackAndTagsTheSame() throws {
        let model = try #require(Self.model)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-roundtrip-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let again = try NERModel(contentsOf: url)
        #expect(again.version == model.version)
        let sentences = [["Peter", "Schmidt", "left", "Siemens", "for", "Oslo", "."]]
        #expect(again.tag(sentences: sentences) == model.tag(sentences: sentences))
    }

    @Test func malformedModelFileIsRejectedWithAnExplanation() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-bad-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("NWNER001 truncated".utf8).write(to: url)
        #expect(throws: ExtractionError.self) { try NERModel(contentsOf: url) }
        do {
            _ = try NERModel(contentsOf: url)
        } catch let e as ExtractionError {
            #expect(e.code == .resourceMalformed)
            #expect(e.remedy.contains("train-ner"))
        }
    }

    @Test func emptyInputGivesNoSpans() throws {
        let model = try #require(Self.model)
        #expect(model.tag([]).isEmpty)
        #expect(model.tag([Tokenizer().document("", field: .body)]) == [[]])
        #expect(model.tag(sentences: []).isEmpty)
    }
}
