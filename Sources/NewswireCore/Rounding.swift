/// Fixed decimal rounding applied when records are encoded, so equal results give equal bytes and no
/// floating-point noise (0.30000000000000004) reaches the wire.
enum Rounding {
    /// Scores in 0...1 (salience, confidence): 4 decimals.
    static let score = 4
    /// Latitude and longitude: 5 decimals (about 1 m).
    static let coordinate = 5
    /// Goldstein scale: 1 decimal.
    static let goldstein = 1
    /// Quantity values: 6 decimals.
    static let value = 6

    /// `x` rounded half away from zero to `places` decimals; the result prints as its shortest decimal.
    static func round(_ x: Double, _ places: Int) -> Double {
        guard x.isFinite else { return x }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let r = (x * scale).rounded() / scale
        return r == 0 ? 0 : r  // no "-0"
    }
}
