//! The one shared jieba-rs instance, extended with the domain lexicon.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use jieba_rs::Jieba;
use once_cell::sync::Lazy;

use crate::lexicon::{FxHasher, LEXICON};

/// A token with character offsets into the segmented text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub word: String,
    pub tag: String,
    pub start: usize,
    pub end: usize,
}

/// jieba-rs ignores user words without a frequency, so every domain word gets one high
/// enough to win over the general dictionary's splits.
const DOMAIN_WORD_FREQ: usize = 50_000;

pub static JIEBA: Lazy<Jieba> = Lazy::new(|| {
    let mut jieba = Jieba::new();
    for (word, tag) in LEXICON.segmentation_words() {
        jieba.add_word(&word, Some(DOMAIN_WORD_FREQ), Some(tag));
    }
    // The least frequency jieba keeps makes any reading of the words' parts win.
    for word in &LEXICON.split_words {
        jieba.add_word(word, Some(1), None);
    }
    jieba
});

/// Segments and POS-tags one sentence.
pub fn tag(text: &str) -> Vec<Token> {
    JIEBA
        .tag(text, true)
        .into_iter()
        .map(|t| Token {
            word: t.word.to_string(),
            tag: FORCED_TAGS
                .iter()
                .find(|(word, _)| word == t.word)
                .map_or(t.tag, |(_, tag)| tag)
                .to_string(),
            start: t.start,
            end: t.end,
        })
        .collect()
}

/// See [`crate::lexicon::Lexicon::forced_tags`].
static FORCED_TAGS: Lazy<Vec<(String, &'static str)>> = Lazy::new(|| LEXICON.forced_tags());

/// A token borrowed from the segmented text, with character offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged<'a> {
    pub word: &'a str,
    pub tag: &'static str,
    pub start: usize,
    pub end: usize,
}

/// Past this many words the cache stops growing (a pathological input could otherwise
/// fill memory with one-off words); words beyond it are tagged by jieba as before.
const TAG_CACHE_LIMIT: usize = 1 << 20;

thread_local! {
    /// Word → POS tag as jieba gives it. jieba's tag of a token is a function of the word
    /// alone (its dictionary record, else a guess from the word's characters), so a tag
    /// learnt once is the tag jieba would give the word anywhere; plain `cut` plus this
    /// lookup costs far less than `tag`, whose HMM guess for unknown words dominates.
    /// It starts with the lexicon's forced tags, which therefore win over jieba's.
    static TAG_CACHE: RefCell<HashMap<Box<str>, &'static str, BuildHasherDefault<FxHasher>>> =
        RefCell::new(
            FORCED_TAGS
                .iter()
                .map(|(word, tag)| (word.as_str().into(), *tag))
                .collect(),
        );
    /// jieba hands tags out with the lifetime of the tagged text; the few distinct tag
    /// strings are kept here once so tokens can hold them beyond it.
    static TAG_NAMES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn intern_tag(tag: &str) -> &'static str {
    TAG_NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(t) = names.iter().find(|t| **t == tag) {
            return *t;
        }
        let t: &'static str = Box::leak(tag.to_string().into_boxed_str());
        names.push(t);
        t
    })
}

/// Segments and tags `text`, appending its tokens to `out` with character offsets shifted
/// by `offset`. The result is what [`tag`] gives for the same text; `text` should be a
/// whole jieba block (a maximal run of CJK/ASCII-alphanumeric characters, or of other
/// characters) so that tagging it alone equals tagging it inside its sentence.
pub fn tag_run<'a>(text: &'a str, offset: usize, out: &mut Vec<Tagged<'a>>) {
    let first = out.len();
    if !text.chars().next().is_some_and(is_han_default) {
        // Outside a block jieba makes each character a token (`\r\n` excepted, which a
        // sentence never holds): no segmentation needed, only the tags.
        let all_known = TAG_CACHE.with(|cache| {
            let cache = cache.borrow();
            for (k, (b, c)) in text.char_indices().enumerate() {
                let word = &text[b..b + c.len_utf8()];
                let Some(&tag) = cache.get(word) else {
                    return false;
                };
                out.push(Tagged {
                    word,
                    tag,
                    start: offset + k,
                    end: offset + k + 1,
                });
            }
            true
        });
        if all_known && !text.contains('\r') {
            return;
        }
        out.truncate(first);
    }
    let words = JIEBA.cut(text, true);
    out.reserve(words.len());
    let all_known = TAG_CACHE.with(|cache| {
        let cache = cache.borrow();
        for w in &words {
            let Some(tag) = cache.get(w.word).copied().or_else(|| ascii_guess(w.word)) else {
                return false;
            };
            out.push(Tagged {
                word: w.word,
                tag,
                start: offset + w.start,
                end: offset + w.end,
            });
        }
        true
    });
    if all_known {
        split_glued_words(out, first);
        return;
    }
    out.truncate(first);
    let tagged = JIEBA.tag(text, true);
    TAG_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        for t in tagged {
            let tag = match cache.get(t.word) {
                Some(&tag) => tag,
                None => {
                    let tag = intern_tag(t.tag);
                    if cache.len() < TAG_CACHE_LIMIT {
                        cache.insert(t.word.into(), tag);
                    }
                    tag
                }
            };
            out.push(Tagged {
                word: t.word,
                tag,
                start: offset + t.start,
                end: offset + t.end,
            });
        }
    });
    split_glued_words(out, first);
}

