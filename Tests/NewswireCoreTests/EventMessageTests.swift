import Foundation
import Testing
import NewswireCore

@Suite struct EventMessageTests {
    @Test func oneMessagePerEventKeyedByArticleAndEventID() {
        let messages = RecordFixtures.record.eventMessages
        #expect(messages.count == RecordFixtures.events.count)
        #expect(messages.map(\.key) == RecordFixtures.events.map { "fixture-kharkiv-0001#\($0.id)" })
        #expect(messages.allSatisfy { $0.schema == "newswire.event.v1" })
    }

    @Test func layoutIsSchemaArticleReferenceAndEvent() throws {
        let message = try #require(RecordFixtures.record.eventMessages.last)
        let data = try RecordEncoder().encode(message)
        let top = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(top.keys) == ["schema", "article", "event"])
        let article = try #require(top["article"] as? [String: Any])
        #expect(Set(article.keys) == ["id", "url", "published_at"])
        #expect(article["published_at"] as? String == "2026-05-12T09:40:00+03:00")
        let event = try #require(top["event"] as? [String: Any])
        #expect(event["type"] as? String == "prisoner_exchange")
        #expect((event["cameo"] as? [String: Any])?["root"] as? String == "08")
        #expect(try JSONDecoder().decode(EventMessage.self, from: data) == message)
    }

    @Test func eventTypesUseTheTaxonomysSnakeCaseNames() {
        #expect(EventType.allCases.count == 23)
        #expect(EventType.threatDemand.rawValue == "threat_demand")
        #expect(EventType.airOrDroneStrike.rawValue == "air_or_drone_strike")
        #expect(EventType.shellingMissileAttack.rawValue == "shelling_missile_attack")
        #expect(EventType.allCases.filter { !$0.hasCAMEOCoding } == [.disaster, .election])
    }
}
