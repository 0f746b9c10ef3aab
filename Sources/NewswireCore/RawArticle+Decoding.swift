import Foundation

extension RawArticle {
    /// Decodes a raw-article message and checks it against the contract.
    ///
    /// - Parameters:
    ///   - bytes: the Kafka message value.
    ///   - maxBytes: the size limit; larger messages are rejected before they are parsed.
    /// - Throws: `ContractError` with code `.tooLarge` (over the limit), `.decode` (empty, not UTF-8,
    ///   not JSON, not a JSON object) or `.schema` (a field missing, mistyped or out of range). The
    ///   message names the field or the byte position at fault.
    public static func decode(
        _ bytes: some Collection<UInt8>, maxBytes: Int = RawArticle.defaultMaxBytes
    ) throws(ContractError) -> RawArticle {
        let count = bytes.count
        if count > maxBytes {
            throw ContractError(
                .tooLarge,
                "message is \(count) bytes, over the limit of \(maxBytes) bytes; split the article or raise the maximum message size")
        }
        var data = Data(bytes)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }  // tolerate a UTF-8 byte-order mark
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ContractError(.decode, "message value is empty; expected a JSON object with at least id and body")
        }
        if let bad = UTF8Validation.firstInvalidByte(in: data) {
            throw ContractError(.decode, "message is not valid UTF-8: invalid byte sequence at byte offset \(bad)")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ContractError(.decode, "message is not valid JSON: \(Self.describeJSONError(in: data, error))")
        }
        guard case .object(let members) = value else {
            throw ContractError(.decode, "message is a JSON \(value.typeName), not an object; send one article object per message")
        }
        return try RawArticle(validating: members)
    }

    /// Builds an article from the members of a JSON object, checking every rule of the contract.
    public init(validating members: [String: JSONValue]) throws(ContractError) {
        func optionalString(_ name: String) throws(ContractError) -> String? {
            switch members[name] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case let other?:
                throw ContractError(.schema, "field '\(name)' must be a string, got a \(other.typeName)", field: name)
            }
        }
        guard let idValue = members["id"], idValue != .null else {
            throw ContractError(.schema, "field 'id' is missing; every article needs a string id of 1 to 256 characters", field: "id")
        }
        guard case .string(let id) = idValue else {
            throw ContractError(.schema, "field 'id' must be a string, got a \(idValue.typeName)", field: "id")
        }
        let idLength = id.unicodeScalars.count
        guard idLength >= 1, idLength <= Self.maxIDLength else {
            throw ContractError(
                .schema, "field 'id' must be 1 to \(Self.maxIDLength) characters long, got \(idLength)", field: "id")
        }
        guard let bodyValue = members["body"], bodyValue != .null else {
            throw ContractError(.schema, "field 'body' is missing; it must be a string (the article text)", field: "body")
        }
        guard case .string(let body) = bodyValue else {
            throw ContractError(.schema, "field 'body' must be a string, got a \(bodyValue.typeName)", field: "body")
        }
        let title = try optionalString("title")
        if body.isEmpty && (title ?? "").isEmpty {
            throw ContractError(.schema, "field 'body' is empty and there is no title: nothing to extract from", field: "body")
        }
        let url = try optionalString("url")
        var publishedAt: RFC3339Timestamp?
        if let text = try optionalString("published_at") {
            guard let t = RFC3339Timestamp(text) else {
                throw ContractError(
                    .schema,
                    "field 'published_at' is \"\(text.prefix(64))\", not an RFC 3339 timestamp such as 2026-03-10T08:15:00Z",
                    field: "published_at")
            }
            publishedAt = t
        }
        let source = try optionalString("source")
        let language = try optionalString("language") ?? "en"
        guard Self.isLanguageTag(language) else {
            throw ContractError(
                .schema, "field 'language' is \"\(language.prefix(64))\", not a BCP-47 tag such as en or pt-BR", field: "language")
        }
        self.init(
            id: id, body: body, title: title, url: url, publishedAt: publishedAt, source: source,
            language: language, extra: members.filter { !Self.knownFields.contains($0.key) })
    }

    /// A syntactic BCP-47 check: subtags of 1...8 ASCII letters or digits separated by hyphens, the first
    /// of 2...8 letters (or `i`/`x` for the grandfathered and private-use forms).
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !tag.isEmpty else { return false }
        let asciiLetter: (Character) -> Bool = { $0.isASCII && $0.isLetter }
        let firstOK = (2...8).contains(first.count) && first.allSatisfy(asciiLetter)
            || (first == "i" || first == "x" || first == "I" || first == "X")
        return firstOK && parts.dropFirst().allSatisfy { p in
            (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// A short description of why `data` is not JSON, with the character position when the parser gives
    /// one. Only runs on the error path: `JSONDecoder` does not report positions, `JSONSerialization` does.
    private static func describeJSONError(in data: Data, _ error: any Error) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String {
                return String(detail.prefix(200))
            }
        }
        if case DecodingError.dataCorrupted(let context) = error {
            return String(context.debugDescription.prefix(200))
        }
        return String(String(describing: error).prefix(200))
    }
}

/// UTF-8 validation that reports where the first bad byte is.
enum UTF8Validation {
    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
    static func firstInvalidByte(in data: Data) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: len = 2
                case 0xE0: len = 3; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED: len = 3; hi = 0x9F
                case 0xF0: len = 4; lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4: len = 4; hi = 0x8F
                default: return i
                }
                guard i + len <= n else { return i }
                let second = b[i + 1]
                guard second >= lo, second <= hi else { return i }
                for k in 2..<len where b[i + k] & 0xC0 != 0x80 { return i }
                i += len
            }
            return nil
        }
    }
}
