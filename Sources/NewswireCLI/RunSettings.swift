import NewswireWorker

/// `newswire run`'s settings after combining flags, `NEWSWIRE_*` environment variables and defaults
/// (a flag wins over the environment, which wins over the default).
struct RunSettings: Equatable {
    var bootstrapServers: String
    var groupID = "newswire"
    var inputTopic = "articles.raw"
    var worker = WorkerConfiguration()
    var kafkaProperties: [String: String] = [:]

    /// The message printed when no broker is given.
    static let missingBootstrapMessage = """
        newswire run needs a Kafka broker to read articles from. Either
          • point it at your cluster:   newswire run --bootstrap-servers host:9092
                                        (or export NEWSWIRE_BOOTSTRAP_SERVERS=host:9092), or
          • start the embedded broker in another terminal with `newswire broker --topic articles.raw:4`
            and pass the bootstrap servers it prints as its first line.
        To see the whole pipeline on the bundled samples without any setup, run `make demo`.
        """

    /// Resolves the settings; throws a ``SettingsError`` naming the flag (and its variable) at fault.
    static func resolve(_ options: RunCommand.Options, environment: [String: String]) throws -> RunSettings {
        let reader = SettingReader(environment: environment)
        guard let bootstrap = reader.string(options.bootstrapServers, "bootstrap-servers"), !bootstrap.isEmpty else {
            throw SettingsError(message: missingBootstrapMessage)
        }
        var settings = RunSettings(bootstrapServers: bootstrap)
        settings.groupID = reader.string(options.groupID, "group-id") ?? settings.groupID
        settings.inputTopic = reader.string(options.inputTopic, "input-topic") ?? settings.inputTopic
        var worker = WorkerConfiguration()
        worker.topics.enriched = reader.string(options.enrichedTopic, "enriched-topic") ?? worker.topics.enriched
        worker.topics.events = reader.string(options.eventsTopic, "events-topic") ?? worker.topics.events
        worker.topics.deadLetters = reader.string(options.dlqTopic, "dlq-topic") ?? worker.topics.deadLetters
        worker.concurrency = try reader.int(options.concurrency, "concurrency") ?? worker.concurrency
        worker.maxMessageBytes = try reader.int(options.maxMessageBytes, "max-message-bytes") ?? worker.maxMessageBytes
        worker.maxInFlight = try reader.int(options.maxInFlight, "max-in-flight") ?? worker.maxInFlight
        if let seconds = try reader.seconds(options.commitInterval, "commit-interval") { worker.commitInterval = seconds }
        if let seconds = try reader.seconds(options.shutdownDeadline, "shutdown-deadline") {
            worker.shutdownDeadline = seconds
        }
        do { try worker.validate() } catch { throw SettingsError(message: error.message) }
        settings.worker = worker
        var properties = options.kafkaProperty
        if properties.isEmpty, let fromEnvironment = environment[SettingReader.variable("kafka-property")] {
            properties = fromEnvironment.split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init)
        }
        for property in properties {
            guard let equals = property.firstIndex(of: "="), equals != property.startIndex else {
                throw SettingsError(message: "--kafka-property expects key=value, got \"\(property)\"")
            }
            settings.kafkaProperties[String(property[..<equals])] = String(property[property.index(after: equals)...])
        }
        return settings
    }
}

/// A setting that could not be used, with what to do about it.
struct SettingsError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Reads one setting from its flag or its `NEWSWIRE_<UPPER_SNAKE>` variable.
struct SettingReader {
    let environment: [String: String]

    static func variable(_ flag: String) -> String {
        "NEWSWIRE_" + flag.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    func string(_ flag: String?, _ name: String) -> String? {
        flag ?? environment[Self.variable(name)]
    }

    func int(_ flag: Int?, _ name: String) throws -> Int? {
        if let flag { return flag }
        guard let text = environment[Self.variable(name)] else { return nil }
        guard let value = Int(text) else {
            throw SettingsError(message: "\(Self.variable(name))=\(text) is not a whole number (--\(name))")
        }
        return value
    }

    func seconds(_ flag: Double?, _ name: String) throws -> Duration? {
        var value = flag
        if value == nil, let text = environment[Self.variable(name)] {
            guard let parsed = Double(text) else {
                throw SettingsError(message: "\(Self.variable(name))=\(text) is not a number of seconds (--\(name))")
            }
            value = parsed
        }
        guard let value else { return nil }
        guard value >= 0, value.isFinite else { throw SettingsError(message: "--\(name) must be a positive number of seconds") }
        return .milliseconds(Int64((value * 1000).rounded()))
    }
}
