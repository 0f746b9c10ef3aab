import ArgumentParser
import Testing
@testable import NewswireCLI

/// `newswire replay copy`'s argument handling (the copying itself is in `TopicCopierTests` and the process tests).
@Suite struct ReplayCopyCommandTests {
    static let base = ["--bootstrap-servers", "b:9092", "--from-topic", "articles.dlq", "--to-topic", "articles.raw"]

    @Test func repeatedHeaderOptionsBecomeOneFilterAndMalformedOnesAreRejected() throws {
        let command = try ReplayCopyCommand.parse(
            Self.base + ["--header", "newswire-error-class=too_large", "--header", "x-team=a=b"])
        #expect(try command.headerFilter() == ["newswire-error-class": "too_large", "x-team": "a=b"])
        #expect(try ReplayCopyCommand.parse(Self.base).headerFilter().isEmpty)
        for bad in ["no-equals", "=value"] {
            let command = try ReplayCopyCommand.parse(Self.base + ["--header", bad])
            #expect(throws: ValidationError.self) { try command.headerFilter() }
        }
    }
}
