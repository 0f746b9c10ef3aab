import Foundation

extension ExtractionError.Code {
    /// Training data could not be used (empty, or without tags).
    public static let trainingDataInvalid = ExtractionError.Code(rawValue: "training_data_invalid")
}

extension NERModel {
    private static let magic = Array("NWNER001".utf8)

    /// Loads a model written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ExtractionError(code: .resourceMissing, message: "cannot read NER model \(url.path): \(error)",
                                  remedy: "check the path, or retrain with `newswire train-ner`")
        }
        try self.init(bytes: [UInt8](data), source: url.path)
    }

    init(bytes: [UInt8], source: String) throws {
        var r = ByteReader(bytes: bytes)
        func bad(_ what: String) -> ExtractionError {
            ExtractionError(code: .resourceMalformed, message: "NER model \(source) is malformed: \(what)",
                            remedy: "retrain it with `newswire train-ner` (make model)")
        }
        guard r.take(Self.magic.count) == Self.magic else { throw bad("wrong magic number") }
        guard let vlen = r.u32(), let vbytes = r.take(Int(vlen)), let version = String(validating: vbytes, as: UTF8.self),
              let bits32 = r.u32(), (8...24).contains(bits32) else { throw bad("bad header") }
        let bits = Int(bits32)
        guard let nNames = r.u32() else { throw bad("no name list") }
        var names = NameList()
        names.phrases = HashMap64(minimumCapacity: Int(nNames))
        for _ in 0..<nNames {
            guard let h = r.u64(), let m = r.u8() else { throw bad("truncated name list") }
            names.phrases[h] = m
        }
        guard let nCasing = r.u32() else { throw bad("no casing statistics") }
        var casing = CasingStats()
        casing.counts = HashMap64(minimumCapacity: Int(nCasing))
        for _ in 0..<nCasing {
            guard let h = r.u64(), let c = r.u16(), let l = r.u16() else { throw bad("truncated casing statistics") }
            casing.counts[h] = (c, l)
        }
        var chains: [LinearChain] = []
        for _ in 0..<2 {
            var chain = LinearChain(bits: bits)
            for k in chain.transitions.indices {
                guard let v = r.f32() else { throw bad("truncated transitions") }
                chain.transitions[k] = v
            }
            guard let scale = r.f32(), let rows = r.u32() else { throw bad("truncated weights") }
            let T = LinearChain.tags
            for _ in 0..<rows {
                guard let row = r.u32(), Int(row) < (1 << bits) else { throw bad("bad weight row") }
                for y in 0..<T {
                    guard let q = r.u16() else { throw bad("truncated weight row") }
                    chain.weights[Int(row) * T + y] = Float(Int16(bitPattern: q)) * scale
                }
            }
            chains.append(chain)
        }
        guard r.atEnd else { throw bad("trailing bytes") }
        self.init(version: version, features: NERFeatures(bits: bits, names: names, casing: casing),
                  stage1: chains[0], stage2: chains[1])
    }

    /// Writes the model; weights are stored sparsely as 16-bit integers with one scale per stage.
    /// Rows whose weights are all below `prune` in magnitude are dropped.
    public func write(to url: URL, prune: Float = 0) throws {
        var w = ByteWriter()
        w.bytes.append(contentsOf: Self.magic)
        let v = Array(version.utf8)
        w.u32(UInt32(v.count)); w.bytes.append(contentsOf: v)
        w.u32(UInt32(features.bits))
        w.u32(UInt32(features.names.phrases.count))
        for (h, m) in features.names.phrases.sortedEntries() { w.u64(h); w.bytes.append(m) }
        w.u32(UInt32(features.casing.counts.count))
        for (h, c) in features.casing.counts.sortedEntries() { w.u64(h); w.u16(c.cap); w.u16(c.lower) }
        for chain in [stage1, stage2] {
            for t in chain.transitions { w.f32(t) }
            let T = LinearChain.tags
            let maxAbs = chain.weights.reduce(Float(0)) { max($0, abs($1)) }
            let scale = maxAbs > 0 ? maxAbs / 32767 : 1
            w.f32(scale)
            var rows: [Int] = []
            for row in 0..<(1 << chain.bits) {
                let slice = chain.weights[(row * T)..<(row * T + T)]
                if slice.contains(where: { abs($0) > prune && abs($0) >= scale / 2 }) { rows.append(row) }
            }
            w.u32(UInt32(rows.count))
            for row in rows {
                w.u32(UInt32(row))
                for y in 0..<T {
                    let q = Int16(clamping: Int((chain.weights[row * T + y] / scale).rounded()))
                    w.u16(UInt16(bitPattern: q))
                }
            }
        }
        do { try Data(w.bytes).write(to: url, options: .atomic) } catch {
            throw ExtractionError(code: .resourceMalformed, message: "cannot write NER model to \(url.path): \(error)",
                                  remedy: "check that the directory exists and is writable")
        }
    }
}

/// Little-endian reader over a byte array.
struct ByteReader {
    let bytes: [UInt8]
    var at = 0
    var atEnd: Bool { at == bytes.count }

    mutating func take(_ n: Int) -> [UInt8]? {
        guard n >= 0, at + n <= bytes.count else { return nil }
        defer { at += n }
        return Array(bytes[at..<(at + n)])
    }
    mutating func uint(_ n: Int) -> UInt64? {
        guard at + n <= bytes.count else { return nil }
        var v: UInt64 = 0
        for k in 0..<n { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        at += n
        return v
    }
    mutating func u8() -> UInt8? { uint(1).map { UInt8($0) } }
    mutating func u16() -> UInt16? { uint(2).map { UInt16($0) } }
    mutating func u32() -> UInt32? { uint(4).map { UInt32($0) } }
    mutating func u64() -> UInt64? { uint(8) }
    mutating func f32() -> Float? { u32().map { Float(bitPattern: $0) } }
}

/// Little-endian writer into a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func uint(_ v: UInt64, _ n: Int) { for k in 0..<n { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) } }
    mutating func u16(_ v: UInt16) { uint(UInt64(v), 2) }
    mutating func u32(_ v: UInt32) { uint(UInt64(v), 4) }
    mutating func u64(_ v: UInt64) { uint(v, 8) }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
}
