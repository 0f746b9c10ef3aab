import Foundation
import NewswireCore
import Testing
@testable import NewswireCLI

@Suite struct ExtractCommandTests {
    @Test func aBadPublicationTimeIsRejectedBeforeAnythingRuns() {
        #expect(throws: (any Error).self) { try ExtractCommand.parseAsRoot(["--published-at", "yesterday", "a.txt"]) }
        #expect((try? ExtractCommand.parseAsRoot(["--published-at", "2022-10-13T12:00:00Z", "a.txt"])) != nil)
    }

    @Test func aTextFileBecomesAnArticleNamedAfterTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let txt = dir.appendingPathComponent("harbour.txt")
        try "Storm closes the harbour\n\nThe port of Odesa shut on Monday.\n".write(to: txt, atomically: true, encoding: .utf8)
        let articles = try ArticleInput.articles(from: txt.path, publishedAt: RFC3339Timestamp("2023-01-03T08:00:00Z"))
        let article = try #require(try articles.first?.get())
        #expect(article.id == "harbour")
        #expect(article.title == "Storm closes the harbour")
        #expect(article.body == "The port of Odesa shut on Monday.")
        #expect(article.publishedAt?.text == "2023-01-03T08:00:00Z")
    }

    @Test func jsonLinesYieldOneResultPerLineAndBadLinesFailAlone() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("batch.jsonl")
        try "{\"id\":\"a\",\"body\":\"One.\"}\nnot json\n{\"id\":\"b\",\"body\":\"Two.\"}\n".write(to: file, atomically: true, encoding: .utf8)
        let results = try ArticleInput.articles(from: file.path, publishedAt: nil)
        #expect(results.count == 3)
        #expect((try? results[0].get())?.id == "a")
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get())?.id == "b")
    }
}
