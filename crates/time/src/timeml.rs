//! TimeML output: the document's text with inline TIMEX3 tags, readable by
//! TempEval tooling.

use std::io::{self, Write};

use crate::{Date, Timex};

/// Writes one TimeML document: `text` with a TIMEX3 tag around each expression.
/// `tags` holds each expression with its span in `text` (byte offsets, sorted);
/// overlapping or out-of-range spans are skipped rather than nested.
pub fn write_timeml<W: Write + ?Sized>(
    w: &mut W,
    id: &str,
    text: &str,
    dct: Date,
    tags: &[(usize, usize, &Timex)],
) -> io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" ?>")?;
    writeln!(w, "<TimeML>")?;
    writeln!(w, "<DOCID>{}</DOCID>", escape(id))?;
    writeln!(
        w,
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>"
    )?;
    write!(w, "<TEXT>")?;
    let mut pos = 0;
    let mut n = 0;
    for &(s, e, t) in tags {
        if s < pos || e <= s || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        n += 1;
        write!(w, "{}", escape(&text[pos..s]))?;
        write!(w, "<TIMEX3 tid=\"t{n}\" type=\"{}\" value=\"{}\"", t.kind.as_str(), escape(&t.value))?;
        if let Some(m) = t.modifier {
            write!(w, " mod=\"{m}\"")?;
        }
        write!(w, ">{}</TIMEX3>", escape(&text[s..e]))?;
        pos = e;
    }
    write!(w, "{}", escape(&text[pos..]))?;
    writeln!(w, "</TEXT>")?;
    writeln!(w, "</TimeML>")
}

fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"']) {
        return s.into();
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Basis, TimexType};

    #[test]
    fn tags_inline_and_escapes() {
        let t = Timex {
            start: 3,
            end: 7,
            sentence: 0,
            kind: TimexType::Date,
            value: "1969".into(),
            modifier: None,
            when: None,
            sets_narrative: true,
            range: None,
            basis: Basis::Explicit,
        };
        let mut v = Vec::new();
        write_timeml(&mut v, "d", "In 1969 A&B.", Date::new(2020, 1, 1).unwrap(), &[(3, 7, &t)]).unwrap();
        let s = String::from_utf8(v).unwrap();
        assert!(
            s.contains("<TEXT>In <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1969\">1969</TIMEX3> A&amp;B.</TEXT>"),
            "{s}"
        );
    }
}
