extension TypeLexicon {
    /// Nationalities, peoples, religious and political groups (singular adjectives and nouns).
    static let norpWords = """
        Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian
        Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Briton
        Bulgarian Burmese Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian
        Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian
        Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Icelandic
        Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh
        Kenyan Korean Kosovan Kuwaiti Kyrgyz Latvian Lebanese Libyan Lithuanian Luxembourgish Macedonian
        Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese
        Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Peruvian Polish
        Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak
        Slovakian Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian
        Thai Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni
        Zambian Zimbabwean
        European African Asian Arab Nordic Baltic Balkan Caucasian Scandinavian Soviet
        Kurd Kurdish Tatar Chechen Pashtun Uyghur Uighur Rohingya Basque Catalan Flemish Roma Hispanic Latino
        Muslim Christian Jewish Jew Catholic Protestant Sunni Shia Shiite Hindu Buddhist Sikh
        Republican Democrat Tory Communist Socialist Bolshevik Zionist Islamist
        """

    /// Weapon systems and other products commonly named in news (phrases separated by "|").
    static let productPhrases = """
        HIMARS | Himars | Patriot | NASAMS | IRIS-T | ATACMS | Javelin | Stinger | NLAW | Bayraktar |
        Bayraktar TB2 | Shahed | Shahed-136 | Iskander | Kalibr | Kinzhal | Kh-101 | Tochka-U | Smerch |
        Tornado-S | S-300 | S-400 | S-500 | Pantsir | Buk-M1 | Gepard | Leopard | Leopard 2 |
        Abrams | Challenger 2 | Marder | Stryker | Storm Shadow | Tomahawk |
        F-16 | F-35 | MiG-29 | Su-25 | Su-34 | Su-35 | Lancet | Switchblade | Caesar |
        M777 | Starlink | Sarmat | Zircon | Sky Shield | European Sky Shield | Iron Dome |
        Black Hawk | Chinook | Eurofighter |
        Rafale | Gripen | Nord Stream | Nord Stream 2 | TurkStream | ChatGPT | iPhone | Boeing 737 | Airbus A320
        """

    /// Named events (phrases separated by "|").
    static let eventPhrases = """
        World War I | World War II | World War One | World War Two | Cold War | Holocaust | Olympics |
        Olympic Games | Paralympics | World Cup | Euromaidan | Brexit | Cop26 | Cop27 |
        Cop28 | G7 summit | G20 summit | Nato summit | Eurovision
        """

    /// Institutions named by their seat or a short name (phrases separated by "|").
    static let orgPhrases = """
        Kremlin | Pentagon | White House | Downing Street | Elysee | Élysée | Bundestag | Duma | State Duma |
        Rada | Verkhovna Rada | Knesset | Congress | Senate | Nato | NATO | EU | UN | OSCE | IAEA | IMF |
        Interpol | Europol | Hamas | Hezbollah | Taliban | Wagner | Wagner Group | Gazprom | Rosatom |
        Telegram | Twitter | Facebook | YouTube | TikTok | Instagram
        """
}
