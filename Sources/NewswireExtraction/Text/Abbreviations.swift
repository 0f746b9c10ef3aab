/// Words that keep a following period as part of the token ("Mr.", "Jan.", "Inc."), and which of them
/// may still end a sentence.
enum Abbreviations {
    /// The longest abbreviation in the list, in scalars; longer words are never looked up.
    static let maxLength = 5

    /// Titles and other abbreviations that are (almost) never the last word of a sentence.
    static let neverFinal: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr",
        "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "pres", "supt", "insp", "brig", "cpl", "pvt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "v", "no", "nos", "approx", "dept", "est", "fig", "vol", "pp", "ave", "blvd", "rd",
    ]
    /// Abbreviations that often end a sentence too ("… Acme Inc. The company …").
    static let mayBeFinal: WordSet = ["inc", "corp", "ltd", "co", "jr", "sr", "bros", "plc", "etc", "al"]

    /// Whether the word `s[start..<end]` takes the period at `end`; `next` is the scalar after that period.
    static func takesPeriod(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, next: Int) -> Bool {
        let w = lowercased(s, start, end)
        if w == "no" || w == "nos" {
            // "No. 10" but not "said no."
            var k = next
            while k < s.count, s[k].value == 0x20 { k += 1 }
            return k < s.count && s[k].isDigitScalar && s[start].isUpper
        }
        if w == "mar" || w == "est" || w == "fig" || w == "vol" || w == "rd" || w == "v" || w == "al" {
            // ordinary words in other uses: only as an abbreviation when capitalized or followed by a digit
            return s[start].isUpper || (next + 1 < s.count && s[next + 1].isDigitScalar)
        }
        return neverFinal.contains(w) || mayBeFinal.contains(w)
    }

    /// Whether a token text (with its period) is an abbreviation that can end a sentence.
    static func mayEndSentence(_ text: String) -> Bool {
        guard text.hasSuffix(".") else { return false }
        let w = text.dropLast().lowercased()
        if neverFinal.contains(w) { return false }
        if mayBeFinal.contains(w) { return true }
        // U.S. / U.K. / e.g.: dotted initials may end a sentence.
        return w.contains(".")
    }

    private static func lowercased(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        for k in start..<end {
            let v = s[k].value
            view.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s[k])
        }
        return String(view)
    }
}
