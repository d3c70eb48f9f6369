//! Snowball stemming memoised per thread: a stem costs thousands of instructions, and the
//! words of one corpus repeat across its documents.

use super::Lang;
use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Words memoised per thread, all languages together, before the memo is emptied: memory
/// stays bounded (a few MB) whatever the corpus.
const MEMO_LIMIT: usize = 32_768;

/// A memo per language, and how many words they hold together.
struct Memo {
    maps: Vec<FxHashMap<Box<str>, Box<str>>>,
    len: usize,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        maps: vec![FxHashMap::default(); Lang::ALL.len()],
        len: 0,
    });
}

/// Calls `f` with the Snowball stem of `word` in `lang` (the same as
/// `Stemmer::create(lang.algorithm()).stem(word)`).
pub fn with_stem<R>(lang: Lang, word: &str, f: impl FnOnce(&str) -> R) -> R {
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(stem) = memo.maps[lang as usize].get(word) {
            return f(stem);
        }
        if memo.len >= MEMO_LIMIT {
            memo.maps.iter_mut().for_each(|m| *m = FxHashMap::default());
            memo.len = 0;
        }
        let stem: Box<str> = Stemmer::create(lang.algorithm()).stem(word).into();
        let out = f(&stem);
        memo.maps[lang as usize].insert(word.into(), stem);
        memo.len += 1;
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memoised_stems_equal_the_stemmer() {
        for lang in Lang::ALL {
            let stemmer = Stemmer::create(lang.algorithm());
            for w in [
                "participation",
                "cities",
                "städte",
                "ciudades",
                "running",
                "a",
                "",
            ] {
                for _ in 0..2 {
                    assert_eq!(with_stem(lang, w, str::to_string), stemmer.stem(w));
                }
            }
        }
    }
}
