//! The terminal table and the CSV rows of a timeline, and of the top dyads.

use std::collections::HashMap;
use std::io::Write;

use annals_time::Date;

use crate::record::{EventRow, Period, Timeline};
use crate::{DyadCount, Error};

/// What the terminal table shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TableOptions {
    /// Evidence sentences under each phase and each period.
    pub evidence: usize,
    /// Longest evidence line, in characters.
    pub width: usize,
}

impl Default for TableOptions {
    fn default() -> TableOptions {
        TableOptions {
            evidence: 1,
            width: 110,
        }
    }
}

/// `1563–1570` when the range is whole years, else the ISO days.
fn range_label(start: &str, end: &str) -> String {
    match (start.strip_suffix("-01-01"), end.strip_suffix("-12-31")) {
        (Some(a), Some(b)) if a == b => year(a),
        (Some(a), Some(b)) => format!("{}–{}", year(a), year(b)),
        _ => format!("{start} – {end}"),
    }
}

/// A year without zero padding (`0800` → `800`, `-0043` → `-43`).
fn year(y: &str) -> String {
    y.parse::<i64>()
        .map_or_else(|_| y.to_string(), |n| n.to_string())
}

fn signed(x: f64) -> String {
    if x > 0.0 {
        format!("+{x:.1}")
    } else {
        format!("{x:.1}")
    }
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn evidence_line(e: &EventRow, width: usize) -> String {
    let when = if e.date.edtf.is_empty() {
        range_label(&e.date.start, &e.date.end)
    } else {
        e.date.edtf.clone()
    };
    let line = format!("{when}  {} {}  {}", e.cameo, signed(e.goldstein), e.text);
    format!("      {}", clip(&line, width))
}

/// Writes the timeline as a table for the terminal: the phases, then one row
/// per period that has events, each followed by its evidence sentences.
pub fn write_table(t: &Timeline, opts: &TableOptions, w: &mut dyn Write) -> Result<(), Error> {
    let by_id: HashMap<&str, &EventRow> = t.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let dir = if t.dyad.directed {
        format!("{} to {}", t.dyad.a, t.dyad.b)
    } else {
        "both directions".to_string()
    };
    let c = &t.counts;
    let Some(span) = &t.span else {
        writeln!(
            w,
            "{}, {dir}: no dated events ({} undated, {} negated)",
            t.dyad.name(),
            c.undated,
            c.negated
        )?;
        return Ok(());
    };
    write!(
        w,
        "{}, {dir}: {} events, {}",
        t.dyad.name(),
        c.events,
        range_label(&span.start, &span.end)
    )?;
    if c.undated + c.negated > 0 {
        write!(
            w,
            " ({} negated and {} undated left out)",
            c.negated, c.undated
        )?;
    }
    writeln!(w)?;
    if let (Some(lo), Some(hi)) = (&t.lowest, &t.highest) {
        writeln!(
            w,
            "lowest point {} (mean {}), highest {} (mean {})",
            lo.label,
            signed(lo.mean),
            hi.label,
            signed(hi.mean)
        )?;
    }
    let m = &t.method;
    writeln!(
        w,
        "\nPhases (change points in the Goldstein series by {}; σ {:.1}, penalty {:.1})",
        m.resolution.as_str(),
        m.sigma,
        m.penalty
    )?;
    writeln!(
        w,
        "  {:<25} {:<12} {:>6} {:>7}  low / high",
        "when", "relation", "mean", "events"
    )?;
    for p in &t.phases {
        let mean = p.mean.map_or_else(|| "–".to_string(), signed);
        let pts = match (&p.lowest, &p.highest) {
            (Some(lo), Some(hi)) if lo.label == hi.label => {
                format!("{} {}", lo.label, signed(lo.mean))
            }
            (Some(lo), Some(hi)) => format!(
                "{} {} / {} {}",
                lo.label,
                signed(lo.mean),
                hi.label,
                signed(hi.mean)
            ),
            _ => String::new(),
        };
        writeln!(
            w,
            "  {:<25} {:<12} {:>6} {:>7.1}  {}",
            range_label(&p.start, &p.end),
            p.relation.as_str(),
            mean,
            p.events,
            pts
        )?;
        for id in p.defining.iter().take(opts.evidence) {
            if let Some(e) = by_id.get(id.as_str()) {
                writeln!(w, "{}", evidence_line(e, opts.width))?;
            }
        }
    }
    writeln!(w, "\nBy {}", t.by.as_str())?;
    writeln!(
        w,
        "  {:<12} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7} {:>6}  top codes",
        "period", "events", "vcoop", "mcoop", "vconf", "mconf", "G.sum", "G.mean"
    )?;
    for p in t.periods.iter().filter(|p| p.events > 0.0) {
        let q = &p.quad;
        let codes: Vec<&str> = p.top_codes.iter().map(|c| c.cameo.as_str()).collect();
        writeln!(
            w,
            "  {:<12} {:>6.1} {:>6.1} {:>6.1} {:>6.1} {:>6.1} {:>7.1} {:>6}  {}",
            p.label,
            p.events,
            q.verbal_cooperation,
            q.material_cooperation,
            q.verbal_conflict,
            q.material_conflict,
            p.goldstein_sum,
            p.goldstein_mean.map_or_else(|| "–".to_string(), signed),
            codes.join(" ")
        )?;
        for id in p.evidence.iter().take(opts.evidence) {
            if let Some(e) = by_id.get(id.as_str()) {
                writeln!(w, "{}", evidence_line(e, opts.width))?;
            }
        }
    }
    Ok(())
}

/// The phase overlapping a period the most, by days.
fn phase_of(t: &Timeline, p: &Period) -> Option<usize> {
    let days = |s: &str, end: bool| Date::parse_bound(s, end).map(|d| d.to_days());
    let (ps, pe) = (days(&p.start, false)?, days(&p.end, true)?);
    t.phases
        .iter()
        .enumerate()
        .filter_map(|(i, ph)| {
            let (s, e) = (days(&ph.start, false)?, days(&ph.end, true)?);
            let overlap = pe.min(e) - ps.max(s) + 1;
            (overlap > 0).then_some((i, overlap))
        })
        .max_by_key(|&(i, o)| (o, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
}

/// Writes one CSV row per period: counts by quad class, Goldstein sum and mean,
/// top codes, the phase's relation, and the top evidence sentences.
pub fn write_csv(t: &Timeline, evidence: usize, w: &mut dyn Write) -> Result<(), Error> {
    let by_id: HashMap<&str, &EventRow> = t.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut c = csv::Writer::from_writer(w);
    c.write_record([
        "period",
        "start",
        "end",
        "events",
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
        "goldstein_sum",
        "goldstein_mean",
        "top_codes",
        "phase",
        "relation",
        "evidence",
    ])?;
    for p in &t.periods {
        let q = &p.quad;
        let phase = phase_of(t, p);
        let codes: Vec<&str> = p.top_codes.iter().map(|c| c.cameo.as_str()).collect();
        let ev: Vec<&str> = p
            .evidence
            .iter()
            .take(evidence)
            .filter_map(|id| by_id.get(id.as_str()))
            .map(|e| e.text.as_str())
            .collect();
        c.write_record([
            p.label.clone(),
            p.start.clone(),
            p.end.clone(),
            p.events.to_string(),
            q.verbal_cooperation.to_string(),
            q.material_cooperation.to_string(),
            q.verbal_conflict.to_string(),
            q.material_conflict.to_string(),
            p.goldstein_sum.to_string(),
            p.goldstein_mean.map(|m| m.to_string()).unwrap_or_default(),
            codes.join(" "),
            phase.map(|i| i.to_string()).unwrap_or_default(),
            phase
                .map(|i| t.phases[i].relation.as_str().to_string())
                .unwrap_or_default(),
            ev.join(" | "),
        ])?;
    }
    c.flush()?;
    Ok(())
}

/// Writes the top dyads as a terminal table.
pub fn write_top_table(top: &[DyadCount], w: &mut dyn Write) -> Result<(), Error> {
    writeln!(
        w,
        "{:<12} {:>7} {:>7} {:>8} {:>6}  years",
        "dyad", "events", "coop", "conflict", "mean"
    )?;
    for d in top {
        let years = match (d.first, d.last) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            _ => "undated".to_string(),
        };
        writeln!(
            w,
            "{:<12} {:>7} {:>7} {:>8} {:>6}  {years}",
            d.dyad,
            d.events,
            d.cooperation,
            d.conflict,
            signed(d.goldstein_mean)
        )?;
    }
    Ok(())
}

/// Writes the top dyads as CSV.
pub fn write_top_csv(top: &[DyadCount], w: &mut dyn Write) -> Result<(), Error> {
    let mut c = csv::Writer::from_writer(w);
    c.write_record([
        "dyad",
        "events",
        "cooperation",
        "conflict",
        "goldstein_mean",
        "first",
        "last",
    ])?;
    for d in top {
        let opt = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
        c.write_record([
            d.dyad.clone(),
            d.events.to_string(),
            d.cooperation.to_string(),
            d.conflict.to_string(),
            d.goldstein_mean.to_string(),
            opt(d.first),
            opt(d.last),
        ])?;
    }
    c.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_as_years_when_whole() {
        assert_eq!(range_label("1652-01-01", "1689-12-31"), "1652–1689");
        assert_eq!(range_label("1969-01-01", "1969-12-31"), "1969");
        assert_eq!(range_label("-0043-01-01", "0010-12-31"), "-43–10");
        assert_eq!(
            range_label("1969-03-02", "1969-03-15"),
            "1969-03-02 – 1969-03-15"
        );
    }

    #[test]
    fn clip_keeps_short_and_cuts_long() {
        assert_eq!(clip("abc", 5), "abc");
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
