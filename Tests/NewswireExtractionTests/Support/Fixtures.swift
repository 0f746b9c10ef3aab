import NewswireExtraction

/// Resources loaded once for the whole test run (immutable, `Sendable`).
enum Fixtures {
    static let gazetteer: Gazetteer = {
        do {
            return try Gazetteer.bundled()
        } catch {
            fatalError("bundled gazetteer failed to load: \(error)")
        }
    }()
    static let geocoder = Geocoder(gazetteer: gazetteer)
}
