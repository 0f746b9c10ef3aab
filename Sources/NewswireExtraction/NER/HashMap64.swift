/// An open-addressing hash map from 64-bit keys (already well-mixed hashes) to values.
///
/// Faster than `Dictionary` for the model's lookups because the keys need no further hashing,
/// and its iteration order does not depend on a per-process seed.
struct HashMap64<Value> {
    /// A key and its value side by side, so that a lookup reads one cache line instead of one in a key array
    /// and another in a value array (the model's tables are megabytes, read at random).
    fileprivate struct Slot {
        /// 0: empty.
        var key: UInt64
        var value: Value?
    }
    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var cap = 16
        while cap < minimumCapacity * 2 { cap <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: cap)
        shift = UInt64(64 - cap.trailingZeroBitCount)
    }

    var isEmpty: Bool { count == 0 }

    /// Keys are never 0 inside the table (0 marks an empty slot).
    @inline(__always) private static func stored(_ k: UInt64) -> UInt64 { k == 0 ? 0x5bd1_e995 : k }

    @inline(__always) private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(key: UInt64) -> Value? {
        get {
            let k = Self.stored(key)
            let mask = slots.count - 1
            var i = slot(k)
            while true {
                let s = slots[i].key
                if s == k { return slots[i].value }
                if s == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("HashMap64 does not support removal") }
            if (count + 1) * 2 > slots.count { grow() }
            let k = Self.stored(key)
            let mask = slots.count - 1
            var i = slot(k)
            while slots[i].key != 0 && slots[i].key != k { i = (i + 1) & mask }
            if slots[i].key == 0 { slots[i].key = k; count += 1 }
            slots[i].value = newValue
        }
    }

    subscript(key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    private mutating func grow() {
        let old = slots
        let cap = slots.count * 2
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: cap)
        shift = UInt64(64 - cap.trailingZeroBitCount)
        count = 0
        for s in old where s.key != 0 { self[s.key] = s.value! }
    }

    /// All entries sorted by key (stable across runs).
    func sortedEntries() -> [(key: UInt64, value: Value)] {
        var out: [(key: UInt64, value: Value)] = []
        out.reserveCapacity(count)
        for s in slots where s.key != 0 { out.append((s.key, s.value!)) }
        return out.sorted { $0.key < $1.key }
    }
}

extension HashMap64: Sendable where Value: Sendable {}
extension HashMap64.Slot: Sendable where Value: Sendable {}
