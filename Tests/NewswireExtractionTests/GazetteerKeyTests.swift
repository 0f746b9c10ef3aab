import Testing
@testable import NewswireExtraction

@Suite struct GazetteerKeyTests {
    /// Expected keys are what `Scripts/make_gazetteer.py` `normalize()` prints for the same input, so
    /// the Swift lookup finds exactly the keys the generator wrote.
    @Test(arguments: [
        ("Kup'yans'k", "kupyansk"), ("Kup’yans’k", "kupyansk"), ("Zürich", "zurich"),
        ("Ivano-Frankivsk", "ivano frankivsk"), ("St. Petersburg", "st petersburg"), ("Łódź", "lodz"),
        ("Ærøskøbing", "aeroskobing"), ("Straße", "strasse"), ("  New   York ", "new york"),
        ("İstanbul", "istanbul"), ("Sant Julià de Lòria", "sant julia de loria"), ("´Akko", "akko"),
    ])
    func normalizesLikeTheGenerator(input: String, expected: String) {
        #expect(String(decoding: GazetteerKey.normalize(input), as: UTF8.self) == expected)
    }

    @Test func appendingTokensCollapsesSpaces() {
        var key: [UInt8] = []
        GazetteerKey.append("New ", to: &key)
        GazetteerKey.appendSpace(to: &key)
        GazetteerKey.append("York", to: &key)
        #expect(String(decoding: key, as: UTF8.self) == "new york")
    }
}
