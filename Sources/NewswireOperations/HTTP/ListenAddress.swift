/// A `host:port` the operations listener binds to, e.g. `127.0.0.1:9464`, `0.0.0.0:9464` or `[::1]:9464`.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host name or IP address (IPv6 without brackets).
    public let host: String
    /// The TCP port; 0 lets the system choose (tests).
    public let port: Int

    /// The default: loopback only, port 9464 (the port Prometheus' exporter registry lists for newswire-like
    /// workers is irrelevant; 9464 is what `Deploy/` assumes).
    public static let `default` = ListenAddress(host: "127.0.0.1", port: 9464)

    /// Creates an address from its parts.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `host:port` or `[v6]:port`; `key` names the setting in the error.
    public init(parsing text: String, key: String) throws(OperationsError) {
        let invalid = OperationsError(
            .invalidSetting, key: key,
            "expected host:port (e.g. 127.0.0.1:9464 or 0.0.0.0:9464), got '\(text)'")
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw invalid
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw invalid }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            if host.contains(":") { throw invalid }
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else { throw invalid }
        self.init(host: String(host), port: port)
    }

    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
