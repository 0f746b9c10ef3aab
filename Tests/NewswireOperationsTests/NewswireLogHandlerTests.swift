import Foundation
import Logging
import Testing

@testable import NewswireOperations

@Suite struct NewswireLogHandlerTests {
    func logger(_ format: LogFormat, _ output: CapturingLogOutput, level: Logger.Level = .info) -> Logger {
        Logger(label: "newswire.test") { label in
            NewswireLogHandler(label: label, format: format, level: level, output: output)
        }
    }

    @Test func jsonLinesAreValidJSONWithMessageCoordinates() throws {
        let output = CapturingLogOutput()
        let log = logger(.json, output).forMessage(topic: "articles.raw", partition: 3, offset: 1042)
        log.warning("dead-lettered \"bad\"\nsecond line", metadata: ["error_class": "schema"])
        let line = try #require(output.lines.first)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "warning")
        #expect(object["label"] as? String == "newswire.test")
        #expect(object["message"] as? String == "dead-lettered \"bad\"\nsecond line")
        #expect(object["topic"] as? String == "articles.raw")
        #expect(object["partition"] as? String == "3")
        #expect(object["offset"] as? String == "1042")
        #expect(object["error_class"] as? String == "schema")
        let time = try #require(object["time"] as? String)
        #expect(time.count == 24 && time.hasSuffix("Z"))
    }

    @Test func textLinesPutMessageCoordinatesFirst() throws {
        let output = CapturingLogOutput()
        let log = logger(.text, output).forMessage(topic: "articles.raw", partition: 0, offset: 7)
        log.info("processed", metadata: ["article_id": "a 1", "entities": "12"])
        let line = try #require(output.lines.first)
        #expect(line.contains(" info    [newswire.test] processed topic=articles.raw partition=0 offset=7 "))
        #expect(line.hasSuffix("article_id=\"a 1\" entities=12"))
    }

    @Test func secretsAreRedactedInEveryFormAndNesting() throws {
        for format in LogFormat.allCases {
            let output = CapturingLogOutput()
            let log = logger(format, output)
            log.info("connecting", metadata: [
                "sasl.password": "hunter2",
                "NEWSWIRE_SASL_PASSWORD": "hunter3",
                "api_token": "tok-9",
                "client_secret": "s3",
                "kafka_properties": ["sasl.password=hunter4", "linger.ms=5"],
                "nested": ["ssl.key.password": "hunter5", "host": "b1"],
                "property": "sasl.oauthbearer.client.secret=hunter6",
            ])
            let line = try #require(output.lines.first)
            for secret in ["hunter2", "hunter3", "tok-9", "s3", "hunter4", "hunter5", "hunter6"] {
                #expect(!line.contains(secret), "\(format) leaked \(secret): \(line)")
            }
            #expect(line.contains("linger.ms=5"))
            #expect(line.contains("b1"))
            #expect(line.contains(SecretRedaction.redacted))
        }
    }

    @Test func levelFiltersLowerLines() {
        let output = CapturingLogOutput()
        let log = logger(.text, output, level: .warning)
        log.info("hidden")
        log.debug("hidden")
        log.error("shown")
        #expect(output.lines.count == 1)
        #expect(output.lines.first?.contains("shown") == true)
    }

    @Test func levelNamesParseCaseInsensitivelyWithAliases() {
        #expect(Logger.Level(name: "DEBUG") == .debug)
        #expect(Logger.Level(name: "warn") == .warning)
        #expect(Logger.Level(name: "fatal") == .critical)
        #expect(Logger.Level(name: "loud") == nil)
    }

    @Test func timestampsAreRFC3339UTCWithMilliseconds() {
        #expect(LogLine.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(LogLine.timestamp(Date(timeIntervalSince1970: 1_795_000_000.25)) == "2026-11-18T11:06:40.250Z")
        #expect(LogLine.timestamp(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    }
}
