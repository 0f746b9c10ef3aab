import Testing
@testable import NewswireExtraction

@Suite struct CoNLLCorpusTests {
    @Test func splitsDocumentsAndSentencesAndConvertsIOB1ToIOB2() {
        let text = "-DOCSTART- -X- O O\r\n\r\nNew NNP I-NP I-LOC\r\nYork NNP I-NP I-LOC\r\nand CC O O\r\nBoston NNP I-NP I-LOC\r\n\r\nHi UH O O\r\n\r\n-DOCSTART- -X- O O\r\n\r\nA DT O B-ORG\r\nB NN O I-ORG\r\nC NN O B-ORG\r\n"
        let c = CoNLLCorpus(text: text)
        #expect(c.documents.count == 2)
        #expect(c.documents[0].sentences == [["New", "York", "and", "Boston"], ["Hi"]])
        #expect(c.documents[0].tags == [["B-LOC", "I-LOC", "O", "B-LOC"], ["O"]])
        #expect(c.documents[1].tags == [["B-ORG", "I-ORG", "B-ORG"]])
    }

    @Test func bioSpansFollowConllevalChunking() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"].map(CoNLLCorpus.tagIndex)
        let spans = BIO.spans(tags).map { ($0.range, NERLabel(index: $0.type)!) }
        #expect(spans.map(\.0) == [0..<2, 3..<4, 4..<5, 5..<6])
        #expect(spans.map(\.1) == [.person, .location, .location, .organization])
    }

    @Test func entityScoreCountsExactSpanAndTypeMatches() {
        var s = EntityScore()
        let gold = ["B-PER", "I-PER", "O", "B-LOC"].map(CoNLLCorpus.tagIndex)
        let pred = ["B-PER", "O", "O", "B-LOC"].map(CoNLLCorpus.tagIndex)
        s.add(gold: gold[...], predicted: pred[...])
        #expect(s.truePositives == 1 && s.falsePositives == 1 && s.falseNegatives == 1)
        #expect(abs(s.f1 - 0.5) < 1e-9)
    }
}
