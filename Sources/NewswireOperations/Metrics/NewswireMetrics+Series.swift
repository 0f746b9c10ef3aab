import CoreMetrics

/// Labelled series created so far, keyed by name and label values.
struct LabelledSeries: ~Copyable {
    var counters: [SeriesKey: Counter] = [:]
    var timers: [SeriesKey: CoreMetrics.Timer] = [:]
    var gauges: [SeriesKey: Gauge] = [:]
}

/// A metric name with its label pairs, in order.
struct SeriesKey: Hashable {
    let name: String
    let labels: [String]

    init(_ name: String, _ dimensions: [(String, String)]) {
        self.name = name
        self.labels = dimensions.flatMap { [$0.0, $0.1] }
    }
}

extension NewswireMetrics {
    func counter(_ name: String, _ dimensions: [(String, String)]) -> Counter {
        let key = SeriesKey(name, dimensions)
        return series.withLock { series in
            if let existing = series.counters[key] { return existing }
            let created = Counter(label: name, dimensions: dimensions, factory: factory)
            series.counters[key] = created
            return created
        }
    }

    func timer(_ name: String, _ dimensions: [(String, String)]) -> CoreMetrics.Timer {
        let key = SeriesKey(name, dimensions)
        return series.withLock { series in
            if let existing = series.timers[key] { return existing }
            let created = CoreMetrics.Timer(label: name, dimensions: dimensions, factory: factory)
            series.timers[key] = created
            return created
        }
    }

    func gauge(_ name: String, topic: String, partition: Int32) -> Gauge {
        let dimensions = [("topic", topic), ("partition", String(partition))]
        let key = SeriesKey(name, dimensions)
        return series.withLock { series in
            if let existing = series.gauges[key] { return existing }
            let created = Gauge(label: name, dimensions: dimensions, factory: factory)
            series.gauges[key] = created
            return created
        }
    }
}
