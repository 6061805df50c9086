//! HTML character references: the named entities of HTML 4 (plus `&apos;`),
//! decimal and hexadecimal references, decoded the way browsers do.

/// Latin-1 entities, in code point order from U+00A0.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// Greek capitals from U+0391 (U+03A2 is unassigned) and small letters from U+03B1.
const GREEK_UPPER: [&str; 25] = [
    "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
    "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi",
    "Chi", "Psi", "Omega",
];
const GREEK_LOWER: [&str; 25] = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi",
    "chi", "psi", "omega",
];

/// The other named entities of HTML 4 (markup, punctuation, symbols), and `apos`.
const OTHER: &[(&str, u32)] = &[
    ("quot", 34),
    ("amp", 38),
    ("apos", 39),
    ("lt", 60),
    ("gt", 62),
    ("OElig", 338),
    ("oelig", 339),
    ("Scaron", 352),
    ("scaron", 353),
    ("Yuml", 376),
    ("fnof", 402),
    ("circ", 710),
    ("tilde", 732),
    ("thetasym", 977),
    ("upsih", 978),
    ("piv", 982),
    ("ensp", 8194),
    ("emsp", 8195),
    ("thinsp", 8201),
    ("zwnj", 8204),
    ("zwj", 8205),
    ("lrm", 8206),
    ("rlm", 8207),
    ("ndash", 8211),
    ("mdash", 8212),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("bdquo", 8222),
    ("dagger", 8224),
    ("Dagger", 8225),
    ("bull", 8226),
    ("hellip", 8230),
    ("permil", 8240),
    ("prime", 8242),
    ("Prime", 8243),
    ("lsaquo", 8249),
    ("rsaquo", 8250),
    ("oline", 8254),
    ("frasl", 8260),
    ("euro", 8364),
    ("image", 8465),
    ("weierp", 8472),
    ("real", 8476),
    ("trade", 8482),
    ("alefsym", 8501),
    ("larr", 8592),
    ("uarr", 8593),
    ("rarr", 8594),
    ("darr", 8595),
    ("harr", 8596),
    ("crarr", 8629),
    ("lArr", 8656),
    ("uArr", 8657),
    ("rArr", 8658),
    ("dArr", 8659),
    ("hArr", 8660),
    ("forall", 8704),
    ("part", 8706),
    ("exist", 8707),
    ("empty", 8709),
    ("nabla", 8711),
    ("isin", 8712),
    ("notin", 8713),
    ("ni", 8715),
    ("prod", 8719),
    ("sum", 8721),
    ("minus", 8722),
    ("lowast", 8727),
    ("radic", 8730),
    ("prop", 8733),
    ("infin", 8734),
    ("ang", 8736),
    ("and", 8743),
    ("or", 8744),
    ("cap", 8745),
    ("cup", 8746),
    ("int", 8747),
    ("there4", 8756),
    ("sim", 8764),
    ("cong", 8773),
    ("asymp", 8776),
    ("ne", 8800),
    ("equiv", 8801),
    ("le", 8804),
    ("ge", 8805),
    ("sub", 8834),
    ("sup", 8835),
    ("nsub", 8836),
    ("sube", 8838),
    ("supe", 8839),
    ("oplus", 8853),
    ("otimes", 8855),
    ("perp", 8869),
    ("sdot", 8901),
    ("lceil", 8968),
    ("rceil", 8969),
    ("lfloor", 8970),
    ("rfloor", 8971),
    ("lang", 9001),
    ("rang", 9002),
    ("loz", 9674),
    ("spades", 9824),
    ("clubs", 9827),
    ("hearts", 9829),
    ("diams", 9830),
];

/// Entities that old pages write without the `;` and browsers still decode.
const LEGACY: &[&str] = &["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"];

