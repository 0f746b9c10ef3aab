import Testing
@testable import NewswireExtraction

@Suite struct WordSetTests {
    static let words = ["said", "told", "élysée", "–", "’s", "km"]

    @Test(arguments: ["said", "told", "élysée", "–", "’s", "km", "say", "Said", "saidx", "", "k", "’", "e"])
    func answersLikeASetOfStrings(word: String) {
        #expect(WordSet(Self.words).contains(word) == Set(Self.words).contains(word))
    }

    @Test(arguments: ["said", "told", "élysée", "–", "’s", "km", "say", "Said", "saidx", "", "k", "’", "e",
                      "e\u{301}lyse\u{301}e"])
    func answersTheSameGivenTheWordsHash(word: String) {
        let set = WordSet(Self.words)
        #expect(set.contains(word, hash: FeatureHash.of(word)) == set.contains(word))
    }

    @Test func findsACanonicallyEquivalentSpelling() {
        let decomposed = "e\u{301}lyse\u{301}e"  // "élysée" with combining accents: other bytes, same text
        #expect(Array(decomposed.utf8) != Array("élysée".utf8))
        #expect(WordSet(Self.words).contains(decomposed))
        #expect(!WordSet(Self.words).contains("elysee"))
    }

    @Test func looksUpSubstrings() {
        let text = "they said so"
        let middle = text.split(separator: " ")[1]
        #expect(WordSet(Self.words).contains(middle))
        #expect(!WordSet(Self.words).contains(text.split(separator: " ")[0]))
    }

    @Test func iteratesDistinctWordsInTheOrderGiven() {
        let set: WordSet = ["b", "a", "b", "c"]
        #expect(Array(set) == ["b", "a", "c"])
        #expect(set.count == 3)
        #expect(Array(set.union(["d", "a"])) == ["b", "a", "c", "d"])
        #expect(set.union(["d"]).contains("d"))
    }

    @Test func emptySetContainsNothing() {
        let set: WordSet = []
        #expect(!set.contains(""))
        #expect(!set.contains("a"))
    }
}
