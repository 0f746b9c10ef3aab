/// Character classes the tokenizer and sentence splitter work with, decided per Unicode scalar.
///
/// ASCII is classified by range tests; everything else through Unicode properties, so any script
/// (Cyrillic, Arabic, Hebrew, CJK, …) forms words and emoji sequences stay whole.
enum ScalarClass: UInt8, Sendable {
    /// White space and control characters: they separate tokens and are never part of one.
    case space
    /// A letter (any script).
    case letter
    /// A decimal digit (any script).
    case digit
    /// A scalar that belongs to the preceding one: combining marks, zero-width joiner,
    /// variation selectors, emoji modifiers and tag characters.
    case extend
    /// Punctuation and symbols: each is a token of its own unless a rule joins it.
    case other

    /// The class of one scalar.
    @inline(__always)
    static func of(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if v < 128 {
            // ASCII by comparisons (no table behind a lazy global): letters, digits, controls and space, the rest.
            if (v >= 97 && v <= 122) || (v >= 65 && v <= 90) { return .letter }
            if v >= 48 && v <= 57 { return .digit }
            if v < 33 || v == 127 { return .space }
            return .other
        }
        return nonASCII(s)
    }

    private static func nonASCII(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
            || (0xE0020...0xE007F).contains(v) || (0xE0100...0xE01EF).contains(v) {
            return .extend
        }
        let p = s.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .extend
        case .decimalNumber: return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .letterNumber, .otherNumber:
            return .letter
        case .control, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .space
        case .format:
            // Soft hyphen, zero-width non-joiner, bidi marks: invisible, kept inside the word they touch.
            return .extend
        default:
            return p.isWhitespace ? .space : .other
        }
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is a letter or a digit.
    @inline(__always) var isAlnum: Bool {
        let c = ScalarClass.of(self)
        return c == .letter || c == .digit
    }

    /// Whether this scalar is an uppercase letter (ASCII fast path).
    @inline(__always) var isUpper: Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return properties.isUppercase
    }

    /// Whether this scalar is a lowercase letter (ASCII fast path).
    @inline(__always) var isLower: Bool {
        if value < 128 { return value >= 97 && value <= 122 }
        return properties.isLowercase
    }

    /// Whether this scalar is an ASCII decimal digit or another decimal digit.
    @inline(__always) var isDigitScalar: Bool { ScalarClass.of(self) == .digit }

    /// Apostrophes: straight ' and the right single quotation mark ’ (used as apostrophe).
    @inline(__always) var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// Hyphens that join words: ASCII hyphen-minus, Unicode hyphen and non-breaking hyphen.
    @inline(__always) var isWordHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// Line breaks: LF, CR, NEL, line and paragraph separators, vertical tab and form feed.
    @inline(__always) var isLineBreak: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
