//! One test per family of expressions: what is found, its TIMEX3 type, value
//! and mod, its EDTF, and the interval it covers.

use annals_time::{Basis, Precision, TimexType};

use crate::util::{iso, tag};

#[test]
fn full_and_partial_dates_in_common_formats() {
    let d = tag("It began on 8 February 1904, or February 8, 1904, or 1904-02-08. The siege lasted into February 1904 and Feb. 9, 1904.");
    for s in ["8 February 1904", "February 8, 1904", "1904-02-08"] {
        assert_eq!(d.value(s), "1904-02-08", "{s}");
        assert_eq!(d.interval(s), iso("1904-02-08", "1904-02-08"));
    }
    assert_eq!(d.value("February 1904"), "1904-02");
    assert_eq!(d.interval("February 1904"), iso("1904-02-01", "1904-02-29"));
    assert_eq!(d.get("February 1904").when.as_ref().unwrap().precision, Precision::Month);
    assert_eq!(d.value("Feb. 9, 1904"), "1904-02-09");
}

#[test]
fn years_with_and_without_era() {
    let d = tag("In 1066 and in 1067 AD, and AD 1068, and A.D. 1069, Caesar was long dead: he died in 44 BC, not 45 BCE or 46 B.C.");
    assert_eq!(d.value("1066"), "1066");
    assert_eq!(d.value("1067 AD"), "1067");
    assert_eq!(d.value("AD 1068"), "1068");
    assert_eq!(d.value("A.D. 1069"), "1069");
    assert_eq!(d.value("44 BC"), "BC0044");
    assert_eq!(d.value("45 BCE"), "BC0045");
    assert_eq!(d.value("46 B.C."), "BC0046");
    let w = d.get("44 BC").when.as_ref().unwrap();
    assert_eq!((w.edtf.as_str(), w.interval.start.to_string()), ("-0043", "-0043-01-01".to_string()));
}

#[test]
fn numbers_that_are_not_years() {
    let d = tag("Some 1500 troops and 2,000 men marched 300 km under Resolution 1483 in 1950.");
    assert_eq!(d.spans(), ["1950"]);
}

#[test]
fn ranges_are_two_ends_and_one_interval() {
    let d = tag(
        "From 1652 to 1689 they fought. Between 1937 and 1945 they fought again. In the 1950s and 1960s they traded.",
    );
    assert_eq!(d.value("1652"), "1652");
    assert_eq!(d.value("1689"), "1689");
    let r = d.get("1652").range.as_ref().expect("a range");
    assert_eq!((r.edtf.as_str(), r.interval.end.to_string()), ("1652/1689", "1689-12-31".to_string()));
    assert_eq!(d.get("1945").range.as_ref().unwrap().interval.start.to_string(), "1937-01-01");
    assert_eq!(d.value("the 1950s"), "195");
    assert_eq!(d.get("1960s").range.as_ref().unwrap().edtf, "195X/196X");
}

#[test]
fn ranges_with_dashes_of_every_kind_and_eras_lent_backwards() {
    let d = tag("The war of 1652–1689 (or 1652—1689) ended.");
    assert_eq!(d.spans(), ["1652", "1689", "1652", "1689"]);
    let d = tag("The revolt lasted from 499 to 493 BC, then 396-395 BC, and 1939–45.");
    assert_eq!(d.value("499"), "BC0499");
    assert_eq!(d.value("396"), "BC0396");
    assert_eq!(d.value("45"), "1945");
    assert_eq!(d.get("499").range.as_ref().unwrap().interval.end.to_string(), "-0492-12-31");
}

#[test]
fn decades_in_figures_and_words() {
    let d = tag("In the 1640s, in the sixties, in the mid-1800s, in the early 1950s and the late 1980s, in the '20s and the 470s BC.");
    assert_eq!(d.value("the 1640s"), "164");
    assert_eq!(d.interval("the 1640s"), iso("1640-01-01", "1649-12-31"));
    // A decade without its century takes the century of the story.
    assert_eq!(d.value("the sixties"), "166");
    assert_eq!(tag("Rock music grew in the sixties.").value("the sixties"), "196");
    assert_eq!(d.value("the mid-1800s"), "18");
    assert_eq!(d.get("the mid-1800s").modifier, Some("MID"));
    assert_eq!(d.value("the early 1950s"), "195");
    assert_eq!(d.get("the early 1950s").modifier, Some("START"));
    assert_eq!(d.interval("the early 1950s"), iso("1950-01-01", "1953-12-31"));
    assert_eq!(d.interval("the late 1980s").0, "1986-01-01");
    assert_eq!(d.value("the '20s"), "192");
    assert_eq!(d.value("the 470s BC"), "BC047");
    assert_eq!(d.interval("the 470s BC"), iso("-0478-01-01", "-0469-12-31"));
}

