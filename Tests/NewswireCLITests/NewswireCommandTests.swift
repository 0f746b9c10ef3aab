import Testing
@testable import NewswireCLI

@Suite struct NewswireCommandTests {
    @Test func helpNamesTheCommand() {
        #expect(Newswire.helpMessage().contains("newswire"))
    }
}
