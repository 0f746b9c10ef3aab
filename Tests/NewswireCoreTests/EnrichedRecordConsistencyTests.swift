import Testing
import NewswireCore

@Suite struct EnrichedRecordConsistencyTests {
    @Test func aConsistentRecordHasNoProblems() {
        #expect(RecordFixtures.record.consistencyProblems(with: RecordFixtures.raw) == [])
    }

    @Test func mentionTextMustMatchTheFieldAtItsOffsets() {
        var r = RecordFixtures.record
        r.entities[1].mentions[0].start += 1
        r.entities[1].mentions[0].end += 1
        let problems = r.consistencyProblems(with: RecordFixtures.raw)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("entities[1].mentions[0]: text \"Kharkiv\" but the body has \"harkiv ") == true)
    }

    @Test func offsetsOutsideTheFieldAreReported() {
        var r = RecordFixtures.record
        r.quotations[0].field = .title
        r.events[0].trigger.end = 100_000
        let problems = r.consistencyProblems(with: RecordFixtures.raw)
        #expect(problems.contains { $0.hasPrefix("events[0].trigger: offsets") })
        #expect(problems.contains { $0.hasPrefix("quotations[0]: offsets") })
    }

    @Test func titleMentionsAreCheckedAgainstTheTitle() throws {
        var r = RecordFixtures.record
        let title = try #require(RecordFixtures.raw.title)
        let start = Array(title.unicodeScalars).count - "Kharkiv".unicodeScalars.count
        r.entities[1].mentions.append(MentionRecord(text: "Kharkiv", start: start, end: start + 7, sentence: 0, field: .title))
        #expect(r.consistencyProblems(with: RecordFixtures.raw) == [])
    }

    @Test func danglingEntityReferencesAreReported() {
        var r = RecordFixtures.record
        r.events[0].actors[0].entity = "e99"
        r.quotations[0].speaker = "e42"
        #expect(r.consistencyProblems(with: RecordFixtures.raw) == [
            "events[0].actors[0].entity: no entity with id \"e99\"",
            "quotations[0].speaker: no entity with id \"e42\"",
        ])
    }

    @Test func cameoMustMatchTheEventType() {
        var r = RecordFixtures.record
        r.events[0].type = .disaster
        r.events[1].cameo = nil
        r.events[2].cameo?.root = "18"
        let problems = r.consistencyProblems(with: RecordFixtures.raw)
        #expect(problems.contains("events[0].cameo: must be null for type disaster"))
        #expect(problems.contains("events[1].cameo: missing for type evacuation"))
        #expect(problems.contains("events[2].cameo.root: \"18\" is not the first two digits of \"192\""))
    }

    @Test func duplicateIDsAndHashesInEventIDsAreReported() {
        var r = RecordFixtures.record
        r.entities[1].id = "e1"
        r.events[1].id = "v#2"
        let problems = r.consistencyProblems(with: RecordFixtures.raw)
        #expect(problems.contains("entities: ids are not unique"))
        #expect(problems.contains("events[1].id: \"v#2\" contains '#'"))
    }
}
