import Configuration
import SystemPackage

/// The three places settings come from, in precedence order: flags, then environment variables, then the config
/// file (YAML when its name ends in `.yaml` or `.yml`, JSON otherwise; read with swift-configuration's
/// `FileProvider<YAMLSnapshot>` or `FileProvider<JSONSnapshot>`; environment variables through its
/// `EnvironmentVariablesProvider`).
public struct SettingsSources: Sendable {
    /// Flag values by setting name (`group-id`), as given on the command line; repeatable flags have several.
    public var flags: [String: [String]]
    private let environment: EnvironmentVariablesProvider
    private let file: (any ConfigProvider)?
    /// The config file's path, when one is used.
    public let configFilePath: String?

    /// Loads the sources.
    /// - Parameters:
    ///   - flags: flag values by setting name.
    ///   - environment: the process environment (tests pass their own).
    /// - Throws: ``OperationsError/Code/unreadableConfigFile`` naming the setting that points at the file when it
    ///   is missing or not valid JSON / YAML.
    public init(flags: [String: [String]], environment: [String: String]) async throws(OperationsError) {
        self.flags = flags
        self.environment = EnvironmentVariablesProvider(environmentVariables: environment)
        let key = SettingKey.configFile
        let path = flags[key.name]?.last ?? environment[key.environmentVariable]
        configFilePath = path
        guard let path, !path.isEmpty else {
            file = nil
            return
        }
        let format = ConfigFileFormat(path: path)
        do {
            switch format {
            case .json: file = try await FileProvider<JSONSnapshot>(filePath: FilePath(path))
            case .yaml: file = try await FileProvider<YAMLSnapshot>(filePath: FilePath(path))
            }
        } catch {
            let named = flags[key.name] != nil ? key.flag : key.environmentVariable
            throw OperationsError(
                .unreadableConfigFile, key: named,
                "cannot read the \(format.rawValue) config file '\(path)': \(error). Fix the file or point \(named) "
                    + "elsewhere")
        }
    }

    /// The raw text values of `key` from the highest-precedence source that has it, with that source.
    /// Arrays in the file give several values; the environment's comma-separated lists are split by the caller.
    func lookup(_ key: SettingKey) throws(OperationsError) -> (values: [String], source: SettingSource)? {
        if let values = flags[key.name], !values.isEmpty { return (values, .flag) }
        if let text = try environmentValue(key) { return ([text], .environment) }
        if let path = configFilePath, let values = try fileValues(key) { return (values, .file(path)) }
        return nil
    }

    /// Values from every source, lowest precedence first (for settings that merge, like `kafka-property`).
    func layers(_ key: SettingKey) throws(OperationsError) -> [(values: [String], source: SettingSource)] {
        var layers: [(values: [String], source: SettingSource)] = []
        if let path = configFilePath, let values = try fileValues(key) { layers.append((values, .file(path))) }
        if let text = try environmentValue(key) { layers.append(([text], .environment)) }
        if let values = flags[key.name], !values.isEmpty { layers.append((values, .flag)) }
        return layers
    }

    private func environmentValue(_ key: SettingKey) throws(OperationsError) -> String? {
        let configKey = AbsoluteConfigKey(["newswire", key.name])
        do {
            guard case .string(let text)? = try environment.value(forKey: configKey, type: .string).value?.content
            else { return nil }
            return text
        } catch {
            throw OperationsError(.invalidSetting, key: key.environmentVariable, "cannot be read: \(error)")
        }
    }

    private func fileValues(_ key: SettingKey) throws(OperationsError) -> [String]? {
        guard let file, let path = configFilePath else { return nil }
        let configKey = AbsoluteConfigKey([key.fileKey])
        for type in [ConfigType.string, .int, .double, .bool, .stringArray] {
            guard let result = try? file.value(forKey: configKey, type: type) else { continue }
            guard let content = result.value?.content else { return nil }
            switch content {
            case .string(let text): return [text]
            case .int(let number): return [String(number)]
            case .double(let number): return [String(number)]
            case .bool(let flag): return [String(flag)]
            case .stringArray(let texts): return texts
            default: break
            }
        }
        throw OperationsError(
            .invalidSetting, key: "\(path): \(key.fileKey)",
            "expected a string, number, boolean or array of strings")
    }
}

/// The config file's format, chosen by its name: `.yaml` and `.yml` are YAML, anything else JSON.
enum ConfigFileFormat: String, Sendable {
    case json = "JSON"
    case yaml = "YAML"

    init(path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .json
    }
}
