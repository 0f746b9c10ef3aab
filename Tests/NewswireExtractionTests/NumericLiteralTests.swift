import Testing
@testable import NewswireExtraction

@Suite struct NumericLiteralTests {
    @Test func readsGroupingDecimalsCurrencyAndSuffix() throws {
        let grouped = try #require(NumericLiteral("1,200"))
        #expect(grouped.value == 1200 && !grouped.isPlainInteger && grouped.suffix.isEmpty)
        let money = try #require(NumericLiteral("$5bn"))
        #expect(money.currency == "USD" && money.value == 5 && money.suffix == "bn")
        let decimal = try #require(NumericLiteral("3.5"))
        #expect(decimal.value == 3.5)
        let year = try #require(NumericLiteral("2022"))
        #expect(year.isPlainInteger && year.integerDigits == 4)
        #expect(NumericLiteral("21st")?.suffix == "st")
    }

    @Test func rejectsWordsCodesAndBadGrouping() {
        #expect(NumericLiteral("Kherson") == nil)
        #expect(NumericLiteral("F16") == nil)
        #expect(NumericLiteral("") == nil)
        #expect(NumericLiteral("1,20")?.suffix == ",20")
    }
}
