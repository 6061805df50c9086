//! The automaton that finds dictionary entries in text: a byte trie anchored
//! at word starts.
//!
//! Entries (actor names, role nouns, event heads) can only begin where a word
//! begins, so the trie is walked from each word start that some entry begins
//! with, and never from inside a word. [`Trie::find`] takes the longest entry
//! ending at a word boundary (names, case-sensitive); [`Trie::longest_prefix_folded`]
//! the longest entry the text at a place begins with, ignoring ASCII case.
//! Unlike a general Aho-Corasick automaton it needs no failure links, so it is
//! built in one linear pass over the sorted entries (about a millisecond for the
//! whole knowledge base), which keeps loading fast, and it never lets a match
//! inside a word hide a whole-word match that overlaps it. A bitmap of the
//! entries' first bytes passes over most words without a walk.
//!
//! ```
//! use annals_text::trie::Trie;
//!
//! let names = Trie::new(&[("Korea", 0), ("North Korea", 1)]);
//! let mut found = Vec::new();
//! names.find("North Korea and Korean", 0, 22, |s, e, id| found.push((s, e, id)));
//! assert_eq!(found, [(0, 11, 1)]);
//! let nouns = Trie::folded(&[("force", 0), ("forces", 1)]);
//! assert_eq!(nouns.longest_prefix_folded(b"Forces", 0, 6), Some((6, 1)));
//! ```

mod runs;

pub use runs::{scan_word_runs, PairedRunKeys, RunKey};
use runs::{FirstRuns, RunKeys};

const NONE: u32 = u32::MAX;

/// One node: the byte that leads to it, the pattern ending here (if any), and
/// its children, stored contiguously and sorted by byte; a node with many
/// children also has a table of them by byte.
#[derive(Clone, Copy)]
struct Node {
    pattern: u32,
    first: u32,
    /// Which table of [`Trie::tables`] holds the children, if `len > LISTED`.
    table: u32,
    len: u16,
    byte: u8,
}

/// Children a node may have before a search of its list costs more than a
/// table: the nodes near the root, with dozens of children, have tables.
const LISTED: u16 = 8;

/// A compiled set of entries, each with an id.
pub struct Trie {
    nodes: Vec<Node>,
    /// For each node with more than [`LISTED`] children, the child for each
    /// byte (256 entries each, `NONE` where there is none).
    tables: Vec<u32>,
    /// The child of the root for each first byte.
    root: Box<[u32; 256]>,
    /// The pattern bytes are ASCII lowercase and text is folded to match.
    fold: bool,
    /// Which beginnings patterns have, to pass over most words without a walk.
    prefixes: Prefixes,
    /// The keys of the patterns' first runs of ASCII letters and digits.
    runs: RunKeys,
    /// The patterns' first runs with the nodes they lead to (case-sensitive
    /// tries only; empty when folded).
    first_runs: FirstRuns,
}

impl Trie {
    /// Compiles `(pattern, id)` pairs, matched case-sensitively; the id is
    /// reported with each match. Empty patterns are ignored, and of identical
    /// patterns the first is kept.
    pub fn new(patterns: &[(&str, u32)]) -> Trie {
        let bytes = patterns.iter().map(|&(p, id)| (p.as_bytes(), id)).collect();
        Trie::build(bytes, false)
    }

    /// Like [`Trie::new`], for [`Trie::longest_prefix_folded`]: patterns
    /// and text compare ignoring ASCII case (of patterns alike but for case, the
    /// first is kept).
    pub fn folded(patterns: &[(&str, u32)]) -> Trie {
        let lower: Vec<(Vec<u8>, u32)> = patterns
            .iter()
            .map(|&(p, id)| (p.as_bytes().to_ascii_lowercase(), id))
            .collect();
        let bytes = lower.iter().map(|(p, id)| (p.as_slice(), *id)).collect();
        Trie::build(bytes, true)
    }

