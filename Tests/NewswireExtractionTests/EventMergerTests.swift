import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct EventMergerTests {
    private func run(_ markup: String) -> [EventRecord] {
        let input = EventTestSupport.passage(markup)
        return EventPassageCorpus.extractor.extract(documents: input.documents, entities: input.entities,
                                                    publishedAt: EventPassageCorpus.date("2024-03-14T12:00:00Z")).events
    }

    @Test func aHeadlineEventShowsTheBodySentenceThatTellsIt() throws {
        let events = run("# 40 prisoners swapped\n\n[[Armenia|GPE|country]] and [[Azerbaijan|GPE|country]] exchanged 40 prisoners on [[Tuesday|DATE|2024-03-12]].")
        let swap = try #require(events.first { $0.type == .prisonerExchange })
        #expect(events.filter { $0.type == .prisonerExchange }.count == 1)
        #expect(swap.trigger.field == .body)
        #expect(swap.trigger.text == "exchanged")
    }

    @Test func anotherExchangeInAQuotationRightAfterTheNewsIsTheSameHappening() {
        let events = run("[[Armenia|GPE|country]] and [[Azerbaijan|GPE|country]] exchanged 40 prisoners on [[Tuesday|DATE|2024-03-12]]. \"Another exchange of prisoners, another day of joy,\" an aide said.")
        #expect(events.filter { $0.type == .prisonerExchange }.count == 1)
    }
}
