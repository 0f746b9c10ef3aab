import ArgumentParser
import Foundation
import Kafka
import NewswireCore

/// `newswire produce`: publishes articles from files or JSON lines on standard input.
struct ProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Publish articles to a Kafka topic.",
        discussion: """
            A .txt file becomes a raw-article JSON message (first line the title, the body after the blank line, \
            the id from the file name). A .json file is sent as it is, keyed by its "id". "-" reads one JSON \
            article per line from standard input. Every message is checked against the raw-article contract first.
            """
    )

    @OptionGroup var kafka: BootstrapOptions
    @Option(help: "The topic to publish to.") var topic: String = "articles.raw"
    @Argument(help: "Article files (.txt or .json), or - for JSON lines on standard input.") var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one file, or - for standard input") }
    }

    func run() async throws {
        var messages: [KafkaProducerMessage] = []
        for file in files {
            if file == "-" {
                while let line = readLine(strippingNewline: true) {
                    if line.allSatisfy(\.isWhitespace) { continue }
                    messages.append(try Self.message(json: Array(line.utf8), topic: topic, origin: "stdin"))
                }
            } else {
                messages.append(try Self.message(file: file, topic: topic))
            }
        }
        let producer = try KafkaProducer(configuration: try kafka.configuration(clientID: "newswire-produce"))
        let results = await producer.send(batch: messages)
        await producer.close()
        var failures = 0
        for (message, result) in zip(messages, results) {
            switch result {
            case .success(let report):
                printFlushed("\(message.keyString ?? "") -> \(report.topic)/\(report.partition)@\(report.offset)")
            case .failure(let error):
                failures += 1
                printError("\(message.keyString ?? ""): \(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// A message from a `.txt` or `.json` file.
    static func message(file: String, topic: String) throws -> KafkaProducerMessage {
        let url = URL(fileURLWithPath: file)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
        switch url.pathExtension.lowercased() {
        case "txt":
            let text = String(decoding: data, as: UTF8.self)
            let article = RawArticle.fromPlainText(text, id: url.deletingPathExtension().lastPathComponent)
            let json = Array(try RecordEncoder().encode(article))
            return try message(json: json, topic: topic, origin: file)  // checks it against the contract
        case "json":
            return try message(json: Array(data), topic: topic, origin: file)
        default:
            throw ValidationError("\(file): expected a .txt or .json file")
        }
    }

    /// A message from raw-article JSON, sent unchanged and keyed by its id.
    static func message(json: [UInt8], topic: String, origin: String) throws -> KafkaProducerMessage {
        let article: RawArticle
        do { article = try RawArticle.decode(json) } catch {
            throw ValidationError("\(origin): not a valid raw article: \(error)")
        }
        return KafkaProducerMessage(topic: topic, key: Array(article.id.utf8), value: json, headers: jsonHeaders)
    }

    static let jsonHeaders = [KafkaHeader(name: "content-type", string: "application/json")]
}

extension KafkaProducerMessage {
    /// The key decoded as UTF-8.
    var keyString: String? { key.map { String(decoding: $0, as: UTF8.self) } }
}
