import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct CAMEOTableTests {
    let table = try! CAMEOTable()

    @Test func everyRootFrom01To20IsPresentWithSubCodes() {
        for root in 1...20 {
            let code = root < 10 ? "0\(root)" : "\(root)"
            #expect(table.entry(code) != nil, "root \(code) missing")
            #expect(table.codes.contains { $0.code.count == 3 && $0.root == code }, "no 3-digit code under \(code)")
        }
        #expect(table.codes.count >= 290)
    }

    @Test(arguments: [("0233", 3.4), ("0841", 7.0), ("173", -5.0), ("190", -10.0), ("193", -10.0),
                      ("194", -10.0), ("195", -10.0), ("1952", -10.0), ("057", 8.0), ("154", -7.2), ("073", 7.4)])
    func knownCodesCarryTheirGoldsteinScores(code: String, goldstein: Double) {
        #expect(table.entry(code)?.goldstein == goldstein)
    }

    @Test func lookupFallsBackToParentThenRoot() {
        #expect(table.lookup("1959")?.code == "195")
        #expect(table.lookup("1999")?.code == "19")
        #expect(table.lookup("99") == nil)
    }

    @Test func codingCarriesRootLabelAndScore() {
        let coding = table.entry("0841")!.coding
        #expect(coding.root == "08")
        #expect(coding.label.contains("release"))
        #expect(coding.goldstein == 7.0)
    }

    @Test func malformedLineIsRejectedWithItsLineNumber() {
        #expect(throws: ExtractionError.self) { try CAMEOTable(tsv: "01\t0.0\tok\n1x2\tbad\n") }
    }
}
