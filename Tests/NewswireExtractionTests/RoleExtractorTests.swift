import Testing
@testable import NewswireExtraction

@Suite struct RoleExtractorTests {
    let roles = Fixtures.roles

    /// The role of the person named `name` in `text`.
    private func role(of name: String, in text: String) -> PersonRole? {
        let tokens = TestTokens.tokens(text)
        let nameTokens = TestTokens.tokens(name).map(\.text)
        guard let start = tokens.indices.first(where: { i in
            i + nameTokens.count <= tokens.count && tokens[i..<(i + nameTokens.count)].map(\.text) == nameTokens
        }) else { return nil }
        return roles.role(ofPersonAt: start..<(start + nameTokens.count), in: tokens)
    }

    @Test func nationalityBeforeATitleIsTheAffiliation() {
        let found = role(of: "Marat Khusnullin", in: "Meanwhile Russian Deputy Prime Minister Marat Khusnullin spoke.")
        #expect(found?.role == "Deputy Prime Minister")
        #expect(found?.affiliation == "Russia")
        #expect(found?.affiliationCountry == "RU")
    }

    @Test func appositionWithAPlaceKeepsThePlaceInTheRole() {
        let found = role(of: "Oleksiy Kuleba", in: "Oleksiy Kuleba, the Kyiv regional governor, said so.")
        #expect(found?.role == "Kyiv regional governor")
        #expect(found?.affiliation == "Kyiv")
    }

    @Test func possessiveCountryInAnAppositionIsTheAffiliation() {
        let found = role(of: "Volodymyr Zelensky", in: "Volodymyr Zelensky, Ukraine's president, said so.")
        #expect(found?.role == "president")
        #expect(found?.affiliation == "Ukraine")
        #expect(found?.affiliationCountry == "UA")
    }

    @Test func titleBeforeTheNameWithAPossessive() {
        let found = role(of: "Olaf Scholz", in: "He met Germany's Chancellor Olaf Scholz.")
        #expect(found?.role == "Chancellor")
        #expect(found?.affiliation == "Germany")
    }

    @Test func appositionBeforeTheName() {
        let found = role(of: "Andriy Yermak", in: "Later, the head of Ukraine's presidential office, Andriy Yermak, wrote.")
        #expect(found?.role == "head of Ukraine's presidential office")
    }

    @Test func honorificIsKeptApart() {
        let found = role(of: "Yermak", in: "Then Mr Yermak wrote.")
        #expect(found?.honorific == "Mr")
        #expect(found?.role == nil)
    }

    @Test func noRoleWhenTheContextHasNoTitle() {
        #expect(role(of: "Anna Smith", in: "Yesterday Anna Smith, who lives nearby, left.") == nil)
        #expect(role(of: "Anna Smith", in: "Anna Smith, 42, left.") == nil)
    }
}
