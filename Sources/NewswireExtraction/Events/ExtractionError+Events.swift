import NewswireCore
extension ExtractionError.Code {
    /// A trigger or rule emits a CAMEO code that the CAMEO table does not contain.
    public static let unknownCAMEOCode = ExtractionError.Code(rawValue: "unknown_cameo_code")
}
