/// An open-addressing hash map from 64-bit keys (already well-mixed hashes) to values.
///
/// Faster than `Dictionary` for the model's lookups because the keys need no further hashing,
/// and its iteration order does not depend on a per-process seed.
struct HashMap64<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var cap = 16
        while cap < minimumCapacity * 2 { cap <<= 1 }
        keys = [UInt64](repeating: 0, count: cap)
        values = [Value?](repeating: nil, count: cap)
        shift = UInt64(64 - cap.trailingZeroBitCount)
    }

    var isEmpty: Bool { count == 0 }

    /// Keys are never 0 inside the table (0 marks an empty slot).
    @inline(__always) private static func stored(_ k: UInt64) -> UInt64 { k == 0 ? 0x5bd1_e995 : k }

    @inline(__always) private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(key: UInt64) -> Value? {
        get {
            let k = Self.stored(key)
            let mask = keys.count - 1
            var i = slot(k)
            while true {
                let s = keys[i]
                if s == k { return values[i] }
                if s == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("HashMap64 does not support removal") }
            if (count + 1) * 2 > keys.count { grow() }
            let k = Self.stored(key)
            let mask = keys.count - 1
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { keys[i] = k; count += 1 }
            values[i] = newValue
        }
    }

    subscript(key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let cap = keys.count * 2
        keys = [UInt64](repeating: 0, count: cap)
        values = [Value?](repeating: nil, count: cap)
        shift = UInt64(64 - cap.trailingZeroBitCount)
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { self[k] = oldValues[i]! }
    }

    /// All entries sorted by key (stable across runs).
    func sortedEntries() -> [(key: UInt64, value: Value)] {
        var out: [(key: UInt64, value: Value)] = []
        out.reserveCapacity(count)
        for (i, k) in keys.enumerated() where k != 0 { out.append((k, values[i]!)) }
        return out.sorted { $0.key < $1.key }
    }
}

extension HashMap64: Sendable where Value: Sendable {}
