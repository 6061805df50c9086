//! Resolution: which actor a name means at a date, in a context.
//!
//! Every actor carrying a name is a candidate. They are ranked by, in order:
//! whether a row of theirs overlaps the date; whether their country is already in
//! focus (named nearby); how many days of the date they cover; whether they are the
//! name's primary reading (not marked `~`); their kind (states before groups,
//! places, organizations and people); and the order of the files. Undated, every
//! reading fits, and the primary reading comes before the longest-lived one.

use std::cell::RefCell;
use std::cmp::Reverse;

use annals_time::{Date, Interval};

use crate::{Actor, ActorKind, DaySpan, KnowledgeBase};

/// How the reading of a name was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// The name has one reading at that date.
    Only,
    /// Several readings; this one's country was already in focus.
    Context,
    /// Several readings; none stood out from the context, so the most common one
    /// (the primary reading, the one covering most of the date) was taken.
    Common,
}

impl Choice {
    /// Lowercase name, for `--explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Only => "only",
            Choice::Context => "context",
            Choice::Common => "common",
        }
    }
}

/// An actor resolved at a date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resolved<'kb> {
    /// Index of the chosen row.
    pub row: u32,
    /// The actor's stable id.
    pub id: &'kb str,
    /// CAMEO actor code at that date.
    pub code: &'kb str,
    /// Country or group code (the first three letters).
    pub country: &'kb str,
    /// Agent code, if the code has one.
    pub agent: Option<&'kb str>,
    /// The actor's canonical name (a state's or place's country name).
    pub name: &'kb str,
    /// The row's label (polity, office or kind).
    pub label: &'kb str,
    /// What kind of actor.
    pub kind: ActorKind,
    /// When the chosen row starts.
    pub start: Option<Date>,
    /// When the chosen row ends.
    pub end: Option<Date>,
    /// Other codes the name could have meant at that date (for `--explain`, see
    /// [`KnowledgeBase::candidates`]).
    pub alternatives: usize,
    /// How this reading was chosen.
    pub choice: Choice,
    /// No date was given: the actor's longest-held row was used.
    pub undated: bool,
    /// Whether the chosen row holds at the date (false when the name is used
    /// outside every period the knowledge base knows for it; always true undated).
    pub in_period: bool,
    /// The earliest day this reading of the name is known to hold: the first
    /// start among the rows of every actor of this country the name can mean at
    /// that date. An undated event whose actor this is lies after it (basis `kb`).
    pub known_from: Option<Date>,
    /// The latest such day; `None` when some row is open-ended.
    pub known_to: Option<Date>,
}

impl Resolved<'_> {
    /// The interval an event involving this actor must fall within, when the
    /// knowledge base bounds it on at least one side.
    pub fn bounds(&self) -> Option<Interval> {
        if self.known_from.is_none() && self.known_to.is_none() {
            return None;
        }
        Some(Interval::new(
            self.known_from.unwrap_or(Date::year_start(-9999)),
            self.known_to.unwrap_or(Date::year_end(9999)),
        ))
    }
}

/// One scored reading.
struct Scored {
    actor: u32,
    row: u32,
    fits: bool,
    in_focus: bool,
    days: i64,
    primary: bool,
    kind_rank: u8,
    order: usize,
    undated: bool,
}

impl Scored {
    /// The ranking key, greatest best. Dated, how much of the date a reading
    /// covers comes before whether it is the primary reading; undated, the
    /// primary reading comes first and the longer-lived one breaks ties.
    fn key(&self) -> (bool, bool, i64, i64, Reverse<u8>, Reverse<usize>) {
        let (a, b) = if self.undated {
            (self.primary as i64, self.days)
        } else {
            (self.days, self.primary as i64)
        };
        (
            self.fits,
            self.in_focus,
            a,
            b,
            Reverse(self.kind_rank),
            Reverse(self.order),
        )
    }
}