    fn build(mut sorted: Vec<(&[u8], u32)>, fold: bool) -> Trie {
        sorted.retain(|(p, _)| !p.is_empty());
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        sorted.dedup_by(|b, a| a.0 == b.0);
        let mut trie = Trie {
            nodes: Vec::with_capacity(sorted.iter().map(|p| p.0.len()).sum::<usize>() / 2 + 1),
            tables: Vec::new(),
            root: Box::new([NONE; 256]),
            fold,
            prefixes: Prefixes::new(sorted.iter().map(|p| p.0)),
            runs: RunKeys::new(sorted.iter().map(|p| p.0)),
            first_runs: FirstRuns::new(std::iter::empty(), |_| NONE),
        };
        trie.nodes.push(Node {
            pattern: NONE,
            first: 0,
            table: NONE,
            len: 0,
            byte: 0,
        });
        trie.add_children(0, &sorted, 0);
        let root = trie.nodes[0];
        for i in root.first..root.first + u32::from(root.len) {
            trie.root[trie.nodes[i as usize].byte as usize] = i;
        }
        for node in 1..trie.nodes.len() {
            let n = trie.nodes[node];
            if n.len > LISTED {
                let table = trie.tables.len();
                trie.tables.resize(table + 256, NONE);
                for c in n.first..n.first + u32::from(n.len) {
                    trie.tables[table + trie.nodes[c as usize].byte as usize] = c;
                }
                trie.nodes[node].table = (table / 256) as u32;
            }
        }
        if !fold {
            trie.first_runs = FirstRuns::new(sorted.iter().map(|p| p.0), |head| trie.node_of(head));
        }
        trie
    }

    /// The node `bytes` (a prefix of some pattern) lead to from the root.
    fn node_of(&self, bytes: &[u8]) -> u32 {
        // The root's children are found through `root`, not `child`.
        bytes[1..]
            .iter()
            .fold(self.root[bytes[0] as usize], |node, &b| {
                let n = self.nodes[node as usize];
                self.child(&n, b).unwrap_or(NONE)
            })
    }

    /// Gives `node` the children that `pats` (sorted, all sharing their first
    /// `depth` bytes) continue with, and recurses into them.
    fn add_children(&mut self, node: usize, mut pats: &[(&[u8], u32)], depth: usize) {
        if let Some(&(p, id)) = pats.first() {
            if p.len() == depth {
                self.nodes[node].pattern = id;
                pats = &pats[1..];
            }
        }
        if pats.is_empty() {
            return;
        }
        // Two passes over the runs of patterns sharing their next byte: the
        // first lays the children out contiguously, the second recurses into
        // them. (Finding the runs twice costs less than collecting them into a
        // vector at every node.)
        let first = self.nodes.len();
        for run in runs(pats, depth) {
            self.nodes.push(Node {
                pattern: NONE,
                first: 0,
                table: NONE,
                len: 0,
                byte: run[0].0[depth],
            });
        }
        self.nodes[node].first = first as u32;
        // At most 256: one child per byte.
        self.nodes[node].len = (self.nodes.len() - first) as u16;
        for (k, run) in runs(pats, depth).enumerate() {
            self.add_children(first + k, run, depth + 1);
        }
    }

    #[inline]
    fn child(&self, node: &Node, byte: u8) -> Option<u32> {
        if node.len > LISTED {
            let c = self.tables[node.table as usize * 256 + byte as usize];
            return (c != NONE).then_some(c);
        }
        let kids = &self.nodes[node.first as usize..node.first as usize + node.len as usize];
        kids.iter()
            .position(|k| k.byte == byte)
            .map(|i| node.first + i as u32)
    }

    /// Finds every entry in `text[start..end]` that is a whole word of `text`,
    /// leftmost first and longest at each place, calling `found(start, end, id)`.
    pub fn find(
        &self,
        text: &str,
        start: usize,
        end: usize,
        mut found: impl FnMut(usize, usize, u32),
    ) {
        let end = end.min(text.len());
        scan_word_starts(text, start, end, |i| {
            let (m_end, id) = self.word_at(text, i, end)?;
            found(i, m_end, id);
            Some(m_end)
        });
    }

    /// The longest entry that begins at `text[i..]` (a word start) and ends at a
    /// word boundary no later than `end`: `(end, id)`. [`Trie::find`] asks this at
    /// each word start, skipping the words a match covers.
    #[inline]
    pub fn word_at(&self, text: &str, i: usize, end: usize) -> Option<(usize, u32)> {
        let bytes = text.as_bytes();
        // The first byte alone (one load) rejects spaces and punctuation
        // before the bitmaps are hashed into.
        let r = self.root[bytes[i] as usize];
        if r == NONE || !self.prefixes.may_start(bytes, i, end, false) {
            return None;
        }
        self.longest(text, r, i + 1, end)
    }

    /// Whether some pattern's first run of ASCII letters and digits may be
    /// `run` ([`RunKey`], compared by hash): if not, no pattern matches a
    /// whole word (nor [`Trie::longest_prefix_folded`] one ending at a word
    /// boundary) where the run begins.
    #[inline]
    pub fn may_begin_run(&self, run: &RunKey) -> bool {
        self.runs.has(run)
    }

