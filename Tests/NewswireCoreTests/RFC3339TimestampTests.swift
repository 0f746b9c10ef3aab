import Foundation
import Testing
import NewswireCore

@Suite struct RFC3339TimestampTests {
    @Test(arguments: [
        ("2026-03-10T08:15:00Z", 1_773_130_500.0),
        ("2026-03-10T08:15:00+02:00", 1_773_123_300.0),
        ("2026-03-10T08:15:00-05:30", 1_773_150_300.0),
        ("2026-03-10t08:15:00z", 1_773_130_500.0),
        ("2026-03-10 08:15:00Z", 1_773_130_500.0),
        ("2026-03-10T08:15:00.250Z", 1_773_130_500.25),
        ("2024-02-29T23:59:59Z", 1_709_251_199.0),
        ("1969-12-31T23:59:59Z", -1.0),
        ("2000-01-01T00:00:00+14:00", 946_634_400.0),
        ("2016-12-31T23:59:60Z", 1_483_228_800.0),  // leap second: counted as the next second
    ])
    func parsesValidTimestampsToTheRightInstant(text: String, seconds: Double) throws {
        let t = try #require(RFC3339Timestamp(text))
        #expect(abs(t.date.timeIntervalSince1970 - seconds) < 1e-6)
        #expect(t.text == text)
    }

    @Test(arguments: [
        "2026-03-10",  // date only
        "2026-03-10T08:15:00",  // no offset
        "2026-03-10T08:15Z",  // no seconds
        "2026-03-10T08:15:00+0200",  // offset without colon
        "2026-13-10T08:15:00Z",  // month 13
        "2026-02-29T08:15:00Z",  // not a leap year
        "2100-02-29T08:15:00Z",  // century, not leap
        "2026-04-31T08:15:00Z",  // April has 30 days
        "2026-03-10T24:00:00Z",
        "2026-03-10T08:60:00Z",
        "2026-03-10T08:15:00.Z",  // empty fraction
        "2026-03-10T08:15:00Z ",  // trailing space
        "26-03-10T08:15:00Z",
        "Tue, 10 Mar 2026 08:15:00 GMT",
        "",
    ])
    func rejectsWhatIsNotRFC3339(text: String) {
        #expect(RFC3339Timestamp(text) == nil)
    }

    @Test func leapDayOfA400thYearIsValid() {
        #expect(RFC3339Timestamp("2000-02-29T12:00:00Z") != nil)
    }

    @Test func keepsTheWritersLocalCalendarDate() throws {
        // 23:30 on the 9th in New York is already the 10th in UTC; relative dates anchor on the 9th.
        let t = try #require(RFC3339Timestamp("2026-03-09T23:30:00-04:00"))
        #expect(t.localDateString == "2026-03-09")
        #expect((t.year, t.month, t.day, t.hour, t.minute) == (2026, 3, 9, 23, 30))
        #expect(t.utcOffsetSeconds == -14_400)
        #expect(t.isoWeekday == 1)  // a Monday
    }

    @Test func isoWeekdayRunsMondayToSunday() throws {
        #expect(try #require(RFC3339Timestamp("1970-01-01T00:00:00Z")).isoWeekday == 4)
        #expect(try #require(RFC3339Timestamp("2026-11-29T10:00:00Z")).isoWeekday == 7)
        #expect(try #require(RFC3339Timestamp("1969-12-29T10:00:00Z")).isoWeekday == 1)
    }

    @Test func formatsDatesInUTCWithMillisecondsOnlyWhenPresent() {
        #expect(RFC3339Timestamp(Date(timeIntervalSince1970: 1_773_130_500)).text == "2026-03-10T08:15:00Z")
        #expect(RFC3339Timestamp(Date(timeIntervalSince1970: 1_773_130_500.125)).text == "2026-03-10T08:15:00.125Z")
        #expect(RFC3339Timestamp(Date(timeIntervalSince1970: -0.5)).text == "1969-12-31T23:59:59.500Z")
        // Milliseconds that are not exact in binary still come out right.
        #expect(RFC3339Timestamp(Date(timeIntervalSince1970: 1_781_523_062.417)).text == "2026-06-15T11:31:02.417Z")
    }

    @Test func kafkaMillisecondTimestampsFormatExactly() {
        #expect(RFC3339Timestamp(millisecondsSince1970: 1_781_523_062_417).text == "2026-06-15T11:31:02.417Z")
        #expect(RFC3339Timestamp(millisecondsSince1970: 1_781_523_062_001).text == "2026-06-15T11:31:02.001Z")
        #expect(RFC3339Timestamp(millisecondsSince1970: 0).text == "1970-01-01T00:00:00Z")
        #expect(RFC3339Timestamp(millisecondsSince1970: -1).text == "1969-12-31T23:59:59.999Z")
    }

    @Test func formattedTextParsesBackToTheSameInstant() throws {
        for seconds in stride(from: -86_400.0 * 400, to: 86_400.0 * 40_000, by: 86_400.0 * 37.3) {
            let t = RFC3339Timestamp(Date(timeIntervalSince1970: seconds))
            let back = try #require(RFC3339Timestamp(t.text))
            #expect(abs(back.date.timeIntervalSince1970 - t.date.timeIntervalSince1970) < 1e-6)
        }
    }

    @Test func encodesAsItsOriginalText() throws {
        let t = try #require(RFC3339Timestamp("2026-03-10T08:15:00.5+01:00"))
        let data = try RecordEncoder().encode([t])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-10T08:15:00.5+01:00"]"#)
        #expect(try JSONDecoder().decode([RFC3339Timestamp].self, from: data) == [t])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([RFC3339Timestamp].self, from: Data(#"["soon"]"#.utf8))
        }
    }
}