impl KnowledgeBase {
    /// The actor a name means at `at`, in a context where the countries in
    /// `focus` (actors already seen nearby) have been named. Undated
    /// (`at == None`), the actor's longest-held row is used and `undated` is set.
    pub fn resolve(&self, name: u32, at: Option<Interval>, focus: &[&str]) -> Option<Resolved<'_>> {
        self.choice(name, at, focus).map(|c| self.resolution(c, at))
    }

    /// What [`KnowledgeBase::resolve`] gives, only the parts that make an
    /// actor: the coder resolves every mention, and filling in the rest of a
    /// [`Resolved`] cost about as much as finding it.
    pub fn reading(&self, name: u32, at: Option<Interval>, focus: &[&str]) -> Option<Reading<'_>> {
        self.choice(name, at, focus).map(|c| self.reading_of(c))
    }

    /// The parts of a choice that make an actor.
    #[inline]
    fn reading_of(&self, c: Chosen) -> Reading<'_> {
        let r = &self.rows[c.row as usize];
        let code: &str = &r.code;
        Reading {
            row: c.row,
            code,
            country: r.country(),
            agent: self.row_has_agent[c.row as usize].then(|| &code[3..6]),
            name: self.row_name(c.actor, c.row),
            kind: r.kind,
        }
    }

    /// The reading a name has at `at` in the context `focus`, chosen once and
    /// then remembered.
    #[inline]
    fn choice(&self, name: u32, at: Option<Interval>, focus: &[&str]) -> Option<Chosen> {
        // The same names recur at the same dates: each resolution is remembered
        // (per thread) under the name, the date and which of the name's
        // countries are in focus, which is all it depends on.
        let Some(key) = self.memo_key(name, at, focus) else {
            return with_scored(|scored| self.choose_best(name, at, focus, scored));
        };
        let slot = key.slot();
        if let Some(chosen) = MEMO.with(|memo| memo.borrow().get(slot).and_then(|s| s.answer(&key)))
        {
            return chosen;
        }
        let chosen = with_scored(|scored| self.choose_best(name, at, focus, scored));
        MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            if memo.is_empty() {
                memo.resize(MEMO_SLOTS, MemoSlot::EMPTY);
            }
            memo[slot] = MemoSlot {
                key: Some(key),
                chosen,
            };
        });
        chosen
    }

    /// Scores a name's readings and chooses the best.
    fn choose_best(
        &self,
        name: u32,
        at: Option<Interval>,
        focus: &[&str],
        scored: &mut Vec<Scored>,
    ) -> Option<Chosen> {
        self.score(name, at, focus, scored)?;
        let best = scored.iter().max_by_key(|s| s.key())?;
        Some(self.choose(best, scored))
    }

    /// What a resolution is remembered under; `None` when a name has too many
    /// countries to tell which are in focus in one word.
    fn memo_key(&self, name: u32, at: Option<Interval>, focus: &[&str]) -> Option<MemoKey> {
        let info = self.names.get(name as usize)?;
        if info.country_rows.len() > 64 {
            return None;
        }
        let mut in_focus = 0u64;
        for (k, &r) in info.country_rows.iter().enumerate() {
            let country = self.rows[r as usize].country();
            if focus.iter().any(|f| same_code(f, country)) {
                in_focus |= 1 << k;
            }
        }
        let (start, end) = at.map_or((NO_DAY, NO_DAY), |iv| (day_key(iv.start), day_key(iv.end)));
        Some(MemoKey {
            kb: self.serial,
            name,
            start,
            end,
            in_focus,
        })
    }

    /// The kind of actor a name means undated and out of context: the kind
    /// `resolve(name, None, &[])` gives, without working out the rest.
    pub fn undated_kind(&self, name: u32) -> Option<ActorKind> {
        with_scored(|scored| {
            self.score(name, None, &[], scored)?;
            let best = scored.iter().max_by_key(|s| s.key())?;
            Some(self.rows[best.row as usize].kind)
        })
    }

    /// Every reading of a name at `at`, best first: the first is what
    /// [`KnowledgeBase::resolve`] returns. For `--explain`.
    pub fn candidates(&self, name: u32, at: Option<Interval>, focus: &[&str]) -> Vec<Resolved<'_>> {
        let mut scored = Vec::new();
        if self.score(name, at, focus, &mut scored).is_none() {
            return Vec::new();
        }
        scored.sort_by_key(|s| Reverse(s.key()));
        scored
            .iter()
            .map(|s| self.resolution(self.choose(s, &scored), at))
            .collect()
    }

    /// Scores every reading of a name into `out`; `None` for an unknown name.
    fn score(
        &self,
        name: u32,
        at: Option<Interval>,
        focus: &[&str],
        out: &mut Vec<Scored>,
    ) -> Option<()> {
        out.clear();
        let info = self.names.get(name as usize)?;
        let scored = info
            .readings
            .iter()
            .enumerate()
            .map(|(order, &(a, secondary))| {
                let (row, days) = self.pick_row(&self.actors[a as usize], at);
                let r = &self.rows[row as usize];
                Scored {
                    actor: a,
                    row,
                    fits: days > 0,
                    in_focus: focus.contains(&r.country()),
                    days,
                    primary: !secondary,
                    kind_rank: kind_rank(r.kind),
                    order,
                    undated: at.is_none(),
                }
            });
        out.extend(scored);
        Some(())
    }

    /// The chosen row of an actor for a date and how well it fits: days of
    /// overlap of all its rows, or when none overlaps, minus the days to the nearest row (which is
    /// taken). Undated, the longest-held row, fitting by its length, so that of
    /// several readings the one that lasted longest is taken.
    fn pick_row(&self, actor: &Actor, at: Option<Interval>) -> (u32, i64) {
        // Compared as day numbers, which order as the dates do.
        let Some(at) = at.map(DaySpan::of) else {
            let longest = actor
                .rows
                .iter()
                .map(|&r| {
                    let iv = self.row_days[r as usize];
                    (r, iv.end - iv.start + 1)
                })
                .max_by_key(|&(_, d)| d);
            return longest.unwrap_or((actor.rows[0], 1));
        };
        let mut best = (actor.rows[0], i64::MIN);
        // An actor whose code changed within the interval covers it with all its
        // rows together: the fit is their total overlap.
        let mut covered = 0;
        for &r in &actor.rows {
            let iv = self.row_days[r as usize];
            let (s, e) = (iv.start.max(at.start), iv.end.min(at.end));
            let score = if s <= e {
                e - s + 1
            } else if iv.end < at.start {
                iv.end - at.start
            } else {
                at.end - iv.start
            };
            covered += score.max(0);
            if score > best.1 {
                best = (r, score);
            }
        }
        if covered > 0 {
            best.1 = covered;
        }
        best
    }

    /// What the choice of reading `s` among `all` comes to, short of the texts.
    fn choose(&self, s: &Scored, all: &[Scored]) -> Chosen {
        let r = &self.rows[s.row as usize];
        let country = r.country();
        // Other codes the name could mean at the date, counted once each (at
        // their first reading: a name has few readings, so looking back costs
        // less than collecting them).
        let counts = |o: &Scored| o.fits || !s.fits;
        let code_of = |o: &Scored| self.rows[o.row as usize].code.as_str();
        let mut others = 0;
        let mut unfocused_other = false;
        for (k, o) in all.iter().enumerate().filter(|(_, o)| counts(o)) {
            let code = code_of(o);
            if code != r.code && !all[..k].iter().any(|p| counts(p) && code_of(p) == code) {
                others += 1;
                unfocused_other |= !o.in_focus;
            }
        }
        let how = match (others == 0, s.in_focus && unfocused_other) {
            (true, _) => Choice::Only,
            (false, true) => Choice::Context,
            (false, false) => Choice::Common,
        };
        // What the knowledge base knows of this reading's lifetime: every row of
        // every actor of this country the name can mean at the date.
        let (mut from, mut to) = (Some(Date::year_end(9999)), Some(Date::year_start(-9999)));
        for o in all
            .iter()
            .filter(|o| counts(o) && self.rows[o.row as usize].country() == country)
        {
            let actor = &self.actors[o.actor as usize];
            from = from.zip(actor.first_start).map(|(x, y)| x.min(y));
            to = to.zip(actor.last_end).map(|(x, y)| x.max(y));
        }
        Chosen {
            actor: s.actor,
            row: s.row,
            fits: s.fits,
            alternatives: others,
            how,
            known_from: from,
            known_to: to,
        }
    }

    /// The resolution a choice made at `at` stands for.
    fn resolution(&self, c: Chosen, at: Option<Interval>) -> Resolved<'_> {
        let r = &self.rows[c.row as usize];
        let Reading {
            row,
            code,
            country,
            agent,
            name,
            kind,
        } = self.reading_of(c);
        Resolved {
            row,
            id: &self.actors[c.actor as usize].id,
            code,
            country,
            agent,
            name,
            label: &r.label,
            kind,
            start: r.start,
            end: r.end,
            alternatives: c.alternatives,
            choice: c.how,
            undated: at.is_none(),
            in_period: c.fits,
            known_from: c.known_from,
            known_to: c.known_to,
        }
    }

    /// The canonical name of actor `actor` read at its row `row`: a state's or
    /// place's country name, else the actor's first name.
    #[inline]
    fn row_name(&self, actor: u32, row: u32) -> &str {
        match &self.row_country_names[row as usize] {
            Some(name) => name,
            None => {
                let a = &self.actors[actor as usize];
                a.names.first().map_or(&a.id, |(n, _)| n)
            }
        }
    }
}

