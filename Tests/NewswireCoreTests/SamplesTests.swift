import Foundation
import Testing
import NewswireCore

/// The sample articles the project ships in Samples/ are valid raw articles of the intended size.
@Suite struct SamplesTests {
    private static let dir = SchemaValidator.root.appendingPathComponent("Samples")

    private static func files(_ ext: String, in dir: URL = SamplesTests.dir) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }

    @Test func everySampleIsAValidRawArticleNamedByItsID() throws {
        let files = try Self.files("json")
        #expect(files.count >= 8)
        for file in files {
            let article = try RawArticle.decode(try Data(contentsOf: file))
            #expect(article.id == file.deletingPathExtension().lastPathComponent)
            #expect(article.isEnglish)
            #expect(article.source == "Newswire Samples")
            #expect(article.publishedAt != nil, "\(article.id) needs published_at to anchor relative dates")
            #expect(article.url?.hasPrefix("https://news.example/") == true)
            let words = article.body.split(whereSeparator: \.isWhitespace).count
            #expect((150...400).contains(words), "\(article.id) has \(words) words")
        }
    }

    @Test func samplesValidateAgainstTheRawArticleSchema() throws {
        let paths = try Self.files("json").map { "Samples/\($0.lastPathComponent)" }
        let result = try SchemaValidator.run(["raw-article.v1"] + paths)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func plainTextSamplesGiveTheSameArticleAsTheirJSONTwin() throws {
        let texts = try Self.files("txt", in: Self.dir.appendingPathComponent("text"))
        #expect(texts.count >= 2)
        for file in texts {
            let id = file.deletingPathExtension().lastPathComponent
            let fromText = RawArticle.fromPlainText(try String(contentsOf: file, encoding: .utf8), id: id)
            let json = try RawArticle.decode(try Data(contentsOf: Self.dir.appendingPathComponent("\(id).json")))
            #expect(fromText.title == json.title)
            #expect(fromText.body == json.body)
        }
    }
}
