/// One token read as a written number: optional currency prefix, digits with `,` grouping and a `.`
/// decimal part, and an optional letter or symbol suffix ("$5bn", "1,200", "20km", "15%", "21st").
struct NumericLiteral: Sendable, Hashable {
    /// Currency code from a prefix symbol, if any.
    var currency: String?
    /// The number as written (before any scale suffix).
    var value: Double
    /// Lowercased text after the digits ("bn", "km", "%", "st"), empty if none.
    var suffix: String
    /// Whether the digits were a plain integer without grouping or decimals ("2022" but not "2,022").
    var isPlainInteger: Bool
    /// Number of digits before any decimal point.
    var integerDigits: Int

    /// Reads a token, or returns `nil` when it is not a number.
    init?(_ text: String) {
        // Fast reject: a number starts with a digit or a currency sign/code, and contains a digit.
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next() else { return nil }
        if !(first >= 48 && first <= 57) {
            var hasDigit = false
            for unit in text.utf8 where unit >= 48 && unit <= 57 {
                _ = unit
                hasDigit = true
                break
            }
            guard hasDigit else { return nil }
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var prefix = ""
        while i < scalars.count, !Self.isDigit(scalars[i]), prefix.unicodeScalars.count < 3 {
            prefix.unicodeScalars.append(scalars[i])
            i += 1
        }
        if !prefix.isEmpty {
            guard let code = NumberWords.currencyPrefixes[prefix.lowercased()] else { return nil }
            currency = code
        }
        guard i < scalars.count, Self.isDigit(scalars[i]) else { return nil }
        var integer = 0.0, fraction = 0.0, scale = 1.0
        var digits = 0, plain = true, inFraction = false
        while i < scalars.count {
            let s = scalars[i]
            if Self.isDigit(s) {
                let d = Double(s.value - 48)
                if inFraction { scale /= 10; fraction += d * scale } else { integer = integer * 10 + d; digits += 1 }
                i += 1
            } else if s == ",", !inFraction, digits > 0,
                      (1...3).allSatisfy({ i + $0 < scalars.count && Self.isDigit(scalars[i + $0]) }),
                      i + 4 >= scalars.count || !Self.isDigit(scalars[i + 4]) {
                plain = false
                i += 1
            } else if s == ".", !inFraction, i + 1 < scalars.count, Self.isDigit(scalars[i + 1]) {
                inFraction = true
                plain = false
                i += 1
            } else {
                break
            }
        }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[i...])
        value = integer + fraction
        suffix = String(rest).lowercased()
        isPlainInteger = plain
        integerDigits = digits
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
