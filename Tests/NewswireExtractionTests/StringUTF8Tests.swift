import Testing
@testable import NewswireExtraction

@Suite struct StringUTF8Tests {
    @Test(arguments: [("kherson", true), ("", true), ("20km", true), ("u.s.", true), ("Kherson", false),
                      ("HIMARS", false), ("kyiv’s", true), ("zürich", true), ("Zürich", false), ("mid-Octoberx", false)])
    func returnsLowerCaseTextUnchanged(text: String, unchanged: Bool) {
        #expect((text.lowercasedFast() == text) == unchanged)
        #expect(text.lowercasedFast() == text.lowercased())
    }

    @Test func readsBridgedAndSubstringBackedText() {
        let long = String(repeating: "a", count: 40) + "B"  // not a small string
        #expect(long.lowercasedFast() == String(repeating: "a", count: 40) + "b")
        #expect(String(long.dropLast()).lowercasedFast() == String(long.dropLast()))
    }

    @Test(arguments: ["", "Kyiv", "Kyiv’s", String(repeating: "long text ", count: 10)])
    func handsOverExactlyTheUTF8Bytes(text: String) {
        #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
    }

    @Test(arguments: [("on monday morning", "monday", true), ("monday", "monday", true), ("mondays", "monday", true),
                      ("mon day", "monday", false), ("monda", "monday", false), ("", "", true), ("kyiv", "", true),
                      ("", "kyiv", false), ("kyiv’s outskirts", "’s out", true), ("zürich", "u", false),
                      ("aaab", "aab", true), ("ababac", "abac", true)])
    func findsBytesWhereTheGenericSearchDoes(text: String, needle: String, expected: Bool) {
        #expect(text.containsUTF8(needle) == expected)
        #expect(text.containsUTF8(needle) == (text.utf8.firstRange(of: needle.utf8) != nil))
    }

    @Test(arguments: ["kherson", "Kherson", "HIMARS", "U.S.-made", "", "20KM", "Zürich", "KYIV’S", "İstanbul",
                      "ΑΘΉΝΑ", String(repeating: "Long Text ", count: 8)])
    func lowercasesLikeTheStandardLibrary(text: String) {
        #expect(text.lowercasedFast() == text.lowercased())
        #expect(Array(text.lowercasedFast().utf8) == Array(text.lowercased().utf8))
    }
}
