import Foundation
import Testing
@testable import NewswireExtraction

@Suite struct DateParserTests {
    let parser = DateParser()
    /// A Friday.
    let published = CivilDate(year: 2022, month: 10, day: 14)

    private func parse(_ text: String, anchor: CivilDate? = CivilDate(year: 2022, month: 10, day: 14)) -> [String] {
        let tokens = TestTokens.tokens(text)
        return parser.mentions(in: tokens, anchor: anchor).map {
            "\(TestTokens.text(tokens, $0.tokens, in: text))|\($0.kind.rawValue)|\($0.normalized ?? "nil")"
                + ($0.modifiers.isEmpty ? "" : "|" + $0.modifiers.joined(separator: ","))
        }
    }

    @Test func weekdaysResolveToTheMostRecentOnOrBeforePublication() {
        #expect(parse("It happened on Thursday.") == ["Thursday|DATE|2022-10-13"])
        #expect(parse("It happened on Friday.") == ["Friday|DATE|2022-10-14"])
        #expect(parse("It happened last Tuesday.") == ["last Tuesday|DATE|2022-10-11"])
        #expect(parse("It happened last Friday.") == ["last Friday|DATE|2022-10-07"])
        #expect(parse("Talks resume next Monday.") == ["next Monday|DATE|2022-10-17"])
    }

    @Test func partsOfTheDayMakeATime() {
        #expect(parse("Blasts were heard on Thursday morning.") == ["Thursday morning|TIME|2022-10-13TMO"])
        #expect(parse("Drones struck overnight.") == ["overnight|TIME|2022-10-13TNI"])
        #expect(parse("He spoke yesterday evening.") == ["yesterday evening|TIME|2022-10-13TEV"])
    }

    @Test func deicticWordsAndPeriods() {
        #expect(parse("He said today and yesterday") == ["today|DATE|2022-10-14", "yesterday|DATE|2022-10-13"])
        #expect(parse("Strikes rose this week") == ["this week|DATE|2022-W41"])
        #expect(parse("Strikes rose this month and last year") == ["this month|DATE|2022-10", "last year|DATE|2021"])
        #expect(parse("Prices fell last month") == ["last month|DATE|2022-09"])
    }

    @Test func monthsWithoutAYearAreTheMostRecentNotAfterPublication() {
        #expect(parse("It was signed in September.") == ["September|DATE|2022-09"])
        #expect(parse("It was signed in February.") == ["February|DATE|2022-02"])
        #expect(parse("It was signed in November.") == ["November|DATE|2021-11"])
        #expect(parse("Fighting raged since early October.") == ["early October|DATE|2022-10|since,early"])
    }

    @Test func absoluteDatesInCommonOrders() {
        #expect(parse("on 15 March 2022") == ["15 March 2022|DATE|2022-03-15"])
        #expect(parse("on March 15, 2022") == ["March 15, 2022|DATE|2022-03-15"])
        #expect(parse("on March 15") == ["March 15|DATE|2022-03-15"])
        #expect(parse("the 24th of February") == ["24th of February|DATE|2022-02-24"])
        #expect(parse("in 2022") == ["2022|DATE|2022"])
        #expect(parse("in May 2021") == ["May 2021|DATE|2021-05"])
        #expect(parse("on November 1") == ["November 1|DATE|2022-11-01"])
        #expect(parse("on December 20") == ["December 20|DATE|2021-12-20"])
        #expect(parse("on January 5", anchor: CivilDate(year: 2022, month: 12, day: 14)) == ["January 5|DATE|2023-01-05"])
        #expect(parse("in the 1990s") == ["1990s|DATE|199"])
    }

    @Test func countsAgoAndDurations() {
        #expect(parse("three days ago") == ["three days ago|DATE|2022-10-11"])
        #expect(parse("for three days") == ["three days|DATE|P3D"])
        #expect(parse("within 24 hours") == ["24 hours|TIME|PT24H"])
        #expect(parse("over the past two weeks") == ["the past two weeks|DATE|P2W"])
        #expect(parse("in recent weeks") == ["recent weeks|DATE|nil"])
        #expect(parse("for the fourth consecutive day") == ["the fourth consecutive day|DATE|nil"])
    }

    @Test func clockTimes() {
        #expect(parse("at 10:30 and at 3 p.m. and at noon") == ["10:30|TIME|T10:30", "3 p.m.|TIME|T15:00", "noon|TIME|T12:00"])
        #expect(parse("at 7am") == ["7am|TIME|T07:00"])
    }

    @Test func relativeExpressionsHaveNoValueWithoutAPublicationDate() {
        #expect(parse("on Thursday", anchor: nil) == ["Thursday|DATE|nil"])
        #expect(parse("this week", anchor: nil) == ["this week|DATE|nil"])
        #expect(parse("on 15 March 2022", anchor: nil) == ["15 March 2022|DATE|2022-03-15"])
    }

    @Test func wordsThatOnlyLookLikeDatesAreIgnored() {
        #expect(parse("They may march on the capital.") == [])
        #expect(parse("The Mar-a-Lago visit") == [])
        #expect(parse("May I ask?") == [])
    }

    @Test func publicationInstantUsesItsUTCDate() {
        let instant = Date(timeIntervalSince1970: 1_665_748_800)  // 2022-10-14T12:00:00Z
        let tokens = TestTokens.tokens("on Thursday")
        #expect(parser.mentions(in: tokens, publishedAt: instant).first?.normalized == "2022-10-13")
    }
}
