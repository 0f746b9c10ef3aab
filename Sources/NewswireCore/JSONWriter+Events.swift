// `JSONWriter` conformances of the event record and its parts (see JSONWriter+Records.swift).

extension EventRecord: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("acled")
        if let acled { acled.write(to: &w) } else { w.null() }
        w.field("actors", actors)
        w.field("attribution", attribution)
        w.key("cameo")
        if let cameo { cameo.write(to: &w) } else { w.null() }
        w.field("confidence", Rounding.round(confidence, Rounding.score))
        w.field("counts", counts)
        w.field("id", id)
        w.field("locations", locations)
        w.field("modality", modality.rawValue)
        w.field("sentence", sentence)
        w.field("targets", targets)
        w.field("time", time)
        w.field("trigger", trigger)
        w.field("type", type.rawValue)
        w.endObject()
    }
}

extension CameoCoding: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", code)
        w.field("goldstein", Rounding.round(goldstein, Rounding.goldstein))
        w.field("label", label)
        w.field("root", root)
        w.endObject()
    }
}

extension ACLEDCoding: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("event_type", eventType)
        w.field("sub_event_type", subEventType)
        w.endObject()
    }
}

extension TextSpan: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("end", end)
        w.field("field", field.rawValue)
        w.field("start", start)
        w.field("text", text)
        w.endObject()
    }
}

extension EventArgument: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("entity", entity)
        w.field("name", name)
        w.endObject()
    }
}

extension EventTime: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("normalized", normalized)
        w.field("text", text)
        w.endObject()
    }
}

extension EventCount: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("category", category)
        w.field("unit", unit)
        w.field("value", Rounding.round(value, Rounding.value))
        w.endObject()
    }
}

extension Attribution: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("entity", entity)
        w.field("source", source)
        w.endObject()
    }
}
