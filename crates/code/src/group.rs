//! The mentions a party is made of: one coordination group, nearly always one or
//! two names, so those are held inline and a party costs no allocation.

use std::ops::{Deref, DerefMut};

/// How many mention indices a [`Group`] holds before it spills to the heap.
const INLINE: usize = 3;

/// Indices into a sentence's mentions, in text order.
#[derive(Clone, Debug)]
pub enum Group {
    /// Up to [`INLINE`] indices; the first `len` are used.
    Inline {
        /// How many of `items` are used.
        len: u8,
        /// The indices.
        items: [usize; INLINE],
    },
    /// More than [`INLINE`] indices.
    Heap(Vec<usize>),
}

impl Group {
    /// A group of one mention.
    pub fn one(m: usize) -> Group {
        Group::Inline {
            len: 1,
            items: [m, 0, 0],
        }
    }

    /// Adds mention `m` at the end.
    pub fn push(&mut self, m: usize) {
        match self {
            Group::Inline { len, items } if (*len as usize) < INLINE => {
                items[*len as usize] = m;
                *len += 1;
            }
            Group::Inline { items, .. } => {
                let mut all = items.to_vec();
                all.push(m);
                *self = Group::Heap(all);
            }
            Group::Heap(all) => all.push(m),
        }
    }
}

impl Default for Group {
    fn default() -> Group {
        Group::Inline {
            len: 0,
            items: [0; INLINE],
        }
    }
}

impl Deref for Group {
    type Target = [usize];

    #[inline]
    fn deref(&self) -> &[usize] {
        match self {
            Group::Inline { len, items } => &items[..*len as usize],
            Group::Heap(all) => all,
        }
    }
}

impl DerefMut for Group {
    #[inline]
    fn deref_mut(&mut self) -> &mut [usize] {
        match self {
            Group::Inline { len, items } => &mut items[..*len as usize],
            Group::Heap(all) => all,
        }
    }
}

impl PartialEq for Group {
    fn eq(&self, other: &Group) -> bool {
        **self == **other
    }
}

impl Eq for Group {}

impl FromIterator<usize> for Group {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Group {
        let mut g = Group::default();
        for m in iter {
            g.push(m);
        }
        g
    }
}

impl<'a> IntoIterator for &'a Group {
    type Item = &'a usize;
    type IntoIter = std::slice::Iter<'a, usize>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spills_past_the_inline_size_and_keeps_order() {
        let g: Group = (0..5).collect();
        assert_eq!(&*g, &[0, 1, 2, 3, 4]);
        let small: Group = [7, 2].into_iter().collect();
        assert!(matches!(small, Group::Inline { len: 2, .. }));
        assert_eq!(small, Group::Heap(vec![7, 2]));
        assert_eq!(&*Group::one(4), &[4]);
    }
}