    /// The run keys of this trie and `other` in one table
    /// ([`PairedRunKeys::may_begin`] answers [`Trie::may_begin_run`] for both).
    pub fn paired_run_keys(&self, other: &Trie) -> PairedRunKeys {
        PairedRunKeys::new(&self.runs, &other.runs)
    }

    /// [`Trie::word_at`] for a word start `i` whose run of ASCII letters and
    /// digits is `run` (not empty), in a case-sensitive trie: the walk starts
    /// after the run's first bytes where some pattern's first run is the
    /// word's, and there is none where none is.
    #[inline]
    pub fn word_at_run(
        &self,
        text: &str,
        i: usize,
        run: &RunKey,
        end: usize,
    ) -> Option<(usize, u32)> {
        let (node, taken) = self.first_runs.node_after(run)?;
        self.longest(text, node, i + taken, end)
    }

    /// The longest pattern that `text[start..end]` begins with, ignoring ASCII
    /// case (the patterns must be lowercase), wherever it ends: `(end, id)`.
    // Inlined into the word scans that ask it at nearly every word start.
    #[inline]
    pub fn longest_prefix_folded(
        &self,
        text: &[u8],
        start: usize,
        end: usize,
    ) -> Option<(usize, u32)> {
        let end = end.min(text.len());
        if start >= end || !self.fold || !self.prefixes.may_start(text, start, end, true) {
            return None;
        }
        let mut node = self.root[text[start].to_ascii_lowercase() as usize];
        let mut pos = start + 1;
        let mut best = None;
        while node != NONE {
            let n = self.nodes[node as usize];
            if n.pattern != NONE {
                best = Some((pos, n.pattern));
            }
            if pos >= end || n.len == 0 {
                break;
            }
            node = self
                .child(&n, text[pos].to_ascii_lowercase())
                .unwrap_or(NONE);
            pos += 1;
        }
        best
    }

    /// The longest pattern continuing from `node` (reached at byte `pos`) that
    /// ends at a word boundary no later than `end`.
    fn longest(
        &self,
        text: &str,
        mut node: u32,
        mut pos: usize,
        end: usize,
    ) -> Option<(usize, u32)> {
        let bytes = text.as_bytes();
        let mut best = None;
        loop {
            let n = self.nodes[node as usize];
            if n.pattern != NONE && ends_word(text, pos) {
                best = Some((pos, n.pattern));
            }
            if pos >= end || n.len == 0 {
                return best;
            }
            match self.child(&n, bytes[pos]) {
                Some(c) => node = c,
                None => return best,
            }
            pos += 1;
        }
    }
}

/// Whether `pos` is a character boundary of `text` not followed by a letter or
/// digit (ASCII is told from its byte, without decoding).
#[inline]
fn ends_word(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        None => pos == text.len(),
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => {
            text.is_char_boundary(pos)
                && !text[pos..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        }
    }
}

/// The first bytes of the patterns, in bitmaps: a word whose first bytes no
/// pattern has cannot start a match, and is passed over without a walk of the
/// trie. Patterns of one and two bytes are kept whole, longer ones by a hash of
/// their first three bytes.
struct Prefixes {
    one: Box<[u64; 4]>,
    two: Box<[u64; 1024]>,
    three: Box<[u64; 1024]>,
    /// Whether any pattern is one or two bytes long.
    short: bool,
}

impl Prefixes {
    fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> Prefixes {
        let mut p = Prefixes {
            one: Box::new([0; 4]),
            two: Box::new([0; 1024]),
            three: Box::new([0; 1024]),
            short: false,
        };
        for pat in patterns {
            match pat.len() {
                0 => {}
                1 => set(&mut p.one[..], pat[0] as usize),
                2 => set(&mut p.two[..], pair(pat[0], pat[1])),
                _ => set(&mut p.three[..], triple(pat[0], pat[1], pat[2])),
            }
            p.short |= matches!(pat.len(), 1 | 2);
        }
        p
    }

    /// Whether some pattern may begin at `text[at..end]` (folding ASCII case
    /// when the patterns were folded).
    #[inline(always)]
    fn may_start(&self, text: &[u8], at: usize, end: usize, fold: bool) -> bool {
        let byte = |k: usize| {
            if fold {
                text[k].to_ascii_lowercase()
            } else {
                text[k]
            }
        };
        if at + 3 <= end
            && get(
                &self.three[..],
                triple(byte(at), byte(at + 1), byte(at + 2)),
            )
        {
            return true;
        }
        self.short
            && at < end
            && (get(&self.one[..], byte(at) as usize)
                || (at + 2 <= end && get(&self.two[..], pair(byte(at), byte(at + 1)))))
    }
}

