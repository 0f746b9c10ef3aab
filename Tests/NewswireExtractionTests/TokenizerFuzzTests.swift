import Foundation
import Testing
@testable import NewswireExtraction

/// Random and adversarial input for the tokenizer, sentence splitter and tagger: nothing may crash,
/// offsets must always slice exactly the token text, and time must grow linearly with the input.
@Suite struct TokenizerFuzzTests {
    private static let pool: [String] = [
        "a", "Z", "é", "0", "7", ".", ",", "'", "’", "‘", "\"", "“", "”", "-", "‐", "—", "(", ")", "/", "&", "!", "?", "…",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{301}", "\u{200D}", "\u{FE0F}", "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{AD}", "👍", "🏽", "👨", "🇺🇦",
        "ש", "ל", "ו", "ם", "م", "ر", "ح", "ب", "ا", "٣", "中", "文", "К", "и", "ї", "в", "𝔸", "s", "S", "n't", "Mr", "U.S",
    ]

    private func randomText(_ rng: inout SplitMix64, pieces: Int) -> String {
        var out = ""
        for _ in 0..<pieces { out += Self.pool[Int(rng.next() % UInt64(Self.pool.count))] }
        return out
    }

    private func checkInvariants(_ text: String, field: TextField = .body) {
        let doc = Tokenizer().document(text, field: field)
        #expect(doc.scalars.count == text.unicodeScalars.count)
        var last = 0
        for t in doc.tokens {
            #expect(t.start >= last && t.start < t.end && t.end <= doc.scalars.count)
            #expect(doc.slice(t.start, t.end) == t.text)
            #expect(!doc.scalars[t.start..<t.end].contains { ScalarClass.of($0) == .space })
            last = t.end
        }
        var next = 0
        for s in doc.sentences {
            #expect(s.tokens.lowerBound == next && !s.tokens.isEmpty)
            #expect(s.start == doc.tokens[s.tokens.lowerBound].start && s.end == doc.tokens[s.tokens.upperBound - 1].end)
            next = s.tokens.upperBound
        }
        #expect(next == doc.tokens.count)
    }

    @Test func randomMixturesOfScriptsMarksAndControlsKeepTheInvariants() {
        var rng = SplitMix64(seed: 42)
        for round in 0..<300 {
            checkInvariants(randomText(&rng, pieces: 1 + round % 97), field: round % 5 == 0 ? .title : .body)
        }
    }

    @Test func adversarialShapesKeepTheInvariants() {
        let inputs = [
            "", " ", "\n\n\n", "\u{0}", "\u{301}", "\u{200D}\u{200D}", "'s", "’s’s’s", "s's's's", "...", "U.S.A.B.C.D.",
            "1,000,000,000,000", "1.2.3.4.5", "20km20km", "---a---", "a-", "-a", "Mr.", "Mr", "\"\"\"\"\"\"", "“”“”“”",
            String(repeating: "👨\u{200D}", count: 50), String(repeating: "e\u{301}", count: 100),
            "שלום עולם. مرحبا بالعالم! Привет, мир?", "\u{202E}evil\u{202C} text", "a\u{0}b\u{7}c\u{1B}[31m",
        ]
        for text in inputs { checkInvariants(text) }
    }

    @Test func oneMegabyteInputsOfEveryShapeComplete() throws {
        let size = 1 << 20
        let inputs = [
            String(repeating: "a", count: size),                     // one huge token
            String(repeating: "9", count: size),
            String(repeating: "1,000", count: size / 5),
            String(repeating: "U.", count: size / 2),
            String(repeating: "-", count: size),
            String(repeating: "\" ", count: size / 2),                // a million closing quotes
            String(repeating: "Word. ", count: size / 6),
            String(repeating: "😀", count: size / 4),
            String(repeating: "\n", count: size),
        ]
        let tokenizer = Tokenizer()
        for text in inputs {
            let doc = tokenizer.document(text, field: .body)
            #expect(doc.tokens.last.map { $0.end <= doc.scalars.count } ?? true)
        }
        let model = try #require(try? NERModel.bundled())
        let doc = tokenizer.document(String(repeating: "Kyiv Reuters said. ", count: 20_000), field: .body)
        #expect(model.tag([doc])[0].count > 0)
    }

    @Test func timeGrowsLinearlyWithInputSize() {
        var rng = SplitMix64(seed: 7)
        let unit = randomText(&rng, pieces: 4_000)
        let tokenizer = Tokenizer()
        // CPU time of this thread, so that other processes on the machine do not distort the ratio.
        func cpu() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        func time(_ copies: Int) -> Double {
            let text = String(repeating: unit, count: copies)
            let start = cpu()
            _ = tokenizer.document(text, field: .body)
            return cpu() - start
        }
        _ = time(1)
        let small = (0..<3).map { _ in time(2) }.min()!
        let large = (0..<3).map { _ in time(16) }.min()!
        // 8x the input: linear gives ~8x the time, quadratic ~64x.
        #expect(large / small < 24, "8x input took \(large / small)x the time")
    }
}
