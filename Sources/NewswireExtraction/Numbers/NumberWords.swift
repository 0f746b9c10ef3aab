/// Word tables for numbers, ordinals, scales, units and currencies (all keys lowercase).
enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    /// Multipliers that follow a number ("two thousand", "3.5 million", "5bn").
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000,
        "tn": 1_000_000_000_000, "k": 1_000,
    ]
    static let ordinals: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000,
    ]
    /// Plural vague counts: a CARDINAL without a value ("dozens", "hundreds of thousands").
    static let vagueCounts: WordSet = ["dozens", "scores", "hundreds", "thousands", "millions", "billions"]
    /// Vague determiners that make a valueless QUANTITY when a unit follows ("several kilometres").
    static let vagueDeterminers: WordSet = ["several", "few", "many", "some"]
    /// Hedges before a number; multi-word ones are matched token by token.
    static let modifiers: [([String], NumericModifier)] = [
        (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["upwards", "of"], .atLeast), (["over"], .atLeast),
        (["less", "than"], .atMost), (["fewer", "than"], .atMost), (["up", "to"], .atMost), (["at", "most"], .atMost),
        (["under"], .atMost), (["almost"], .approximately), (["nearly"], .approximately),
        (["about"], .approximately), (["around"], .approximately), (["some"], .approximately),
        (["roughly"], .approximately), (["approximately"], .approximately), (["an", "estimated"], .approximately),
        (["estimated"], .approximately), (["just", "over"], .atLeast), (["just", "under"], .atMost),
    ]
    /// Unit phrases after a number, longest first, to their normalized symbol.
    static let unitPhrases: [([String], String)] = [
        (["square", "kilometres"], "km2"), (["square", "kilometers"], "km2"), (["square", "kilometre"], "km2"),
        (["square", "kilometer"], "km2"), (["square", "km"], "km2"), (["sq", "km"], "km2"), (["km2"], "km2"),
        (["km²"], "km2"), (["square", "miles"], "mi2"), (["square", "mile"], "mi2"), (["sq", "miles"], "mi2"),
        (["square", "metres"], "m2"), (["square", "meters"], "m2"), (["hectares"], "ha"), (["hectare"], "ha"),
        (["acres"], "acre"), (["acre"], "acre"),
        (["kilometres", "per", "hour"], "km/h"), (["kilometers", "per", "hour"], "km/h"), (["km/h"], "km/h"),
        (["kph"], "km/h"), (["miles", "per", "hour"], "mph"), (["mph"], "mph"),
        (["kilometres"], "km"), (["kilometers"], "km"), (["kilometre"], "km"), (["kilometer"], "km"),
        (["km"], "km"), (["kms"], "km"), (["miles"], "mi"), (["mile"], "mi"), (["metres"], "m"), (["meters"], "m"),
        (["metre"], "m"), (["meter"], "m"), (["centimetres"], "cm"), (["centimeters"], "cm"), (["cm"], "cm"),
        (["millimetres"], "mm"), (["millimeters"], "mm"), (["mm"], "mm"), (["feet"], "ft"), (["foot"], "ft"),
        (["ft"], "ft"), (["inches"], "in"), (["yards"], "yd"),
        (["metric", "tonnes"], "t"), (["metric", "tons"], "t"), (["tonnes"], "t"), (["tonne"], "t"),
        (["tons"], "t"), (["ton"], "t"), (["kilograms"], "kg"), (["kilogrammes"], "kg"), (["kilogram"], "kg"),
        (["kg"], "kg"), (["kgs"], "kg"), (["grams"], "g"), (["lbs"], "lb"),
        (["litres"], "l"), (["liters"], "l"), (["litre"], "l"), (["liter"], "l"), (["gallons"], "gal"),
        (["barrels"], "bbl"), (["barrel"], "bbl"), (["cubic", "metres"], "m3"), (["cubic", "meters"], "m3"),
        (["megawatts"], "MW"), (["megawatt"], "MW"), (["mw"], "MW"), (["gigawatts"], "GW"), (["gw"], "GW"),
        (["kilowatts"], "kW"), (["kw"], "kW"), (["degrees", "celsius"], "degC"), (["degrees", "fahrenheit"], "degF"),
        (["°c"], "degC"), (["storey"], "storey"), (["storeys"], "storey"), (["story"], "storey"), (["°f"], "degF"), (["calories"], "kcal"), (["megatons"], "Mt"), (["kilotons"], "kt"),
    ]
    static let percentPhrases: [[String]] = [["per", "cent"], ["percent"], ["%"], ["pct"], ["percentage", "points"]]
    /// Currency words after an amount ("1.2 billion dollars").
    static let currencyPhrases: [([String], String)] = [
        (["us", "dollars"], "USD"), (["dollars"], "USD"), (["dollar"], "USD"), (["euros"], "EUR"), (["euro"], "EUR"),
        (["pounds", "sterling"], "GBP"), (["pounds"], "GBP"), (["sterling"], "GBP"), (["hryvnias"], "UAH"),
        (["hryvnia"], "UAH"), (["hryvnas"], "UAH"), (["hryvna"], "UAH"), (["roubles"], "RUB"), (["rubles"], "RUB"),
        (["rouble"], "RUB"), (["ruble"], "RUB"), (["yuan"], "CNY"), (["renminbi"], "CNY"), (["yen"], "JPY"),
        (["rupees"], "INR"), (["swiss", "francs"], "CHF"), (["francs"], "CHF"), (["zlotys"], "PLN"),
        (["zloty"], "PLN"), (["lira"], "TRY"), (["liras"], "TRY"), (["rials"], "IRR"), (["shekels"], "ILS"),
        (["usd"], "USD"), (["eur"], "EUR"), (["gbp"], "GBP"), (["uah"], "UAH"), (["rub"], "RUB"), (["cny"], "CNY"),
        (["jpy"], "JPY"), (["chf"], "CHF"), (["pln"], "PLN"),
    ]
    /// Currency symbols and codes written before an amount ("$5bn", "US$ 3m", "EUR 200").
    static let currencyPrefixes: [String: String] = [
        "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₹": "INR",
        "₺": "TRY", "₪": "ILS", "usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH", "rub": "RUB",
    ]
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