/// Windows-1252 characters that numeric references in 0x80..=0x9F stand for
/// (pages encoded in cp1252 wrote `&#146;` for a right quote).
const CP1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The character a named entity stands for.
fn named(name: &str) -> Option<char> {
    let code = if let Some(i) = LATIN1.iter().position(|&n| n == name) {
        0xA0 + i as u32
    } else if let Some(i) = GREEK_UPPER.iter().position(|&n| n == name && !n.is_empty()) {
        0x391 + i as u32
    } else if let Some(i) = GREEK_LOWER.iter().position(|&n| n == name) {
        0x3B1 + i as u32
    } else {
        OTHER.iter().find(|&&(n, _)| n == name)?.1
    };
    char::from_u32(code)
}

/// The character a numeric reference stands for, as browsers read it: NUL,
/// surrogates and out-of-range values become U+FFFD, 0x80..=0x9F are cp1252.
fn numeric(code: u64) -> char {
    match code {
        0 => '\u{fffd}',
        0x80..=0x9F => CP1252[(code - 0x80) as usize],
        c if c > 0x10FFFF => '\u{fffd}',
        c => char::from_u32(c as u32).unwrap_or('\u{fffd}'),
    }
}

/// Decodes the character reference at the start of `s` (which starts with `&`):
/// the character and the reference's length in bytes, or `None` when `s` does
/// not start with one (the `&` is then ordinary text).
pub fn decode(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let digits_at = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let mut code: u64 = 0;
        let mut j = digits_at;
        while let Some(d) = b.get(j).and_then(|&c| (c as char).to_digit(radix)) {
            // Saturate: any value past U+10FFFF decodes to U+FFFD anyway.
            code = (code * radix as u64 + d as u64).min(0x11_0000);
            j += 1;
        }
        if j == digits_at {
            return None;
        }
        if b.get(j) == Some(&b';') {
            j += 1;
        }
        return Some((numeric(code), j));
    }
    let name_len = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let name = &s[1..1 + name_len];
    if b.get(1 + name_len) == Some(&b';') {
        return named(name).map(|c| (c, name_len + 2));
    }
    // Without `;`, only the legacy names, and only where the name clearly ends
    // (browsers leave "&amp=" in URLs alone).
    if b.get(1 + name_len) != Some(&b'=') && LEGACY.contains(&name) {
        return named(name).map(|c| (c, name_len + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_invalid_references() {
        assert_eq!(decode("&amp;x"), Some(('&', 5)));
        assert_eq!(decode("&eacute;"), Some(('é', 8)));
        assert_eq!(decode("&Omega;"), Some(('Ω', 7)));
        assert_eq!(decode("&sigmaf;"), Some(('ς', 8)));
        assert_eq!(decode("&yuml;"), Some(('ÿ', 6)));
        assert_eq!(decode("&rsquo;"), Some(('’', 7)));
        assert_eq!(decode("&#8217;"), Some(('’', 7)));
        assert_eq!(decode("&#x2014;"), Some(('—', 8)));
        assert_eq!(decode("&#X41;"), Some(('A', 6)));
        assert_eq!(decode("&#146;"), Some(('’', 6)));
        assert_eq!(decode("&#0;"), Some(('\u{fffd}', 4)));
        assert_eq!(decode("&#xD800;"), Some(('\u{fffd}', 8)));
        assert_eq!(decode("&#99999999999999999999;"), Some(('\u{fffd}', 23)));
        assert_eq!(decode("&#39 x"), Some(('\'', 4)));
        assert_eq!(decode("&amp x"), Some(('&', 4)));
        assert_eq!(decode("&amp=x"), None);
        assert_eq!(decode("&bogus;"), None);
        assert_eq!(decode("&eacute x"), None);
        assert_eq!(decode("&#;"), None);
        assert_eq!(decode("&#x;"), None);
        assert_eq!(decode("&"), None);
        assert_eq!(decode("& x"), None);
    }

    #[test]
    fn the_tables_are_complete() {
        assert_eq!(
            LATIN1.len() + GREEK_UPPER.len() - 1 + GREEK_LOWER.len() + OTHER.len(),
            253
        );
        assert_eq!(named("thorn"), Some('þ'));
        assert_eq!(named("Sigma"), Some('Σ'));
        assert_eq!(named("omega"), Some('ω'));
        assert_eq!(named(""), None);
    }
}
