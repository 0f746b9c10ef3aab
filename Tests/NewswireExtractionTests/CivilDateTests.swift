import Testing
@testable import NewswireExtraction

@Suite struct CivilDateTests {
    @Test func daysSinceEpochRoundTrips() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CivilDate(year: 2000, month: 3, day: 1).daysSinceEpoch == 11_017)
    }

    @Test func weekdaysAreISO() {
        #expect(CivilDate(year: 2022, month: 10, day: 13).weekday == 4)  // Thursday
        #expect(CivilDate(year: 2022, month: 10, day: 16).weekday == 7)  // Sunday
    }

    @Test func isoWeeksAcrossYearBoundaries() {
        #expect(CivilDate(year: 2022, month: 10, day: 14).isoWeekString == "2022-W41")
        #expect(CivilDate(year: 2021, month: 1, day: 3).isoWeekString == "2020-W53")
        #expect(CivilDate(year: 2024, month: 12, day: 30).isoWeekString == "2025-W01")
    }

    @Test func validityKnowsLeapYears() {
        #expect(CivilDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 2023, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 1900, month: 2, day: 29).isValid)
    }
}
