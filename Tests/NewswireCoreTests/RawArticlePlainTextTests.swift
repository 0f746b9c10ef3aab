import Testing
import NewswireCore

@Suite struct RawArticlePlainTextTests {
    @Test func firstLineIsTheTitleAndTheBodyFollowsTheBlankLine() {
        let a = RawArticle.fromPlainText("Dam breaks upstream\n\nWater reached the town.\nMore later.\n", id: "dam")
        #expect(a.id == "dam")
        #expect(a.title == "Dam breaks upstream")
        #expect(a.body == "Water reached the town.\nMore later.")
    }

    @Test func windowsLineBreaksAndExtraBlankLinesAreHandled() {
        let a = RawArticle.fromPlainText("  Title  \r\n\r\n \r\nBody line one.\r\nTwo.\r\n\r\n", id: "w")
        #expect(a.title == "Title")
        #expect(a.body == "Body line one.\nTwo.")
    }

    @Test func aSingleLineIsTheBody() {
        let a = RawArticle.fromPlainText("Only a line.\n", id: "s", source: "Desk")
        #expect(a.title == nil)
        #expect(a.body == "Only a line.")
        #expect(a.source == "Desk")
    }

    @Test func bodyIndentationIsKept() {
        let a = RawArticle.fromPlainText("T\n\n   Indented start.", id: "i")
        #expect(a.body == "   Indented start.")
    }
}