/// Prepositions jieba's HMM glues to the unknown name after them (对鸿畅/a 镇, 到琼建/集团).
const GLUED_PREPOSITIONS: &[char] = &['对', '向', '到', '在', '赴', '从'];

/// 对鸿畅镇 → 对 + 鸿畅 + 镇: a word of jieba's HMM (outside its dictionary) that opens with a
/// preposition is the preposition and a name jieba did not know, so the rules that look for
/// 对 before a unit see it. Person names are left whole (向 is a surname too).
/// 巡察办对/p → 办 + 对: one that glues a preposition to a name's last character is the two;
/// 已向市/v → 已 + 向 + 市: one that glues an adverb and a preposition to a level, the three.
/// 局和师/n 古镇, 镇和市/ns → 局 + 和 + 师: one that joins the last character of a name's
/// ending to the first of the next name by a conjunction is the three, so lists split at it.
fn split_glued_words<'a>(out: &mut Vec<Tagged<'a>>, first: usize) {
    // Most tokens are settled by their length and one character, before any dictionary
    // lookup.
    let glue = |t: &Tagged<'a>, next: Option<&Tagged<'a>>| -> Option<[&'static str; 3]> {
        let len = t.end - t.start;
        if len < 2 {
            return None;
        }
        let mut chars = t.word.chars();
        let (a, b) = (chars.next()?, chars.next()?);
        let c = chars.next();
        if len == 2 && GLUED_PREPOSITIONS.contains(&a) {
            // 对非/h 煤矿/n 山/n: the preposition before 非 ("non-") opening the unit's kind,
            // which jieba's dictionary glues.
            if b == '非' {
                return Some(["p", "h", ""]);
            }
            // 对华/nz 能/v 煤业/n 有限公司, 对映/v 秀镇/n: dictionary words that, here, are a
            // preposition and the first character of a name; so is one before a short word
            // that ends a town's or a village's name (对光/n 武镇/ns, 对岸/n 底村/n), unless
            // it is a noun of its own (对象).
            let listed = LEXICON.glued_words.iter().any(|w| w == t.word);
            let before_name_end = || {
                !LEXICON.never_glued.iter().any(|w| w == t.word)
                    && next.is_some_and(|n| {
                        n.start == t.end
                            && n.end - n.start == 2
                            && n.word.ends_with(['镇', '乡', '村'])
                    })
            };
            // (对玛/nr 查理/v 镇: 对 glued by jieba's guess, outside its dictionary, to a
            // name's first character; 对 opens no name.)
            let guessed_name = a == '对' && !JIEBA.has_word(t.word);
            if listed || before_name_end() || guessed_name {
                return Some(["p", "nz", ""]);
            }
        }
        // 督察/v 局等/u: a name's last character glued to the 等 closing a list (a word of
        // jieba's dictionary, and still the two here).
        if len == 2 && b == '等' && NAME_ENDINGS.contains(&a) {
            return Some(["n", "u", ""]);
        }
        let split = if len == 2 {
            // 巡察办对/p, 巡察组对/v: a preposition glued to the name's last character.
            (GLUED_PREPOSITIONS.contains(&b)
                && (NAME_ENDINGS.contains(&a) || matches!(a, '组' | '室')))
            .then_some(["n", "p", ""])
        } else if GLUED_PREPOSITIONS.contains(&a) {
            (!t.tag.starts_with("nr")).then_some(["p", "nz", ""])
        } else if len == 3 && matches!(b, '和' | '及' | '与') && NAME_ENDINGS.contains(&a) {
            Some(["n", "c", "n"])
        } else if len == 3
            && matches!(a, '已' | '并' | '均' | '再' | '又' | '将' | '还')
            && GLUED_PREPOSITIONS.contains(&b)
            && c.is_some_and(|c| matches!(c, '省' | '市' | '区' | '县' | '州' | '盟' | '旗'))
        {
            // 已向市/v: an adverb and a preposition glued to the level opening a name.
            Some(["d", "p", "n"])
        } else {
            None
        };
        // 马于/p 镇南/ns: any other "preposition" of jieba's HMM, outside its dictionary, is a
        // name's part.
        let split = split.or_else(|| (t.tag == "p").then_some(["nz", "", ""]));
        split.filter(|_| !JIEBA.has_word(t.word))
    };
    // Tokens before the first glued one stay as they are and are not judged again.
    let Some(glued_at) = (first..out.len()).position(|i| glue(&out[i], out.get(i + 1)).is_some())
    else {
        return;
    };
    let tokens = out.split_off(first + glued_at);
    for (i, t) in tokens.iter().enumerate() {
        let Some(tags) = glue(t, tokens.get(i + 1)) else {
            out.push(*t);
            continue;
        };
        // A preposition opening an unknown word is cut from the rest (对 + 鸿畅); every
        // other glue is one character per part.
        let parts = if tags[1].is_empty() {
            1
        } else if tags[2].is_empty() {
            2
        } else {
            3
        };
        let mut cuts: Vec<usize> = t.word.char_indices().map(|(b, _)| b).skip(1).collect();
        cuts.truncate(parts - 1);
        cuts.insert(0, 0);
        cuts.push(t.word.len());
        for k in 0..parts {
            let (a, b) = (cuts[k], cuts[k + 1]);
            let start = t.start + k;
            out.push(Tagged {
                word: &t.word[a..b],
                tag: tags[k],
                start,
                end: if k + 1 == parts { t.end } else { start + 1 },
            });
        }
    }
}

