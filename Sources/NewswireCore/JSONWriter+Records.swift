// How each record type writes itself with `JSONWriter`: the same JSON as its `Encodable` conformance,
// keys in sorted order, numbers rounded as `Rounding` says. `RecordEncoderTests` checks that both
// paths agree.

extension EnrichedRecord: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("article", article)
        w.field("entities", entities)
        w.field("events", events)
        w.key("extra")
        w.object(extra) { w, v in v.write(to: &w) }
        w.field("extractor", extractor)
        if !notes.isEmpty { w.field("notes", notes) }
        w.field("quotations", quotations)
        w.field("schema", schema)
        w.field("source", source)
        w.endObject()
    }
}

extension ArticleHeader: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("language", language)
        w.field("published_at", publishedAt?.text)
        w.field("source", source)
        w.field("title", title)
        w.field("url", url)
        w.endObject()
    }
}

extension ArticleReference: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        w.field("published_at", publishedAt?.text)
        w.field("url", url)
        w.endObject()
    }
}

extension ExtractorInfo: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("model", model)
        w.field("name", name)
        w.field("version", version)
        w.endObject()
    }
}

extension SourcePosition: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("offset", offset)
        w.field("partition", partition)
        w.field("timestamp", timestamp?.text)
        w.field("topic", topic)
        w.endObject()
    }
}

extension EntityRecord: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        if !attributes.isEmpty {
            w.key("attributes")
            w.object(attributes) { w, v in w.string(v) }
        }
        w.field("geo", geo)
        w.field("id", id)
        w.field("mentions", mentions)
        w.field("name", name)
        w.field("normalized", normalized)
        w.field("salience", salience.map { Rounding.round($0, Rounding.score) })
        w.field("type", type.rawValue)
        w.field("unit", unit)
        w.field("value", value.map { Rounding.round($0, Rounding.value) })
        w.endObject()
    }
}

extension MentionRecord: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("end", end)
        w.field("field", field.rawValue)
        w.field("sentence", sentence)
        w.field("start", start)
        w.field("text", text)
        w.endObject()
    }
}

extension GeoRecord: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("admin1", admin1)
        w.field("country_code", countryCode)
        w.field("feature", feature)
        w.field("geonameid", geonameid)
        w.field("lat", Rounding.round(lat, Rounding.coordinate))
        w.field("lon", Rounding.round(lon, Rounding.coordinate))
        w.field("name", name)
        w.endObject()
    }
}

extension QuotationRecord: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("end", end)
        w.field("field", field.rawValue)
        w.field("speaker", speaker)
        w.field("speaker_name", speakerName)
        w.field("start", start)
        w.field("text", text)
        w.field("verb", verb)
        w.endObject()
    }
}

extension EventMessage: JSONWritable {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("article", article)
        w.field("event", event)
        w.field("schema", schema)
        w.endObject()
    }
}

extension RawArticle: JSONWritable {
    func write(to w: inout JSONWriter) {
        var members: [String: JSONValue] = extra.filter { !Self.knownFields.contains($0.key) }
        members["id"] = .string(id)
        members["body"] = .string(body)
        members["language"] = .string(language)
        if let title { members["title"] = .string(title) }
        if let url { members["url"] = .string(url) }
        if let publishedAt { members["published_at"] = .string(publishedAt.text) }
        if let source { members["source"] = .string(source) }
        w.object(members) { w, v in v.write(to: &w) }
    }
}
