import Testing

@testable import NewswireOperations

@Suite struct ListenAddressTests {
    @Test func parsesIPv4HostnamesAndBracketedIPv6() throws {
        #expect(try ListenAddress(parsing: "0.0.0.0:9464", key: "k") == ListenAddress(host: "0.0.0.0", port: 9464))
        #expect(try ListenAddress(parsing: "localhost:80", key: "k") == ListenAddress(host: "localhost", port: 80))
        let v6 = try ListenAddress(parsing: "[::1]:9464", key: "k")
        #expect(v6 == ListenAddress(host: "::1", port: 9464))
        #expect(v6.description == "[::1]:9464")
    }

    @Test func rejectsMissingPortBadPortAndBareIPv6NamingTheKey() {
        for text in ["9464", "host:", "host:99999", ":9464", "::1:9464", "host:abc"] {
            #expect(throws: OperationsError.self) { try ListenAddress(parsing: text, key: "--metrics-address") }
            do {
                _ = try ListenAddress(parsing: text, key: "--metrics-address")
            } catch {
                #expect(error.key == "--metrics-address")
                #expect(error.description.contains("'\(text)'"))
            }
        }
    }
}
