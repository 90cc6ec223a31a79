//! The one shared jieba-rs instance, extended with the domain lexicon.

use jieba_rs::Jieba;
use once_cell::sync::Lazy;

use crate::lexicon::LEXICON;

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
    jieba
});

/// Segments and POS-tags one sentence.
pub fn tag(text: &str) -> Vec<Token> {
    JIEBA
        .tag(text, true)
        .into_iter()
        .map(|t| Token {
            word: t.word.to_string(),
            tag: t.tag.to_string(),
            start: t.start,
            end: t.end,
        })
        .collect()
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