#[test]
fn centuries_and_millennia_in_figures_and_words() {
    let d = tag("In the 17th century, the nineteenth century, the 5th century BC, the twenty-first century and the first millennium.");
    assert_eq!(d.value("the 17th century"), "16");
    assert_eq!(d.interval("the 17th century"), iso("1600-01-01", "1699-12-31"));
    assert_eq!(d.get("the 17th century").when.as_ref().unwrap().edtf, "16XX");
    assert_eq!(d.value("the nineteenth century"), "18");
    assert_eq!(d.value("the 5th century BC"), "BC04");
    assert_eq!(d.interval("the 5th century BC"), iso("-0499-01-01", "-0400-12-31"));
    assert_eq!(d.value("the twenty-first century"), "20");
    assert_eq!(d.value("the first millennium"), "0");
    assert_eq!(d.get("the first millennium").when.as_ref().unwrap().precision, Precision::Millennium);
}

#[test]
fn parts_of_centuries() {
    let d = tag("By the mid-19th century, in the late 18th century, the second half of the 19th century and the early 21st century, then at the turn of the 20th century.");
    assert_eq!(d.get("the mid-19th century").value, "18");
    assert_eq!(d.interval("the late 18th century"), iso("1766-01-01", "1799-12-31"));
    assert_eq!(d.get("the second half of the 19th century").modifier, Some("END"));
    assert_eq!(d.interval("the second half of the 19th century"), iso("1850-01-01", "1899-12-31"));
    assert_eq!(d.get("the early 21st century").modifier, Some("START"));
    assert_eq!(d.interval("the turn of the 20th century"), iso("1895-01-01", "1904-12-31"));
}

#[test]
fn seasons_and_parts_of_years() {
    let d = tag("In late 1917, in the spring of 1858, in the winter of 1941-42, in early 1927, at the end of 1954 and the second half of 2008.");
    assert_eq!(d.value("late 1917"), "1917");
    assert_eq!(d.get("late 1917").modifier, Some("END"));
    assert_eq!(d.interval("late 1917"), iso("1917-09-01", "1917-12-31"));
    assert_eq!(d.get("late 1917").when.as_ref().unwrap().precision, Precision::Season);
    assert_eq!(d.value("the spring of 1858"), "1858-SP");
    assert_eq!(d.interval("the spring of 1858"), iso("1858-03-01", "1858-05-31"));
    assert_eq!(d.value("the winter of 1941-42"), "1942-WI");
    assert_eq!(d.interval("the winter of 1941-42"), iso("1941-12-01", "1942-02-28"));
    assert_eq!(d.get("early 1927").modifier, Some("START"));
    assert_eq!(d.get("the end of 1954").modifier, Some("END"));
    assert_eq!(d.value("the second half of 2008"), "2008-H2");
}

#[test]
fn approximation_and_bounds() {
    let d = tag("By about 1640 they had crossed Siberia. Around 1650 and c. 1660 they built forts. Before 1700 and after 1689 there was peace, until 1727. Since 1991 it holds.");
    let about = d.get("about 1640");
    assert_eq!((about.value.as_str(), about.modifier), ("1640", Some("ON_OR_BEFORE")));
    assert!(about.when.as_ref().unwrap().approximate);
    assert_eq!(about.when.as_ref().unwrap().interval.end.to_string(), "1640-12-31");
    assert_eq!(d.get("Around 1650").modifier, Some("APPROX"));
    assert_eq!(d.get("Around 1650").when.as_ref().unwrap().edtf, "1650~");
    assert_eq!(d.get("c. 1660").modifier, Some("APPROX"));
    assert_eq!(d.get("1700").modifier, Some("BEFORE"));
    assert_eq!(d.interval("1700"), iso("1690-01-01", "1699-12-31"));
    assert_eq!(d.get("1689").modifier, Some("AFTER"));
    assert_eq!(d.interval("1689").0, "1689-01-01");
    assert_eq!(d.get("1727").modifier, Some("ON_OR_BEFORE"));
    assert_eq!(d.get("1991").modifier, Some("ON_OR_AFTER"));
    assert_eq!(d.interval("1991"), iso("1991-01-01", "2020-06-01"));
}

