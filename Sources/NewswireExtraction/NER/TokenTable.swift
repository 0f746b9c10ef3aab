/// Per-token attributes hashed once, from which all features are assembled without building Strings.
struct TokenTable {
    static let capitalized: UInt16 = 1, allUpper: UInt16 = 2, hasDigit: UInt16 = 4, allDigit: UInt16 = 8
    static let hasHyphen: UInt16 = 16, noAlnum: UInt16 = 32, hasPeriod: UInt16 = 64, hasLower: UInt16 = 128
    static let hasLetter: UInt16 = 256

    /// Lowercased form with digits mapped to 0.
    var word: [UInt64] = []
    /// Exact form.
    var form: [UInt64] = []
    /// Shape with runs capped at four (Xxxx, dd.d, X.X.).
    var shape: [UInt64] = []
    /// Shape with runs collapsed (Xx, d.d).
    var short: [UInt64] = []
    /// Lowercased prefixes and suffixes of lengths 1 to 4 (0 when the token is shorter), four per token.
    var prefix: [UInt64] = []
    var suffix: [UInt64] = []
    /// Lowercased part before the first hyphen and after the last one (0 when there is no hyphen).
    var head: [UInt64] = []
    var tail: [UInt64] = []
    var flags: [UInt16] = []
    var length: [UInt8] = []

    init(_ tokens: [String]) {
        self.init(count: tokens.count)
        for (k, t) in tokens.enumerated() { set(k, t.unicodeScalars) }
    }

    /// A table of `n` tokens, every attribute 0 until set.
    private init(count n: Int) {
        word = [UInt64](repeating: 0, count: n); form = word; shape = word; short = word; head = word; tail = word
        prefix = [UInt64](repeating: 0, count: 4 * n); suffix = prefix
        flags = [UInt16](repeating: 0, count: n)
        length = [UInt8](repeating: 0, count: n)
    }

    /// The attributes of every token of `fields`, in order, read from the fields' scalars (same values as
    /// from the token texts).
    init(fields: [TextDocument]) {
        self.init(count: fields.reduce(0) { $0 + $1.tokens.count })
        var k = 0
        for d in fields {
            d.scalars.withUnsafeBufferPointer { scalars in
                for t in d.tokens {
                    if t.start >= 0, t.start <= t.end, t.end <= scalars.count {
                        set(k, UnsafeBufferPointer(rebasing: scalars[t.start..<t.end]))
                    } else {
                        set(k, t.text.unicodeScalars)  // offsets that do not fit the field: trust the text
                    }
                    k += 1
                }
            }
        }
    }

    var count: Int { word.count }

    /// Computes the attributes of token `k` from its scalars.
    private mutating func set<Scalars: Sequence<Unicode.Scalar>>(_ k: Int, _ scalars: Scalars) {
        let basis = FeatureHash.offset, p = FeatureHash.prime
        var w = basis, f = basis, sh = basis, sc = basis, hd = basis, tl = basis
        var ring: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var pre: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var fl: UInt16 = 0
        var count = 0, run = 0
        var lastClass: UInt32 = 0
        var sawHyphen = false, allUpper = true, allDigit = true, anyAlnum = false
        for s in scalars {
            let v = s.value
            f = (f ^ UInt64(v)) &* p
            var lower = v
            var cls: UInt32
            if v < 128 {
                if v >= 65 && v <= 90 { lower = v + 32; cls = 88 } else if v >= 97 && v <= 122 { cls = 120 }
                else if v >= 48 && v <= 57 { lower = 48; cls = 100 } else { cls = v }
            } else {
                switch ScalarClass.of(s) {
                case .letter:
                    if s.properties.isUppercase {
                        cls = 88
                        lower = s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
                    } else { cls = 120 }
                case .digit: lower = 48; cls = 100
                default: cls = v
                }
            }
            if count == 0 && cls == 88 { fl |= Self.capitalized }
            if cls == 120 { allUpper = false; fl |= Self.hasLower | Self.hasLetter }
            if cls == 88 { fl |= Self.hasLetter }
            if cls == 100 { fl |= Self.hasDigit } else { allDigit = false }
            if cls == 88 || cls == 120 || cls == 100 { anyAlnum = true }
            if v == 0x2D { fl |= Self.hasHyphen; sawHyphen = true; tl = basis }
            else if v == 0x2E { fl |= Self.hasPeriod }
            if !sawHyphen { hd = (hd ^ UInt64(lower)) &* p } else if v != 0x2D { tl = (tl ^ UInt64(lower)) &* p }
            w = (w ^ UInt64(lower)) &* p
            if cls == lastClass { run += 1 } else { run = 1; sc = (sc ^ UInt64(cls)) &* p }
            if run <= 4 { sh = (sh ^ UInt64(cls)) &* p }
            lastClass = cls
            count += 1
            switch count {
            case 1: pre.0 = w
            case 2: pre.1 = w
            case 3: pre.2 = w
            case 4: pre.3 = w
            default: break
            }
            ring = (ring.1, ring.2, ring.3, lower)
        }
        if allUpper && (fl & Self.hasLetter) != 0 { fl |= Self.allUpper }
        if allDigit && count > 0 { fl |= Self.allDigit }
        if !anyAlnum { fl |= Self.noAlnum }
        word[k] = w; form[k] = f; shape[k] = sh; short[k] = sc
        prefix[4 * k] = pre.0; prefix[4 * k + 1] = pre.1; prefix[4 * k + 2] = pre.2; prefix[4 * k + 3] = pre.3
        var h = basis
        for j in 0..<4 {
            if j < count {
                let r = j == 0 ? ring.3 : j == 1 ? ring.2 : j == 2 ? ring.1 : ring.0
                h = (h ^ UInt64(r)) &* p
                suffix[4 * k + j] = h
            } else {
                suffix[4 * k + j] = 0
            }
        }
        head[k] = sawHyphen ? hd : 0; tail[k] = sawHyphen ? tl : 0
        flags[k] = fl
        length[k] = UInt8(min(count, 12))
    }
}
