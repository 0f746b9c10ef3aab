import Testing

@testable import NewswireOperations

@Suite struct ISO8601DurationTests {
    @Test func parsesDaysHoursMinutesSecondsAndWeeks() throws {
        #expect(try ISO8601Duration.parse("P1DT2H30M", key: "k") == .seconds(86_400 + 2 * 3600 + 30 * 60))
        #expect(try ISO8601Duration.parse("PT6H", key: "k") == .seconds(6 * 3600))
        #expect(try ISO8601Duration.parse("P7D", key: "k") == .seconds(7 * 86_400))
        #expect(try ISO8601Duration.parse("P1W", key: "k") == .seconds(7 * 86_400))
        #expect(try ISO8601Duration.parse("PT0.5S", key: "k") == .milliseconds(500))
        #expect(try ISO8601Duration.parse("pt90m", key: "k") == .seconds(5400))
    }

    @Test func refusesMalformedAndCalendarDurationsNamingTheFlag() {
        for text in ["", "P", "PT", "1D", "P1Y", "P2M", "PT1D", "P1H", "PT5M3H", "P1DT", "PTXH", "P1D2D"] {
            do {
                _ = try ISO8601Duration.parse(text, key: "--by-duration")
                Issue.record("accepted '\(text)'")
            } catch {
                #expect(error.key == "--by-duration")
                #expect(error.message.hasSuffix("got '\(text)'"))
            }
        }
    }
}
