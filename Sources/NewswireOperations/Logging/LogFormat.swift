/// How log lines are written: `text` for people at a terminal, `json` (one JSON object per line) for collectors.
public enum LogFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `2026-11-25T03:11:20.123Z info  [newswire] message key=value …`
    case text
    /// `{"time":"…","level":"info","label":"newswire","message":"…", …metadata}`
    case json

    public var description: String { rawValue }
}