#[test]
fn prior_to_a_century() {
    let d = tag("Prior to the 17th century the two were far apart.");
    let t = d.get("the 17th century");
    assert_eq!((t.value.as_str(), t.modifier), ("16", Some("BEFORE")));
    assert_eq!(d.interval("the 17th century"), iso("1500-01-01", "1599-12-31"));
}

#[test]
fn durations() {
    let d = tag("In 1928 they fought for the next ten years. Mao ruled throughout his 27 years in power. It took three decades, a few days, more than 40 days, a ten-day march and twenty-seven years.");
    let next = d.get("the next ten years");
    assert_eq!((next.kind, next.value.as_str()), (TimexType::Duration, "P10Y"));
    assert_eq!(d.interval("the next ten years"), iso("1928-01-01", "1938-12-31"));
    assert_eq!(next.when.as_ref().unwrap().basis, Basis::Anchored);
    assert_eq!(d.value("27 years"), "P27Y");
    assert!(d.get("27 years").when.is_none());
    assert_eq!(d.value("three decades"), "P3DE");
    assert_eq!(d.value("a few days"), "PXD");
    assert_eq!(d.get("more than 40 days").modifier, Some("MORE_THAN"));
    assert_eq!(d.value("ten-day"), "P10D");
    assert_eq!(d.value("twenty-seven years"), "P27Y");
}

#[test]
fn relative_offsets_in_the_sentence() {
    let d = tag("In 1985 he dropped the border issue that had caused open war 16 years earlier.");
    assert_eq!(d.value("16 years earlier"), "1969");
    assert_eq!(d.get("16 years earlier").basis, Basis::Anchored);
    let d = tag("On June 10, 1940, Italy invaded; twelve days later France fell.");
    assert_eq!(d.value("twelve days later"), "1940-06-22");
}

#[test]
fn relative_offsets_across_sentences() {
    let d = tag("The fleet sailed on 12 March 1905. Eight days later it reached Suez. The following year the war was over. That spring the treaty was signed. The previous year had been worse.");
    assert_eq!(d.value("Eight days later"), "1905-03-20");
    assert_eq!(d.value("The following year"), "1906");
    assert_eq!(d.value("That spring"), "1906-SP");
    assert_eq!(d.value("The previous year"), "1905");
    let d = tag("Athens fell in 490 BC. A decade earlier the revolt began. In the following decade Themistocles rose.");
    assert_eq!(d.value("A decade earlier"), "BC0500");
    assert_eq!(d.value("the following decade"), "BC048");
}

#[test]
fn months_and_days_take_the_year_of_the_story() {
    let d = tag("Japan attacked in December 1941. In January, Manila fell. On February 15 Singapore surrendered. In April 1942 Bataan fell; in June the fleets met at Midway.");
    assert_eq!(d.value("January"), "1942-01");
    assert_eq!(d.value("February 15"), "1942-02-15");
    assert_eq!(d.value("June"), "1942-06");
}

#[test]
fn anchored_to_events() {
    let d = tag("Tension emerged after Stalin's death in 1953. It grew.");
    let t = d.get("1953");
    assert_eq!((t.modifier, t.when.as_ref().unwrap().basis), (Some("AFTER"), Basis::Anchored));
    let w = d.event("emerged", None);
    assert_eq!((w.basis, w.interval.start.to_string()), (Basis::Anchored, "1953-01-01".to_string()));
    let d = tag("The Korean War broke out in 1950.\n\nAfter the war, trade grew quickly.");
    let w = d.event("grew", None);
    assert_eq!(w.basis, Basis::Anchored);
    assert_eq!(w.interval.start.to_string(), "1950-01-01");
    assert!(d.times.timexes.iter().all(|t| t.value != "PAST_REF"), "no TIMEX3 for 'after the war'");
}

