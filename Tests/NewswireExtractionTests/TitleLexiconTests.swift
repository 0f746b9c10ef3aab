import Testing
@testable import NewswireExtraction

@Suite struct TitleLexiconTests {
    @Test func titlesAndHonorificsAreSeparate() {
        let titles = TitleLexicon(lines: ["# comment", "=mr", "prime minister", "deputy prime minister"])
        #expect(titles.isTitle("Deputy Prime Minister"))
        #expect(titles.isTitle("prime minister"))
        #expect(!titles.isTitle("Mr"))
        #expect(titles.isHonorific("Mr"))
        #expect(titles.isHonorific("Mr."))
        #expect(!titles.isHonorific("minister"))
    }

    @Test func longestTitleEndingAtAToken() {
        let titles = TitleLexicon(lines: ["minister", "prime minister", "deputy prime minister"])
        let tokens = TestTokens.tokens("the Deputy Prime Minister")
        #expect(titles.titleLength(endingAt: 3, in: tokens, lowerBound: 0) == 3)
        #expect(titles.titleLength(endingAt: 3, in: tokens, lowerBound: 2) == 2)
        #expect(titles.titleLength(endingAt: 0, in: tokens, lowerBound: 0) == nil)
    }

    @Test func bundledTitlesCoverNewsRoles() throws {
        let titles = try TitleLexicon.bundled()
        for title in ["president", "regional governor", "presidential aide", "defence minister", "spokesman"] {
            #expect(titles.isTitle(title), "\(title)")
        }
        for honorific in ["Mr", "Mrs", "Dr"] { #expect(titles.isHonorific(honorific)) }
    }
}
