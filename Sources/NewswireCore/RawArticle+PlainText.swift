import Foundation

extension RawArticle {
    /// An article from a plain-text file: the first line is the title, the body follows the blank line.
    ///
    /// Line breaks may be `\n` or `\r\n`. The title is trimmed of surrounding whitespace; blank lines
    /// between title and body and trailing whitespace after the body are dropped; the body is otherwise
    /// kept exactly (offsets in the enriched record index it). A file with a single line yields that line
    /// as the body and no title.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - id: the article id, usually the file name without its extension.
    public static func fromPlainText(
        _ text: String, id: String, source: String? = nil, publishedAt: RFC3339Timestamp? = nil
    ) -> RawArticle {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard let newline = normalized.firstIndex(of: "\n"),
            !trimTrailing(String(normalized[normalized.index(after: newline)...])).isEmpty
        else {
            return RawArticle(id: id, body: trimTrailing(normalized), publishedAt: publishedAt, source: source)
        }
        let title = normalized[..<newline].trimmingWhitespace()
        var rest = normalized[normalized.index(after: newline)...]
        while let lineEnd = rest.firstIndex(of: "\n"), rest[..<lineEnd].allSatisfy({ $0 == " " || $0 == "\t" }) {
            rest = rest[rest.index(after: lineEnd)...]  // a blank line between title and body
        }
        return RawArticle(
            id: id, body: trimTrailing(String(rest)), title: title.isEmpty ? nil : title, publishedAt: publishedAt,
            source: source)
    }

    private static func trimTrailing(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex, let c = s[s.index(before: end)].unicodeScalars.first,
            c.properties.isWhitespace
        {
            end = s.index(before: end)
        }
        return String(s[..<end])
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
