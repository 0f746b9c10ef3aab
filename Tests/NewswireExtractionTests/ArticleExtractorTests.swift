import Foundation
import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct ArticleExtractorTests {
    static let extractor = ArticleExtractor(entityExtractor: EntityFixtures.extractor([
        "Olha Savchenko": .person, "Savchenko": .person, "Kharkiv": .location,
    ]))

    static func article(_ body: String, title: String? = "Kharkiv reopens its metro", language: String = "en") -> RawArticle {
        RawArticle(id: "a1", body: body, title: title, url: "https://example.org/a1",
                   publishedAt: RFC3339Timestamp("2023-03-09T10:00:00Z"), source: "Example", language: language)
    }

    @Test func aRecordCarriesTheHeaderExtractorAndEntitiesOfTitleAndBody() throws {
        let body = "Olha Savchenko, the Kharkiv mayor's deputy, said on Wednesday that trains run again. Savchenko smiled."
        let record = try Self.extractor.extract(Self.article(body), source: SourcePosition(topic: "articles.raw", partition: 2, offset: 7))
        #expect(record.article.id == "a1")
        #expect(record.extractor.name == "newswire")
        #expect(record.extractor.model == "ner-test-list")
        #expect(record.source?.offset == 7)
        let kharkiv = try #require(record.entities.first)
        #expect(kharkiv.name == "Kharkiv")
        #expect(kharkiv.mentions.first?.field == .title)
        let person = try #require(record.entities.first { $0.type == .person })
        #expect(person.mentions.count == 2)
        let wednesday = try #require(record.entities.first { $0.type == .date })
        #expect(wednesday.normalized == "2023-03-08")
        #expect(record.notes.isEmpty)
    }

    @Test func mentionOffsetsSliceTheirFieldInUnicodeScalars() throws {
        let body = "Émigrés 🇺🇦 returned to Kharkiv — Olha Savchenko said 3 trains ran."
        let article = Self.article(body, title: "Kharkiv 🚇 reopens")
        let record = try Self.extractor.extract(article)
        #expect(!record.entities.isEmpty)
        for entity in record.entities {
            for m in entity.mentions {
                let field = Array((m.field == .title ? article.title! : article.body).unicodeScalars)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: field[m.start..<m.end])
                #expect(String(slice) == m.text)
            }
        }
    }

    @Test func anArticleInAnotherLanguagePassesThroughWithANote() throws {
        let record = try Self.extractor.extract(Self.article("Олга Савченко сказала, що метро працює.", language: "uk"))
        #expect(record.entities.isEmpty)
        #expect(record.article.language == "uk")
        #expect(record.notes.count == 1)
        #expect(record.notes.first?.contains("uk") == true)
    }

    @Test func theEventHookFillsEventsAndQuotationsFromTheResolvedEntities() throws {
        var extractor = Self.extractor
        extractor.eventAnnotator = CountingAnnotator()
        let record = try extractor.extract(Self.article("Olha Savchenko said trains run in Kharkiv."))
        #expect(record.quotations.count == 1)
        #expect(record.quotations.first?.speaker == record.entities.first { $0.type == .person }?.id)
    }

    @Test func theStageEnrichesArticlesInOrderAndKeepsTheirCarrier() async throws {
        let articles = (1...3).map { n in
            RawArticle(id: "a\(n)", body: "Kharkiv had \(n) alerts.", language: n == 2 ? "de" : "en")
        }
        var seen: [String] = []
        for try await item in articles.async.extractingEntities(with: Self.extractor) {
            let record = try item.result.get()
            #expect(record.article.id == item.carrier.id)
            seen.append(record.article.id)
            if item.carrier.language == "de" { #expect(record.entities.isEmpty) } else { #expect(!record.entities.isEmpty) }
        }
        #expect(seen == ["a1", "a2", "a3"])
    }

    @Test func theBundledExtractorLoadsAndFindsPlaces() throws {
        let extractor = try ArticleExtractor.bundled()
        let record = try extractor.extract(RawArticle(id: "b", body: "Explosions were heard in Zaporizhzhia and Kharkiv."))
        let ids = Set(record.entities.compactMap(\.geo?.geonameid))
        #expect(ids.contains(687700) || ids.contains(687699))  // the city, or the region of that name
        #expect(ids.contains(706483))
    }
}

/// A stand-in for the event extractor: quotes the first person found.
private struct CountingAnnotator: EventAnnotator {
    func extract(documents: [TextDocument], entities: [EntityRecord],
                 publishedAt: Date?) -> (events: [EventRecord], quotations: [QuotationRecord]) {
        guard let speaker = entities.first(where: { $0.type == .person }) else { return ([], []) }
        return ([], [QuotationRecord(speaker: speaker.id, text: "trains run", start: 0, end: 10, verb: "said")])
    }
}

/// An array as an async sequence, for driving the stage.
private struct AsyncArray<Element: Sendable>: AsyncSequence, Sendable {
    let elements: [Element]
    struct AsyncIterator: AsyncIteratorProtocol {
        var base: IndexingIterator<[Element]>
        mutating func next() async throws -> Element? { base.next() }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: elements.makeIterator()) }
}

extension Array where Element: Sendable {
    fileprivate var async: AsyncArray<Element> { AsyncArray(elements: self) }
}
