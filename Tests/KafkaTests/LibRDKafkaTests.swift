import Testing
@testable import Kafka

@Suite struct LibRDKafkaTests {
    @Test func linkedLibrdkafkaIsAtLeastTwoZero() {
        let major = Int(LibRDKafka.version.split(separator: ".").first ?? "") ?? 0
        #expect(major >= 2, "librdkafka \(LibRDKafka.version) is older than 2.0")
    }
}
