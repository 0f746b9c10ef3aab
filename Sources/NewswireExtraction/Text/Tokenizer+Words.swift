extension Tokenizer {
    /// Scans a word starting at `i` (a letter or digit), appends its token(s) and returns where it ended.
    func scanWord(_ s: [Unicode.Scalar], from start: Int, into out: inout [Token]) -> Int {
        let n = s.count
        var j = start
        var dottedLetters = true  // "U.S": single letters joined by periods so far
        var segmentStart = start
        var allDigitsAndSeparators = true
        while true {
            while j < n {
                let c = ScalarClass.of(s[j])
                if c == .letter || c == .digit || c == .extend {
                    if c != .digit && c != .extend { allDigitsAndSeparators = false }
                    j += 1
                } else {
                    break
                }
            }
            if j - segmentStart != 1 { dottedLetters = false }
            guard j + 1 < n, s[j + 1].isAlnum else { break }
            let sep = s[j]
            let before = s[j - 1], after = s[j + 1]
            if sep.isWordHyphen {
                dottedLetters = false
            } else if sep.value == 0x2C, before.isDigitScalar, allDigitsAndSeparators, isThousandsGroup(s, j + 1) {
                // 1,200 — a comma followed by exactly three digits
            } else if sep.value == 0x2E, before.isDigitScalar, after.isDigitScalar, allDigitsAndSeparators {
                // 3.5
            } else if sep.value == 0x2E, dottedLetters, !before.isDigitScalar, !after.isDigitScalar,
                      j + 2 >= n || !s[j + 2].isAlnum {
                // U.S — a single letter after a single letter
            } else if sep.isApostrophe, !before.isDigitScalar, !after.isDigitScalar {
                if isPossessive(s, j) { break }
                if let nt = negation(s, start, j) {
                    // don't -> do n't
                    emit(s, start, nt, into: &out)
                    out.append(Self.token(s, nt, j + 2))
                    return j + 2
                }
                dottedLetters = false
            } else if sep.value == 0x26, before.isUpper, after.isUpper {
                // AT&T
                dottedLetters = false
            } else {
                break
            }
            j += 1
            segmentStart = j
        }
        // A period that belongs to the word: U.S., initials, known abbreviations.
        if j < n, s[j].value == 0x2E, !(j + 1 < n && s[j + 1].value == 0x2E) {
            let len = j - start
            if dottedLetters && (len > 1 || s[start].isUpper) {
                j += 1
            } else if len <= Abbreviations.maxLength, Abbreviations.takesPeriod(s, start, j, next: j + 1) {
                j += 1
            }
        }
        emit(s, start, j, into: &out)
        // Possessive 's / ’s as its own token.
        if isPossessive(s, j) {
            out.append(Self.token(s, j, j + 2))
            return j + 2
        }
        return j
    }

    /// Appends `s[start..<end]` as one token, or as number + unit when a digit run is glued to letters (20km).
    private func emit(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, into out: inout [Token]) {
        var k = start
        while k < end, s[k].isDigitScalar || ((s[k].value == 0x2C || s[k].value == 0x2E) && k > start) { k += 1 }
        if k > start, k < end, s[k - 1].isDigitScalar, ScalarClass.of(s[k]) == .letter {
            var m = k
            while m < end, ScalarClass.of(s[m]) == .letter || ScalarClass.of(s[m]) == .extend { m += 1 }
            if m == end, !Self.isOrdinalOrDecadeSuffix(s, k, end) {
                out.append(Self.token(s, start, k))
                out.append(Self.token(s, k, end))
                return
            }
        }
        out.append(Self.token(s, start, end))
    }

    /// Suffixes that stay with the number: 1st 2nd 3rd 4th, 1990s.
    private static func isOrdinalOrDecadeSuffix(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        let len = to - from
        guard len <= 2 else { return false }
        var v: [UInt32] = []
        for k in from..<to { v.append(s[k].value | 0x20) }
        switch v {
        case [0x73], [0x73, 0x74], [0x6E, 0x64], [0x72, 0x64], [0x74, 0x68]: return true  // s st nd rd th
        default: return false
        }
    }

    /// Whether `s[j]` starts a possessive `'s` / `’s` (apostrophe, s, then no further letter or digit).
    @inline(__always)
    func isPossessive(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j > 0, j + 1 < s.count, s[j].isApostrophe, s[j - 1].isAlnum else { return false }
        guard s[j + 1].value == 0x73 || s[j + 1].value == 0x53 else { return false }
        return j + 2 >= s.count || !s[j + 2].isAlnum
    }

    /// For "don't", "can't", "isn't": the offset where "n't" begins, when the apostrophe at `j` is one.
    private func negation(_ s: [Unicode.Scalar], _ start: Int, _ j: Int) -> Int? {
        guard j - start >= 2, s[j - 1].value | 0x20 == 0x6E, j + 1 < s.count, s[j + 1].value | 0x20 == 0x74,
              j + 2 >= s.count || !s[j + 2].isAlnum else { return nil }
        return j - 1
    }

    /// Whether three digits start at `k` and no fourth digit follows.
    private func isThousandsGroup(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k + 2 < s.count, s[k].isDigitScalar, s[k + 1].isDigitScalar, s[k + 2].isDigitScalar else { return false }
        return k + 3 >= s.count || !s[k + 3].isDigitScalar
    }
}
