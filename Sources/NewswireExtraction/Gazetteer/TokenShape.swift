/// Cheap shape tests on token text used by the lexical matchers.
enum TokenShape {
    /// First scalar is an uppercase or titlecase letter.
    static func isCapitalized(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 65 && byte <= 90 }
        guard let first = text.unicodeScalars.first else { return false }
        if first.isASCII { return first.value >= 65 && first.value <= 90 }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    /// Contains at least one letter or digit.
    static func hasAlphanumeric(_ text: String) -> Bool {
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { return true }
        }
        if ascii { return false }
        for s in text.unicodeScalars {
            if s.isASCII {
                let v = s.value
                if (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) { return true }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                return true
            }
        }
        return false
    }

    /// Punctuation that may join the parts of one name when written without spaces.
    static func isJoiner(_ text: String) -> Bool {
        joiners.contains(text)
    }

    /// Lowercase words that may stand inside a multi-word place name.
    static func isConnector(_ text: String) -> Bool {
        connectors.contains(text)
    }

    /// Prepositions after which a capitalized common word is read as a place ("in Nice").
    static func isLocativePreposition(_ text: String) -> Bool {
        locatives.contains(text.lowercased())
    }

    /// Month and weekday names, which are never places on their own.
    static func isCalendarWord(_ text: String) -> Bool {
        calendar.contains(text.lowercased())
    }

    private static let joiners: WordSet = ["-", "‐", "‑", "–", "'", "’", "ʼ", "."]
    private static let connectors: WordSet = [
        "and", "of", "on", "upon", "de", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das", "du",
        "am", "an", "der", "den", "sur", "the", "en", "y", "al", "el", "im", "in", "ob", "na", "nad", "pod",
    ]
    private static let locatives: WordSet = [
        "in", "at", "from", "near", "to", "outside", "around", "across", "into", "toward", "towards", "via",
        "through", "of",
    ]
    private static let calendar: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
