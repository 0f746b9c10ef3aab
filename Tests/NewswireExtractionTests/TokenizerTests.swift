import Testing
import NewswireExtraction

@Suite struct TokenizerTests {
    private func texts(_ text: String) -> [String] {
        Tokenizer().document(text, field: .body).tokens.map(\.text)
    }

    @Test func splitsPunctuationFromWords() {
        #expect(texts("Hello, world (really)!") == ["Hello", ",", "world", "(", "really", ")", "!"])
    }

    @Test func splitsPossessivesWithStraightAndCurlyApostrophes() {
        #expect(texts("Anna's car and Boris’s boat") == ["Anna", "'s", "car", "and", "Boris", "’s", "boat"])
        #expect(texts("the pilots' union") == ["the", "pilots", "'", "union"])
    }

    @Test func keepsNamesWithInnerApostrophesWhole() {
        #expect(texts("O'Brien spoke") == ["O'Brien", "spoke"])
    }

    @Test func splitsNegationLikeTreebank() {
        #expect(texts("they don't know") == ["they", "do", "n't", "know"])
    }

    @Test func keepsAbbreviationsWithTheirPeriods() {
        #expect(texts("Mr. Smith met Dr. Jones in the U.S. on Jan. 5") ==
            ["Mr.", "Smith", "met", "Dr.", "Jones", "in", "the", "U.S.", "on", "Jan.", "5"])
        #expect(texts("J. R. Tolkien") == ["J.", "R.", "Tolkien"])
        #expect(texts("Acme Inc. grew") == ["Acme", "Inc.", "grew"])
    }

    @Test func splitsSentenceFinalPeriodFromOrdinaryWords() {
        #expect(texts("It rained. Then") == ["It", "rained", ".", "Then"])
        #expect(texts("He said no.") == ["He", "said", "no", "."])
    }

    @Test func keepsNumbersWithSeparatorsWhole() {
        #expect(texts("about 1,200 people and 3.5 tonnes, 2,500,000 in all") ==
            ["about", "1,200", "people", "and", "3.5", "tonnes", ",", "2,500,000", "in", "all"])
        #expect(texts("in 1996, 12 died") == ["in", "1996", ",", "12", "died"])
    }

    @Test func splitsNumbersFromGluedUnits() {
        #expect(texts("some 20km away, 3.5kg") == ["some", "20", "km", "away", ",", "3.5", "kg"])
        #expect(texts("the 1990s and the 3rd") == ["the", "1990s", "and", "the", "3rd"])
    }

    @Test func keepsHyphenatedWordsWhole() {
        #expect(texts("Kremlin-backed long-range 20-year-old") == ["Kremlin-backed", "long-range", "20-year-old"])
        #expect(texts("a - b -- c") == ["a", "-", "b", "--", "c"])
    }

    @Test func splitsCurlyAndStraightQuotes() {
        #expect(texts("“Go,” he said. \"Now\"") == ["“", "Go", ",", "”", "he", "said", ".", "\"", "Now", "\""])
        #expect(texts("‘yes’") == ["‘", "yes", "’"])
    }

    @Test func offsetsAreUnicodeScalarsIntoTheField() {
        let doc = Tokenizer().document("Café 👍🏽 in Київ’s heart", field: .body)
        #expect(doc.tokens.map(\.text) == ["Café", "👍🏽", "in", "Київ", "’s", "heart"])
        for t in doc.tokens {
            #expect(doc.slice(t.start, t.end) == t.text)
        }
        #expect(doc.tokens[1].start == 5 && doc.tokens[1].end == 7)
    }

    @Test func keepsCombiningMarksAndEmojiSequencesTogether() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(texts("e\u{301}te \(family)!") == ["e\u{301}te", family, "!"])
    }

    @Test func handlesEmptyAndWhitespaceOnlyText() {
        #expect(texts("").isEmpty)
        #expect(texts(" \n\t\u{0}\u{7} ").isEmpty)
        #expect(Tokenizer().document("", field: .body).sentences.isEmpty)
    }
}
