//! The self-contained HTML report: an interactive plotly.js chart of the
//! relation over time (zoom, hover for the evidence), the phases shaded, and
//! the tables of phases and events. plotly.js is inlined from the `plotly`
//! crate, which ships its minified build, so the page needs no network.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde::Serialize;

use crate::record::{EventRow, Timeline};
use crate::{Direction, Error};

const PAGE_CSS: &str = include_str!("page/page.css");
/// Events drawn as SVG points; more are drawn with WebGL.
const MAX_SVG_POINTS: usize = 5000;
/// Rows of the event table; past this it lists the events that define the
/// phases and the periods' main evidence (all events stay in the chart).
const MAX_ROWS: usize = 2000;
const PAGE_JS: &str = include_str!("page/page.js");

/// The minified plotly.js: the first script of the `plotly` crate's offline
/// sources (the second is MathJax, which the page does not need).
fn plotly_js() -> Option<&'static str> {
    static JS: OnceLock<Option<String>> = OnceLock::new();
    JS.get_or_init(|| {
        let all = plotly::Plot::offline_js_sources();
        let open = "<script type=\"text/javascript\">";
        let start = all.find(open)? + open.len();
        let len = all[start..].find("</script>")?;
        let js = &all[start..start + len];
        js.contains("plotly.js").then(|| js.to_string())
    })
    .as_deref()
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Breaks escaped-later text into lines of about `width` characters for the hover box.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in s.split_whitespace() {
        let cur = lines.last_mut().map_or(0, |l| l.chars().count());
        if cur > 0 && cur + 1 + word.chars().count() > width {
            lines.push(String::new());
        }
        let l = lines.last_mut().expect("never empty");
        if !l.is_empty() {
            l.push(' ');
        }
        l.push_str(word);
    }
    lines
}

fn when(e: &EventRow) -> String {
    if e.date.edtf.is_empty() {
        format!("{} – {}", e.date.start, e.date.end)
    } else {
        e.date.edtf.clone()
    }
}

fn actors(e: &EventRow) -> String {
    let arrow = if e.direction == Direction::Mutual {
        "↔"
    } else {
        "→"
    };
    format!("{} {arrow} {}", e.source, e.target)
}

fn year_of(iso: &str, end: bool) -> f64 {
    annals_time::Date::parse_bound(iso, end).map_or(0.0, |d| {
        if end { d.add_days(1) } else { d }.as_year_fraction()
    })
}

/// What the page script draws.
#[derive(Serialize)]
struct ChartData {
    title: String,
    range: [f64; 2],
    by: &'static str,
    /// Draw with WebGL: SVG slows past a few thousand points.
    gl: bool,
    events: EventSeries,
    phases: Vec<PhaseBand>,
    mean: Steps,
}

#[derive(Serialize, Default)]
struct EventSeries {
    id: Vec<String>,
    x: Vec<f64>,
    x0: Vec<f64>,
    x1: Vec<f64>,
    y: Vec<f64>,
    quad: Vec<u8>,
    hover: Vec<String>,
    when: Vec<String>,
    what: Vec<String>,
    text: Vec<String>,
}

#[derive(Serialize)]
struct PhaseBand {
    x0: f64,
    x1: f64,
    relation: &'static str,
    mean: Option<f64>,
}

#[derive(Serialize, Default)]
struct Steps {
    x: Vec<Option<f64>>,
    y: Vec<Option<f64>>,
}

fn chart_data(t: &Timeline) -> ChartData {
    let mut ev = EventSeries::default();
    for e in &t.events {
        let what = format!(
            "{} {} · {} · Goldstein {:+.1}",
            e.cameo,
            e.label,
            actors(e),
            e.goldstein
        );
        let sentence: Vec<String> = wrap(&e.text, 72).iter().map(|l| esc(l)).collect();
        ev.hover.push(format!(
            "<b>{}</b> · {}<br><i>{}</i>",
            esc(&when(e)),
            esc(&what),
            sentence.join("<br>")
        ));
        ev.id.push(e.id.clone());
        ev.x.push(e.x);
        ev.x0.push(year_of(&e.date.start, false));
        ev.x1.push(year_of(&e.date.end, true));
        ev.y.push(e.goldstein);
        ev.quad.push(e.quad_class);
        ev.when.push(when(e));
        ev.what.push(what);
        ev.text.push(e.text.clone());
    }
    let mut mean = Steps::default();
    for p in &t.periods {
        if let Some(m) = p.goldstein_mean {
            mean.x.extend([
                Some(year_of(&p.start, false)),
                Some(year_of(&p.end, true)),
                None,
            ]);
            mean.y.extend([Some(m), Some(m), None]);
        }
    }
    let range = match &t.span {
        Some(s) => {
            let (a, b) = (year_of(&s.start, false), year_of(&s.end, true));
            let pad = ((b - a) * 0.02).max(0.05);
            [a - pad, b + pad]
        }
        None => [0.0, 1.0],
    };
    ChartData {
        title: title(t),
        range,
        gl: t.events.len() > MAX_SVG_POINTS,
        by: t.by.as_str(),
        events: ev,
        phases: t
            .phases
            .iter()
            .map(|p| PhaseBand {
                x0: year_of(&p.start, false),
                x1: year_of(&p.end, true),
                relation: p.relation.as_str(),
                mean: p.mean,
            })
            .collect(),
        mean,
    }
}

