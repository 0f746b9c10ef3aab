/// Reads spelled-out numbers: "five", "twenty-five", "two hundred and fifty", "a dozen",
/// "two thousand", "fourth", "twenty-first".
enum NumberWordReader {
    private struct State {
        var total = 0.0
        var current = 0.0
        var any = false

        /// Applies one number word; false if it cannot continue the number.
        mutating func apply(_ word: Substring) -> Bool {
            let w = String(word)
            if let v = NumberWords.units[w] {
                if w == "dozen" {
                    current = max(current, 1) * 12
                } else if current > 0 {
                    let tens = current.truncatingRemainder(dividingBy: 100)
                    let fitsTens = tens >= 20 && tens.truncatingRemainder(dividingBy: 10) == 0 && v < 10
                    let fitsHundreds = tens == 0 && v < 100
                    guard fitsTens || fitsHundreds else { return false }
                    current += v
                } else {
                    current = v
                }
            } else if w == "hundred" {
                current = max(current, 1) * 100
            } else if let scale = NumberWords.scales[w], w.count > 3 {
                total += max(current, 1) * scale
                current = 0
            } else {
                return false
            }
            any = true
            return true
        }
    }

    static func read(at index: Int, _ words: LowerTokens) -> NumberCore? {
        // A number read here starts with an article, a number word, an ordinal or a hyphenated word: any other
        // word fails on the first step, so it is turned away by its class without splitting or hashing it.
        let cls = words.cls(index)
        if cls.isDisjoint(with: [.article, .numberWord, .ordinalWord]) {
            // A hyphenated word reads as a number only when its first part is a number word ("twenty-five",
            // "five-storey"); the other hyphenated words ("Russian-installed") go no further.
            guard cls.contains(.hyphenated) else { return nil }
            let word = words[index]
            guard let hyphen = word.utf8.firstIndex(of: UInt8(ascii: "-")),
                  WordClass.of(String(word[..<hyphen])).contains(.numberWord) else { return nil }
        }
        var state = State()
        var j = index
        var end = index
        while j < words.count {
            let word = words[j]
            if (word == "a" || word == "an") && !state.any {
                guard j + 1 < words.count, words[j + 1] == "dozen" || NumberWords.scales[words[j + 1]] != nil,
                      words[j + 1].count > 3 || words[j + 1] == "dozen" else { return nil }
                j += 1
                continue
            }
            if state.any, (word == "-" && words.adjacent(j)) || word == "and", j + 1 < words.count {
                j += 1
                continue
            }
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            if let last = parts.last, let ordinal = NumberWords.ordinals[String(last)] {
                var trial = state
                guard parts.dropLast().allSatisfy({ trial.apply($0) }) else { break }
                if state.any && words[j - 1] == "and" && parts.count == 1 { break }
                if ordinal >= 100 {
                    let value = trial.total + max(trial.current, 1) * ordinal
                    return NumberCore(value: value, end: j + 1, ordinal: true)
                }
                return NumberCore(value: trial.total + trial.current + ordinal, end: j + 1, ordinal: true)
            }
            var trial = state
            guard parts.allSatisfy({ trial.apply($0) }) else {
                // "five-storey", "ten-kilometre": a number glued to a unit in one token.
                var numberPart = state
                if !state.any, parts.count >= 2, parts.dropLast().allSatisfy({ numberPart.apply($0) }),
                   let unit = NumberWords.unitPhrases.first(where: { $0.0 == [String(parts.last!)] })?.1 {
                    return NumberCore(value: numberPart.total + numberPart.current, end: j + 1, unit: unit)
                }
                break
            }
            state = trial
            j += 1
            end = j
        }
        guard state.any else { return nil }
        return NumberCore(value: state.total + state.current, end: end)
    }
}
