import Foundation
import NewswireCore
import Testing
@testable import NewswireExtraction

/// Hostile and random input through the tokenizer and the whole extractor: nothing crashes, every
/// mention slices exactly its text, and time grows linearly with size.
@Suite struct ArticleExtractorFuzzTests {
    static let extractor = ArticleExtractor(entityExtractor: EntityFixtures.extractor([
        "Kharkiv": .location, "Anna": .person, "Ivan Petrov": .person,
    ]))

    /// Extracts `body` and checks every mention against its field.
    @discardableResult
    static func check(_ body: String, title: String? = nil) throws -> EnrichedRecord {
        let article = RawArticle(id: "f", body: body, title: title, publishedAt: RFC3339Timestamp("2024-02-29T23:59:59Z"))
        let record = try extractor.extract(article)
        let fields: [TextField: [Unicode.Scalar]] = [.body: Array(body.unicodeScalars), .title: Array((title ?? "").unicodeScalars)]
        for entity in record.entities {
            #expect(!entity.mentions.isEmpty)
            for m in entity.mentions {
                let scalars = fields[m.field]!
                #expect(0 <= m.start && m.start < m.end && m.end <= scalars.count)
                guard 0 <= m.start, m.start < m.end, m.end <= scalars.count else { continue }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[m.start..<m.end])
                #expect(String(slice) == m.text)
            }
        }
        #expect(record.entities.map(\.id) == (0..<record.entities.count).map { "e\($0 + 1)" })
        return record
    }

    @Test(arguments: [
        "", " ", "\n\n\n", "\u{0}\u{1}\u{7F}\u{1B}[31m", "\u{FEFF}\u{200B}\u{200D}", "'s ’s - / ( ) . , ;",
        "👩‍👩‍👧‍👦🇺🇦🏳️‍🌈 Kharkiv👍🏽 Anna🙂",
        "مرحبا بكم في خاركيف Kharkiv שלום עליכם \u{202E}Anna\u{202C}",
        "Ivan Petrov\u{0301}\u{0301} went to Kharkiv\u{0308}. e\u{301}\u{301}\u{301}",
        "Mr. Mr. Mr. U.S. U.S.A. 1,200,,,, 3.5.6 20km% $ € £5bn 10 per per cent",
        "Kharkiv's Kharkiv’s (Kharkiv) region Kharkiv- -Kharkiv Kharkiv-based",
        "\u{D7FF}\u{E000}\u{FFFD}\u{10FFFF}",
    ])
    func oddInputNeverCrashesAndMentionsSliceExactly(_ body: String) throws {
        try Self.check(body)
        try Self.check(body, title: body)
    }

    @Test func randomUnicodeAndRandomWordSoupNeverCrash() throws {
        var rng = FuzzRandom(seed: 20221013)
        let words = ["Kharkiv", "Anna", "Ivan", "Petrov", "said", "the", "region", "'s", "five", "1,200", "km", "per",
                     "cent", "on", "Thursday", "Ukrainian", "US-made", "(", ")", "/", "-", ",", ".", "\"", "Mr", "\n\n"]
        for round in 0..<60 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 400) {
                if round % 2 == 0 {
                    let planes: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x1F300...0x1FAFF]
                    let r = planes[Int(rng.next() % UInt64(planes.count))]
                    if let u = Unicode.Scalar(r.lowerBound + UInt32(rng.next() % UInt64(r.count))) { s.append(u) }
                } else {
                    s.append(contentsOf: words[Int(rng.next() % UInt64(words.count))].unicodeScalars)
                    s.append(rng.next() % 5 == 0 ? "\u{00A0}" : " ")
                }
            }
            try Self.check(String(s))
        }
    }

    @Test func aOneMegabyteArticleAndAHugeTokenComplete() throws {
        let sentence = "Anna said that five shells hit Kharkiv on Thursday, 10 per cent more than in May. "
        let big = String(repeating: sentence, count: (1 << 20) / sentence.utf8.count)
        let record = try Self.check(big)
        #expect(record.entities.count > 100)
        try Self.check(String(repeating: "x", count: 1 << 20))
        try Self.check("Kharkiv " + String(repeating: "Ab-", count: 100_000) + " Anna")
    }

    @Test func extractionTimeGrowsLinearlyWithSize() throws {
        let sentence = "Ivan Petrov said three drones hit Kharkiv's outskirts overnight, the Ukrainian military said. "
        func seconds(_ copies: Int) throws -> Double {
            let body = String(repeating: sentence, count: copies)
            let clock = ContinuousClock()
            let start = clock.now
            _ = try Self.extractor.extract(RawArticle(id: "t", body: body))
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        _ = try seconds(50)  // warm-up
        let small = try seconds(500)
        let large = try seconds(4000)
        #expect(large / small < 16, "8x the text took \(large / small)x the time")
    }
}

/// A small deterministic random generator (FuzzRandom), so failures reproduce.
struct FuzzRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
