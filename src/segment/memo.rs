//! Per-thread memos of word properties, by language and word, bounded by two generations.
//!
//! A memo that is emptied when full forgets the words every document uses along with the
//! rare ones, and works them all out again. Here a full memo becomes the old generation and
//! a new one starts: a word found in the old generation moves to the new one, so the words
//! a corpus keeps using stay, and only those unused for a whole generation are dropped. At
//! most two generations are held: memory stays bounded whatever the corpus.

use super::Lang;
use rustc_hash::FxHashMap;

/// Words by language and their values, in two generations of at most `limit` words each.
pub(crate) struct WordMemo<V> {
    young: Vec<FxHashMap<Box<str>, V>>,
    old: Vec<FxHashMap<Box<str>, V>>,
    /// Words in `young`, all languages together.
    young_len: usize,
    limit: usize,
}

impl<V> WordMemo<V> {
    /// An empty memo whose generations hold at most `limit` words each.
    pub(crate) fn new(limit: usize) -> Self {
        Self {
            young: (0..Lang::ALL.len()).map(|_| FxHashMap::default()).collect(),
            old: (0..Lang::ALL.len()).map(|_| FxHashMap::default()).collect(),
            young_len: 0,
            limit,
        }
    }

    /// The value of `word` in `lang`, if it is remembered (a word of the old generation moves
    /// to the young one). Values are cheap to clone (`Rc`): a copy returned ends the look-up's
    /// borrow, so a word found at once is hashed once.
    pub(crate) fn get(&mut self, lang: Lang, word: &str) -> Option<V>
    where
        V: Clone,
    {
        let l = lang as usize;
        if let Some(value) = self.young[l].get(word) {
            return Some(value.clone());
        }
        let (key, value) = self.old[l].remove_entry(word)?;
        self.insert_owned(lang, key, value.clone());
        Some(value)
    }

    /// Remembers `value` for `word` in `lang` (a word not remembered yet).
    pub(crate) fn insert(&mut self, lang: Lang, word: &str, value: V) {
        self.insert_owned(lang, word.into(), value);
    }

    fn insert_owned(&mut self, lang: Lang, word: Box<str>, value: V) {
        if self.young_len >= self.limit {
            // The old generation is dropped: what it still held was not used for a whole
            // generation.
            std::mem::swap(&mut self.old, &mut self.young);
            self.young
                .iter_mut()
                .for_each(|m| *m = FxHashMap::default());
            self.young_len = 0;
        }
        self.young[lang as usize].insert(word, value);
        self.young_len += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn used_words_survive_a_new_generation() {
        let mut memo = WordMemo::new(2);
        memo.insert(Lang::En, "a", 1);
        memo.insert(Lang::En, "b", 2);
        // The first generation is full: "a" and "b" become old.
        memo.insert(Lang::Fr, "c", 3);
        // "a" is used again and moves to the young generation, "b" is not.
        assert_eq!(memo.get(Lang::En, "a"), Some(1));
        // The second generation is full: the first, with "b", is dropped.
        memo.insert(Lang::En, "d", 4);
        assert_eq!(memo.get(Lang::En, "b"), None);
        assert_eq!(memo.get(Lang::En, "a"), Some(1));
        assert_eq!(memo.get(Lang::Fr, "c"), Some(3));
        assert_eq!(memo.get(Lang::En, "d"), Some(4));
        assert_eq!(memo.get(Lang::Fr, "a"), None);
    }
}
