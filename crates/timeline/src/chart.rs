//! Static charts of a timeline, drawn with plotters: SVG, and PNG with text set
//! in DejaVu Sans embedded in the binary (no system fonts needed).

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::phases::Relation;
use crate::record::Timeline;
use crate::Error;

/// Colours of the phases' shading.
pub(crate) fn relation_rgb(r: Relation) -> (u8, u8, u8) {
    match r {
        Relation::Cooperative => (46, 160, 67),
        Relation::Hostile => (214, 39, 40),
        Relation::Mixed => (230, 159, 0),
        Relation::Quiet => (150, 150, 150),
    }
}

/// Colours of the events by quad class (1 to 4).
pub(crate) fn quad_rgb(q: u8) -> (u8, u8, u8) {
    match q {
        1 => (116, 196, 118),
        2 => (0, 109, 44),
        3 => (253, 141, 60),
        _ => (165, 15, 21),
    }
}

const QUAD_NAMES: [&str; 4] = [
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

static FONT: Once = Once::new();

/// Registers the embedded font under the family name plotters asks for.
fn register_font() {
    FONT.call_once(|| {
        // DejaVu Sans is a valid TrueType font; a failure would leave text
        // unrendered and surface as a drawing error below, not a panic.
        let _ = plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            dejavu::sans::regular(),
        );
        // Bold falls back to the regular face: one font keeps the binary small.
    });
}

fn err<E: std::fmt::Display>(e: E) -> Error {
    Error::Chart(e.to_string())
}

/// The chart as an SVG document of `width` × `height` pixels.
pub fn svg_chart(t: &Timeline, width: u32, height: u32) -> Result<String, Error> {
    register_font();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw(&root, t)?;
        root.present().map_err(err)?;
    }
    Ok(out)
}

/// The chart as a PNG image of `width` × `height` pixels.
pub fn png_chart(t: &Timeline, width: u32, height: u32) -> Result<Vec<u8>, Error> {
    register_font();
    let (width, height) = (width.max(200), height.max(150));
    let mut pixels = vec![255u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
        draw(&root, t)?;
        root.present().map_err(err)?;
    }
    let mut png_bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png_bytes, width, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().map_err(err)?;
        w.write_image_data(&pixels).map_err(err)?;
        w.finish().map_err(err)?;
    }
    Ok(png_bytes)
}

fn year_of(iso: &str, end: bool) -> Option<f64> {
    let d = annals_time::Date::parse_bound(iso, end)?;
    Some(if end { d.add_days(1) } else { d }.as_year_fraction())
}

fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, t: &Timeline) -> Result<(), Error> {
    root.fill(&WHITE).map_err(err)?;
    let dir = if t.dyad.directed {
        format!("{} → {}", t.dyad.a, t.dyad.b)
    } else {
        format!("{} – {}", t.dyad.a, t.dyad.b)
    };
    let Some(span) = &t.span else {
        root.draw(&Text::new(
            format!("{dir}: no dated events"),
            (20, 20),
            ("sans-serif", 20),
        ))
        .map_err(err)?;
        return Ok(());
    };
    let (first, last) = (
        year_of(&span.start, false).unwrap_or(0.0),
        year_of(&span.end, true).unwrap_or(1.0),
    );
    let pad = ((last - first) * 0.01).max(0.05);
    let (x0, x1) = (first - pad, last + pad);
    let (width, _) = root.dim_in_pixel();
    let (plot, side) = root.split_horizontally(width.saturating_sub(190));
    let title = format!(
        "{dir}: relations {}–{}",
        span.start.get(..span.start.len() - 6).unwrap_or(""),
        span.end.get(..span.end.len() - 6).unwrap_or("")
    );
    let mut chart = ChartBuilder::on(&plot)
        .caption(title, ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(50)
        .build_cartesian_2d(x0..x1, -10.5f64..10.5f64)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .y_labels(11)
        .y_max_light_lines(1)
        .x_labels(12)
        .x_label_formatter(&|x| format!("{}", x.floor() as i64))
        .y_desc("Goldstein score")
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .bold_line_style(RGBColor(232, 232, 232))
        .draw()
        .map_err(err)?;

    // Phases: shaded bands with their name on top when there is room.
    for p in &t.phases {
        let (Some(a), Some(b)) = (year_of(&p.start, false), year_of(&p.end, true)) else {
            continue;
        };
        let c = rgb(relation_rgb(p.relation));
        chart
            .draw_series([Rectangle::new(
                [(a, -10.5), (b, 10.5)],
                c.mix(0.16).filled(),
            )])
            .map_err(err)?;
        if (b - a) / (x1 - x0) > 0.06 {
            let label = Text::new(
                p.relation.as_str().to_string(),
                (a + (b - a) * 0.08, 10.1),
                ("sans-serif", 12).into_font().color(&c),
            );
            chart.draw_series([label]).map_err(err)?;
        }
    }
    chart
        .draw_series(LineSeries::new([(x0, 0.0), (x1, 0.0)], BLACK.mix(0.4)))
        .map_err(err)?;

    // The mean by period as steps.
    let mean_color = RGBColor(31, 80, 160);
    let steps = t.periods.iter().filter_map(|p| {
        Some((
            year_of(&p.start, false)?,
            year_of(&p.end, true)?,
            p.goldstein_mean?,
        ))
    });
    chart
        .draw_series(
            steps.map(|(a, b, m)| PathElement::new([(a, m), (b, m)], mean_color.stroke_width(2))),
        )
        .map_err(err)?;

    // Events: their date interval as a thin bar, their midpoint as a dot.
    for e in &t.events {
        let (Some(a), Some(b)) = (year_of(&e.date.start, false), year_of(&e.date.end, true)) else {
            continue;
        };
        if (b - a) / (x1 - x0) > 0.004 {
            chart
                .draw_series([PathElement::new(
                    [(a, e.goldstein), (b, e.goldstein)],
                    BLACK.mix(0.35),
                )])
                .map_err(err)?;
        }
    }
    for q in 1..=4u8 {
        let c = rgb(quad_rgb(q));
        let dots = t
            .events
            .iter()
            .filter(|e| e.quad_class.clamp(1, 4) == q)
            .map(|e| Circle::new((e.x, e.goldstein), 4, c.filled()));
        chart.draw_series(dots).map_err(err)?;
    }
    legend(&side, &format!("mean by {}", t.by.as_str()), mean_color)
}

/// The key, in its own column right of the plot so that it hides no point.
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    mean_label: &str,
    mean_color: RGBColor,
) -> Result<(), Error> {
    let font = ("sans-serif", 13);
    let mut y = 56;
    area.draw(&Text::new(
        "events",
        (8, y - 20),
        ("sans-serif", 14).into_font().style(FontStyle::Bold),
    ))
    .map_err(err)?;
    for (q, name) in QUAD_NAMES.iter().enumerate() {
        area.draw(&Circle::new(
            (14, y + 6),
            4,
            rgb(quad_rgb(q as u8 + 1)).filled(),
        ))
        .map_err(err)?;
        area.draw(&Text::new(name.to_string(), (26, y), font))
            .map_err(err)?;
        y += 20;
    }
    area.draw(&PathElement::new(
        [(6, y + 6), (22, y + 6)],
        mean_color.stroke_width(2),
    ))
    .map_err(err)?;
    area.draw(&Text::new(mean_label.to_string(), (26, y), font))
        .map_err(err)?;
    y += 40;
    area.draw(&Text::new(
        "phases",
        (8, y - 20),
        ("sans-serif", 14).into_font().style(FontStyle::Bold),
    ))
    .map_err(err)?;
    for r in [
        Relation::Cooperative,
        Relation::Hostile,
        Relation::Mixed,
        Relation::Quiet,
    ] {
        area.draw(&Rectangle::new(
            [(6, y), (22, y + 12)],
            rgb(relation_rgb(r)).mix(0.3).filled(),
        ))
        .map_err(err)?;
        area.draw(&Text::new(r.as_str().to_string(), (26, y), font))
            .map_err(err)?;
        y += 20;
    }
    Ok(())
}
