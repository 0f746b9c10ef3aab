import ArgumentParser
import Foundation
import NewswireCore
import NewswireExtraction

/// `newswire extract`: enriches article files (or JSON lines on stdin) and prints one record per line.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entities (and events) from articles; prints one enriched record per article as a JSON line.",
        discussion: """
            A .txt file holds the title on its first line, a blank line, then the body; a .json file holds one \
            raw article per the contract; `-` reads raw articles as JSON lines from standard input.
            """
    )

    @Option(name: .customLong("published-at"), help: "RFC 3339 publication time for text files (anchors relative dates).")
    var publishedAt: String?

    @Argument(help: "Article files (.txt or .json), or - for JSON lines on stdin.")
    var files: [String]

    func validate() throws {
        if let publishedAt, RFC3339Timestamp(publishedAt) == nil {
            throw ValidationError("--published-at \(publishedAt) is not an RFC 3339 timestamp (e.g. 2022-10-13T12:00:00Z)")
        }
    }

    func run() throws {
        let extractor = try ArticleExtractor.bundled()
        let encoder = RecordEncoder()
        let stamp = publishedAt.flatMap(RFC3339Timestamp.init)
        var failed = false
        for file in files {
            for article in try ArticleInput.articles(from: file, publishedAt: stamp) {
                switch article {
                case .success(var raw):
                    if raw.publishedAt == nil { raw.publishedAt = stamp }
                    var line = try encoder.encode(try extractor.extract(raw, source: nil))
                    line.append(0x0A)
                    FileHandle.standardOutput.write(line)
                case .failure(let error):
                    failed = true
                    FileHandle.standardError.write(Data("newswire extract: \(error)\n".utf8))
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
