import NewswireCore

/// Renders an enriched record or a dead letter as the few readable lines `newswire demo` prints per article.
enum DemoSummary {
    /// Entity types in the order a reader scans them.
    static let typeOrder: [EntityType] = [
        .person, .org, .norp, .gpe, .loc, .fac, .date, .time, .quantity, .money, .percent, .cardinal,
    ]

    static func lines(for record: EnrichedRecord, partition: Int32, offset: Int64) -> [String] {
        var lines = ["■ \(record.article.title ?? record.article.id)",
                     "  id \(record.article.id) · articles.enriched/\(partition)/\(offset)"]
        if record.entities.isEmpty {
            lines.append("  entities: none")
        } else {
            let grouped = Dictionary(grouping: record.entities, by: \.type)
            let types = typeOrder.filter { grouped[$0] != nil }
                + grouped.keys.filter { !typeOrder.contains($0) }.sorted { $0.rawValue < $1.rawValue }
            lines.append("  entities (\(record.entities.count)):")
            for type in types {
                let names = grouped[type, default: []].map(describe)
                lines.append("    \(type.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                    + names.prefix(8).joined(separator: "; ") + (names.count > 8 ? "; … (\(names.count) in all)" : ""))
            }
        }
        if record.events.isEmpty {
            lines.append("  events: none")
        } else {
            lines.append("  events (\(record.events.count)):")
            for event in record.events.prefix(12) { lines.append("    " + describe(event)) }
            if record.events.count > 12 { lines.append("    … \(record.events.count - 12) more") }
        }
        for note in record.notes { lines.append("  note: \(note)") }
        return lines
    }

    static func describe(_ entity: EntityRecord) -> String {
        var text = entity.name
        if let geo = entity.geo { text += " (\(geo.countryCode), \(format(geo.lat)), \(format(geo.lon)))" }
        if let normalized = entity.normalized { text += " = \(normalized)" }
        if let value = entity.value { text += " = \(format(value))\(entity.unit.map { " \($0)" } ?? "")" }
        return text
    }

    static func describe(_ event: EventRecord) -> String {
        var text = event.type.rawValue
        if let cameo = event.cameo { text += " [CAMEO \(cameo.code) \(cameo.label)]" }
        text += " “\(event.trigger.text)”"
        if !event.actors.isEmpty { text += " by " + event.actors.map(\.name).joined(separator: ", ") }
        if !event.locations.isEmpty { text += " in " + event.locations.map(\.name).joined(separator: ", ") }
        if let time = event.time { text += " \(time.normalized ?? time.text)" }
        if event.modality != .asserted { text += " (\(event.modality.rawValue))" }
        return text
    }

    static func deadLetterLines(key: String?, headers: [String: String]) -> [String] {
        ["✗ \(key ?? "(no key)") → articles.dlq: \(headers["newswire-error-class"] ?? "?"): "
            + (headers["newswire-error-message"] ?? "")]
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format4(value))
    }

    private static func format4(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return "\(scaled)"
    }
}
