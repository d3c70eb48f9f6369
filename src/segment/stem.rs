//! Snowball stemming memoised per thread: a stem costs thousands of instructions, and the
//! words of one corpus repeat across its documents.

use super::memo::WordMemo;
use super::Lang;
use rust_stemmers::Stemmer;
use std::cell::RefCell;
use std::rc::Rc;

/// Words memoised per thread in each generation, all languages together: memory stays
/// bounded (a few MB) whatever the corpus.
const MEMO_LIMIT: usize = 32_768;

thread_local! {
    static MEMO: RefCell<WordMemo<Rc<str>>> = RefCell::new(WordMemo::new(MEMO_LIMIT));
}

/// Calls `f` with the Snowball stem of `word` in `lang` (the same as
/// `Stemmer::create(lang.algorithm()).stem(word)`).
pub fn with_stem<R>(lang: Lang, word: &str, f: impl FnOnce(&str) -> R) -> R {
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(stem) = memo.get(lang, word) {
            return f(&stem);
        }
        let stem: Rc<str> = Stemmer::create(lang.algorithm()).stem(word).into();
        let out = f(&stem);
        memo.insert(lang, word, stem);
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