/// The part of a [`Resolved`] that makes an actor (see [`KnowledgeBase::reading`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading<'kb> {
    /// Index of the chosen row.
    pub row: u32,
    /// CAMEO actor code at that date.
    pub code: &'kb str,
    /// Country or group code (the first three letters).
    pub country: &'kb str,
    /// Agent code, if the code has one.
    pub agent: Option<&'kb str>,
    /// The actor's canonical name (a state's or place's country name).
    pub name: &'kb str,
    /// What kind of actor.
    pub kind: ActorKind,
}

/// A reading chosen, with what the choice found: a [`Resolved`] without its
/// texts, small enough to remember.
#[derive(Clone, Copy)]
struct Chosen {
    actor: u32,
    row: u32,
    fits: bool,
    alternatives: usize,
    how: Choice,
    known_from: Option<Date>,
    known_to: Option<Date>,
}

/// What a resolution is remembered under.
#[derive(Clone, Copy, PartialEq, Eq)]
struct MemoKey {
    /// The knowledge base's serial number.
    kb: u64,
    name: u32,
    /// The date's first and last day ([`day_key`]), or [`NO_DAY`] undated.
    start: u64,
    end: u64,
    /// Which of the name's countries (`NameInfo::country_rows`) are in focus.
    in_focus: u64,
}

