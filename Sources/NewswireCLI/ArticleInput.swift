import Foundation
import NewswireCore

/// Reads raw articles from the files the `extract` and `bench-extract` commands are given.
enum ArticleInput {
    /// The articles of one file argument: a .txt article, a .json article, a .jsonl file of articles, or
    /// (for `-`) JSON lines on stdin.
    /// A line or file that is not a valid article yields a failure naming where it came from.
    static func articles(from path: String, publishedAt: RFC3339Timestamp?) throws -> [Result<RawArticle, ContractError>] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return data.split(separator: 0x0A, omittingEmptySubsequences: true).map { line in
                Result { () throws(ContractError) in try RawArticle.decode(line) }
            }
        }
        let url = URL(fileURLWithPath: path)
        let data = try Data(contentsOf: url)
        if url.pathExtension.lowercased() == "jsonl" {
            return data.split(separator: 0x0A, omittingEmptySubsequences: true).map { line in
                Result { () throws(ContractError) in try RawArticle.decode(line) }
            }
        }
        if url.pathExtension.lowercased() == "json" {
            return [Result { () throws(ContractError) in try RawArticle.decode(data) }]
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return [.failure(ContractError(.decode, "\(path) is not valid UTF-8 text"))]
        }
        let id = url.deletingPathExtension().lastPathComponent
        return [.success(RawArticle.fromPlainText(text, id: id, publishedAt: publishedAt))]
    }
}
