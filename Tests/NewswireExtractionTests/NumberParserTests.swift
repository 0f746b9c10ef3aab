import Testing
@testable import NewswireExtraction

@Suite struct NumberParserTests {
    let parser = NumberParser()

    private struct Found: Equatable, CustomStringConvertible {
        var text: String
        var kind: NumericKind
        var value: Double?
        var unit: String?
        var description: String { "\(text)|\(kind.rawValue)|\(value.map { "\($0)" } ?? "nil")|\(unit ?? "-")" }
    }

    private func parse(_ text: String) -> [Found] {
        let tokens = TestTokens.tokens(text)
        return parser.mentions(in: tokens).map {
            Found(text: TestTokens.text(tokens, $0.tokens, in: text), kind: $0.kind, value: $0.value, unit: $0.unit)
        }
    }

    @Test func cardinalsInDigitsAndWords() {
        #expect(parse("five villages, 20 tanks and 1,200 shells") == [
            Found(text: "five", kind: .cardinal, value: 5), Found(text: "20", kind: .cardinal, value: 20),
            Found(text: "1,200", kind: .cardinal, value: 1200),
        ])
        #expect(parse("two thousand people") == [Found(text: "two thousand", kind: .cardinal, value: 2000)])
        #expect(parse("3.5 million residents") == [Found(text: "3.5 million", kind: .cardinal, value: 3_500_000)])
        #expect(parse("two hundred and fifty guards") == [Found(text: "two hundred and fifty", kind: .cardinal, value: 250)])
        #expect(parse("twenty-five buses") == [Found(text: "twenty-five", kind: .cardinal, value: 25)])
    }

    @Test func dozensAndHedgesKeepTheirWords() {
        #expect(parse("a dozen drones") == [Found(text: "a dozen", kind: .cardinal, value: 12)])
        #expect(parse("more than a dozen drones") == [Found(text: "more than a dozen", kind: .cardinal, value: 12)])
        let tokens = TestTokens.tokens("about 40 boats")
        #expect(parser.mentions(in: tokens).first?.modifier == .approximately)
        #expect(parse("about 40 boats") == [Found(text: "40", kind: .cardinal, value: 40)])
        #expect(parse("at least 40 boats") == [Found(text: "at least 40", kind: .cardinal, value: 40)])
        #expect(parse("dozens of homes") == [Found(text: "dozens", kind: .cardinal, value: nil)])
        #expect(parse("hundreds of thousands fled") == [Found(text: "hundreds of thousands", kind: .cardinal, value: nil)])
    }

    @Test func quantitiesNormalizeTheirUnits() {
        #expect(parse("1,200 square kilometres of land") == [
            Found(text: "1,200 square kilometres", kind: .quantity, value: 1200, unit: "km2"),
        ])
        #expect(parse("some 20 kilometres away") == [Found(text: "20 kilometres", kind: .quantity, value: 20, unit: "km")])
        #expect(parse("a five-storey block") == [Found(text: "five-storey", kind: .quantity, value: 5, unit: "storey")])
        let glued = [Token(text: "a", start: 0, end: 1), Token(text: "five-storey", start: 2, end: 13)]
        #expect(parser.mentions(in: glued) == [NumericMention(tokens: 1..<2, kind: .quantity, value: 5, unit: "storey")])
        #expect(parse("20km east") == [Found(text: "20km", kind: .quantity, value: 20, unit: "km")])
        #expect(parse("20 km east") == [Found(text: "20 km", kind: .quantity, value: 20, unit: "km")])
        #expect(parse("several kilometers south") == [Found(text: "several kilometers", kind: .quantity, value: nil, unit: "km")])
        #expect(parse("10 tonnes of grain") == [Found(text: "10 tonnes", kind: .quantity, value: 10, unit: "t")])
        #expect(parse("30 miles north") == [Found(text: "30 miles", kind: .quantity, value: 30, unit: "mi")])
    }

    @Test func percentagesInEveryCommonSpelling() {
        for text in ["10 per cent", "10 percent", "10%", "10 %"] {
            #expect(parse("rose \(text) in a year") == [Found(text: text, kind: .percent, value: 10, unit: "percent")])
        }
    }

    @Test func moneyWithSymbolsScalesAndCurrencyWords() {
        #expect(parse("a $5bn loan") == [Found(text: "$5bn", kind: .money, value: 5e9, unit: "USD")])
        #expect(parse("a $ 5bn loan") == [Found(text: "$ 5bn", kind: .money, value: 5e9, unit: "USD")])
        #expect(parse("€200 million in aid") == [Found(text: "€200 million", kind: .money, value: 2e8, unit: "EUR")])
        #expect(parse("1.2 billion dollars") == [Found(text: "1.2 billion dollars", kind: .money, value: 1.2e9, unit: "USD")])
        #expect(parse("£3m was raised") == [Found(text: "£3m", kind: .money, value: 3e6, unit: "GBP")])
        #expect(parse("500 hryvnias each") == [Found(text: "500 hryvnias", kind: .money, value: 500, unit: "UAH")])
        #expect(parse("10 billion roubles") == [Found(text: "10 billion roubles", kind: .money, value: 1e10, unit: "RUB")])
    }

    @Test func ordinalsInWordsAndDigits() {
        #expect(parse("the fourth time") == [Found(text: "fourth", kind: .ordinal, value: 4)])
        #expect(parse("the 21st brigade") == [Found(text: "21st", kind: .ordinal, value: 21)])
        #expect(parse("the twenty-first day") == [Found(text: "twenty-first", kind: .ordinal, value: 21)])
    }

    @Test func yearsDaysAndPronounsAreNotCardinals() {
        #expect(parse("in 2022 the war") == [])
        #expect(parse("on 15 March and March 15") == [])
        #expect(parse("no one knows, one another") == [])
        #expect(parse("the F-16 and MH17 and the 1990s") == [])
    }

    @Test func hedgeWithoutANumberIsNotAMention() {
        #expect(parse("more than ever, over the river") == [])
    }

    @Test func aRangeSharingOneUnitIsOneMentionValuedAtItsLowerBound() {
        #expect(parse("a further 40 to 60 millimetres of rain") == [
            Found(text: "40 to 60 millimetres", kind: .quantity, value: 40, unit: "mm"),
        ])
        #expect(parse("between 200 and 300 millimetres fell") == [
            Found(text: "between 200 and 300 millimetres", kind: .quantity, value: 200, unit: "mm"),
        ])
        #expect(parse("between 30 and 40 people") == [Found(text: "between 30 and 40", kind: .cardinal, value: 30)])
    }

    @Test func numbersJoinedByToWithoutAUnitOrOutOfOrderStayApart() {
        #expect(parse("the score went from 3 to 1") == [
            Found(text: "3", kind: .cardinal, value: 3), Found(text: "1", kind: .cardinal, value: 1),
        ])
        #expect(parse("between Kyiv and Lviv").isEmpty)
        #expect(parse("60 to 40 kilometres").map(\.text) == ["60", "40 kilometres"])
    }
}
