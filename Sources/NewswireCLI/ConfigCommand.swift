import ArgumentParser
import Foundation
import NewswireOperations

/// `newswire config`: prints the effective configuration of `newswire run` (flags > environment > config file >
/// defaults) with secrets redacted, and exits non-zero naming the offending key when it is invalid.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration of `newswire run`, secrets redacted.",
        discussion: """
            Every setting can be given as a flag, an environment variable NEWSWIRE_<NAME> or a key of the config \
            file (--config-file / NEWSWIRE_CONFIG_FILE; YAML when named .yaml or .yml, JSON otherwise), in that order of precedence. Exits 1 and names the \
            offending key when a value is invalid or the brokers are missing.
            """
    )

    @OptionGroup var settingsOptions: NewswireSettingsOptions

    func run() async throws {
        let settings: NewswireSettings
        do {
            settings = try await settingsOptions.resolve(environment: ProcessInfo.processInfo.environment)
        } catch {
            printError("invalid configuration: \(error)")
            throw ExitCode.failure
        }
        if let path = settings.sources.values.compactMap({ if case .file(let path) = $0 { path } else { nil } }).first {
            print("# config file: \(path)")
        }
        for line in settings.effectiveLines() { print(line) }
        do {
            try settings.validateForRun()
        } catch {
            printError("invalid configuration: \(error)")
            throw ExitCode.failure
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