#[inline]
fn pair(a: u8, b: u8) -> usize {
    (a as usize) << 8 | b as usize
}

#[inline]
fn triple(a: u8, b: u8, c: u8) -> usize {
    let key = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

fn set(bits: &mut [u64], i: usize) {
    bits[i >> 6] |= 1 << (i & 63);
}

#[inline]
fn get(bits: &[u64], i: usize) -> bool {
    bits[i >> 6] & (1 << (i & 63)) != 0
}

/// The runs of `pats` (sorted, all longer than `depth`) that share the byte at
/// `depth`, in order.
fn runs<'p, 'a>(
    pats: &'p [(&'a [u8], u32)],
    depth: usize,
) -> impl Iterator<Item = &'p [(&'a [u8], u32)]> {
    pats.chunk_by(move |a, b| a.0[depth] == b.0[depth])
}

/// Calls `at(i)` at each place in `text[start..end]` where a word may start (one
/// not preceded by a letter or digit); when `at` returns the end of a match the
/// walk goes on from there, otherwise from the next character. Letters and
/// digits inside a word are passed over at once.
pub fn scan_word_starts(
    text: &str,
    start: usize,
    end: usize,
    mut at: impl FnMut(usize) -> Option<usize>,
) {
    runs::walk_word_starts(text, start, end, |i, _| at(i));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(names: &[&str], text: &str) -> Vec<String> {
        let pats: Vec<(&str, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i as u32))
            .collect();
        let trie = Trie::new(&pats);
        let mut out = Vec::new();
        trie.find(text, 0, text.len(), |start, end, name| {
            out.push((start, end, name))
        });
        out.iter()
            .map(|&(start, end, name)| format!("{}={}", &text[start..end], names[name as usize]))
            .collect()
    }

    #[test]
    fn whole_words_only_and_the_longest() {
        let names = ["Korea", "Korean", "North Korea", "India", "US", "U.S."];
        assert_eq!(
            found(&names, "North Korea and Korean Indiana USSR"),
            ["North Korea=North Korea", "Korean=Korean"]
        );
        assert_eq!(
            found(&names, "the U.S. and the US."),
            ["U.S.=U.S.", "US=US"]
        );
    }

    #[test]
    fn a_match_inside_a_word_does_not_hide_a_whole_word() {
        // "Omani" inside "Romanian" must not stop "Romania" being found elsewhere,
        // and a longer non-word match must not swallow a word that follows.
        assert_eq!(
            found(&["Oman", "Mania", "Romania"], "Romanian Romania"),
            ["Romania=Romania"]
        );
        assert_eq!(
            found(&["Sino", "Sino-Soviet split"], "Sino-Soviets"),
            ["Sino=Sino"]
        );
    }

    #[test]
    fn unicode_boundaries_and_names() {
        let names = ["Russia", "Élysée", "Åland"];
        assert_eq!(
            found(&names, "“Russia” — Élysée, Åland’s"),
            ["Russia=Russia", "Élysée=Élysée", "Åland=Åland"]
        );
        assert_eq!(found(&names, "éRussia Russiaé"), Vec::<String>::new());
    }

    #[test]
    fn spans_are_respected_and_boundaries_read_from_the_whole_text() {
        let pats = [("Russia", 0)];
        let trie = Trie::new(&pats);
        let text = "xRussia Russia Russia";
        let mut out = Vec::new();
        trie.find(text, 1, 14, |start, end, _| out.push((start, end)));
        assert_eq!(out, [(8, 14)]);
    }

    #[test]
    fn folded_prefixes_are_the_longest_wherever_they_end() {
        let pats = [
            ("force", 0),
            ("Forces", 1),
            ("security forces", 2),
            ("forces", 3),
        ];
        let trie = Trie::folded(&pats);
        let at = |t: &str| trie.longest_prefix_folded(t.as_bytes(), 0, t.len());
        assert_eq!(at("Forces x"), Some((6, 1)));
        assert_eq!(at("FORCE"), Some((5, 0)));
        assert_eq!(at("forcesx"), Some((6, 1)));
        assert_eq!(at("Security Forces"), Some((15, 2)));
        assert_eq!(at("Security Force"), None);
        assert_eq!(trie.longest_prefix_folded(b"forces", 0, 5), Some((5, 0)));
        assert_eq!(at("orce"), None);
    }

    #[test]
    fn empty_and_duplicate_patterns_are_harmless() {
        assert_eq!(found(&["", "Chad", "Chad"], "Chad"), ["Chad=Chad"]);
        assert!(found(&[], "anything").is_empty());
    }
}
