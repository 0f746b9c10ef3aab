/// Word tables for dates and times (all keys lowercase).
enum DateWords {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// TIMEX3 parts of the day.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]
    /// Duration units to their ISO 8601 designator and whether they make a TIME.
    static let durationUnits: [String: (designator: String, time: Bool)] = [
        "day": ("D", false), "days": ("D", false), "week": ("W", false), "weeks": ("W", false),
        "month": ("M", false), "months": ("M", false), "year": ("Y", false), "years": ("Y", false),
        "decade": ("10Y", false), "decades": ("10Y", false), "hour": ("H", true), "hours": ("H", true),
        "minute": ("M", true), "minutes": ("M", true),
    ]
    /// Prepositions whose meaning is kept as a modifier ("since early October").
    static let prepositionModifiers: [String: String] = [
        "since": "since", "until": "until", "till": "until", "by": "before", "before": "before", "after": "after",
        "from": "since",
    ]
    /// Qualifiers in front of a month or year: "early October", "mid-2022", "late last year".
    static let qualifiers: [String: String] = ["early": "early", "mid": "mid", "late": "late"]
    /// "the end of", "the beginning of" …
    static let qualifierPhrases: [([String], String)] = [
        (["the", "end", "of"], "late"), (["the", "beginning", "of"], "early"), (["the", "start", "of"], "early"),
        (["the", "middle", "of"], "mid"),
    ]
    /// Words before "May" (or any month without a day) that show it is the month, not the verb.
    static let monthContext: WordSet = [
        "in", "since", "early", "late", "mid", "until", "till", "by", "of", "last", "next", "this", "from", "during",
        "before", "after", "-",
    ]
}