impl MemoKey {
    /// The memo slot of this key: its fields mixed into one word, multiplied
    /// (Fibonacci hashing), the top bits taken.
    #[inline]
    fn slot(&self) -> usize {
        let mixed = (self.kb << 32 ^ u64::from(self.name) ^ self.in_focus.rotate_left(40))
            ^ self.start.rotate_left(21)
            ^ self.end.rotate_left(43);
        (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - MEMO_BITS)) as usize
    }
}

/// One slot of the memo: a key and what was chosen for it.
#[derive(Clone, Copy)]
struct MemoSlot {
    /// `None` while the slot is unused.
    key: Option<MemoKey>,
    chosen: Option<Chosen>,
}

impl MemoSlot {
    const EMPTY: MemoSlot = MemoSlot {
        key: None,
        chosen: None,
    };

    /// What was chosen for `key`, if this slot holds it.
    #[inline]
    fn answer(&self, key: &MemoKey) -> Option<Option<Chosen>> {
        (self.key.as_ref() == Some(key)).then_some(self.chosen)
    }
}

/// A date as one number, every field kept: the year's bits above the month's
/// and the day's, so that two dates have the same key only if they are equal.
#[inline]
fn day_key(d: Date) -> u64 {
    u64::from(d.year as u32) << 16 | u64::from(d.month) << 8 | u64::from(d.day)
}

/// The key of no date: above every [`day_key`].
const NO_DAY: u64 = u64::MAX;

/// Whether two country codes are the same: nearly all are three letters,
/// compared here without a call to `memcmp`.
#[inline]
fn same_code(a: &str, b: &str) -> bool {
    match (a.as_bytes(), b.as_bytes()) {
        ([a0, a1, a2], [b0, b1, b2]) => a0 == b0 && a1 == b1 && a2 == b2,
        (a, b) => a == b,
    }
}

/// A thread remembers up to `1 << MEMO_BITS` resolutions, one a slot.
const MEMO_BITS: u32 = 12;
const MEMO_SLOTS: usize = 1 << MEMO_BITS;

thread_local! {
    /// Direct-mapped (a key has one slot, and a newer key in it replaces an
    /// older): a lookup is a multiplication and one compare, where a hash
    /// map's took ~100 instructions. The few distinct keys of a text rarely
    /// meet in a slot. Sized at the first resolution; `const`, so that a lookup
    /// does not test whether the thread's memo was made.
    static MEMO: RefCell<Vec<MemoSlot>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the buffer readings are scored into, kept per thread: the
/// coder resolves every mention, often twice.
fn with_scored<T>(f: impl FnOnce(&mut Vec<Scored>) -> T) -> T {
    thread_local! {
        static SCORED: RefCell<Vec<Scored>> = const { RefCell::new(Vec::new()) };
    }
    SCORED.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scored) => f(&mut scored),
        // Only a nested call (none today) finds the buffer taken.
        Err(_) => f(&mut Vec::new()),
    })
}

/// Which kind of actor an ambiguous name means when nothing else decides: a
/// name shared by a state and a city ("Georgia", "Mexico") is more often the state.
fn kind_rank(kind: ActorKind) -> u8 {
    match kind {
        ActorKind::State => 0,
        ActorKind::Group => 1,
        ActorKind::Place => 2,
        ActorKind::Organization => 3,
        ActorKind::Person => 4,
    }
}
