import Foundation

/// Locates the data files shipped with the extraction library.
public enum ExtractionResources {
    /// URL of a bundled resource file, or `nil` when it is not shipped.
    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
    }
}
