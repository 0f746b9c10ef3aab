extension EnrichedRecord {
    /// Checks what the JSON Schema cannot: that the record agrees with its article and with itself.
    ///
    /// - every mention, trigger and quotation lies inside its field and its `text` is exactly
    ///   `field[start..<end]` in Unicode scalars;
    /// - entity ids and event ids are unique, event ids contain no `#` (the events-topic key separator);
    /// - every entity id referenced by an event argument, an attribution or a quotation exists;
    /// - `cameo` is null exactly for `disaster` and `election`, and `cameo.root` is the first two digits of
    ///   `cameo.code`;
    /// - scores lie in 0...1.
    ///
    /// - Parameter article: the raw article the record was made from.
    /// - Returns: one line per problem, naming where it is (`entities[3].mentions[0]`); empty when none.
    public func consistencyProblems(with article: RawArticle) -> [String] {
        var problems: [String] = []
        let fields: [TextField: [Unicode.Scalar]] = [
            .body: Array(article.body.unicodeScalars), .title: Array((article.title ?? "").unicodeScalars),
        ]
        func checkSpan(_ text: String, _ start: Int, _ end: Int, _ field: TextField, _ path: String) {
            guard let scalars = fields[field], start >= 0, start <= end, end <= scalars.count else {
                problems.append("\(path): offsets \(start)..<\(end) are outside the \(field.rawValue)")
                return
            }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            if String(slice) != text {
                problems.append("\(path): text \"\(text)\" but the \(field.rawValue) has \"\(String(slice))\" at \(start)..<\(end)")
            }
        }
        if article.id != self.article.id {
            problems.append("article.id: \"\(self.article.id)\" is not the raw article's id \"\(article.id)\"")
        }
        let entityIDs = Set(entities.map(\.id))
        if entityIDs.count != entities.count { problems.append("entities: ids are not unique") }
        func checkEntity(_ id: String?, _ path: String) {
            if let id, !entityIDs.contains(id) { problems.append("\(path): no entity with id \"\(id)\"") }
        }
        for (i, entity) in entities.enumerated() {
            for (j, m) in entity.mentions.enumerated() {
                checkSpan(m.text, m.start, m.end, m.field, "entities[\(i)].mentions[\(j)]")
            }
            if let s = entity.salience, !(0...1).contains(s) { problems.append("entities[\(i)].salience: \(s) is outside 0...1") }
        }
        if Set(events.map(\.id)).count != events.count { problems.append("events: ids are not unique") }
        for (i, event) in events.enumerated() {
            let path = "events[\(i)]"
            if event.id.contains("#") { problems.append("\(path).id: \"\(event.id)\" contains '#'") }
            checkSpan(event.trigger.text, event.trigger.start, event.trigger.end, event.trigger.field, "\(path).trigger")
            for (name, args) in [("actors", event.actors), ("targets", event.targets), ("locations", event.locations)] {
                for (j, a) in args.enumerated() { checkEntity(a.entity, "\(path).\(name)[\(j)].entity") }
            }
            checkEntity(event.attribution?.entity, "\(path).attribution.entity")
            switch (event.type.hasCAMEOCoding, event.cameo) {
            case (true, nil): problems.append("\(path).cameo: missing for type \(event.type.rawValue)")
            case (false, .some): problems.append("\(path).cameo: must be null for type \(event.type.rawValue)")
            case (_, let cameo?) where !cameo.code.hasPrefix(cameo.root) || cameo.root.count != 2:
                problems.append("\(path).cameo.root: \"\(cameo.root)\" is not the first two digits of \"\(cameo.code)\"")
            default: break
            }
            if !(0...1).contains(event.confidence) { problems.append("\(path).confidence: \(event.confidence) is outside 0...1") }
        }
        for (i, q) in quotations.enumerated() {
            checkSpan(q.text, q.start, q.end, q.field, "quotations[\(i)]")
            checkEntity(q.speaker, "quotations[\(i)].speaker")
        }
        return problems
    }
}
