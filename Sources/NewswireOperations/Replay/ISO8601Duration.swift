import Foundation

/// Parses the ISO 8601 durations `--by-duration` takes: `PnDTnHnMnS` with any subset of the parts, e.g. `P1D`,
/// `PT6H`, `P2DT3H30M`, `PT90S`, `PT0.5S` (weeks `PnW` too). Years and months are refused: their length varies.
public enum ISO8601Duration {
    /// The duration, or a message saying what is wrong with `text`.
    public static func parse(_ text: String, key: String) throws(OperationsError) -> Duration {
        func invalid(_ reason: String) -> OperationsError {
            OperationsError(
                .invalidSetting, key: key,
                "expected an ISO 8601 duration such as P1DT2H30M, PT6H or P7D (\(reason)), got '\(text)'")
        }
        var rest = Substring(text.uppercased())
        guard rest.first == "P" else { throw invalid("it starts with P") }
        rest = rest.dropFirst()
        var inTime = false
        var milliseconds: Int64 = 0
        var sawPart = false
        var lastUnitRank = -1
        while let first = rest.first {
            if first == "T" {
                guard !inTime else { throw invalid("one T") }
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            let numberEnd = rest.firstIndex { !($0.isNumber || $0 == "." || $0 == ",") } ?? rest.endIndex
            guard numberEnd != rest.startIndex, numberEnd != rest.endIndex,
                let number = Double(rest[..<numberEnd].replacingOccurrences(of: ",", with: ".")), number.isFinite
            else { throw invalid("a number before each unit") }
            let unit = rest[numberEnd]
            let (rank, unitMilliseconds): (Int, Double)
            switch (inTime, unit) {
            case (false, "W"): (rank, unitMilliseconds) = (0, 604_800_000)
            case (false, "D"): (rank, unitMilliseconds) = (1, 86_400_000)
            case (true, "H"): (rank, unitMilliseconds) = (2, 3_600_000)
            case (true, "M"): (rank, unitMilliseconds) = (3, 60_000)
            case (true, "S"): (rank, unitMilliseconds) = (4, 1000)
            case (false, "Y"), (false, "M"): throw invalid("days, hours, minutes and seconds only")
            default: throw invalid("units W, D, then T and H, M, S")
            }
            guard rank > lastUnitRank else { throw invalid("units in order, each once") }
            lastUnitRank = rank
            let value = number * unitMilliseconds
            guard value < 1e15 else { throw invalid("at most a few thousand years") }
            milliseconds += Int64(value.rounded())
            sawPart = true
            rest = rest[rest.index(after: numberEnd)...]
        }
        guard sawPart else { throw invalid("at least one part") }
        if inTime, lastUnitRank < 2 { throw invalid("a time part after T") }
        return .milliseconds(milliseconds)
    }
}