/// Last characters of organisations' and places' names, before which jieba's HMM may glue a
/// conjunction (局和师/n).
const NAME_ENDINGS: &[char] = &[
    '局', '委', '办', '院', '所', '站', '厅', '处', '队', '司', '镇', '乡', '村', '县', '区', '市',
    '旗',
];

/// jieba's tag for a word outside its dictionary that holds ASCII letters or digits ("m"
/// if they are all digits, else "eng"), decided without its HMM. Every number of an
/// article is such a word, and each new one would otherwise send the whole run back
/// through `tag`; they are not cached, since numbers rarely repeat.
fn ascii_guess(word: &str) -> Option<&'static str> {
    let (mut alnum, mut digits) = (0, 0);
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            alnum += 1;
            digits += usize::from(c.is_ascii_digit());
        }
    }
    if alnum == 0 || JIEBA.has_word(word) {
        return None;
    }
    Some(if alnum == digits { "m" } else { "eng" })
}

/// The characters jieba segments as one block (its `RE_HAN_DEFAULT`): CJK ideographs,
/// ASCII letters and digits and `+#&._%-`. Every other character is a token on its own.
pub fn is_han_default(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-');
    }
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2B73F}'
        | '\u{2B740}'..='\u{2B81F}'
        | '\u{2B820}'..='\u{2CEAF}'
        | '\u{2CEB0}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
    )
}

/// Plain segmentation, the floor cost that extraction is measured against.
pub fn cut(text: &str) -> usize {
    JIEBA.cut(text, true).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_words_stay_whole() {
        let words: Vec<String> = tag("驻省卫健委纪检监察组开展监督检查")
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert!(words.contains(&"纪检监察组".to_string()), "{words:?}");
        assert!(words.contains(&"监督检查".to_string()), "{words:?}");
    }

    #[test]
    fn cached_tags_equal_jieba_tags() {
        let text = "驻省卫健委纪检监察组开展监督检查,约谈王小明等3人(2021年)";
        for _ in 0..2 {
            let mut out = Vec::new();
            tag_run(text, 5, &mut out);
            let expected = tag(text);
            assert_eq!(out.len(), expected.len());
            for (a, b) in out.iter().zip(&expected) {
                assert_eq!((a.word, a.tag), (b.word.as_str(), b.tag.as_str()));
                assert_eq!((a.start, a.end), (b.start + 5, b.end + 5));
            }
        }
    }

    #[test]
    fn numbers_and_latin_words_get_jieba_tags_without_tagging_again() {
        let mut out = Vec::new();
        tag_run("检查单位个,发现问题条", 0, &mut out);
        for text in [
            "检查单位1863个,发现问题5.1万条",
            "检查单位37个,发现问题QQ群12%条",
        ] {
            let mut out = Vec::new();
            tag_run(text, 0, &mut out);
            let expected = tag(text);
            let got: Vec<(&str, &str)> = out.iter().map(|t| (t.word, t.tag)).collect();
            let want: Vec<(&str, &str)> = expected
                .iter()
                .map(|t| (t.word.as_str(), t.tag.as_str()))
                .collect();
            assert_eq!(got, want);
        }
    }
}

#[cfg(test)]
mod debug_tokens {
    #[test]
    #[ignore]
    fn print_tokens() {
        let text = std::env::var("JIANDU_TOKENS").unwrap_or_default();
        for t in super::tag(&text) {
            eprint!("{}/{} ", t.word, t.tag);
        }
        eprintln!();
    }
}
