import Testing

/// Polls `condition` until it holds or `timeout` passes; records an issue on timeout. The default is generous:
/// on a 2-core machine the whole suite can starve these tests of threads for many seconds.
public func eventually(
    timeout: Duration = .seconds(90), _ what: String = "condition",
    sourceLocation: SourceLocation = #_sourceLocation, _ condition: () async -> Bool
) async {
    let clock = ContinuousClock()
    let end = clock.now.advanced(by: timeout)
    while clock.now < end {
        if await condition() { return }
        try? await Task.sleep(for: .milliseconds(2))
    }
    Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
}
