import Testing
import NewswireExtraction

@Suite struct ExtractionResourcesTests {
    @Test func resourceFolderShipsWithTheLibrary() {
        #expect(ExtractionResources.url(named: "README.md") != nil)
        #expect(ExtractionResources.url(named: "no-such-file.bin") == nil)
    }
}
