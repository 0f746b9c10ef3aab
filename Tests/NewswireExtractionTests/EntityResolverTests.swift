import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct EntityResolverTests {
    typealias F = EntityFixtures

    @Test func surnameAndCourtesyTitleJoinTheFullNameWithoutThePossessive() throws {
        let text = "Kovalenko arrived first. Andrii Kovalenko then spoke. Mr Kovalenko said Kovalenko's team was ready."
        let all = F.entities(text, names: ["Kovalenko": .person, "Andrii Kovalenko": .person, "Mr Kovalenko": .person])
        let people = all.filter { $0.type == .person }
        #expect(people.count == 1)
        let person = try #require(people.first)
        #expect(person.name == "Andrii Kovalenko")
        #expect(person.mentions.map(\.text) == ["Kovalenko", "Andrii Kovalenko", "Mr Kovalenko", "Kovalenko"])
        #expect(person.id == "e1")
    }

    @Test func twoPeopleWithDifferentSurnamesStayApart() {
        let text = "Olena Hrytsenko met Taras Melnyk. Melnyk left early."
        let all = F.entities(text, names: ["Olena Hrytsenko": .person, "Taras Melnyk": .person, "Melnyk": .person])
        let people = all.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Olena Hrytsenko", "Taras Melnyk"])
        #expect(people.map(\.mentions.count) == [1, 2])
    }

    @Test func anAcronymJoinsTheFullOrganisationName() throws {
        let text = "The North Atlantic Treaty Organization met again. Nato ministers agreed."
        let all = F.entities(text, names: ["North Atlantic Treaty Organization": .organization])
        let orgs = all.filter { $0.type == .org }
        #expect(orgs.count == 1)
        #expect(orgs.first?.name == "North Atlantic Treaty Organization")
        #expect(orgs.first?.mentions.count == 2)
    }

    @Test func placeMentionsGroupByGeoNamesRecordSoCityAndRegionStayApart() throws {
        let text = "Shelling hit Kherson. Kherson is quiet now, but the Kherson region is not."
        let all = F.entities(text)
        let places = all.filter { $0.geo != nil }
        #expect(places.map(\.geo?.geonameid) == [706448, 706442])
        #expect(places.map(\.mentions.count) == [2, 1])
    }

    @Test func nationalitiesGroupTheirSingularAndPluralWithTheSingularAsName() throws {
        let all = F.entities("Ukrainians queued for bread. A Ukrainian officer said so.")
        let norp = all.filter { $0.type == .norp }
        #expect(norp.count == 1)
        #expect(norp.first?.name == "Ukrainian")
        #expect(norp.first?.mentions.count == 2)
    }

    @Test func idsFollowFirstMentionWithTheTitleFirst() {
        let all = F.entities("Troops left Mykolaiv for Odesa.", title: "Odesa braces for winter")
        #expect(all.map(\.id) == (1...all.count).map { "e\($0)" })
        #expect(all.first?.name == "Odesa")
        #expect(all.first?.mentions.first?.field == .title)
        #expect(all.first?.mentions.count == 2)
    }

    @Test func everyNumberIsAnEntityOfItsOwn() {
        let all = F.entities("Two tanks and two trucks were destroyed.")
        let numbers = all.filter { $0.type == .cardinal }
        #expect(numbers.count == 2)
        #expect(numbers.allSatisfy { $0.value == 2 && $0.mentions.count == 1 })
    }

    @Test func aTitleBeforeTheNameGivesRoleAndAffiliation() throws {
        let text = "Russian Deputy Prime Minister Oleg Sokolov spoke on television."
        let all = F.entities(text, names: ["Oleg Sokolov": .person])
        let person = try #require(all.first { $0.type == .person })
        #expect(person.attributes["role"] == "Deputy Prime Minister")
        #expect(person.attributes["affiliation"] == "Russian")
    }

    @Test func anAppositionAfterTheNameGivesTheRole() throws {
        let text = "Maria Bondar, the Odesa regional governor, said power was back."
        let all = F.entities(text, names: ["Maria Bondar": .person])
        let person = try #require(all.first { $0.type == .person })
        #expect(person.attributes["role"] == "Odesa regional governor")
    }

    @Test func aNameWithoutTitleOrAppositionHasNoAttributes() throws {
        let all = F.entities("Maria Bondar said power was back.", names: ["Maria Bondar": .person])
        #expect(all.first { $0.type == .person }?.attributes.isEmpty == true)
    }

    @Test func oneTypePerPersonNameWithinAnArticle() throws {
        let text = "Boris Stepanov spoke. Later Boris Stepanov's troops withdrew."
        let extractor = EntityExtractor(tagger: PositionalTagger(), temporal: nil, geocoder: Fixtures.geocoder)
        let all = extractor.entities(in: [F.tokenizer.document(text, field: .body)], publishedAt: nil)
        #expect(all.count == 1)
        #expect(all.first?.type == .person)
        #expect(all.first?.mentions.count == 2)
    }

    @Test func salienceRanksHeadlineAndFrequentNamesAboveALateSingleMention() throws {
        let body = "Troops entered Kherson. Kherson celebrated. Kherson mourned its dead. Aid also reached Mykolaiv."
        let all = F.entities(body, title: "Kherson liberated")
        let kherson = try #require(F.entity("Kherson", in: all)?.salience)
        let mykolaiv = try #require(F.entity("Mykolaiv", in: all)?.salience)
        #expect(kherson > mykolaiv)
        #expect((0...1).contains(kherson) && (0...1).contains(mykolaiv))
    }
}

/// Tags "Boris Stepanov" as a person at its first occurrence and as an organisation at its second.
private struct PositionalTagger: NameTagger {
    var modelVersion: String? { nil }
    func names(in documents: [TextDocument]) -> [[TaggedName]] {
        documents.map { doc in
            var seen = 0
            var out: [TaggedName] = []
            for i in doc.tokens.indices.dropLast() where doc.tokens[i].text == "Boris" && doc.tokens[i + 1].text == "Stepanov" {
                out.append(TaggedName(tokens: i..<(i + 2), nameClass: seen == 0 ? .person : .organization))
                seen += 1
            }
            return out
        }
    }
}
