import Testing
import NewswireCore

@Suite struct NewswireVersionTests {
    @Test func versionIsSemantic() {
        let parts = NewswireVersion.string.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }
}
