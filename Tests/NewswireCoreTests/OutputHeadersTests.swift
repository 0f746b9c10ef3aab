import Testing
import NewswireCore

@Suite struct OutputHeadersTests {
    @Test func enrichedHeadersCarryTypeSchemaVersionLineageAndTraceparent() {
        let headers = OutputHeaders.make(
            schema: EnrichedRecord.schemaHeader, extractorVersion: "1.2.3",
            source: SourcePosition(topic: "articles.raw", partition: 3, offset: 1207),
            input: [MessageHeader("other", "x"), MessageHeader("traceparent", "00-4bf9-00f0-01")])
        #expect(headers.map(\.name) == ["content-type", "newswire-schema", "newswire-extractor", "newswire-source", "traceparent"])
        #expect(headers.map { $0.stringValue ?? "" } == ["application/json", "enriched.v1", "1.2.3", "articles.raw/3/1207", "00-4bf9-00f0-01"])
    }

    @Test func noTraceparentAndNoSourceMeansNoSuchHeaders() {
        let headers = OutputHeaders.make(schema: EventMessage.schemaHeader, extractorVersion: "1.2.3", source: nil)
        #expect(headers.map(\.name) == ["content-type", "newswire-schema", "newswire-extractor"])
    }
}
