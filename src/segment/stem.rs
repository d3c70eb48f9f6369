//! Snowball stemming memoised per thread: a stem costs thousands of instructions, and the
//! words of one corpus repeat across its documents.

use super::Lang;
use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Distinct words memoised per language before that language's memo is emptied, so that
/// memory stays bounded whatever the corpus (a few MB at most).
const MEMO_LIMIT: usize = 50_000;

thread_local! {
    static MEMO: RefCell<Vec<FxHashMap<Box<str>, Box<str>>>> =
        RefCell::new(vec![FxHashMap::default(); Lang::ALL.len()]);
}

/// Calls `f` with the Snowball stem of `word` in `lang` (the same as
/// `Stemmer::create(lang.algorithm()).stem(word)`).
pub fn with_stem<R>(lang: Lang, word: &str, f: impl FnOnce(&str) -> R) -> R {
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let map = &mut memo[lang as usize];
        if let Some(stem) = map.get(word) {
            return f(stem);
        }
        if map.len() >= MEMO_LIMIT {
            map.clear();
        }
        let stem: Box<str> = Stemmer::create(lang.algorithm()).stem(word).into();
        let out = f(&stem);
        map.insert(word.into(), stem);
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