#[test]
fn relative_to_the_document_date() {
    let d = tag("Relations are currently close. Today trade grows. In recent years a border deal was signed. Last year exports rose and now they are high.");
    assert_eq!(d.value("currently"), "PRESENT_REF");
    assert_eq!(d.interval("currently"), iso("2020-06-01", "2020-06-01"));
    assert_eq!(d.value("Today"), "PRESENT_REF");
    let recent = d.get("recent years");
    assert_eq!((recent.value.as_str(), recent.basis), ("PAST_REF", Basis::Document));
    assert_eq!(d.interval("recent years").1, "2020-06-01");
    assert_eq!(d.value("Last year"), "2019");
    assert_eq!(d.get("Last year").basis, Basis::Document);
    assert_eq!(d.interval("now"), iso("2020-06-01", "2020-06-01"));
}

#[test]
fn today_and_weekdays_in_news_count_from_the_document_date() {
    // "today" is the document's day even after a year long past; "now" in such
    // past-tense narration is the story's.
    let d = tag("Chile attacked Peru in 2015. Chile attacked Peru again today.");
    assert_eq!(d.interval("today"), iso("2020-06-01", "2020-06-01"));
    // A weekday in the past tense is the last one before the document date
    // (2020-06-01 was a Monday), in the present tense the next one.
    let d = tag("Chile attacked Peru on Thursday.");
    assert_eq!(d.interval("Thursday"), iso("2020-05-28", "2020-05-28"));
    assert_eq!(d.get("Thursday").basis, Basis::Document);
    let d = tag("Chile is meeting Peru on Thursday.");
    assert_eq!(d.interval("Thursday"), iso("2020-06-04", "2020-06-04"));
}

#[test]
fn typography_words_and_spaces() {
    let d = tag("From 1652\u{2013}1689 and in 44\u{a0}B.C., on 8\u{a0}February\u{a0}1904, for twenty\u{2011}seven years, the mid\u{2013}1800s.");
    assert_eq!(d.value("1652"), "1652");
    assert_eq!(d.get("1689").range.as_ref().unwrap().edtf, "1652/1689");
    assert_eq!(d.value("44\u{a0}B.C."), "BC0044");
    assert_eq!(d.value("8\u{a0}February\u{a0}1904"), "1904-02-08");
    assert_eq!(d.value("the mid\u{2013}1800s"), "18");
}

#[test]
fn clock_times_and_datelines() {
    let d = tag("At 5:34 AM on March 20, 2003 the strikes began; at 9:34 p.m. the ground war started.");
    let t = d.get("5:34 AM");
    assert_eq!((t.kind, t.value.as_str()), (TimexType::Time, "2003-03-20T05:34"));
    let text = "REPORT\n2009-12-19\n\nThis year the army withdrew.";
    let sentences = annals_text::split_sentences(text);
    let tagger = crate::util::tagger();
    let dct = tagger.dateline(text, &sentences).expect("a dateline");
    assert_eq!(dct.to_string(), "2009-12-19");
}

#[test]
fn names_are_not_times() {
    let d = tag("The October Revolution and the Prague Spring were not dates, nor was White Christmas; the tens of thousands came, and he may go in March 1921.");
    assert_eq!(d.spans(), ["March 1921"]);
}

#[test]
fn three_figure_years_take_the_era_of_the_story() {
    let d = tag("The Persians invaded in 490 BC. In 480 Xerxes returned. In 300 ships they came.");
    assert_eq!(d.spans(), ["490 BC", "480"]);
    assert_eq!(d.value("480"), "BC0480");
    assert_eq!(tag("Rome fell in 476, and the Goths ruled.").value("476"), "0476");
}

#[test]
fn coordinated_months_and_seasons_share_a_year() {
    let d = tag("In the summer and autumn of 481 BC the armies gathered; in May and June 1940 France fell.");
    assert_eq!(d.value("the summer"), "BC0481-SU");
    assert_eq!(d.value("May"), "1940-05");
    assert_eq!(d.get("May").range.as_ref().unwrap().edtf, "1940-05/1940-06");
}

#[test]
fn parts_of_months_and_year_phrases() {
    let d = tag("The crash came in late October 1929. In the years 1914-18 millions died.");
    let t = d.get("late October 1929");
    assert_eq!((t.value.as_str(), t.modifier), ("1929-10", Some("END")));
    assert_eq!(t.when.as_ref().unwrap().edtf, "1929-10-21/1929-10-31");
    assert_eq!(d.get("the years 1914").range.as_ref().unwrap().edtf, "1914/1918");
}
