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
        self.init(tokens.map { Self.attributes($0.unicodeScalars) })
    }

    /// The attributes of every token of `fields`, in order, read from the fields' scalars (same values as
    /// from the token texts).
    init(fields: [TextDocument]) {
        var all: [Attributes] = []
        all.reserveCapacity(fields.reduce(0) { $0 + $1.tokens.count })
        for d in fields {
            d.scalars.withUnsafeBufferPointer { scalars in
                for t in d.tokens {
                    if t.start >= 0, t.start <= t.end, t.end <= scalars.count {
                        all.append(Self.attributes(UnsafeBufferPointer(rebasing: scalars[t.start..<t.end])))
                    } else {
                        all.append(Self.attributes(t.text.unicodeScalars))  // offsets that do not fit the field: trust the text
                    }
                }
            }
        }
        self.init(all)
    }

    /// The columns of the tokens' attributes (built column by column: writing 14 arrays per token would check
    /// each array's uniqueness 14 times per token).
    private init(_ all: [Attributes]) {
        word = all.map(\.word); form = all.map(\.form); shape = all.map(\.shape); short = all.map(\.short)
        head = all.map(\.head); tail = all.map(\.tail); flags = all.map(\.flags); length = all.map(\.length)
        prefix = Self.fourPerToken(all) { $0.prefix }
        suffix = Self.fourPerToken(all) { $0.suffix }
    }

    /// Four values per token, flattened in token order.
    private static func fourPerToken(_ all: [Attributes],
                                     _ part: (Attributes) -> (UInt64, UInt64, UInt64, UInt64)) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: 4 * all.count) { out, count in
            for (k, a) in all.enumerated() {
                let v = part(a)
                out[4 * k] = v.0; out[4 * k + 1] = v.1; out[4 * k + 2] = v.2; out[4 * k + 3] = v.3
            }
            count = 4 * all.count
        }
    }

    var count: Int { word.count }

    /// One token's attributes, as the columns hold them.
    private struct Attributes {
        var word: UInt64, form: UInt64, shape: UInt64, short: UInt64, head: UInt64, tail: UInt64
        var prefix: (UInt64, UInt64, UInt64, UInt64)
        var suffix: (UInt64, UInt64, UInt64, UInt64)
        var flags: UInt16
        var length: UInt8
    }

    /// Computes the attributes of one token from its scalars.
    private static func attributes<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Attributes {
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
        var suf: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var h = basis
        for j in 0..<min(count, 4) {
            let r = j == 0 ? ring.3 : j == 1 ? ring.2 : j == 2 ? ring.1 : ring.0
            h = (h ^ UInt64(r)) &* p
            switch j {
            case 0: suf.0 = h
            case 1: suf.1 = h
            case 2: suf.2 = h
            default: suf.3 = h
            }
        }
        return Attributes(word: w, form: f, shape: sh, short: sc, head: sawHyphen ? hd : 0, tail: sawHyphen ? tl : 0,
                          prefix: pre, suffix: suf, flags: fl, length: UInt8(min(count, 12)))
    }
}