fn title(t: &Timeline) -> String {
    if t.dyad.directed {
        format!("{} → {}: relations over time", t.dyad.a, t.dyad.b)
    } else {
        format!("{} – {}: relations over time", t.dyad.a, t.dyad.b)
    }
}

/// JSON safe inside a `<script>` element: no `<`, `>` or `&` left to end it.
fn script_json<T: Serialize>(v: &T) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| "null".to_string());
    s.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The sentence with the trigger words marked, escaped.
fn marked(e: &EventRow) -> String {
    match (!e.trigger.is_empty())
        .then(|| e.text.find(&e.trigger))
        .flatten()
    {
        Some(i) => {
            let j = i + e.trigger.len();
            format!(
                "{}<mark>{}</mark>{}",
                esc(&e.text[..i]),
                esc(&e.text[i..j]),
                esc(&e.text[j..])
            )
        }
        None => esc(&e.text),
    }
}

fn range_text(start: &str, end: &str) -> String {
    match (start.strip_suffix("-01-01"), end.strip_suffix("-12-31")) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => format!("{start} – {end}"),
    }
}

/// The whole page.
pub fn html_page(t: &Timeline) -> Result<String, Error> {
    let js = plotly_js().ok_or_else(|| {
        Error::Chart("the plotly crate no longer ships plotly.js in the expected form".to_string())
    })?;
    let by_id: HashMap<&str, (usize, &EventRow)> = t
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), (i, e)))
        .collect();
    let title = title(t);
    let mut h = String::with_capacity(js.len() + 64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{PAGE_CSS}</style>\n<script>\n{js}\n</script>\n</head>\n<body>\n",
        esc(&title)
    );
    let _ = write!(
        h,
        "<header>\n<h1>{}</h1>\n<p class=\"summary\">",
        esc(&title)
    );
    let c = &t.counts;
    match &t.span {
        Some(s) => {
            let _ = write!(
                h,
                "{} events, {}, in {} phases.",
                c.events,
                esc(&range_text(&s.start, &s.end)),
                t.phases.len()
            );
        }
        None => h.push_str("No dated events between these actors."),
    }
    if let (Some(lo), Some(hi)) = (&t.lowest, &t.highest) {
        let _ = write!(
            h,
            " Lowest point {} (mean {:+.1}), highest {} (mean {:+.1}).",
            esc(&lo.label),
            lo.mean,
            esc(&hi.label),
            hi.mean
        );
    }
    if c.negated + c.undated > 0 {
        let _ = write!(
            h,
            " Left out: {} negated, {} undated.",
            c.negated, c.undated
        );
    }
    h.push_str("</p>\n</header>\n");
    let _ = writeln!(
        h,
        "<div id=\"chart\" data-events=\"{}\" role=\"img\" aria-label=\"{}\"></div>",
        t.events.len(),
        esc(&title)
    );
    h.push_str("<div id=\"evidence\" aria-live=\"polite\"><span class=\"hint\">Hover over a point to read the sentence that is its evidence; drag to zoom, double-click to zoom out.</span></div>\n");

    h.push_str("<section>\n<h2>Phases</h2>\n<table id=\"phases\">\n<thead><tr><th>when</th><th>relation</th><th>mean</th><th>events</th><th>low / high</th><th>defining events</th></tr></thead>\n<tbody>\n");
    for (i, p) in t.phases.iter().enumerate() {
        let pts = match (&p.lowest, &p.highest) {
            (Some(lo), Some(hi)) if lo.label == hi.label => {
                format!("{} {:+.1}", esc(&lo.label), lo.mean)
            }
            (Some(lo), Some(hi)) => format!(
                "{} {:+.1} / {} {:+.1}",
                esc(&lo.label),
                lo.mean,
                esc(&hi.label),
                hi.mean
            ),
            _ => String::new(),
        };
        let defining: Vec<String> = p
            .defining
            .iter()
            .filter_map(|id| by_id.get(id.as_str()))
            .map(|(k, e)| format!("<a href=\"#ev-{k}\">{}</a> {}", esc(&when(e)), esc(&e.text)))
            .collect();
        let _ = writeln!(
            h,
            "<tr data-phase=\"{i}\" class=\"rel-{rel}\"><td>{}</td><td><span class=\"badge rel-{rel}\">{rel}</span></td><td>{}</td><td>{:.1}</td><td>{pts}</td><td>{}</td></tr>",
            esc(&range_text(&p.start, &p.end)),
            p.mean.map_or_else(|| "–".to_string(), |m| format!("{m:+.1}")),
            p.events,
            defining.join("<br>"),
            rel = p.relation.as_str(),
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");

    h.push_str("<section>\n<h2>Events</h2>\n<table id=\"events\">\n<thead><tr><th>when</th><th>actors</th><th>event</th><th>Goldstein</th><th>phase</th><th>evidence</th></tr></thead>\n<tbody>\n");
    let rows: Vec<usize> = if t.events.len() <= MAX_ROWS {
        (0..t.events.len()).collect()
    } else {
        let mut keep: Vec<usize> = t
            .phases
            .iter()
            .flat_map(|p| p.defining.iter())
            .chain(t.periods.iter().flat_map(|p| p.evidence.iter().take(3)))
            .filter_map(|id| by_id.get(id.as_str()).map(|x| x.0))
            .collect();
        keep.sort_unstable();
        keep.dedup();
        keep.truncate(MAX_ROWS);
        keep
    };
    for &i in &rows {
        let e = &t.events[i];
        let rel = t.phases.get(e.phase).map_or("", |p| p.relation.as_str());
        let _ = writeln!(
            h,
            "<tr id=\"ev-{i}\" data-id=\"{}\"><td>{}</td><td>{}</td><td><code>{}</code> {}</td><td>{:+.1}</td><td><span class=\"badge rel-{rel}\">{rel}</span></td><td>{}</td></tr>",
            esc(&e.id),
            esc(&when(e)),
            esc(&actors(e)),
            esc(&e.cameo),
            esc(&e.label),
            e.goldstein,
            marked(e),
        );
    }
    h.push_str("</tbody>\n</table>\n");
    if rows.len() < t.events.len() {
        let _ = writeln!(
            h,
            "<p class=\"note\">{} of {} events listed: those that define the phases and the periods' main evidence. \
             Every event is in the chart; <code>--format json</code> lists them all.</p>",
            rows.len(),
            t.events.len()
        );
    }
    h.push_str("</section>\n");
    let _ = writeln!(
        h,
        "<footer>Made by annals timeline. Phases: change points in the interval-weighted Goldstein series ({} bins, σ {:.1}, penalty {:.1}).</footer>",
        t.method.resolution.as_str(),
        t.method.sigma,
        t.method.penalty
    );
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"timeline-data\">{}</script>\n<script>\n{PAGE_JS}</script>\n</body>\n</html>\n",
        script_json(&chart_data(t))
    );
    Ok(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plotly_is_inlined_without_mathjax() {
        let js = plotly_js().expect("plotly.js found in the plotly crate");
        // plotly.js alone: about 4.7 MB; with MathJax it would be 2 MB more.
        assert!(js.trim_start().starts_with("/**") && js.contains("plotly.js v"));
        assert!((1_000_000..6_000_000).contains(&js.len()), "{}", js.len());
        assert!(!js.contains("</script"));
    }

    #[test]
    fn data_cannot_end_its_script() {
        let s = script_json(&vec!["</script><script>alert(1)</script>", "a & b <!--"]);
        assert!(!s.contains('<') && !s.contains('>'));
        let back: Vec<String> = serde_json::from_str(&s).unwrap();
        assert_eq!(back[0], "</script><script>alert(1)</script>");
    }

    #[test]
    fn wrap_and_escape() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(
            esc("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }
}
