/// What kind of place a gazetteer record is.
///
/// Populated places are split by population: `city` (50,000 or more, or a national capital), `town`
/// (5,000 to 49,999) and `village` (1,000 to 4,999). `region`, `water`, `mountain` and `facility` are
/// reserved for named non-administrative places (none are in the bundled data yet). Continents are LOC.
public enum PlaceFeature: String, Sendable, Hashable, CaseIterable {
    case continent
    case country
    case admin1
    case city
    case town
    case village
    case region
    case water
    case mountain
    case facility

    /// Whether this is a populated place (city, town or village).
    public var isPopulated: Bool { self == .city || self == .town || self == .village }

    /// The OntoNotes entity type a place of this kind takes.
    public var entityType: PlaceEntityType {
        switch self {
        case .country, .admin1, .city, .town, .village: .gpe
        case .continent, .region, .water, .mountain: .loc
        case .facility: .fac
        }
    }
}

/// The OntoNotes label of a place: geopolitical entity, natural location, or facility.
public enum PlaceEntityType: String, Sendable, Hashable {
    case gpe = "GPE"
    case loc = "LOC"
    case fac = "FAC"
}

/// One GeoNames record of the gazetteer.
public struct Place: Sendable, Hashable {
    /// The GeoNames id.
    public var geonameid: Int
    /// The preferred English name.
    public var name: String
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String
    /// GeoNames admin-1 code within the country (for example "08"), empty for countries.
    public var admin1Code: String
    /// Display name of the admin-1 region the place lies in (for example "Kherson Oblast"), if known.
    public var admin1: String?
    /// Latitude in degrees.
    public var latitude: Double
    /// Longitude in degrees.
    public var longitude: Double
    /// Population (summed over member places for countries without a figure and for admin-1 regions).
    public var population: Int
    /// The kind of place.
    public var feature: PlaceFeature

    public init(geonameid: Int, name: String, countryCode: String, admin1Code: String, admin1: String?,
                latitude: Double, longitude: Double, population: Int, feature: PlaceFeature) {
        self.geonameid = geonameid
        self.name = name
        self.countryCode = countryCode
        self.admin1Code = admin1Code
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.feature = feature
    }

    /// The OntoNotes type of a mention of this place.
    public var entityType: PlaceEntityType { feature.entityType }
}
