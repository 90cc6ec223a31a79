//! Finding mentions in one document: oversight bodies as written, counted actions, dates,
//! supervision targets and people, each tied to its sentence. Canonical naming and region
//! qualification are left to `resolve`.

use std::cell::OnceCell;

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::ingest::Document;
use crate::lexicon::{
    BodyKind, OfficeStanding, AUTONOMOUS_REGION, DIVISION_LEVELS, LEXICON, PREFECTURE_AREA,
};
use crate::segment::{self, Tagged};

/// The document text prepared for matching: simplified characters, no stray spaces,
/// ASCII digits, with a map back to character offsets of the original text.
pub struct Prepared {
    pub chars: Vec<char>,
    /// `orig[i]` is the original character offset of `chars[i]`, and `orig_byte[i]` its
    /// byte offset in the original text.
    pub orig: Vec<u32>,
    orig_byte: Vec<u32>,
    pub sentences: Vec<Sentence>,
    /// The document text as written, for evidence.
    original: String,
    /// `chars` as one string, so sentences and clauses are searched as slices of it.
    text: String,
    /// `byte_of[i]` is the byte offset in `text` of `chars[i]` (one past the end included).
    byte_of: Vec<u32>,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub index: usize,
    pub paragraph: usize,
    /// Range in `Prepared::chars`.
    pub start: usize,
    pub end: usize,
    /// Photo captions (图为…) name people and places but carry no counted facts.
    pub caption: bool,
    /// The title and header lines: bodies yes, facts no.
    pub header: bool,
    /// A byline (来源:…): it tells the home region, nothing else.
    pub byline: bool,
}

impl Prepared {
    /// One pass over the text: blanks dropped (but kept between Latin letters), digits and
    /// punctuation folded, traditional characters simplified, offsets kept both ways.
    pub fn new(doc: &Document) -> Self {
        let original = doc.text.as_str();
        // Most articles are simplified: they are prepared as written while the same pass
        // looks for a character that may be traditional; only then is the text converted
        // and prepared again from the conversion.
        let mut folded = Folded::prepare(original, None);
        if folded.may_be_traditional {
            // The conversion is used only when it maps character to character, so that
            // offsets carry over.
            let simplified =
                simplify(original).filter(|s| s.chars().count() == original.chars().count());
            if let Some(simplified) = simplified {
                folded = Folded::prepare(original, Some(&simplified));
            }
        }
        let Folded {
            chars,
            orig,
            orig_byte,
            text,
            byte_of,
            ..
        } = folded;
        let sentences = split_sentences(&chars, &text, &byte_of, doc);
        Prepared {
            chars,
            orig,
            orig_byte,
            sentences,
            original: doc.text.clone(),
            text,
            byte_of,
        }
    }

    pub fn text(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// The prepared text of characters `start..end`, without copying.
    pub(crate) fn str_of(&self, start: usize, end: usize) -> &str {
        &self.text[self.byte_of[start] as usize..self.byte_of[end] as usize]
    }

    /// What the document writes between full-width parentheses (上海浦东发展（集团）有限公司
    /// → 集团), as folded: names keep the parentheses the article uses.
    pub fn full_width_parenthesised(&self) -> Vec<&str> {
        if !self.original.contains('（') {
            return Vec::new();
        }
        let mut inner = Vec::new();
        for (i, &c) in self.chars.iter().enumerate() {
            let written = self.original[self.orig_byte[i] as usize..].chars().next();
            if c != '(' || written != Some('（') {
                continue;
            }
            let close = self.chars[i + 1..]
                .iter()
                .take(20)
                .position(|&c| c == ')' || c == '(');
            if let Some(k) = close.filter(|&k| k > 0 && self.chars[i + 1 + k] == ')') {
                inner.push(self.str_of(i + 1, i + 1 + k));
            }
        }
        inner.sort_unstable();
        inner.dedup();
        inner
    }

    /// The sentence as written in the original document, and its original offsets.
    pub fn evidence(&self, sentence: &Sentence) -> (String, usize, usize) {
        if sentence.start >= sentence.end {
            return (String::new(), 0, 0);
        }
        let start = self.orig[sentence.start] as usize;
        let end = self.orig[sentence.end - 1] as usize + 1;
        let from = self.orig_byte[sentence.start] as usize;
        let last = self.orig_byte[sentence.end - 1] as usize;
        let to = last
            + self.original[last..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        (self.original[from..to].to_string(), start, end)
    }
}

/// The per-character arrays of [`Prepared`], filled in one pass.
struct Folded {
    chars: Vec<char>,
    orig: Vec<u32>,
    orig_byte: Vec<u32>,
    text: String,
    byte_of: Vec<u32>,
    /// Whether a character of the text may be traditional (see [`is_traditional`]).
    may_be_traditional: bool,
}

impl Folded {
    /// Folds `original`, character by character from `simplified` when given (it has as
    /// many characters as `original`).
    fn prepare(original: &str, simplified: Option<&str>) -> Self {
        let capacity = original.chars().count();
        let mut f = Folded {
            chars: Vec::with_capacity(capacity),
            orig: Vec::with_capacity(capacity),
            orig_byte: Vec::with_capacity(capacity),
            text: String::with_capacity(original.len()),
            byte_of: Vec::with_capacity(capacity + 1),
            may_be_traditional: false,
        };
        let mut simplified_chars = simplified.map(str::chars);
        // The nearest non-blank characters around a run of blanks, found once per run
        // (a long run of spaces would otherwise be rescanned for each of its blanks).
        let mut prev_nonblank: Option<char> = None;
        let mut next_nonblank: Option<(usize, Option<char>)> = None;
        for (i, (b, o)) in original.char_indices().enumerate() {
            f.may_be_traditional |= is_traditional(o);
            let c = match simplified_chars.as_mut() {
                Some(it) => it.next().unwrap_or(o),
                None => o,
            };
            if is_blank(c) {
                let next = match next_nonblank {
                    Some((at, n)) if at > b => n,
                    _ => {
                        let rest = &original[b + o.len_utf8()..];
                        let found = rest.char_indices().find(|(_, c)| !is_blank(*c));
                        let n = found.map(|(_, c)| c);
                        let at = found.map_or(original.len(), |(k, _)| b + o.len_utf8() + k);
                        next_nonblank = Some((at, n));
                        n
                    }
                };
                let next_at = next_nonblank.map_or(original.len(), |(at, _)| at);
                // (厦门大学纪委  中共厦门大学纪律检查委员会: two names a page's banner sets
                // apart by a run of blanks are two, not one.)
                let gap = next_at > b + o.len_utf8();
                let keep = matches!((prev_nonblank, next), (Some(p), Some(n)) if (p.is_ascii_alphabetic() && n.is_ascii_alphabetic()) || (gap && is_han(p) && is_han(n)));
                if !is_blank(o) {
                    prev_nonblank = Some(o);
                }
                if !keep {
                    continue;
                }
            } else if !is_blank(o) {
                prev_nonblank = Some(o);
            }
            let folded = fold(c);
            f.chars.push(folded);
            f.orig.push(i as u32);
            f.orig_byte.push(b as u32);
            f.byte_of.push(f.text.len() as u32);
            f.text.push(folded);
        }
        f.byte_of.push(f.text.len() as u32);
        f
    }
}

fn is_blank(c: char) -> bool {
    // Ideographs and full-width forms, nearly every character of an article, lie above
    // every blank.
    (c as u32) <= 0x3000
        && matches!(
            c,
            ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{200b}'
        )
}

/// Whether `word` ends at character `end` of `chars`.
pub(crate) fn chars_end_with(chars: &[char], end: usize, word: &str) -> bool {
    let mut i = end;
    for w in word.chars().rev() {
        if i == 0 || chars.get(i - 1) != Some(&w) {
            return false;
        }
        i -= 1;
    }
    true
}

/// Full-width digits and letters become ASCII so one pattern reads both.
fn fold(c: char) -> char {
    // Every character folded is a full-width form (U+FF00 and above), but for the stroke
    // 丨 headlines set between a column's name and the headline (守护招生公平丨学校纪委…):
    // it is a bar, not a character of either name.
    if (c as u32) < 0xFF00 {
        return if c == '丨' { '｜' } else { c };
    }
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '．' => '.',
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' => ',',
        '；' => ';',
        _ => c,
    }
}

/// Traditional characters are converted for matching; evidence keeps the original.
/// `None`: the text is already simplified. Called only when a character of the text may be
/// traditional on its own (the bitset lookup made while preparing settles nearly every
/// document without the converter).
fn simplify(text: &str) -> Option<String> {
    // When converting to simplified replaces nothing, the text is its own conversion
    // whatever `is_hans` says.
    if zhconv::converters::ZH_TO_HANS_CONVERTER.count_replaced(text) == 0 {
        return None;
    }
    if zhconv::is_hans(text) {
        return None;
    }
    // zhconv keeps 餘 as 馀 (its own simplified form); counts are written with 余. It makes
    // 鍾 the rare 锺, where the surname and the word are written 钟.
    Some(
        zhconv::zhconv(text, zhconv::Variant::ZhHans)
            .replace('馀', "余")
            .replace('锺', "钟"),
    )
}

/// The characters zhconv's traditional-to-simplified table replaces on their own (臺 → 台),
/// as a bitset over the Basic Multilingual Plane. A text holding none of them is taken as
/// simplified without running the converter: its phrase rules alone (乾隆, 著作) never make
/// a text traditional.
static TRADITIONAL_CHARS: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for (from, to) in zhconv::tables::expand_table(zhconv::tables::ZH_HANS_TABLE) {
        let mut chars = from.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            let i = c as usize;
            if i < 0x10000 && from != to {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
    }
    bits
});

fn is_traditional(c: char) -> bool {
    let i = c as usize;
    // Characters beyond the BMP are left to the converter itself.
    i >= 0x10000 || TRADITIONAL_CHARS[i / 64] & (1 << (i % 64)) != 0
}

/// Lines up to the one carrying the publication date (title, subtitle, source) are the
/// header: they name bodies but state no facts.
fn header_line_count(text: &str, doc: &Document) -> usize {
    /// Lines a page's menu may put above its headline (清廉义乌: 18).
    const MENU_LINES: usize = 30;
    // The lines are folded (and simplified where the text is traditional); so is the title.
    // Quotation marks are left out of both: a page's <title> often drops those of its
    // headline (紧盯衔接资金小切口 for 紧盯衔接资金“小切口”).
    let quote = |c: char| {
        matches!(
            c,
            '"' | '\'' | '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』'
        )
    };
    let folded = |title: &str| -> String {
        title
            .chars()
            .filter(|c| !is_blank(*c))
            .map(fold)
            .filter(|c| !quote(*c))
            .collect()
    };
    // The converter is built on first use: only a title that may be traditional needs it.
    let simplified = doc
        .title
        .chars()
        .any(is_traditional)
        .then(|| simplify(&doc.title))
        .flatten();
    let titles: Vec<String> = std::iter::once(folded(&doc.title))
        .chain(simplified.map(|s| folded(&s)))
        .collect();
    // A page's <title> often adds the site's name to the headline (…营商环境_清廉义乌).
    let is_title = |line: &str| {
        let line: String = line
            .chars()
            .filter(|c| !is_blank(*c) && !quote(*c))
            .collect();
        titles.iter().any(|title| {
            *title == line || (line.chars().count() >= 8 && title.starts_with(line.as_str()))
        })
    };
    let mut nonempty = 0;
    let mut title_line = None;
    // Where (in non-empty lines) the headline was found when a menu pushed it down.
    let mut title_below_menu = None;
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        nonempty += 1;
        // The date line comes within the first lines, or soon after the headline.
        if nonempty > title_below_menu.map_or(8, |at| at + 8) {
            if title_line.is_some() || nonempty > MENU_LINES {
                break;
            }
            if is_title(line) {
                title_line = Some(i);
                title_below_menu = Some(nonempty);
            }
            continue;
        }
        if title_line.is_none() && is_title(line) {
            title_line = Some(i);
        }
        // (…发现问题14个。 then 发布时间：2021-06-25 below it on a short page: a date after
        // the article's first sentence is its footer's, and the header ended before.)
        if line.contains('。') && line.chars().count() > 30 {
            break;
        }
        // Every date a header gives has digits (ASCII or full-width).
        let has_digit = line
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        if has_digit
            && line.chars().count() <= crate::ingest::HEADER_LINE_MAX_CHARS
            && crate::ingest::parse_header(line).published.is_some()
        {
            return i + 1;
        }
    }
    title_line.map(|i| i + 1).unwrap_or(0)
}

fn split_sentences(chars: &[char], text: &str, byte_of: &[u32], doc: &Document) -> Vec<Sentence> {
    let header_lines = header_line_count(text, doc);
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut start = 0;
    let mut furniture_line = false;
    let mut i = 0;
    while i <= chars.len() {
        let at_end = i == chars.len();
        let c = if at_end { '\n' } else { chars[i] };
        let terminator = matches!(c, '。' | '!' | '?' | '！' | '？' | ';' | '\n');
        if terminator {
            let end = if c == '\n' || at_end { i } else { i + 1 };
            let (s, e) = trim_range(chars, start, end);
            if s < e {
                let text = &text[byte_of[s] as usize..byte_of[e] as usize];
                // 相关链接：… the page goes on with links to other articles and sites.
                if start_of_line(chars, s)
                    && LEXICON
                        .article_ends
                        .iter()
                        .any(|w| text.starts_with(w.as_str()))
                {
                    break;
                }
                // (下一篇：通报！4起…: a line page furniture opens is furniture to its end.)
                if LEXICON.is_boilerplate(text) {
                    furniture_line |= start_of_line(chars, s);
                } else if !furniture_line {
                    sentences.push(Sentence {
                        index: sentences.len(),
                        paragraph,
                        start: s,
                        end: e,
                        caption: text.starts_with("图为")
                            || text.starts_with("图:")
                            || text.starts_with("图片"),
                        header: paragraph < header_lines,
                        byline: LEXICON.is_byline(text),
                    });
                }
            }
            if c == '\n' {
                paragraph += 1;
                furniture_line = false;
            }
            start = i + 1;
        }
        i += 1;
    }
    sentences
}

/// Whether character `at` opens its line (blanks before it aside).
fn start_of_line(chars: &[char], at: usize) -> bool {
    chars[..at]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace() || **c == '\n')
        .is_none_or(|&c| c == '\n')
}

fn trim_range(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && (chars[s].is_whitespace() || matches!(chars[s], '”' | '’' | ')')) {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// How a body's region was written.
#[derive(Debug, Clone, PartialEq)]
pub enum RegionRef {
    /// Gazetteer divisions named in front of the body, outermost first (常州市, 钟楼区).
    Named(Vec<usize>, String),
    /// A bare level: 省纪委监委, 市纪委监委.
    Level(char),
    /// 全省/全市/全国…: the whole region of that level.
    Whole(char),
    /// 该区/本市: the region of that level mentioned just before.
    This(char),
    /// A place the gazetteer lacks (高新区, 新湾镇): kept as written.
    Unlisted(String),
}

#[derive(Debug, Clone)]
pub struct BodyMention {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub kind: BodyKind,
    pub written: String,
    pub region: Option<RegionRef>,
    /// Organisation name (enterprise committees), middle part (collectives, 省直机关),
    /// office name (第一监督检查室) or the numbered group (第七).
    pub name_part: String,
    pub suffix: String,
    /// Index of the explicit parent mention (resident groups, offices).
    pub parent: Option<usize>,
    pub host: Option<String>,
    pub paizhu: bool,
    /// Named only inside a longer body name: a body, but not a subject.
    pub embedded: bool,
    /// Named as the partner of the body at work (学校纪委还与思明区纪委监委签订协议): no
    /// actor the article turns to.
    pub partner: bool,
    /// Fixed canonical name (中央纪委国家监委).
    pub fixed: Option<String>,
}

impl BodyMention {
    /// This body, referred to again by the words at `start..end` of a sentence's view (该组,
    /// 驻市农业农村局组): the same body, found there.
    fn referred_to_at(&self, view: &View, sentence: usize, start: usize, end: usize) -> Self {
        BodyMention {
            start: view.offset + start,
            end: view.offset + end,
            sentence,
            written: view.slice(start, end),
            ..self.clone()
        }
    }

    /// The body written at `start..end` of the sentence's view, with nothing known of it
    /// yet but its kind.
    fn written_at(view: &View, sentence: usize, start: usize, end: usize, kind: BodyKind) -> Self {
        BodyMention {
            start: view.offset + start,
            end: view.offset + end,
            sentence,
            kind,
            written: view.slice(start, end),
            region: None,
            name_part: String::new(),
            suffix: String::new(),
            parent: None,
            host: None,
            paizhu: false,
            embedded: false,
            partner: false,
            fixed: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct CountMention {
    pub sentence: usize,
    pub position: usize,
    pub agent: usize,
    pub value: f64,
    pub unit: String,
    pub approx: bool,
    pub category: String,
    pub action: String,
    pub object: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone)]
pub struct TargetMention {
    pub sentence: usize,
    pub agent: usize,
    pub written: String,
    pub position: usize,
}

#[derive(Debug, Clone)]
pub enum OrgRef {
    Body(usize),
    Written(String),
}

#[derive(Debug, Clone)]
pub struct PersonMention {
    pub sentence: usize,
    pub name: String,
    pub org: OrgRef,
    /// Posts with the organisation each was written with (市纪委书记、市监委主任).
    pub roles: Vec<(OrgRef, String)>,
    pub held_to_account: bool,
    /// Whether the name was read with a boundary after it. A name read without one (副局长
    /// 莫建华公车私用问题) waits until a later sentence writes it with one (莫建华受到…).
    pub name_confirmed: bool,
}

/// A gazetteer name found in the text (for the home region and local context).
#[derive(Debug, Clone)]
pub struct RegionMention {
    pub sentence: usize,
    pub position: usize,
    pub divisions: Vec<usize>,
    pub written: String,
    pub in_header: bool,
    /// A county named without its suffix (在沅江,…): used only to place towns.
    pub short_county: bool,
}

pub struct Mentions {
    pub prepared: Prepared,
    pub bodies: Vec<BodyMention>,
    pub counts: Vec<CountMention>,
    pub targets: Vec<TargetMention>,
    pub people: Vec<PersonMention>,
    pub regions: Vec<RegionMention>,
}

/// What a pattern of the shared automaton stands for; the number is the index in the
/// lexicon list it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Region,
    CountyShort,
    FixedBody,
    BodySuffix,
    Action,
    Post,
    Causative,
    Accountability,
    Preposition,
    /// Verbs naming a field watched rather than work done (紧盯, 聚焦).
    ScopeVerb,
    /// Organisation endings (and 所属): a clause without one cannot open with another
    /// organisation as its subject.
    OrgSuffix,
}

/// The number of kinds (the last one's index plus one).
const KIND_COUNT: usize = Kind::OrgSuffix as usize + 1;

/// One automaton over every word list a sentence is searched for: gazetteer names,
/// county stems, body names and suffixes, actions, posts, and the short word lists the
/// rules test for. Each sentence is scanned once, reporting every occurrence (overlapping);
/// each rule then picks the leftmost-longest matches of its own kind, which is what a
/// leftmost-longest automaton of that list alone finds.
struct Terms {
    automaton: AhoCorasick,
    /// For each distinct pattern, what it stands for (a word can be in several lists).
    meanings: Vec<Vec<(Kind, u32)>>,
    /// Single-character prepositions and organisation endings, which are only ever tested
    /// for presence: left out of the automaton, where they would be reported at nearly
    /// every clause, and looked for character by character instead.
    single_prepositions: Vec<char>,
    single_org_suffixes: Vec<char>,
}

static TERMS: Lazy<Terms> = Lazy::new(|| {
    let l = &*LEXICON;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut patterns: Vec<&str> = Vec::new();
    let mut meanings: Vec<Vec<(Kind, u32)>> = Vec::new();
    let mut single_prepositions = Vec::new();
    let mut single_org_suffixes = Vec::new();
    let mut add = |word: &'static str, kind: Kind, i: usize| {
        if word.is_empty() {
            return;
        }
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            match kind {
                Kind::Preposition => return single_prepositions.push(c),
                Kind::OrgSuffix => return single_org_suffixes.push(c),
                _ => {}
            }
        }
        let k = *index.entry(word).or_insert_with(|| {
            patterns.push(word);
            meanings.push(Vec::new());
            patterns.len() - 1
        });
        meanings[k].push((kind, i as u32));
    };
    for (i, w) in l.region_patterns.iter().enumerate() {
        add(w, Kind::Region, i);
    }
    for (i, (w, _)) in l.county_short_patterns.iter().enumerate() {
        add(w, Kind::CountyShort, i);
    }
    for (i, f) in l.fixed_bodies.iter().enumerate() {
        add(&f.0, Kind::FixedBody, i);
    }
    for (i, b) in l.body_suffixes.iter().enumerate() {
        add(&b.written, Kind::BodySuffix, i);
    }
    for (i, a) in l.actions.iter().enumerate() {
        add(&a.0, Kind::Action, i);
    }
    for (i, p) in l.posts.iter().enumerate() {
        add(p, Kind::Post, i);
    }
    for (i, (w, _)) in l.causatives.iter().enumerate() {
        add(w, Kind::Causative, i);
    }
    for (i, w) in l.accountability.iter().enumerate() {
        add(w, Kind::Accountability, i);
    }
    for (i, w) in TARGET_PREPOSITIONS.iter().enumerate() {
        add(w, Kind::Preposition, i);
    }
    for (i, w) in l.scope_verbs.iter().enumerate() {
        add(w, Kind::ScopeVerb, i);
    }
    for (i, w) in l.org_suffixes.iter().enumerate() {
        add(w, Kind::OrgSuffix, i);
    }
    add("所属", Kind::OrgSuffix, l.org_suffixes.len());
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("lexicon patterns build an automaton");
    // Sorted, so that `View::has` finds a character by binary search.
    single_prepositions.sort_unstable();
    single_prepositions.dedup();
    single_org_suffixes.sort_unstable();
    single_org_suffixes.dedup();
    Terms {
        automaton,
        meanings,
        single_prepositions,
        single_org_suffixes,
    }
});

/// An occurrence of a lexicon word in a sentence (character offsets in the sentence).
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    kind: Kind,
    index: usize,
}

/// Per-sentence working view: characters, the sentence string, tokens.
struct View<'a> {
    chars: &'a [char],
    offset: usize,
    text: &'a str,
    /// Byte offset in the document text of each character, one past the end included;
    /// `base` is the sentence's own byte offset.
    byte_of: &'a [u32],
    base: u32,
    /// The character at each byte offset of `text` (one past the end included): automaton
    /// and regex matches are converted back to characters by the dozen per sentence.
    char_of_byte: Vec<u32>,
    /// Whether the sentence opens a document title (《): most hold none, and the test is
    /// asked for every word of theirs.
    has_title_mark: bool,
    /// The sentence's jieba blocks (character ranges), each tagged only when a rule first
    /// looks at its tokens: most clauses are decided without their parts of speech.
    blocks: Vec<(usize, usize)>,
    block_tokens: Vec<OnceCell<Vec<Tagged<'a>>>>,
    /// Every lexicon word occurring in the sentence, by kind, then by start, longer first;
    /// the words of kind `k` are `hits[kind_start[k]..kind_start[k + 1]]`, since each rule
    /// asks for one kind at a time.
    hits: Vec<Hit>,
    kind_start: [u32; KIND_COUNT + 1],
}

impl<'a> View<'a> {
    fn new(prepared: &'a Prepared, s: &Sentence) -> Self {
        let chars = &prepared.chars[s.start..s.end];
        let mut blocks = Vec::with_capacity(16);
        let mut start = 0;
        for i in 1..=chars.len() {
            if i == chars.len()
                || segment::is_han_default(chars[i]) != segment::is_han_default(chars[i - 1])
            {
                blocks.push((start, i));
                start = i;
            }
        }
        let block_tokens = blocks.iter().map(|_| OnceCell::new()).collect();
        let byte_of = &prepared.byte_of[s.start..=s.end];
        let base = byte_of[0];
        let mut char_of_byte = vec![0u32; (byte_of[chars.len()] - base) as usize + 1];
        for (i, w) in byte_of.windows(2).enumerate() {
            let (a, b) = ((w[0] - base) as usize, (w[1] - base) as usize);
            char_of_byte[a] = i as u32;
            // Inside a character: the next one, as a search for the first character at or
            // after the byte would say.
            char_of_byte[a + 1..b].fill(i as u32 + 1);
        }
        char_of_byte[(byte_of[chars.len()] - base) as usize] = chars.len() as u32;
        let mut view = View {
            chars,
            offset: s.start,
            text: prepared.str_of(s.start, s.end),
            byte_of,
            base,
            char_of_byte,
            has_title_mark: chars.contains(&'《'),
            blocks,
            block_tokens,
            hits: Vec::new(),
            kind_start: [0; KIND_COUNT + 1],
        };
        let terms = &*TERMS;
        let mut hits = Vec::with_capacity(32);
        for m in terms.automaton.find_overlapping_iter(view.text) {
            let (start, end) = (view.char_at(m.start()), view.char_at(m.end()));
            for &(kind, index) in &terms.meanings[m.pattern().as_usize()] {
                hits.push(Hit {
                    start,
                    end,
                    kind,
                    index: index as usize,
                });
            }
        }
        hits.sort_unstable_by_key(|h| (h.kind as u8, h.start, std::cmp::Reverse(h.end), h.index));
        let is_place = |h: &Hit| matches!(h.kind, Kind::Region | Kind::CountyShort);
        if hits.iter().any(is_place) {
            let region_ends: Vec<usize> = hits
                .iter()
                .filter(|h| h.kind == Kind::Region)
                .map(|h| h.end)
                .collect();
            hits.retain(|h| {
                let name = match h.kind {
                    Kind::CountyShort => &LEXICON.county_short_patterns[h.index].0,
                    Kind::Region => &LEXICON.region_patterns[h.index],
                    _ => return true,
                };
                let runs_on =
                    h.kind == Kind::CountyShort && chars.get(h.end).is_some_and(|&c| is_han(c));
                LEXICON.short_name_stands(name, runs_on)
                    && !led_by_function_word(chars, h.start, name, |k| region_ends.contains(&k))
            });
        }
        let mut kind_start = [0u32; KIND_COUNT + 1];
        for h in &hits {
            kind_start[h.kind as usize + 1] += 1;
        }
        for k in 0..KIND_COUNT {
            kind_start[k + 1] += kind_start[k];
        }
        view.hits = hits;
        view.kind_start = kind_start;
        view
    }
    /// The leftmost-longest matches of one word list inside characters `from..to`: what
    /// that list's own leftmost-longest automaton finds in the text of that range.
    fn matches(&self, kind: Kind, from: usize, to: usize) -> impl Iterator<Item = Hit> + '_ {
        let mut next = from;
        let of_kind = self.of_kind(kind);
        let first = of_kind.partition_point(|h| h.start < from);
        of_kind[first..]
            .iter()
            .copied()
            .take_while(move |h| h.start < to)
            .filter(move |h| {
                if h.start >= next && h.end <= to {
                    next = h.end;
                    true
                } else {
                    false
                }
            })
    }
    fn of_kind(&self, kind: Kind) -> &[Hit] {
        let k = kind as usize;
        &self.hits[self.kind_start[k] as usize..self.kind_start[k + 1] as usize]
    }
    /// Whether any word of a list occurs inside characters `from..to`.
    fn has(&self, kind: Kind, from: usize, to: usize) -> bool {
        let singles: &[char] = match kind {
            Kind::Preposition => &TERMS.single_prepositions,
            Kind::OrgSuffix => &TERMS.single_org_suffixes,
            _ => &[],
        };
        (!singles.is_empty()
            && self.chars[from..to]
                .iter()
                .any(|c| singles.binary_search(c).is_ok()))
            || self
                .of_kind(kind)
                .iter()
                .take_while(|h| h.start < to)
                .any(|h| h.start >= from && h.end <= to)
    }
    /// The character offset of a byte offset of `text` (a character boundary).
    fn char_at(&self, byte: usize) -> usize {
        self.char_of_byte
            .get(byte)
            .map_or(self.chars.len(), |&c| c as usize)
    }
    /// The byte range in `text` of characters `a..b`.
    fn byte_range(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let n = self.chars.len();
        let at = |c: usize| (self.byte_of[c.min(n)] - self.base) as usize;
        at(a)..at(b)
    }
    fn slice(&self, a: usize, b: usize) -> String {
        self.chars[a.min(b)..b.min(self.chars.len())]
            .iter()
            .collect()
    }
    fn ends_with_at(&self, end: usize, word: &str) -> bool {
        chars_end_with(self.chars, end, word)
    }
    fn starts_with_at(&self, start: usize, word: &str) -> bool {
        let mut rest = self.chars.get(start..).unwrap_or(&[]).iter();
        word.chars().all(|w| rest.next() == Some(&w))
    }
    /// The block holding character `c` (`blocks.len()` past the end).
    fn block_of(&self, c: usize) -> usize {
        self.blocks.partition_point(|&(_, e)| e <= c)
    }
    fn block(&self, k: usize) -> &[Tagged<'a>] {
        self.block_tokens[k].get_or_init(|| {
            let (a, b) = self.blocks[k];
            let range = self.byte_range(a, b);
            let text: &'a str = &self.text[range];
            let mut out = Vec::new();
            segment::tag_run(text, a, &mut out);
            out
        })
    }
    /// The token running across position `k` (starting before it and ending after it),
    /// if a token does not end there.
    fn token_across(&self, k: usize) -> Option<&Tagged<'a>> {
        let block = self.block_of(k.checked_sub(1)?);
        (block < self.blocks.len())
            .then(|| self.block(block).iter().find(|t| t.start < k && t.end > k))
            .flatten()
    }
    /// Tokens inside characters `from..to`, in order.
    fn tokens_in(&self, from: usize, to: usize) -> impl Iterator<Item = &Tagged<'a>> + '_ {
        (self.block_of(from)..self.blocks.len())
            .take_while(move |&k| self.blocks[k].0 < to)
            .flat_map(move |k| self.block(k).iter())
            .filter(move |t| t.start >= from && t.end <= to)
    }
    /// Tokens ending after character `from`, in order.
    fn tokens_from(&self, from: usize) -> impl Iterator<Item = &Tagged<'a>> + '_ {
        (self.block_of(from)..self.blocks.len())
            .flat_map(move |k| self.block(k).iter())
            .filter(move |t| t.end > from)
    }
    /// Where the run of ideographs ending at `at` starts (the character after the last
    /// non-ideograph before it).
    fn ideographs_start_before(&self, at: usize) -> usize {
        (0..at)
            .rev()
            .find(|&k| !is_han(self.chars[k]))
            .map_or(0, |k| k + 1)
    }
    /// Where the clause holding character `at` starts: after the punctuation before it.
    fn clause_start_before(&self, at: usize) -> usize {
        (0..at)
            .rev()
            .find(|&k| is_punct(self.chars[k]))
            .map_or(0, |k| k + 1)
    }
    /// Where the clause holding character `at` ends: at the punctuation after it.
    fn clause_end_after(&self, at: usize) -> usize {
        (at..self.chars.len())
            .find(|&i| is_punct(self.chars[i]))
            .unwrap_or(self.chars.len())
    }
    fn token_ending_at(&self, end: usize) -> Option<&Tagged<'a>> {
        if end == 0 || end > self.chars.len() {
            return None;
        }
        self.block(self.block_of(end - 1))
            .iter()
            .find(|t| t.end == end)
    }
    fn token_starting_at(&self, start: usize) -> Option<&Tagged<'a>> {
        if start >= self.chars.len() {
            return None;
        }
        self.block(self.block_of(start))
            .iter()
            .find(|t| t.start == start)
    }
}

/// jieba glues a preposition to a following level character or 全 (对省, 向市, 到区, 对全),
/// sometimes with an adverb in front (已向/市) or a preposition it does not know (经/州).
fn is_glued_preposition(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let Some((&last, lead)) = chars.split_last() else {
        return false;
    };
    // 线索系/市纪委监委…发现: 系 ("is") glued to the level as a preposition is.
    let preposition = |c: &char| "对向到在由为把从给赴经系".contains(*c);
    let adverb = |c: &char| "已将并均再又".contains(*c);
    // 巡察组向市/v: the end of a group's name before the preposition.
    let group_end = |c: &char| "组队".contains(*c);
    (LEVEL_CHARS.contains(&last) || last == '全')
        && match lead {
            [p] => preposition(p),
            [a, p] => (adverb(a) || group_end(a)) && preposition(p),
            _ => false,
        }
}

/// A common (CJK Unified) ideograph.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_punct(c: char) -> bool {
    // Common ideographs are letters; answering them here skips the Unicode tables.
    if is_han(c) {
        return false;
    }
    !(c.is_alphanumeric() || matches!(c, '(' | ')' | '·'))
}

/// 朔里镇, 韩村镇, 古砦仫佬族乡: one town named, not towns of a kind (山区村镇, 建筑施工和城镇)
/// nor a slogan (驻镇帮镇).
fn names_one_town(name: &str) -> bool {
    let Some(stem) = TOWN_LEVELS.iter().find_map(|l| name.strip_suffix(l)) else {
        return false;
    };
    stem.chars().count() >= 2
        && !is_generic(name)
        && !stem.contains(['和', '与', '及', '镇', '乡'])
        && !stem.ends_with('城')
        && (!stem.ends_with('村') || stem.chars().count() == 2)
}

/// Levels below the county: towns, townships, sub-districts and Inner Mongolia's sumu.
pub const TOWN_LEVELS: [&str; 4] = ["镇", "乡", "街道", "苏木"];

pub fn is_town(name: &str) -> bool {
    TOWN_LEVELS.iter().any(|t| name.ends_with(t)) || is_regiment(name)
}

/// 一〇三团, 第102团: a Corps regiment, a town-level unit named by its number (also at the
/// end of a qualified name, 第六师五家渠市一〇三团); and the Corps' farms, town-level units
/// as well (红星二场, 新湖农场; 家庭农场 is none).
pub fn is_regiment(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    if chars.last() == Some(&'团') {
        return regiment_start(&chars, chars.len()).is_some();
    }
    let n = chars.len();
    if n < 3 || chars[n - 1] != '场' {
        return false;
    }
    let numbered = is_numeral(chars[n - 2]);
    if !numbered && !FARM_KINDS.iter().any(|k| name.ends_with(k)) {
        return false;
    }
    // (一牧场, 第十四师昆玉市一牧场: a farm named by one numeral.)
    if !numbered && is_numeral(chars[n - 3]) && (n == 3 || !is_numeral(chars[n - 4])) {
        return true;
    }
    if n < 4 {
        return false;
    }
    // The farm's own name: up to three ideographs before its number or 农场, no level.
    let own_len = chars[n.saturating_sub(5)..n - 2]
        .iter()
        .rev()
        .take_while(|&&c| is_han(c) && !is_numeral(c) && !LEVEL_CHARS.contains(&c))
        .count();
    // 家庭农场 is a kind of farm, not a farm's name.
    let written: String = chars[n - 2 - own_len..].iter().collect();
    own_len >= 2 && (numbered || !LEXICON.bare_kinds.contains(&written))
}

/// The kinds a Corps farm is named with (奇台农场, 一牧场, 伽师总场).
const FARM_KINDS: &[&str] = &["农场", "牧场", "总场"];

/// 红星/nz 二场, 柳树/nr 泉/ns 农场: where the name of a Corps farm ending at `end` starts,
/// the proper nouns before its number or its 农场.
fn farm_start(view: &View, end: usize) -> Option<usize> {
    if end < 3 || view.chars[end - 1] != '场' {
        return None;
    }
    let name_end = end - 2;
    if !(is_numeral(view.chars[name_end]) || FARM_KINDS.iter().any(|k| view.ends_with_at(end, k))) {
        return None;
    }
    let numbered = is_numeral(view.chars[name_end]);
    // (一/m 牧场纪委, 深入四十七团、一牧场: a farm numbered, opening its phrase or listed.)
    if !numbered {
        if let Some(number) = view.token_ending_at(name_end).filter(|t| {
            t.end - t.start == 1
                && is_numeral(view.chars[t.start])
                && (opens_phrase(view, t.start) || view.chars.get(end) == Some(&'、'))
        }) {
            return Some(number.start);
        }
    }
    let mut start = name_end;
    let mut proper = true;
    while let Some(t) = view.token_ending_at(start) {
        // (。团结/a 农场纪委: a word jieba calls an adjective opens the farm's name where
        // the farm opens its phrase.)
        let adjective_opening = t.tag == "a" && !numbered && opens_phrase(view, t.start);
        if !(t.tag.starts_with('n') || adjective_opening) || name_end - t.start > 4 {
            break;
        }
        proper &= ["nr", "ns", "nz"].iter().any(|p| t.tag.starts_with(p));
        start = t.start;
    }
    // 座谈会三场, 家庭农场: a common word before the number or 农场 names no farm, unless
    // the farm opens its phrase (。军户/n 农场纪委书记…, 。奇台/n 农场纪委对…).
    let word = view.slice(start, name_end);
    (name_end - start >= 2
        && (proper
            || !crate::segment::JIEBA.has_word(&word)
            || (!is_numeral(view.chars[name_end])
                && (opens_phrase(view, start) || opened_by_zai(view, start, end))
                && !is_generic(&word))))
    .then_some(start)
}

/// 。在奇台农场，…: a place that 在 opens at the phrase's start and a comma closes.
fn opened_by_zai(view: &View, start: usize, end: usize) -> bool {
    start >= 1
        && view.chars[start - 1] == '在'
        && opens_phrase(view, start - 1)
        && view.chars.get(end).is_some_and(|&c| is_punct(c))
}

/// Where the number of a regiment whose 团 ends at `end` starts (一〇三团): two numerals or
/// digits at least, or one opening its phrase or listed (。四团纪委, 在十团，, 一团、四团; not
/// 乱成一团).
fn regiment_start(chars: &[char], end: usize) -> Option<usize> {
    let digits = chars[..end - 1]
        .iter()
        .rev()
        .take_while(|&&c| is_number_char(c))
        .count();
    let start = end - 1 - digits;
    // (第一师阿拉尔市十团: or after its division's city.)
    let opens = opens_as_place(chars, start) || LEVEL_CHARS.contains(&chars[start - 1]);
    let listed = chars.get(end) == Some(&'、');
    (digits >= 2 || (digits == 1 && (opens || listed))).then_some(start)
}

pub const LEVEL_CHARS: &[char] = &['省', '市', '区', '县', '州', '盟', '旗', '镇', '乡'];

static NUMBER: Lazy<Regex> = Lazy::new(|| {
    let units = LEXICON
        .measures
        .iter()
        .map(|m| regex::escape(m))
        .collect::<Vec<_>>()
        .join("|");
    let prefixes = NUMBER_PREFIXES.join("|");
    Regex::new(&format!(
        r"(?P<pre>{prefixes})?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+)(?P<a1>余|多)?(?P<mult>万|亿)?(?P<a2>余|多)?(?P<unit>{units})"
    ))
    .expect("number pattern")
});

/// One match of [`NUMBER`], its groups as byte ranges of the searched text.
struct NumberMatch {
    /// The whole match.
    start: usize,
    end: usize,
    num: std::ops::Range<usize>,
    unit: std::ops::Range<usize>,
    pre: Option<&'static str>,
    /// 余 or 多 written before or after 万/亿.
    approx_mark: bool,
    mult: Option<char>,
}

const NUMBER_PREFIXES: [&str; 5] = ["超过", "近", "约", "逾", "达"];

/// The matches of [`NUMBER`] in `text`. The automaton finds each match; its groups are read
/// off by hand in the pattern's own order of preference (the backtracking that capture
/// groups cost was a twentieth of extraction), and only a match read otherwise than the
/// pattern would read it is handed to the pattern's captures.
fn number_matches(text: &str) -> Vec<NumberMatch> {
    NUMBER
        .find_iter(text)
        .filter_map(|m| {
            read_number(text, m.start(), m.end()).or_else(|| {
                let cap = NUMBER.captures_at(text, m.start())?;
                let whole = cap.get(0)?;
                let num = cap.name("num")?;
                let unit = cap.name("unit")?;
                Some(NumberMatch {
                    start: whole.start(),
                    end: whole.end(),
                    num: num.range(),
                    unit: unit.range(),
                    pre: cap
                        .name("pre")
                        .and_then(|p| NUMBER_PREFIXES.iter().copied().find(|w| *w == p.as_str())),
                    approx_mark: cap.name("a1").is_some() || cap.name("a2").is_some(),
                    mult: cap.name("mult").and_then(|m| m.as_str().chars().next()),
                })
            })
        })
        // 汽车零部件: 零 alone is no count of anything (零容忍, 零部件).
        .filter(|m| !matches!(&text[m.num.clone()], "零" | "〇"))
        .collect()
}

/// The groups of the match `start..end` of [`NUMBER`] as its greedy path reads them, or
/// `None` when that path does not end in a measure word exactly at `end`.
fn read_number(text: &str, start: usize, end: usize) -> Option<NumberMatch> {
    let whole = &text[start..end];
    let pre = NUMBER_PREFIXES
        .iter()
        .copied()
        .find(|w| whole.starts_with(w));
    let num_start = start + pre.map_or(0, str::len);
    let rest = &text[num_start..end];
    let num_len = if rest.starts_with(|c: char| c.is_ascii_digit()) {
        let b = rest.as_bytes();
        let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        let fraction = |at: usize| {
            if b.get(at) == Some(&b'.') && b.get(at + 1).is_some_and(u8::is_ascii_digit) {
                at + 1 + digits(at + 1)
            } else {
                at
            }
        };
        // \d{1,3}(?:,\d{3})+ first, as the pattern prefers it.
        let lead = digits(0);
        let mut at = lead.min(3);
        let mut groups = 0;
        while lead <= 3 && b.get(at) == Some(&b',') && digits(at + 1) >= 3 {
            at += 4;
            groups += 1;
        }
        if lead <= 3 && groups > 0 && !b.get(at).is_some_and(u8::is_ascii_digit) {
            fraction(at)
        } else {
            fraction(lead)
        }
    } else {
        rest.chars()
            .take_while(|&c| is_numeral(c))
            .map(char::len_utf8)
            .sum()
    };
    if num_len == 0 {
        return None;
    }
    let mut at = num_start + num_len;
    let mut take = |chars: &str| -> Option<char> {
        let c = text[at..end]
            .chars()
            .next()
            .filter(|c| chars.contains(*c))?;
        at += c.len_utf8();
        Some(c)
    };
    let a1 = take("余多");
    let mult = take("万亿");
    let a2 = take("余多");
    let unit = at..end;
    if unit.is_empty() || !LEXICON.measures.iter().any(|m| *m == text[unit.clone()]) {
        return None;
    }
    Some(NumberMatch {
        start,
        end,
        num: num_start..num_start + num_len,
        unit,
        pre,
        approx_mark: a1.is_some() || a2.is_some(),
        mult,
    })
}

/// Whether `c` is one of the Chinese numeral characters of `NUMBER` (asked for every
/// character of most sentences: a match costs less than searching a string).
/// A digit or a Chinese numeral.
pub(crate) fn is_number_char(c: char) -> bool {
    is_numeral(c) || c.is_ascii_digit()
}

pub(crate) fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
    )
}

static DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]|份?(?P<since>以来|起|至|到|底前)?)").expect("date")
});

static QUARTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:(?P<y>(?:19|20)\d{2})年(?:度)?)?第?(?P<q>[一二三四1-4])季度").expect("quarter")
});

static YEAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"((?:19|20)\d{2})年").expect("year"));

static CUMULATIVE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"截至目前|截止目前|截至发稿|累计|以来|目前|此前|之前|迄今|前[一二三1-3]季度|上半年")
        .expect("cumulative")
});

/// Parses Chinese numerals up to the thousands (两百三十 → 230).
fn chinese_number(s: &str) -> Option<f64> {
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '〇' | '零' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    let mut total = 0u32;
    let mut current = 0u32;
    let mut seen = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            current = d;
            seen = true;
        } else {
            let scale = match c {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => return None,
            };
            total += if current == 0 && !seen { 1 } else { current } * scale;
            current = 0;
            seen = true;
        }
    }
    if !seen {
        return None;
    }
    Some((total + current) as f64)
}

pub fn extract(doc: &Document) -> Mentions {
    let prepared = Prepared::new(doc);
    // Without a publication date, the first year the article writes (2022年，…) is its year.
    let year: Option<String> = doc
        .published
        .as_ref()
        .map(|p| p[..4].to_string())
        .or_else(|| {
            YEAR.captures(&doc.text)
                .and_then(|c| c.get(1))
                .map(|y| y.as_str().to_string())
        });
    let mut m = Mentions {
        bodies: Vec::new(),
        counts: Vec::new(),
        targets: Vec::new(),
        people: Vec::new(),
        regions: Vec::new(),
        prepared,
    };
    let sentences = m.prepared.sentences.clone();
    // The subject carried from sentence to sentence: the body, and whether the last clause
    // was about another organisation's own work.
    let mut carried: Option<usize> = None;
    let mut carried_foreign = false;
    let mut answer_speaker: Option<(usize, usize)> = None;
    let mut paragraph_date: Option<(usize, String)> = None;
    // 截至7月底，已整改问题146个；约谈…3人: a date opening a sentence covers the sentences its
    // semicolons separate (the paragraph, the date).
    let mut semicolon_date: Option<(usize, String)> = None;
    // Named officials of other organisations, waiting for a sentence that holds them to
    // account.
    let mut pending_people: Vec<PersonMention> = Vec::new();
    // The suffix a lead announcing a table by place names (各县（市、区）纪委监委…情况如下),
    // while its rows follow.
    let mut table_lead: Option<String> = None;
    // The text of a numbered case's heading (5．德钦县林业和草原局…问题) after its number,
    // for the paragraph it opens.
    let mut case_heading: Option<(usize, String)> = None;
    let mut cases_listed: Option<usize> = None;
    // A quotation opening a sentence, until its speaker is named: where it starts, and the
    // counts and targets found since.
    let mut quote: Option<Quote> = None;
    let mut short_names: Vec<(String, String)> = Vec::new();
    // The town the latest sentence of this paragraph opened with (苏独仑镇临近乌梁素海…):
    // its paragraph, where it was written, and the town.
    let mut paragraph_town: Option<(usize, usize, RegionRef)> = None;
    let speakers = answer_speakers(&m.prepared);
    for s in &sentences {
        let view = View::new(&m.prepared, s);
        find_regions(&view, s, &mut m.regions);
        if s.byline {
            continue;
        }
        if view.chars.first().is_some_and(|&c| is_opening_quote(c)) {
            quote = Some(Quote {
                paragraph: s.paragraph,
                sentence: s.index,
                start: s.start,
                counts_from: m.counts.len(),
                targets_from: m.targets.len(),
            });
        } else if quote.as_ref().is_some_and(|q| q.paragraph != s.paragraph) {
            quote = None;
        }
        let first_body = m.bodies.len();
        if s.header {
            table_lead = None;
        }
        if paragraph_town
            .as_ref()
            .is_some_and(|&(p, _, _)| p != s.paragraph)
        {
            paragraph_town = None;
        }
        // 长安镇是…产业集聚地，镇纪委…: the town opening the sentence is already the one a
        // bare 镇 later in it stands for.
        if let Some(town) = sentence_opening_town(&view) {
            paragraph_town = Some((s.paragraph, view.offset, town));
        }
        let town_opened = paragraph_town.as_ref().map(|(_, at, town)| (*at, town));
        find_bodies(&view, s, &m.targets, town_opened, &mut m.bodies);
        this_body_references(&view, s, &m.prepared, &mut m.bodies);
        short_group_references(&view, s, &m.prepared, &mut m.bodies);
        for b in &mut m.bodies[first_body..] {
            b.partner = named_as_partner(&view, b);
        }
        // 各县（市、区）纪委监委立案、处分情况如下：…章贡区：立案218件，处分186人: each row
        // of a table by place is the work of that place's body of the kind the lead names.
        match table_row_body(&view, s, table_lead.as_deref()) {
            Some(row) => m.bodies.push(row),
            None => table_lead = table_lead_suffix(&view),
        }
        // 该组会同市纪委监委第三监督检查室…: a reference found after the names still opens
        // the sentence; the sentence's bodies are read in the order they are written.
        let mut sentence_bodies: Vec<usize> = (first_body..m.bodies.len()).collect();
        sentence_bodies.sort_by_key(|&b| m.bodies[b].start);
        // 会同驻储备粮集团纪检监察组、河南省纪委监委…: the bodies listed after a partner are
        // partners too.
        for pair in sentence_bodies.windows(2) {
            let (before, after) = (&m.bodies[pair[0]], &m.bodies[pair[1]]);
            let listed = after.start == before.end + 1
                && view.chars.get(before.end - view.offset) == Some(&'、');
            if before.partner && listed {
                m.bodies[pair[1]].partner = true;
            }
        }
        let first_person = m.people.len();
        if first_sentence_of_paragraph(&sentences, s) {
            case_heading = after_list_marker(view.text).map(|rest| (s.paragraph, rest.to_string()));
        }
        let heading = case_heading
            .as_ref()
            .filter(|(p, _)| *p == s.paragraph)
            .map(|(_, h)| h.as_str());
        // 通报5起…典型问题，其中包括：A…弄虚作假问题；B对发热病人管理不严问题。: an item
        // after the first of a notification's list of cases names a case too; so does one
        // naming a former official (…原副局长高志强对非法开采镁矿问题监管失职；).
        let item_of_cases = cases_listed == Some(s.paragraph)
            && (view
                .text
                .trim_end_matches(|c: char| is_punct(c) || c.is_whitespace() || c == '等')
                .ends_with("问题")
                || view.text.contains('原'));
        find_people(
            &view,
            s,
            &m.bodies,
            &sentence_bodies,
            PeopleCues {
                case_heading: heading,
                speakers: &speakers,
                item_of_cases,
            },
            &mut m.people,
            &mut pending_people,
        );
        cases_listed = ((view.chars.last() == Some(&';')
            && (item_of_cases || view.has(Kind::Accountability, 0, view.chars.len())))
            || announces_cases(&view))
        .then_some(s.paragraph);

        let dates = find_dates(&view, year.as_deref());
        if let Some((_, first)) = dates.first() {
            if dates[0].0 < 12 && opens_paragraph_after_quotes(&m.prepared.chars, &sentences, s) {
                paragraph_date = Some((s.paragraph, first.clone()));
            }
        }
        if let Some((p, _)) = &paragraph_date {
            if *p != s.paragraph {
                paragraph_date = None;
            }
        }
        let semicolon_before = semicolon_date
            .take()
            .filter(|(p, _)| *p == s.paragraph)
            .map(|(_, d)| d);
        if view.chars.last() == Some(&';') {
            semicolon_date = dates
                .first()
                .filter(|(at, _)| *at < 12)
                .map(|(_, d)| d.clone())
                .or_else(|| semicolon_before.clone())
                .map(|d| (s.paragraph, d));
        }
        // 周振海：我们采取…: in an interview, an answer is its speaker's, and 我们 is the
        // body the speaker was introduced with.
        if first_sentence_of_paragraph(&sentences, s) {
            answer_speaker = interview_speaker_body(&view, &m.people).map(|body| {
                carried = Some(body);
                carried_foreign = false;
                (s.paragraph, body)
            });
        }
        // 孟克巴雅尔：旗纪委监委把…: in an answer, a bare level of the speaker's own is the
        // speaker's region, not the last one of that level named.
        if let Some((_, speaker)) = answer_speaker.filter(|(p, _)| *p == s.paragraph) {
            for &b in &sentence_bodies {
                speaks_for_own_level(&mut m.bodies, b, speaker);
            }
        }
        // 组织驻区行政审批局纪检监察组、驻区市场监管局纪检监察组: a body listed right after
        // one that is no subject is none either.
        // 联合派驻第二纪检监察组和瑞昌市、共青城市纪委监委: one joined to a subject by 和 is
        // one too.
        let mut subjects: Vec<usize> = Vec::new();
        let mut last_object_end: Option<usize> = None;
        let mut last_subject_end: Option<usize> = None;
        for &b in &sentence_bodies {
            let body = &m.bodies[b];
            let listed_after_object = last_object_end
                .is_some_and(|e| body.start == e + 1 && view.chars[e - view.offset] == '、');
            let joined_to_subject = last_subject_end.is_some_and(|e| {
                body.start == e + 1 && CONJUNCTIONS.contains(view.chars[e - view.offset])
            });
            if (is_subject(&view, body) || joined_to_subject) && !listed_after_object {
                subjects.push(b);
                last_object_end = None;
                last_subject_end = Some(body.end);
            } else if !body.embedded {
                last_object_end = Some(body.end);
                last_subject_end = None;
            }
        }

        // Clauses opening with another organisation as subject: no target there is the
        // carried body's.
        let mut foreign_clauses: Vec<(usize, usize)> = Vec::new();
        if !s.caption && !s.header {
            let clauses = clause_bounds(&view);
            // Counts never span a clause boundary (no punctuation in the pattern), so the
            // sentence is searched once and each match handled in its clause; a sentence
            // without a digit or numeral has none.
            // 另有1起问题正在核查: the rest of a notice whose cases were counted as a whole
            // before (通报4起…) counts nothing new.
            let counts = |c: char| {
                if is_han(c) {
                    // Ideographs are letters (Lo), never digits.
                    is_numeral(c)
                } else {
                    c.is_numeric() || is_numeral(c)
                }
            };
            let rest_of_notice =
                view.starts_with_at(0, "另有") && view.chars.get(2).is_some_and(|&c| counts(c));
            let numbers: Vec<NumberMatch> =
                if !rest_of_notice && view.chars.iter().any(|&c| counts(c)) {
                    number_matches(view.text)
                } else {
                    Vec::new()
                };
            let mut next_number = 0;
            let mut state_agent = carried;
            // A party committee's inspection team opened a clause of this sentence: what
            // follows is its work, whatever it did.
            let mut team_work = false;
            // A clause of this sentence named another organisation as the one acting (全省
            // 教育系统排查…，整改问题4300余个): its rectifications are its own too.
            let mut foreign_subject = false;
            // Whether the subject is busy with another organisation's own work (推动集团捐赠…).
            let mut state_foreign = carried_foreign;
            // Whether only a causative verb after the subject, in this sentence, made the work
            // another's: read again at each count, as its scope may end before it (督促修订
            // 制度15项，召开警示教育会12场: the meetings are the body's).
            let mut foreign_by_causative = false;
            // (Not for a body carried from a sentence before.)
            let named_in_sentence = |b: usize| m.bodies[b].end > view.offset;
            let after_semicolon = s.index > 0
                && sentences[s.index - 1].paragraph == s.paragraph
                && m.prepared.chars[..s.start]
                    .iter()
                    .rev()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|&c| matches!(c, ';' | '；'));
            // The state still comes from the previous sentence.
            let mut inherited = true;
            for (ci, &(ca, cb)) in clauses.iter().enumerate() {
                let in_clause = |b: &usize| {
                    let start = m.bodies[*b].start - view.offset;
                    start >= ca && start < cb
                };
                // 市纪委常委、市监委委员张立伟带领市纪委监委第四监督检查室深入…: the office
                // an official leads does the work, not the commission of the official's post.
                // 纪检监察组指导应急管理部直属机关纪委深化…: so does the committee a body
                // directs by name (a subject after a causative only when so directed).
                let led = subjects.iter().copied().filter(in_clause).find(|&b| {
                    let start = m.bodies[b].start - view.offset;
                    (matches!(
                        m.bodies[b].kind,
                        BodyKind::InternalOffice | BodyKind::ResidentGroup
                    ) && ["带领", "率领"].iter().any(|w| view.ends_with_at(start, w)))
                        || after_causative(&view, start)
                });
                let clause_subject = led.or_else(|| subjects.iter().copied().find(in_clause));
                if let Some(b) = clause_subject {
                    // A牵头，会同B，对…: the partner joins the work; the lead stays its agent.
                    // …牵头，县纪委监委派驻第五纪检监察组和联社纪委共同参与: bodies that take
                    // part join the work, whose agent stays.
                    let partner = PARTNER_VERBS
                        .iter()
                        .any(|w| view.ends_with_at(m.bodies[b].start - view.offset, w))
                        || ["参与", "配合", "协助"].iter().any(|w| {
                            view.ends_with_at(cb, w) || view.ends_with_at(cb.saturating_sub(1), w)
                        });
                    // 县纪委监委坚持…，由第一监督检查室牵头，组织…: the body the sentence is
                    // about stays its subject; the lead names how it organised the work.
                    // …由第五监督检查室牵头，会同驻市发改委纪检监察组，对…: leading joint
                    // work, the office is its agent.
                    let leads_joint_work = PARTNER_VERBS.iter().any(|w| view.starts_with_at(cb, w));
                    // (由派驻第四纪检监察组对…开展监督: without 牵头 the body so named does the
                    // work itself.)
                    let body_end = m.bodies[b].end.saturating_sub(view.offset);
                    let lead = view.ends_with_at(m.bodies[b].start - view.offset, "由")
                        && !leads_joint_work
                        && ["牵头", "统筹", "负责"]
                            .iter()
                            .any(|w| view.slice(body_end.max(ca), cb).contains(w));
                    // 汪静：我们会同驻市教育局纪检监察组…: the speaker's body leads the work its
                    // partner joins.
                    let we_lead =
                        partner && view.starts_with_at(ca, "我们") && state_agent.is_some();
                    // 驻省国资委纪检监察组督促省国资委党委压实…，会同西部矿业集团有限公司纪委深入…:
                    // the unit a body urged does not bring in partners; the body does.
                    // (…深入宝山基地…；同时会同区纪委监委…: a semicolon goes on with the
                    // sentence before, whose subject brings the partner in.)
                    if !we_lead
                        && (!(partner || lead)
                            || (inherited && !(partner && after_semicolon))
                            || state_agent.is_none()
                            || (state_foreign && (foreign_subject || !partner)))
                    {
                        state_agent = Some(b);
                    }
                    state_foreign = false;
                    inherited = false;
                    foreign_subject = false;
                } else if view.starts_with_at(ca, "现将") {
                    // 为进一步严明纪律，现将5起典型问题通报如下, 现将其中5起…: the notice is the
                    // work of the body publishing the article.
                    if let Some(publisher) = m
                        .bodies
                        .iter()
                        .position(|b| sentences[b.sentence].header)
                        .filter(|&b| m.bodies[b].kind == BodyKind::Commission)
                    {
                        state_agent = Some(publisher);
                        state_foreign = false;
                        inherited = false;
                    }
                } else if view.starts_with_at(ca, "我们") && state_agent.is_some() {
                    // 我们采取…方式，由第一监督检查室牵头: the body carried into a speaker's
                    // words is named as their subject.
                    inherited = false;
                    state_foreign = false;
                } else if (opens_with_foreign_subject(&view, ca, cb, &m.bodies, &sentence_bodies)
                    && !opens_with_official(&view, ca, cb, &m.people[first_person..]))
                    || opens_with_accused_person(&view, ca, &m.people, &pending_people)
                    || opens_with_party_inspection(&view, ca)
                {
                    state_foreign = true;
                    foreign_by_causative = false;
                    inherited = false;
                    foreign_subject = true;
                    team_work |= opens_with_party_team(&view, ca, cb);
                    foreign_clauses.push((ca, cb));
                }
                // …督促省应急管理厅开展检查，并对执法检查情况进行再监督，抽查案卷300份: the
                // body turns back to its own oversight.
                if state_foreign
                    && clause_subject.is_none()
                    && !foreign_subject
                    && !team_work
                    && (turns_to_oversight(&view, ca, cb)
                        || opens_with_own_result(&view, ca)
                        // (…督促相关职能部门制定防控措施；在各在建项目现场设立公示牌12个: a
                        // semicolon closes what the unit urged.)
                        || (ci == 0
                            && after_semicolon
                            && !view.has(Kind::Accountability, ca, view.chars.len())))
                {
                    state_foreign = false;
                    inherited = false;
                }
                // 对州委巡察移交的21件问题线索，阿图什市纪委监委实行台账管理: a 对 clause fronted
                // before its subject counts for that subject.
                let fronted_for = clauses
                    .get(ci + 1)
                    .filter(|_| clause_subject.is_none() && view.chars.get(ca) == Some(&'对'))
                    .and_then(|&(next, _)| {
                        subjects
                            .iter()
                            .copied()
                            .find(|&b| m.bodies[b].start - view.offset == next)
                    });
                let (shared_by, shared_from) =
                    distributed_subjects(&view, clause_subject, &m.bodies, &sentence_bodies, cb);
                let mut shared_count = 0;
                let clause_end = view.byte_range(cb, cb).start;
                let first_number = next_number;
                while next_number < numbers.len() && numbers[next_number].start < clause_end {
                    next_number += 1;
                }
                for number in &numbers[first_number..next_number] {
                    let p = view.char_at(number.num.start);
                    let q = view.char_at(number.end);
                    let Some(count) = read_count(&view, number, p, q) else {
                        continue;
                    };
                    // 七台河市: numerals inside a place's name count nothing; nor do those
                    // of an idiom (千家万户, 千方百计).
                    if view
                        .of_kind(Kind::Region)
                        .iter()
                        .any(|h| h.start <= p && h.end > p)
                        || view
                            .tokens_from(p)
                            .take_while(|t| t.start <= p)
                            .any(|t| t.tag == "i" && t.end > p)
                    {
                        continue;
                    }
                    // 对全市36座在产煤矿中的12座开展回头看: the whole of which a part was
                    // checked is no count of the body's work.
                    if counts_the_whole_of_a_part(&view, q) {
                        continue;
                    }
                    // 机电工程学院纪委联合纺织与服装工程学院纪委，对两个学院…: the two bodies just
                    // named, referred to, are no count of the work.
                    let named_before = sentence_bodies
                        .iter()
                        .map(|&b| &m.bodies[b])
                        .filter(|b| b.end - view.offset <= p)
                        .map(|b| (b.start - view.offset, b.end - view.offset));
                    if refers_to_the_two_named(&view, p, named_before)
                        || refers_to_units_just_named(&view, p)
                    {
                        continue;
                    }
                    // A count inside a body's name (全市247个乡镇纪检监察机构) is that body's.
                    let containing = sentence_bodies.iter().copied().find(|&b| {
                        let body = &m.bodies[b];
                        body.start - view.offset <= p && p < body.end - view.offset
                    });
                    // (七个星镇纪委: a numeral inside a town's name counts nothing.)
                    let in_town_name = containing.is_some_and(|b| {
                        matches!(m.bodies[b].region, Some(RegionRef::Unlisted(_)))
                            && m.bodies[b].kind == BodyKind::Commission
                    });
                    if in_town_name {
                        continue;
                    }
                    let mut agent = containing.or(fronted_for).or(state_agent);
                    if containing.is_none() && !shared_by.is_empty() && p >= shared_from {
                        agent = shared_by.get(shared_count).or(shared_by.last()).copied();
                        shared_count += 1;
                    }
                    if containing.is_none() {
                        let agent_end = agent
                            .map(|b| m.bodies[b].end.saturating_sub(view.offset))
                            .filter(|&e| e >= ca && e <= p);
                        if causative_between(&view, agent_end.unwrap_or(ca), p, agent_end.is_some())
                        {
                            state_foreign = true;
                            inherited = false;
                            foreign_by_causative = agent.is_some_and(named_in_sentence);
                        } else if foreign_by_causative && !foreign_subject && !team_work {
                            // (督促市人社局就…等各项工作，提出12条: a topic opened by 就 carries
                            // the causative over the comma.)
                            if !topic_opened_by_jiu(&view, 0, ca) {
                                state_foreign = false;
                                foreign_by_causative = false;
                            }
                        }
                        // A new sentence that names oversight work again is the body's own;
                        // so is a clause with what only oversight bodies do (问责, 约谈, 立案).
                        // …, 并对5户省属企业开展暗访: after urging another organisation, an
                        // oversight action aimed at a unit is the body's own again.
                        if state_foreign
                            && ((inherited && has_action_in(&view, ca, cb))
                                || (!team_work
                                    && !foreign_subject
                                    && (has_exclusive_action(&view, ca, cb)
                                        || aims_oversight_at_unit(&view, ca, p, cb)))
                                || (!team_work && counts_own_staff(&view, q)))
                        {
                            state_foreign = false;
                            inherited = false;
                        }
                        if state_foreign {
                            continue;
                        }
                    }
                    if agent.is_none() {
                        // A topic fronted before its subject: 参加会议32次……驻省市场监管局纪检监察组…
                        agent = subjects
                            .iter()
                            .copied()
                            .find(|&b| m.bodies[b].start - view.offset > p);
                    }
                    let Some(agent) = agent else { continue };
                    // The action is written after its agent when the agent opens the clause
                    // (and 第四监督检查室 names no action).
                    let action_from = Some(m.bodies[agent].end.saturating_sub(view.offset))
                        .filter(|&e| e > ca && e <= p && m.bodies[agent].start >= view.offset)
                        .unwrap_or(ca);
                    let (mut category, verb_after) =
                        categorize(&view, action_from, cb, p, q, &count.unit);
                    // 抽查项目136个，涉及资金3.28亿元: the money the items just checked hold,
                    // counted by that check (a culprit's 违规…，涉及资金3.1万元 is no check).
                    let money_checked = money_of_items_checked(&view, ca, p, &count.unit)
                        .then(|| {
                            m.counts.last().filter(|c| {
                                c.sentence == s.index
                                    && c.agent == agent
                                    && c.category == "inspect"
                                    // (抽查采购订单2.3万余笔: the clause before, whatever
                                    // its decimal point.)
                                    && c.position
                                        >= view.offset + ci.checked_sub(1).map_or(ca, |k| clauses[k].0)
                            })
                        })
                        .flatten()
                        .map(|c| c.action.clone());
                    let (category, action, object) = if let Some(check) = money_checked {
                        let money = view.slice(ca + 2, p);
                        let money = money.trim_end_matches(APPROXIMATE_BEFORE_AMOUNT);
                        ("inspect".to_string(), check, Some(money.to_string()))
                    } else {
                        // 紧盯全市3100余家定点医药机构: the field watched, not work done.
                        // (受理涉及营商环境的信访举报156件次: what the work taken in concerns.)
                        // (其中涉及处级干部3人: a part of the count before, not a field.)
                        if category == "other"
                            && !view.starts_with_at(ca, "其中")
                            && !has_action_in(&view, action_from, q)
                            && scope_opens(&view, action_from, p)
                        {
                            continue;
                        }
                        let (mut action, mut object) =
                            describe(&view, action_from, cb, p, q, verb_after);
                        // 立案查处8人，其中处级干部2人: a part of the count before, counted by
                        // the same action.
                        if view.starts_with_at(ca, "其中")
                            && view.matches(Kind::Action, ca, cb).next().is_none()
                        {
                            if let Some(whole) = m.counts.last().filter(|c| c.sentence == s.index) {
                                category = whole.category.clone();
                                action = whole.action.clone();
                                let part = view.slice(ca + 2, p);
                                let part = part.trim_matches(|c: char| is_punct(c));
                                object = (!part.is_empty()).then(|| part.to_string());
                            }
                        }
                        (category, action, object)
                    };
                    let date = date_for(
                        &view,
                        &dates,
                        p,
                        semicolon_before
                            .as_deref()
                            .or(paragraph_date.as_ref().map(|d| d.1.as_str())),
                    );
                    m.counts.push(CountMention {
                        sentence: s.index,
                        position: view.offset + p,
                        agent,
                        value: count.value,
                        unit: count.unit.clone(),
                        approx: count.approx,
                        category,
                        action,
                        object,
                        date,
                    });
                }
                // 督促省人社厅…, 提出21条: what follows in the sentence is that unit's work.
                let agent_end = state_agent
                    .map(|b| m.bodies[b].end.saturating_sub(view.offset))
                    .filter(|&e| e >= ca && e <= cb);
                if causative_between(&view, agent_end.unwrap_or(ca), cb, agent_end.is_some()) {
                    state_foreign = true;
                    inherited = false;
                    // (在学校纪委推动下，后勤管理处…: a causative under which another works
                    // holds over the clauses after it.)
                    foreign_by_causative = state_agent.is_some_and(named_in_sentence)
                        && !view
                            .of_kind(Kind::Causative)
                            .iter()
                            .any(|h| h.start >= ca && h.end < cb && view.chars[h.end] == '下');
                }
            }
            carried = state_agent;
            carried_foreign = state_foreign;
        }
        let names: Vec<(usize, usize)> = m.people[first_person..]
            .iter()
            .filter_map(|p| {
                view.text.find(&p.name).map(|b| {
                    let start = view.char_at(b);
                    (start, start + p.name.chars().count())
                })
            })
            .collect();
        find_targets(
            &view,
            s,
            &m.bodies,
            first_body,
            &subjects,
            carried,
            &names,
            &foreign_clauses,
            &mut m.targets,
        );
        // “我们…列席会议4次…。”驻市教育局纪检监察组组长陆建平介绍: what the quotation
        // counts is the speaker's body's work, not the body the text was about before it.
        if let Some(q) = &quote {
            if let Some((close, speaker)) =
                speaker_after_quote(&view, &m.bodies, &sentence_bodies, q.sentence < s.index)
            {
                let close = view.offset + close;
                // Only what was carried into the quotation moves: a body the quotation
                // names itself keeps its own work.
                let bodies = &m.bodies;
                let moves = |position: usize, agent: usize| {
                    position < close && bodies[agent].start < q.start
                };
                for c in &mut m.counts[q.counts_from..] {
                    if moves(c.position, c.agent) {
                        c.agent = speaker;
                    }
                }
                for t in &mut m.targets[q.targets_from..] {
                    if moves(t.position, t.agent) {
                        t.agent = speaker;
                    }
                }
                quote = None;
            }
        }
        short_names_defined(&view, &mut short_names);
    }
    // 兴绵物资集团纪委 in the title, 绵阳市兴绵物资集团有限公司纪委 below: the company's
    // name without its place and its legal form is the same committee.
    // Each company named in full with its legal form, and its core name.
    let in_full: Vec<(String, String)> = m
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
        .filter(|b| COMPANY_FORMS.iter().any(|form| b.name_part.ends_with(form)))
        .map(|b| (b.name_part.clone(), company_core(&b.name_part).to_string()))
        .collect();
    for b in &mut m.bodies {
        if b.kind != BodyKind::EnterpriseOrSchoolCommittee || b.name_part.chars().count() < 4 {
            continue;
        }
        let core = company_core(&b.name_part);
        if core.chars().count() < 3 {
            continue;
        }
        // (东风汽车有限公司 beside 东风汽车股份有限公司: two companies, each named in full
        // with its own legal form.)
        let form = |name: &str| COMPANY_FORMS.iter().find(|f| name.ends_with(*f));
        let own_form = form(&b.name_part);
        let full = in_full.iter().find(|(full, full_core)| {
            full.len() > b.name_part.len()
                && full_core == core
                && own_form.is_none_or(|f| form(full) == Some(f))
        });
        if let Some((full, _)) = full {
            b.name_part = full.clone();
        }
    }
    // 中国农业发展银行黑龙江省分行纪委…安徽省分行纪委: a branch named by its province alone
    // is a branch of the company whose branches the article named in full.
    let is_province = |name: &str| {
        LEXICON
            .gazetteer
            .names_division(name, &[crate::lexicon::Level::Province])
    };
    let branch_word = |name: &str| BRANCH_WORDS.iter().copied().find(|w| name.ends_with(w));
    // (Where named, in order: (sentence, start, company, branch word).)
    let companies_of_branches: Vec<(usize, usize, String, &str)> = m
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
        .filter_map(|b| {
            let word = branch_word(&b.name_part)?;
            let place_and_company = &b.name_part[..b.name_part.len() - word.len()];
            let (k, _) = place_and_company
                .char_indices()
                .skip(4)
                .find(|&(k, _)| is_province(&place_and_company[k..]))?;
            Some((
                b.sentence,
                b.start,
                place_and_company[..k].to_string(),
                word,
            ))
        })
        .collect();
    // 中国人寿保险股份有限公司黑龙江省分公司纪委…中国人寿财产保险股份有限公司纪委…四川省分公司
    // 纪委: where the article names its branches so, a company's own committee named since
    // is the company the next short branch is of.
    let companies_named: Vec<(usize, usize, String, &str)> = if companies_of_branches.is_empty() {
        Vec::new()
    } else {
        m.bodies
            .iter()
            .filter(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
            .filter_map(|b| {
                let word = [("公司", "分公司"), ("银行", "分行")]
                    .into_iter()
                    .find(|(kind, branch)| {
                        b.name_part.ends_with(kind) && !b.name_part.ends_with(branch)
                    })
                    .map(|(_, branch)| branch)?;
                Some((b.sentence, b.start, b.name_part.clone(), word))
            })
            .collect()
    };
    for b in &mut m.bodies {
        if b.kind != BodyKind::EnterpriseOrSchoolCommittee {
            continue;
        }
        let Some(word) = branch_word(&b.name_part) else {
            continue;
        };
        if !is_province(&b.name_part[..b.name_part.len() - word.len()]) {
            continue;
        }
        let of_word = |c: &&(usize, usize, String, &str)| c.3 == word;
        let latest_before = companies_of_branches
            .iter()
            .chain(&companies_named)
            .filter(of_word)
            .filter(|c| (c.0, c.1) < (b.sentence, b.start))
            .max_by_key(|c| (c.0, c.1));
        if let Some((.., company, _)) =
            latest_before.or_else(|| companies_of_branches.iter().find(of_word))
        {
            b.name_part = format!("{company}{}", b.name_part);
        }
    }
    // …附属同济医院(以下简称同济医院)…同济医院纪委: so is the committee of a unit named so.
    for b in &mut m.bodies {
        if b.kind != BodyKind::EnterpriseOrSchoolCommittee {
            continue;
        }
        if let Some((_, full)) = short_names.iter().find(|(short, _)| b.name_part == *short) {
            b.name_part = full.clone();
        }
    }
    // 海南省琼建投资集团有限公司(以下简称琼建集团)…到琼建集团开展…: a unit named by the
    // short name the article gave it is the unit.
    for t in &mut m.targets {
        let full = short_names.iter().find_map(|(short, full)| {
            t.written
                .strip_prefix(short.as_str())
                .filter(|_| !t.written.starts_with(full.as_str()))
                .map(|rest| format!("{full}{rest}"))
        });
        if let Some(full) = full {
            t.written = full;
        }
    }
    m
}

/// Words closing the name of a company's or bank's branch in a province.
const BRANCH_WORDS: &[&str] = &["分行", "分公司"];

/// Legal forms closing a company's name, longest first.
pub(crate) const COMPANY_FORMS: &[&str] = &["股份有限公司", "有限责任公司", "有限公司"];

/// A company's name without the place opening it and the legal form closing it
/// (宜宾市丝丽雅集团有限公司 and 宜宾丝丽雅集团 → 丝丽雅集团).
fn company_core(name: &str) -> &str {
    let name = COMPANY_FORMS
        .iter()
        .find_map(|form| name.strip_suffix(form))
        .unwrap_or(name);
    let place_end = LEXICON.gazetteer.place_prefix_ends(name).last();
    place_end.map_or(name, |k| &name[k..])
}

/// 某某有限公司(以下简称某某集团): the short names a sentence defines, with the names they
/// stand for.
fn short_names_defined(view: &View, out: &mut Vec<(String, String)>) {
    // One search for a character settles nearly every sentence.
    if !view.text.contains('称') {
        return;
    }
    for marker in ["(以下简称", "(简称"] {
        for (byte, _) in view.text.match_indices(marker) {
            let open = view.char_at(byte);
            let from = open + marker.chars().count();
            let Some(close) = (from..view.chars.len()).find(|&i| view.chars[i] == ')') else {
                continue;
            };
            let short: String = view.chars[from..close]
                .iter()
                .filter(|c| !matches!(c, '“' | '”' | '"' | '「' | '」'))
                .collect();
            let Some((full, _)) = organisation_before(view, open) else {
                continue;
            };
            // 国家税务总局四川省税务局纪检组(以下简称四川省局纪检组): a committee named short
            // stands for its organisation named short.
            let (short, full) = match ["纪检组", "纪委", "纪工委"]
                .iter()
                .find(|s| short.ends_with(*s) && full.ends_with(*s))
            {
                Some(s) => (
                    short[..short.len() - s.len()].to_string(),
                    full[..full.len() - s.len()].to_string(),
                ),
                None => (short, full),
            };
            if (2..=8).contains(&short.chars().count())
                && full.chars().count() > short.chars().count()
                && LEXICON.ends_with_org_suffix(&full)
            {
                out.push((short, full));
            }
        }
    }
}

struct Quote {
    paragraph: usize,
    sentence: usize,
    /// Character offset of the quotation's first character.
    start: usize,
    counts_from: usize,
    targets_from: usize,
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '「' | '『')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '」' | '』')
}

/// Verbs that say who spoke a quotation (…。”某某介绍).
const SPEECH_VERBS: &[&str] = &["介绍", "表示", "说", "指出", "谈到", "坦言", "告诉"];

/// The body whose official speaks the quotation just closed: the body opens the words
/// after the closing mark (or the sentence, when the quotation closed in an earlier one)
/// and a verb of speech follows within a post and a name. Also where the quotation closed.
fn speaker_after_quote(
    view: &View,
    bodies: &[BodyMention],
    sentence_bodies: &[usize],
    opened_before: bool,
) -> Option<(usize, usize)> {
    let mut openings: Vec<(usize, usize)> = Vec::new();
    if opened_before {
        openings.push((0, 0));
    }
    for (k, &c) in view.chars.iter().enumerate() {
        if is_closing_quote(c) {
            let mut at = k + 1;
            while view.chars.get(at).is_some_and(|&c| c == ',') {
                at += 1;
            }
            openings.push((k, at));
        }
    }
    openings.iter().find_map(|&(close, at)| {
        let b = sentence_bodies
            .iter()
            .copied()
            .find(|&b| bodies[b].start - view.offset == at)?;
        let end = bodies[b].end - view.offset;
        let window = &view.text[view.byte_range(end, (end + 14).min(view.chars.len()))];
        SPEECH_VERBS
            .iter()
            .any(|v| window.contains(v))
            .then_some((close, b))
    })
}

/// Gives body `b`, written with a bare level (旗纪委监委), the region of the speaker's
/// body when that region is of the same level (阿拉善左旗纪委监委).
fn speaks_for_own_level(bodies: &mut [BodyMention], b: usize, speaker: usize) {
    let (Some(RegionRef::Level(c)), Some(own @ RegionRef::Named(_, written))) =
        (&bodies[b].region, &bodies[speaker].region)
    else {
        return;
    };
    if b != speaker && bodies[b].kind == bodies[speaker].kind && written.ends_with(*c) {
        bodies[b].region = Some(own.clone());
    }
}

/// The oversight body of the official whose name opens an answer (周振海：…, 汪静介绍，…),
/// named with a post earlier in the article.
fn interview_speaker_body(view: &View, people: &[PersonMention]) -> Option<usize> {
    // 汪静介绍，…: a speaker named before the verb of speaking opens the answer as well.
    let said = || {
        (2..=5).find(|&k| {
            ["介绍,", "表示,", "回答,"]
                .iter()
                .any(|v| view.starts_with_at(k, v))
        })
    };
    let colon = view
        .chars
        .iter()
        .take(12)
        .position(|&c| c == ':' || c == '：')
        .or_else(said)?;
    let speaker = view.slice(0, colon);
    people.iter().find_map(|p| {
        if p.name != speaker || p.held_to_account {
            return None;
        }
        p.roles.iter().find_map(|(org, _)| match org {
            OrgRef::Body(b) => Some(*b),
            _ => None,
        })
    })
}

/// The names that open answers (其木格：尉犁县植棉面积大…): a press conference labels each
/// answer with the name its speaker was introduced with, which may have no surname.
fn answer_speakers(prepared: &Prepared) -> Vec<String> {
    let sentences = &prepared.sentences;
    let mut speakers: Vec<String> = sentences
        .iter()
        .filter(|s| !s.header && first_sentence_of_paragraph(sentences, s))
        .filter_map(|s| {
            let chars = &prepared.chars[s.start..s.end];
            let colon = chars.iter().take(6).position(|&c| c == ':' || c == '：')?;
            ((2..=5).contains(&colon) && chars[..colon].iter().all(|&c| is_han(c)))
                .then(|| chars[..colon].iter().collect())
        })
        .collect();
    speakers.sort();
    speakers.dedup();
    speakers
}

/// A speaker's label written whole right after a post (县监委主任其木格，).
fn speaker_at(view: &View, at: usize, speakers: &[String]) -> Option<String> {
    speakers
        .iter()
        .find(|label| {
            let end = at + label.chars().count();
            view.starts_with_at(at, label) && (end >= view.chars.len() || is_punct(view.chars[end]))
        })
        .cloned()
}

fn first_sentence_of_paragraph(sentences: &[Sentence], s: &Sentence) -> bool {
    s.index == 0 || sentences[s.index - 1].paragraph != s.paragraph
}

/// Whether `s` is the first sentence of its paragraph after a quotation opening it: a
/// paragraph may open with the words it is about (“医保基金是…挪用。”2月，在…推进会上…), and the
/// date after them is still the paragraph's.
fn opens_paragraph_after_quotes(chars: &[char], sentences: &[Sentence], s: &Sentence) -> bool {
    let Some(first) = sentences[..=s.index]
        .iter()
        .rev()
        .take_while(|t| t.paragraph == s.paragraph)
        .last()
    else {
        return false;
    };
    if first.index == s.index {
        return true;
    }
    // The quotation closes just as `s` opens (the closing mark may lead it).
    is_opening_quote(chars[first.start])
        && chars[first.start..s.start + 1]
            .iter()
            .position(|&c| is_closing_quote(c))
            .is_some_and(|k| first.start + k + 1 >= s.start)
}

/// Whether the comma at `i` separates thousands (1,200), no clauses.
fn is_thousands_separator(chars: &[char], i: usize) -> bool {
    i > 0
        && chars[i - 1].is_ascii_digit()
        && chars.len() > i + 3
        && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
        && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
}

/// What ends a clause in the folded text (，；： are folded to , ; :).
const CLAUSE_BREAKS: &[char] = &[',', ';', ':', '。', '!', '?'];

/// Clauses split at commas, semicolons and colons (not inside quotes or brackets).
fn clause_bounds(view: &View) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (i, &c) in view.chars.iter().enumerate() {
        match c {
            '“' | '(' | '《' | '「' => depth += 1,
            '”' | ')' | '》' | '」' => depth -= 1,
            // 1,863个: a thousands separator, not a clause break.
            ',' if is_thousands_separator(view.chars, i) => {}
            c if depth <= 0 && CLAUSE_BREAKS.contains(&c) => {
                out.push((start, i + 1));
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < view.chars.len() {
        out.push((start, view.chars.len()));
    }
    out
}

struct Count {
    value: f64,
    unit: String,
    approx: bool,
}

/// Whether character `p` lies inside a title in 《》.
fn inside_title(view: &View, p: usize) -> bool {
    // Most sentences hold no title: no scan back for each word of theirs.
    if !view.has_title_mark {
        return false;
    }
    let open = view.chars[..p].iter().rposition(|&c| c == '《');
    let Some(open) = open else { return false };
    !view.chars[open + 1..p].contains(&'》')
}

fn inside_short_quote(view: &View, p: usize) -> bool {
    let open = view.chars[..p]
        .iter()
        .rposition(|&c| matches!(c, '“' | '"' | '「' | '‘'));
    let Some(open) = open else { return false };
    let close_before = view.chars[open + 1..p]
        .iter()
        .any(|&c| matches!(c, '”' | '」' | '’'));
    if close_before {
        return false;
    }
    let close = view.chars[p..]
        .iter()
        .position(|&c| matches!(c, '”' | '"' | '」' | '’'));
    matches!(close, Some(c) if p + c - open <= 10)
}

/// 制定监督清单18项, 绘制权力运行流程图32张: what a body drew up (lists, measures, charts)
/// plans its work; counted, it is no oversight done. Only when no action word stands
/// between the verb and the count. So are the items a plan sets out (明确5个方面18项监督重点).
fn drawn_up_before(view: &View, p: usize, unit: &str) -> bool {
    let from = p.saturating_sub(16);
    let Some(verb_end) = (from..p)
        .rev()
        .take_while(|&i| {
            !is_punct(view.chars[i]) || matches!(view.chars[i], '、' | '“' | '”' | '"')
        })
        .find(|&i| {
            ["制定", "绘制", "编制", "建立"]
                .iter()
                .any(|w| view.ends_with_at(i, w))
                || (unit == "项" && view.ends_with_at(i, "明确"))
        })
    else {
        return false;
    };
    !view.has(Kind::Action, verb_end, p)
}

fn read_count(view: &View, number: &NumberMatch, p: usize, q: usize) -> Option<Count> {
    let num = &view.text[number.num.clone()];
    let unit_str = &view.text[number.unit.clone()];
    let unit = unit_str.to_string();
    let chinese = !num.starts_with(|c: char| c.is_ascii_digit());
    if p > 0 {
        let prev = view.chars[p - 1];
        if prev == '第' || prev.is_ascii_alphanumeric() || prev == '.' {
            return None;
        }
        // 数十家, 数百人: no number was given.
        if prev == '数' && chinese {
            return None;
        }
    }
    // 红星/nz 二场: a Corps farm named by its number, no count.
    if chinese && unit == "场" && farm_start(view, q).is_some() {
        return None;
    }
    // 一 alone is an article more often than a count (一起, 一批, 一线).
    // (二百一十六名: a count written out in hundreds runs longer.)
    let written_out = num.contains(['百', '千']) && num.chars().count() <= 7;
    // (召开警示教育大会一场，: a meeting counted after it, closing the clause, is one;
    // 典型问题一起 names a case it goes on to tell.)
    let counts_one = num == "一"
        && unit == "场"
        && view
            .token_ending_at(p)
            .is_some_and(|t| t.tag.starts_with('n'))
        && view.chars.get(q).is_none_or(|&c| is_punct(c));
    if chinese && ((num == "一" && !counts_one) || (num.chars().count() > 4 && !written_out)) {
        return None;
    }
    if inside_short_quote(view, p) || drawn_up_before(view, p, &unit) {
        return None;
    }
    // 梳理形成6个方面32项监督重点: the items of a plan, counted by the fields they fall in
    // (提出5个方面14条意见建议, 4个方面12项具体要求: not the proposals a body made).
    if view.ends_with_at(p, "个方面") {
        let object = view.slice(q, (q + 8).min(view.chars.len()));
        if !["建议", "要求"].iter().any(|w| object.contains(w)) {
            return None;
        }
    }
    // 上述5起典型问题，有的…: the cases counted before, referred back to.
    if view.ends_with_at(p, "上述") || view.ends_with_at(p, "以上") {
        return None;
    }
    let n = view.chars.len();
    // The unit ends the match at `q`, so the unit and what follows are one slice.
    let unit_start = q - unit_str.chars().count();
    let rest = &view.text[view.byte_range(q, (q + 4).min(n))];
    let unit_and_rest = &view.text[view.byte_range(unit_start, (q + 4).min(n))];
    // With nothing after the unit the pair is the unit and a space: never a word below.
    let unit_and_next = if q < n {
        &view.text[view.byte_range(unit_start, q + 1)]
    } else {
        ""
    };
    // (2名单位负责人: 名 counts the heads of units, no 名单.)
    let heads_of_units = unit_and_next == "名单" && rest.starts_with("单位");
    if LEXICON.not_measures.iter().any(|w| w == unit_and_next)
        && !(unit == "人" && unit_and_next == "人员")
        && !heads_of_units
    {
        return None;
    }
    if LEXICON
        .not_objects
        .iter()
        .any(|o| rest.starts_with(o.as_str()))
        || LEXICON
            .not_objects
            .iter()
            .any(|o| unit_and_rest.starts_with(o.as_str()))
    {
        return None;
    }
    // A count directly followed by 多月/年 is a duration (一个多月来).
    if rest.starts_with("多月") || rest.starts_with("月") {
        return None;
    }
    // 单价50万元以上的设备, 投资额500万元以上项目: a threshold describing what is counted,
    // not a count (挽回损失300万元以上。 closes its clause, and counts).
    let threshold = rest
        .strip_prefix("以上")
        .and_then(|after| after.chars().next())
        .is_some_and(|c| is_han(c) && !"并且和及".contains(c));
    if threshold {
        return None;
    }
    let mut value = if chinese {
        chinese_number(num)?
    } else {
        num.replace(',', "").parse::<f64>().ok()?
    };
    match number.mult {
        Some('万') => value *= 10_000.0,
        Some('亿') => value *= 100_000_000.0,
        _ => {}
    }
    value = (value * 10_000.0).round() / 10_000.0;
    let approx = number.approx_mark
        || matches!(
            number.pre,
            Some("近") | Some("约") | Some("逾") | Some("超过")
        );
    Some(Count {
        value,
        unit,
        approx,
    })
}

/// The thing counted, when a noun follows the measure word: `16个区和市级相关部门` → 区,
/// `3家疫情防控工作落实不力的单位` → 单位.
fn object_after(view: &View, q: usize, cb: usize) -> Option<String> {
    let tokens: Vec<&Tagged> = view.tokens_in(q, cb).collect();
    let first = tokens.first()?;
    let nominal =
        |t: &Tagged| t.tag.starts_with('n') || t.tag == "j" || t.tag == "b" || t.tag == "a";
    if first.start != q || !nominal(first) || first.word.chars().all(is_punct) {
        return None;
    }
    // A relative clause: the head noun comes after the last 的 before the verb.
    let stop = tokens
        .iter()
        .position(|t| {
            is_punct(t.word.chars().next().unwrap_or(','))
                || ["进行", "开展", "实施"].contains(&t.word)
        })
        .unwrap_or(tokens.len());
    let de = tokens[..stop].iter().rposition(|t| t.word == "的");
    let from = de.map(|d| d + 1).unwrap_or(0);
    let mut text = String::new();
    let mut depth = 0;
    for t in &tokens[from..stop] {
        let w = t.word;
        if w.contains('(') {
            depth += 1;
        }
        let noun = nominal(t);
        if depth == 0 && !(noun || w.contains(')'))
            || LEXICON.category_of(w).is_some()
            || ["疫情", "等", "和", "及"].contains(&w)
        {
            break;
        }
        if w.contains(')') {
            depth -= 1;
        }
        text.push_str(w);
        if text.chars().count() >= 16 {
            break;
        }
    }
    (!text.is_empty() && depth == 0).then_some(text)
}

/// The action as written and the thing counted: `共印发监督建议书、工作通知、工作提示函等21份`
/// → (印发监督建议书、工作通知、工作提示函, 监督建议书、工作通知、工作提示函).
/// An action word used as one: not in 整改情况 / 落实情况 (the state of something, a noun
/// before the clause's action), in 检查组 / 督查组 (a team), 第二监督检查室 (an office) or
/// 巡查记录 (a record), nor made a noun's modifier by 被 (被巡察单位; 其中1人被移送司法机关
/// still acts).
fn acts(view: &View, m: &Hit) -> bool {
    if ["情况", "组", "记录"]
        .iter()
        .any(|w| view.starts_with_at(m.end, w))
    {
        return false;
    }
    // 开展整改监督, 发出巡视整改监督提示函: the putting right is what the oversight is of.
    if LEXICON.actions[m.index].1 == "rectify" && view.starts_with_at(m.end, "监督") {
        return false;
    }
    // 监督检查室, not 发现室温不达标.
    if view.starts_with_at(m.end, "室")
        && view
            .token_starting_at(m.end)
            .is_none_or(|t| t.end - t.start == 1)
    {
        return false;
    }
    // 污水/n 处理厂/n: an action word opening a longer noun names a kind of place.
    if view
        .tokens_from(m.start)
        .take_while(|t| t.start < m.end)
        .any(|t| t.start >= m.start && t.end > m.end && t.tag.starts_with('n'))
    {
        return false;
    }
    let passive = m.start > 0 && view.chars[m.start - 1] == '被';
    !(passive
        && view
            .token_starting_at(m.end)
            .is_some_and(|t| t.tag.starts_with('n')))
}

fn describe(
    view: &View,
    ca: usize,
    cb: usize,
    p: usize,
    q: usize,
    verb_after: Option<(usize, usize)>,
) -> (String, Option<String>) {
    let after = object_after(view, q, cb);
    // The verb phrase: the verb nearest the count, extended back over verbs it is chained
    // to (印发…提示函, 发现并反馈), but not across 对/在/向/的/等 or another count.
    let verbs: Vec<(usize, usize)> = view
        .matches(Kind::Action, ca, p)
        .filter(|m| acts(view, m))
        .map(|m| (m.start, m.end))
        .collect();
    let first_verb = verbs.last().map(|&last| {
        let mut pick = last;
        for &v in verbs.iter().rev().skip(1) {
            let gap = view.slice(v.1, pick.0);
            let chained = gap.chars().count() <= 16
                && !gap.contains(['对', '在', '向', '的', '等', '，', ','])
                && !gap.contains(|c: char| c.is_ascii_digit());
            if !chained {
                break;
            }
            pick = v;
        }
        pick
    });
    let trim = |s: String| -> String {
        let s = s.trim_matches(|c: char| is_punct(c) || c.is_ascii_digit());
        let mut s = s.to_string();
        // Words of the count itself (近百次, 逾千家, 超过300人次), not of the action.
        for tail in [
            "等", "共计", "共", "累计", "计", "达", "总计", "近", "约", "逾", "超过", "多达",
        ] {
            if let Some(t) = s.strip_suffix(tail) {
                s = t.to_string();
            }
        }
        // 查处案件5起5人: the second count's action ends at the first count.
        if let Some(d) = s.find(|c: char| c.is_ascii_digit()) {
            s.truncate(d);
        }
        s.trim_matches(|c: char| is_punct(c)).to_string()
    };
    if let Some((vs, ve)) = verb_after {
        let action = view.slice(vs, ve);
        return (action, after);
    }
    match first_verb {
        Some((vs, ve)) => {
            let action = trim(view.slice(vs, p));
            let object = after.or_else(|| {
                // Only what follows the last earlier count (抽查97个社区、187个帐篷设置点).
                let between = view.slice(ve, p);
                // 八项规定, 四个一: a numeral in a name does not end the object.
                let tail = match NUMBER
                    .find_iter(&between)
                    .filter(|m| m.as_str().contains(|c: char| c.is_ascii_digit()))
                    .last()
                {
                    Some(m) => between[m.end()..].to_string(),
                    None => between,
                };
                let mut o = trim(tail);
                if o.starts_with('全') && o.chars().nth(1).is_some_and(|c| LEVEL_CHARS.contains(&c))
                {
                    o = o.chars().skip(2).collect();
                }
                // 发现并反馈风险问题: drop the chained verbs.
                loop {
                    let before = o.clone();
                    o = o.trim_start_matches('并').to_string();
                    if let Some(m) = LEXICON.action_matcher.find(&o) {
                        if m.start() == 0 {
                            o = o[m.end()..].to_string();
                        }
                    }
                    if o == before {
                        break;
                    }
                }
                // 帮助和处理, 一线开展督导, 推动解决问题: still a verb phrase, not what was
                // counted.
                if LEXICON.action_matcher.find(&o).is_some()
                    || LEXICON.causatives.keys().any(|c| o.starts_with(c.as_str()))
                {
                    return None;
                }
                (!o.is_empty()).then_some(o)
            });
            (
                if action.is_empty() {
                    view.slice(vs, ve)
                } else {
                    action
                },
                object,
            )
        }
        None => (trim(view.slice(ca, q)), after),
    }
}

fn find_regions(view: &View, s: &Sentence, out: &mut Vec<RegionMention>) {
    let n = view.chars.len();
    for mat in view.matches(Kind::Region, 0, n) {
        let name = &LEXICON.region_patterns[mat.index];
        if ends_former_county(view, mat.start, name) {
            continue;
        }
        // 东区街道, 新区街道: a district's name written as a sub-district's is that
        // sub-district's, no mention of the district.
        if view.starts_with_at(mat.end, "街道") && !name.ends_with(['市', '州', '盟', '省']) {
            continue;
        }
        // 乌鲁木齐西路, 北京路: a road named after a place is no mention of it.
        let road_at = |k: usize| view.chars.get(k) == Some(&'路');
        if road_at(mat.end)
            || (view
                .chars
                .get(mat.end)
                .is_some_and(|c| "东西南北中".contains(*c))
                && road_at(mat.end + 1))
        {
            continue;
        }
        // 天山南北/ns: a short name cut out of the middle of a word is no place.
        if !ends_in_level(name) && cut_out_of_words(view, mat.start, mat.end) {
            continue;
        }
        out.push(RegionMention {
            sentence: s.index,
            position: view.offset + mat.start,
            divisions: LEXICON.gazetteer.lookup(name).to_vec(),
            written: name.clone(),
            in_header: s.header,
            short_county: false,
        });
    }
    for mat in view.matches(Kind::CountyShort, 0, n) {
        // 绿水青山: a county's short name inside a longer word is no place (inside the
        // county's full name it is the county's, counted twice by the home's vote).
        // 在建/v 水利工程/n: nor is one that starts inside a word and ends inside the next
        // (建水).
        let block = view.block(view.block_of(mat.start));
        let inside_word = !view
            .of_kind(Kind::Region)
            .iter()
            .any(|h| h.start <= mat.start && h.end >= mat.end)
            && (block.iter().any(|t| {
                t.start <= mat.start && t.end >= mat.end && t.end - t.start > mat.end - mat.start
            }) || cut_out_of_words(view, mat.start, mat.end));
        let (name, divisions) = &LEXICON.county_short_patterns[mat.index];
        // 会理县 in a 2020 article: the county's name then, a mention of it by its full name
        // (see ends_former_county).
        if let Some((written, d)) = former_county_at(view, name, mat.end) {
            out.push(RegionMention {
                sentence: s.index,
                position: view.offset + mat.start,
                divisions: vec![d],
                written,
                in_header: s.header,
                short_county: false,
            });
            continue;
        }
        // 书记尼玛顿珠: a county's short name right after a post opens the official's name.
        let after_post = view.of_kind(Kind::Post).iter().any(|h| h.end == mat.start);
        // 榆树台镇纪委 in a 梨树县 paragraph: a short name opening a town's name, one or two
        // characters before its level, is part of that name.
        // (沙县高砂镇: not a short name that ends in its level, the county's old full name.)
        let opens_town_name = !ends_in_level(name)
            && (1..=2).any(|len| {
                view.chars.get(mat.end..mat.end + len).is_some_and(|rest| {
                    rest.iter()
                        .all(|&c| is_han(c) && !LEVEL_CHARS.contains(&c) && !"城乡村镇".contains(c))
                }) && matches!(view.chars.get(mat.end + len), Some('镇' | '乡'))
            });
        if inside_word || after_post || opens_town_name {
            continue;
        }
        out.push(RegionMention {
            sentence: s.index,
            position: view.offset + mat.start,
            divisions: divisions.clone(),
            written: name.clone(),
            in_header: s.header,
            short_county: true,
        });
    }
}

/// Whether the characters from `start` to `end` start inside a word and end inside one (建水
/// in 在建/v 水利工程/n, 山南 in 天山南北/ns).
fn cut_out_of_words(view: &View, start: usize, end: usize) -> bool {
    let block = view.block(view.block_of(start));
    let cuts_into = |at: usize| block.iter().any(|t| t.start < at && at < t.end);
    cuts_into(start) && cuts_into(end)
}

/// Whether a place's name ends in a level character (榆树市, 沙县), not a short name (榆树).
fn ends_in_level(name: &str) -> bool {
    name.ends_with(|c: char| LEVEL_CHARS.contains(&c))
}

/// 第二监督检查室会同县委巡察办, 派驻机构和县（市）区纪委监委: the verb 会同 or the
/// conjunction 和 after a word, not 会同县 or 和县. After a level (怀化市会同县), a
/// preposition or another place (新疆和田) the name stands.
fn led_by_function_word(
    chars: &[char],
    start: usize,
    name: &str,
    region_ends_at: impl Fn(usize) -> bool,
) -> bool {
    let led = PARTNER_VERBS.iter().any(|v| name.starts_with(v))
        || name.starts_with(|c: char| CONJUNCTIONS.contains(c));
    // (会同和龙市纪委监委: after a partner verb, 和 opens the partner's name.)
    let after_partner_verb = PARTNER_VERBS
        .iter()
        .any(|v| chars_end_with(chars, start, v));
    led && start > 0
        && is_han(chars[start - 1])
        && !LEVEL_CHARS.contains(&chars[start - 1])
        && !"在对向到赴和与及".contains(chars[start - 1])
        && !region_ends_at(start)
        && !after_partner_verb
}

/// 会理县 (会理市 since 2021): a county's short name `short` ending at `end` and the level
/// character after it name the county as it was; that name and the county.
fn former_county_at(view: &View, short: &str, end: usize) -> Option<(String, usize)> {
    let level = *view.chars.get(end).filter(|c| LEVEL_CHARS.contains(c))?;
    let written = format!("{short}{level}");
    let d = LEXICON.gazetteer.former_county(&written)?;
    Some((written, d))
}

/// 会理县 (会理市 since 2021): the gazetteer's 理县 is the end of a county's former name,
/// no mention of its own.
fn ends_former_county(view: &View, start: usize, name: &str) -> bool {
    start > 0
        && is_han(view.chars[start - 1])
        && LEXICON
            .gazetteer
            .former_county(&format!("{}{name}", view.chars[start - 1]))
            .is_some()
}

/// Gazetteer full names ending exactly at `end`, outermost first (常州市 钟楼区).
fn region_chain_before(view: &View, end: usize) -> Option<(Vec<usize>, usize)> {
    let mut chain = Vec::new();
    let mut pos = end;
    loop {
        // The longest gazetteer full name (2 to 15 characters: 积石山保安族东乡族撒拉族自治县)
        // ending at `pos`: every gazetteer name is in the sentence's match table,
        // overlapping ones included.
        let found = view
            .of_kind(Kind::Region)
            .iter()
            .filter(|h| {
                h.end == pos
                    && (2..=15).contains(&(h.end - h.start))
                    && !LEXICON.region_full[h.index].is_empty()
                    && !ends_former_county(view, h.start, &LEXICON.region_patterns[h.index])
            })
            .min_by_key(|h| h.start)
            .map(|h| (LEXICON.region_full[h.index].clone(), h.start));
        match found {
            Some((hits, start)) => {
                chain.push((hits, start));
                pos = start;
            }
            None => break,
        }
    }
    if chain.is_empty() {
        return None;
    }
    chain.reverse();
    let start = chain[0].1;
    // Pick, for each link, the division consistent with the one before it.
    let mut picked: Vec<usize> = Vec::new();
    for (hits, _) in &chain {
        let choice = match picked.last() {
            Some(&outer) => hits
                .iter()
                .copied()
                .find(|&h| is_within(h, outer))
                .unwrap_or(hits[0]),
            None => hits[0],
        };
        if hits.len() > 1 && picked.is_empty() {
            // Ambiguous county named alone: keep all for resolve to decide by context.
            picked.extend(hits.iter().copied());
            continue;
        }
        picked.push(choice);
    }
    Some((picked, start))
}

fn is_within(inner: usize, outer: usize) -> bool {
    let g = &LEXICON.gazetteer;
    let mut cur = g.parent(inner);
    while let Some(c) = cur {
        if c == outer {
            return true;
        }
        cur = g.parent(c);
    }
    false
}

/// Prepositions after which a place's name opens a phrase (驻师市, 对地区; and 系, "is":
/// 该问题线索系师市纪委监委派驻第一纪检监察组…发现).
const PLACE_PREPOSITIONS: &str = "驻对向在到由和与及系";

/// Whether a place's word may open at `start`: the text's start, or after a character that
/// is no ideograph or is one of the place prepositions.
fn opens_as_place(chars: &[char], start: usize) -> bool {
    start == 0 || !is_han(chars[start - 1]) || PLACE_PREPOSITIONS.contains(chars[start - 1])
}

/// 师市纪委监委, 驻师市农业农村局, 师市纪检监察机关: a word standing for a bare level
/// (level_aliases.tsv) written right before `end`, opening its phrase or after a
/// preposition; the level and where the word starts.
fn level_alias_before(view: &View, end: usize) -> Option<(char, usize)> {
    LEXICON.level_aliases.iter().find_map(|(alias, level)| {
        let start = end.checked_sub(alias.chars().count())?;
        // (移交/v 师市/n 纪委监委: a word of its own after a verb, as 偃师市/ns is not; 全师市
        // 各级纪检监察机关: the whole of it.)
        let opens = || {
            opens_as_place(view.chars, start)
                || view.chars[start - 1] == '全'
                || view
                    .token_starting_at(start)
                    .is_some_and(|t| t.word == alias)
        };
        (view.ends_with_at(end, alias) && opens()).then_some((*level, start))
    })
}

/// Reads the region written before a body suffix that starts at `end`.
fn region_before(view: &View, end: usize) -> Option<(RegionRef, usize)> {
    // 珠海/ns 校区/n 纪委: a campus is no district.
    if view.ends_with_at(end, "校区") {
        return None;
    }
    if let Some((chain, start)) = region_chain_before(view, end) {
        // 茂名/a 滨海新区: a zone named after another place than the gazetteer's district
        // of that name (天津市滨海新区) is that place's zone, written as it is.
        // (上海/ns 浦东新区: its own city's short name, no other place; 中共/j 上海市浦东新区:
        // no place at all.)
        if LEXICON
            .zone_endings
            .iter()
            .any(|z| view.ends_with_at(end, z))
        {
            let g = &LEXICON.gazetteer;
            let district = chain.last().copied();
            let within = |place: usize| {
                std::iter::successors(district, |&d| g.parent(d)).any(|d| d == place)
            };
            let zone_start = zone_name_start(view, start, end);
            let other_place = view.token_starting_at(zone_start).is_some_and(|t| {
                let places = g.lookup(t.word);
                !places.is_empty() && !places.iter().any(|&p| within(p))
            });
            if zone_start < start && other_place {
                return Some((RegionRef::Unlisted(view.slice(zone_start, end)), zone_start));
            }
        }
        let written = view.slice(start, end);
        return Some((RegionRef::Named(chain, written), start));
    }
    if end == 0 {
        return None;
    }
    if end >= 3 && view.chars[end - 3..end] == ['自', '治', '区'] {
        return Some((RegionRef::Level(AUTONOMOUS_REGION), end - 3));
    }
    // 地区纪委监委, 全地区, 驻地区财政局: a prefecture called 地区, written bare; after
    // another ideograph (山地区, 该地区) the word is not the level.
    if end >= 2 && view.chars[end - 2..end] == ['地', '区'] {
        let before = end.checked_sub(3).map(|k| view.chars[k]);
        match before {
            Some('全') => return Some((RegionRef::Whole(PREFECTURE_AREA), end - 3)),
            Some('该' | '本') => return Some((RegionRef::This(PREFECTURE_AREA), end - 3)),
            // (图为地区纪委监委督导组…: a photo caption's opening words before it.)
            Some('为') if end >= 4 && view.ends_with_at(end - 2, "图为") => {
                return Some((RegionRef::Level(PREFECTURE_AREA), end - 2))
            }
            // (会同地区纪委监委第二监督检查室: after a partner's verb it is.)
            // (按程序移交/v 地区纪委监委: nor after a verb.)
            Some(c)
                if is_han(c)
                    && !PLACE_PREPOSITIONS.contains(c)
                    && !PARTNER_VERBS.iter().any(|v| view.ends_with_at(end - 2, v))
                    && !view
                        .token_ending_at(end - 2)
                        .is_some_and(|t| t.tag.starts_with('v') && t.end - t.start >= 2) => {}
            _ => return Some((RegionRef::Level(PREFECTURE_AREA), end - 2)),
        }
    }
    // 古南街道, 界湖街道, 阿什罕苏木: sub-districts and Inner Mongolia's townships, never in
    // the gazetteer and often split by jieba; the name is the words just before.
    // (镇 and 乡 are level characters, handled below.)
    for level in TOWN_LEVELS.iter().filter(|l| l.chars().count() > 1) {
        if view.ends_with_at(end, level) {
            let name_end = end - level.chars().count();
            // 额尔登/nr 布拉格/nrt 苏木: a Mongol township's name runs over several names.
            let mongol = (*level == "苏木")
                .then(|| mongol_name_before(view, name_end))
                .flatten();
            // 杭锦旗伊/ns 和/c 乌素/n 苏木: right after a county of the gazetteer, a
            // township's name is all the ideographs up to its level, as a town's is.
            let after_county = town_after_region(view, name_end);
            // 乌鲁木齐西路街道: a sub-district named after its road runs longer.
            let road = name_end > 0 && view.chars[name_end - 1] == '路';
            let words_before = || town_name_before(view, name_end, if road { 8 } else { 4 });
            let start = if *level == "苏木" {
                after_county.or(mongol).or_else(words_before)
            } else {
                // 沙依巴克区友好/a 南路/ns 街道: a county's sub-district whose name jieba cut
                // into words of several kinds; of the two readings, the longer name.
                match (after_county, words_before()) {
                    // (路北区文化路街道: words before that hold a whole county named
                    // with its level just before the sub-district's name hold its county,
                    // no part of it; 乌鲁木齐西路 is a road named after a city.)
                    (Some(a), Some(w))
                        if w < a
                            && LEVEL_CHARS.contains(&view.chars[a - 1])
                            && view
                                .of_kind(Kind::Region)
                                .iter()
                                .any(|h| h.end == a && h.start >= w) =>
                    {
                        Some(a)
                    }
                    (Some(a), Some(w)) => Some(a.min(w)),
                    (a, w) => a.or(w).or(mongol),
                }
            };
            return start.map(|start| (RegionRef::Unlisted(view.slice(start, end)), start));
        }
    }
    // 一〇三团纪委: a regiment, named by its number.
    if view.chars[end - 1] == '团' {
        if let Some(mut start) = regiment_start(view.chars, end) {
            if start > 0 && view.chars[start - 1] == '第' {
                start -= 1;
            }
            return Some((RegionRef::Unlisted(view.slice(start, end)), start));
        }
        // 一〇三团纪委书记李建新介绍，团纪委…: a bare 团 is the regiment the sentence named.
        let start = end - 1;
        if start == 0 || !(is_han(view.chars[start - 1]) || is_number_char(view.chars[start - 1])) {
            let named = (1..start)
                .rev()
                .filter(|&k| view.chars[k] == '团')
                .find_map(|k| regiment_start(view.chars, k + 1).map(|a| view.slice(a, k + 1)));
            return named.map(|name| (RegionRef::Unlisted(name), start));
        }
        return None;
    }
    // 红星二场纪委, 黄田农场纪委: a Corps farm; 在红星二场，场纪委… names the farm the
    // sentence named.
    if view.chars[end - 1] == '场' {
        if let Some(start) = farm_start(view, end) {
            return Some((RegionRef::Unlisted(view.slice(start, end)), start));
        }
        // (在奇台农场，农场纪委由书记…带队: so does a bare farm kind.)
        let start = if FARM_KINDS.iter().any(|k| view.ends_with_at(end, k)) {
            end - 2
        } else {
            end - 1
        };
        if start > 0 && !is_han(view.chars[start - 1]) {
            let named = (2..start)
                .rev()
                .filter(|&k| view.chars[k] == '场')
                .find_map(|k| farm_start(view, k + 1).map(|a| view.slice(a, k + 1)));
            if let Some(name) = named {
                return Some((RegionRef::Unlisted(name), start));
            }
        }
    }
    if let Some((level, start)) = level_alias_before(view, end) {
        return Some((RegionRef::Level(level), start));
    }
    let c = view.chars[end - 1];
    if c == '国' && end >= 2 && view.chars[end - 2] == '全' {
        return Some((RegionRef::Whole('国'), end - 2));
    }
    if !LEVEL_CHARS.contains(&c) {
        return zone_opened_by_place(view, end);
    }
    let before = if end >= 2 {
        Some(view.chars[end - 2])
    } else {
        None
    };
    match before {
        Some('全') => return Some((RegionRef::Whole(c), end - 2)),
        Some('该') | Some('本') | Some('我') => return Some((RegionRef::This(c), end - 2)),
        // (从委机关、派驻机构和地市纪委监委抽调: the commissions of the prefectures and
        // cities, no one of them.)
        Some('地')
            if c == '市'
                && (end < 3
                    || !is_han(view.chars[end - 3])
                    || "和及与各".contains(view.chars[end - 3])) =>
        {
            return None
        }
        _ => {}
    }
    // A level character opening its block (，市纪委监委) is a word of its own: no need to
    // segment the block to know that.
    if view.blocks[view.block_of(end - 1)].0 == end - 1 {
        return Some((RegionRef::Level(c), end - 1));
    }
    // ，会/v 同盟/j 纪委监委: a word no name holds (会同) ending right before the level,
    // which jieba glued to it, leaves the level bare.
    let glued_to_a_boundary = view.token_ending_at(end - 1).is_none()
        && (2..=3).any(|n| {
            end > n
                && LEXICON
                    .boundaries
                    .contains(&view.slice(end - 1 - n, end - 1))
        });
    if glued_to_a_boundary {
        return Some((RegionRef::Level(c), end - 1));
    }
    // 汉寿县岩汪湖镇: right after a county of the gazetteer, the town's name is all the
    // ideographs up to 镇/乡, however jieba cut them (岩汪湖/镇 or 岩汪/湖镇).
    if matches!(c, '镇' | '乡') {
        if let Some(k) = town_after_region(view, end - 1) {
            return Some((RegionRef::Unlisted(view.slice(k, end)), k));
        }
        // 。大同/ns 镇纪委书记刘世平…: a place's short name opening the phrase right before
        // 镇 names a town after it, not the place and a bare level.
        let named_after_place = [Kind::Region, Kind::CountyShort].iter().find_map(|&kind| {
            view.of_kind(kind)
                .iter()
                .find(|h| {
                    h.end + 1 == end
                        && h.end - h.start >= 2
                        && !LEVEL_CHARS.contains(&view.chars[h.end - 1])
                        && opens_phrase(view, h.start)
                })
                .map(|h| h.start)
        });
        if let Some(k) = named_after_place {
            return Some((RegionRef::Unlisted(view.slice(k, end)), k));
        }
    }
    // 博乐/nr 边境/n 经济/n 合作/vn 区/n: a zone's ending jieba split from the word before
    // it runs back as a whole one does.
    if view
        .token_ending_at(end)
        .is_some_and(|t| t.end - t.start == 1)
    {
        let split_zone = LEXICON.zone_endings.iter().find(|z| {
            let n = z.chars().count();
            n >= 2
                && n < end
                && view.ends_with_at(end, z)
                && view.token_starting_at(end - n).is_some()
        });
        if let Some(z) = split_zone {
            let n = z.chars().count();
            let start = zone_name_start(view, end - n, end);
            if start < end - n {
                return Some((RegionRef::Unlisted(view.slice(start, end)), start));
            }
        }
    }
    // 阜合/ns 现代/t 产业/n 园区: a zone's ending that is a common word alone runs back
    // to a place that opens its name.
    if let Some(tok) = view
        .token_ending_at(end)
        .filter(|t| is_generic(t.word) && LEXICON.zone_endings.iter().any(|z| z == t.word))
    {
        let start = zone_name_start(view, tok.start, end);
        let opened_by_place = view.token_starting_at(start).is_some_and(names_a_place);
        if start < tok.start && opened_by_place {
            return Some((RegionRef::Unlisted(view.slice(start, end)), start));
        }
    }
    if let Some(start) = phrase_opening_town(view, end) {
        return Some((RegionRef::Unlisted(view.slice(start, end)), start));
    }
    // An unlisted place (高新区, 大通湖区, 新湾镇): the jieba word that ends here, when
    // it is longer than the level character and not a common word.
    if let Some(tok) = view.token_ending_at(end) {
        let len = tok.end - tok.start;
        // 发布会由/市纪委监委: jieba glued the preposition to the level; no place is named.
        let region_ends_at = |k: usize| view.of_kind(Kind::Region).iter().any(|h| h.end == k);
        // (14/m 个市/n 纪委监委: a counter glued to the level counts bodies; no place.)
        if len >= 2
            // (大河/ns 家镇/n: 家 after no numeral opens no counter.)
            && !counted_by(view, tok)
            && !LEXICON.boundaries.contains(tok.word)
            && !is_generic(tok.word)
            && !is_glued_preposition(tok.word)
            && !led_by_function_word(view.chars, tok.start, tok.word, region_ends_at)
        {
            let mut start = tok.start;
            let mut place_of_people = false;
            if len == 2 {
                // 大通/湖区: take one more noun-like word in front.
                if let Some(prev) = view.token_ending_at(tok.start) {
                    let plen = prev.end - prev.start;
                    // 怀/v 北镇: one character opening the phrase is the name's, whatever
                    // jieba tags it; so are two before a town's level (岩汪/湖镇纪委), as a
                    // town is seldom named by one character.
                    let town = matches!(c, '镇' | '乡');
                    // (。和/c 盛镇纪委: no sentence opens with a conjunction, so there it is the
                    // town's first character.)
                    let sentence_opening_conjunction =
                        town && plen == 1 && conjunction_opens_sentence(view, prev.start);
                    let opens_name = (plen == 1
                        || (town
                            && plen == 2
                            && (!prev.tag.starts_with('v')
                                || !crate::segment::JIEBA.has_word(prev.word))
                            && prev.word.chars().all(is_han)))
                        && opens_phrase_as_name(view, prev)
                        // (。边/d 城镇/ns 纪委: jieba reads a town's first character as an
                        // adverb where the rest is a word; no adverb opens a commission.)
                        || (town
                            && plen == 1
                            && prev.tag == "d"
                            && opens_phrase(view, prev.start)
                            && is_han(view.chars[prev.start]));
                    if (prev.tag.starts_with("ns")
                        || prev.tag.starts_with("nz")
                        || prev.tag == "n"
                        || prev.tag == "nr"
                        || opens_name
                        || (prev.tag == "m" && !is_count_word(prev.word))
                        // (；张/q 黄镇纪委, ，夏家/q 营镇纪委: what jieba takes for a measure
                        // word opening the phrase, with no numeral before it.)
                        || (town
                            && prev.tag == "q"
                            && opens_phrase(view, prev.start)
                            && prev.word.chars().all(is_han))
                        // 九山镇纪委 opening a sentence: one numeral before a town's word
                        // is its name's, not a count.
                        || (town
                            && plen == 1
                            && prev.word.chars().all(is_numeral)
                            && opens_phrase(view, prev.start))
                        || sentence_opening_conjunction)
                        // (嘉尔嘎勒赛/ns 汉镇/ns: a long transliterated place jieba names
                        // before a town's last character and level.)
                        && ((1..=3).contains(&plen)
                            || (town && plen <= 5 && prev.tag.starts_with("ns")))
                        && (!LEXICON.boundaries.contains(prev.word) || sentence_opening_conjunction)
                        && !is_generic(prev.word)
                        && !prev.word.chars().any(is_punct)
                    {
                        start = prev.start;
                        // (，玉奇/nr 喀/ns 特乡纪委: a transliterated name of two words before
                        // one character, opening the phrase, is the town's too.)
                        if let Some(first) = view.token_ending_at(start).filter(|t| {
                            plen == 1
                                && town
                                && t.end - t.start == 2
                                && matches!(t.tag, "nr" | "nrt" | "ns" | "nz")
                                && opens_phrase_as_name(view, t)
                                && !LEXICON.boundaries.contains(t.word)
                        }) {
                            start = first.start;
                        }
                        // (。淖/g 毛/nr 湖镇, 。智/ng 青松/n 多镇: so is a character that is no
                        // word alone, opening the phrase before them.)
                        if let Some(first) = view
                            .token_ending_at(start)
                            .filter(|t| town && is_bound_morpheme(t) && opens_phrase(view, t.start))
                        {
                            start = first.start;
                        }
                    }
                }
            } else if (4..=5).contains(&len)
                && matches!(c, '镇' | '乡')
                && matches!(tok.tag, "nr" | "nrt" | "ns" | "nz")
            {
                // 。巴拉/nrt 嘎尔高勒镇/nr 纪委: a transliterated name's first half, opening the
                // phrase, before a longer word jieba took for a name.
                if let Some(prev) = view.token_ending_at(tok.start).filter(|p| {
                    p.end - p.start == 2
                        && matches!(p.tag, "nr" | "nrt" | "nz")
                        && opens_phrase_as_name(view, p)
                        && !LEXICON.boundaries.contains(p.word)
                }) {
                    start = prev.start;
                }
            } else if len == 3 && matches!(c, '镇' | '乡') {
                // 。纳林/nz 陶亥镇纪委: a proper noun opening the phrase before a town's
                // word of three is the name's first half; so is a place's one character
                // (，北/ns 大湖镇纪委), one that is no word alone (。涔/g 天河镇纪委) or one jieba
                // reads as a verb (，松/v 他克镇纪委).
                // (瑶区/n 瑶族乡/ns: before a people and its level, any noun names the place;
                // so do the ideographs opening the clause, whatever jieba made of them:
                // 。同练/vn 瑶族乡/ns, ，虎/n 形山/n 瑶族乡/ns.)
                let ethnic = LEXICON.is_ethnic_group(&tok.word[..tok.word.len() - c.len_utf8()]);
                // (萨/nr 马街/ns 鄂温克/nr 民族乡/n: the people before 民族乡 names its kind, the
                // place before them the township.)
                let people_before_minzu = view.token_ending_at(tok.start).filter(|p| {
                    tok.word.starts_with("民族")
                        && (LEXICON.is_ethnic_group(p.word)
                            || LEXICON.is_ethnic_group(&format!("{}族", p.word)))
                });
                if let Some(people) = people_before_minzu {
                    start = ethnic_township_start(view, people.start);
                    place_of_people = true;
                } else if let Some(k) = place_opening_clause(view, tok.start).filter(|_| ethnic) {
                    start = k;
                    place_of_people = true;
                } else if let Some(prev) = view.token_ending_at(tok.start).filter(|p| {
                    // (。怀头/s 他拉镇纪委: a place word too.)
                    // (。浩勒图/nz 高勒镇: a transliterated name's first half may run to three.)
                    ((p.end - p.start == 2
                        && (["nz", "ns", "nr", "s"].contains(&p.tag) || (ethnic && p.tag == "n")))
                        || (p.end - p.start == 3 && ["nz", "nr"].contains(&p.tag))
                        || (p.end - p.start == 1
                            && (p.tag == "ns"
                                // (。宝/nr 龙山镇纪委: or one it takes for a surname.)
                                || p.tag == "nr"
                                || is_bound_morpheme(p)
                                // (，松/v 他克镇: a verb of going would go to the town.)
                                || (p.tag == "v" && !TARGET_PREPOSITIONS.contains(&p.word)))))
                        && opens_phrase_as_name(view, p)
                        && !LEXICON.boundaries.contains(p.word)
                        && !is_generic(p.word)
                }) {
                    start = prev.start;
                } else if let Some(first) = mongol_name_before(view, tok.start)
                    .filter(|&k| tok.start - k <= 4 && (opens_phrase(view, k) || region_ends_at(k)))
                {
                    // 。巴彦/nr 乌兰/ns 高勒镇: a Mongol name of two words before it.
                    start = first;
                }
            }
            // 泉州经济技术开发区, 苏州工业园区: a development zone's name runs back over the
            // nouns before it (its city's short name included).
            let zone = LEXICON
                .zone_endings
                .iter()
                .any(|z| view.ends_with_at(end, z));
            if zone {
                start = zone_name_start(view, start, end);
            }
            // (本溪/nz 高新区: a place's name opening with such a character keeps it; so does
            // a town jieba knows as one word of three or more, 。向阳镇/nr 纪委.)
            let opens_place = |k: usize| {
                view.token_starting_at(k).is_some_and(|t| {
                    (t.end - t.start >= 2 && !LEXICON.gazetteer.lookup(t.word).is_empty())
                        || (t.end == end && t.end - t.start >= 3)
                })
            };
            // (同练瑶族乡: the place before a people, read as such, keeps its first character.
            // 。和盛镇纪委: no sentence opens with a conjunction, so there it names the place.)
            while start < end - 1
                && !place_of_people
                && LEXICON.boundaries.contains(&view.chars[start].to_string())
                && !opens_place(start)
                && !conjunction_opens_sentence(view, start)
            {
                start += 1;
            }
            // 图为区纪委监委工作人员…: a caption's opening words are no place name.
            if view.starts_with_at(start, "图为") {
                start = (start + 2).min(end - 1);
            }
            if start < end - 1 {
                let written = view.slice(start, end);
                if written.chars().count() >= 2 && !written.chars().any(is_punct) {
                    return Some((RegionRef::Unlisted(written), start));
                }
            }
        }
        if len == 1
            || tok.word.ends_with(c)
                && len >= 2
                && (LEXICON.boundaries.contains(tok.word) || is_generic(tok.word))
        {
            // fall through to a bare level
        }
    }
    // 扎下镇, 新集乡: jieba took the town's name for a verb or a word of its own, leaving
    // 镇/乡 alone; towns are not in the gazetteer, so the word before is the name.
    if matches!(c, '镇' | '乡')
        && view
            .token_ending_at(end)
            .is_some_and(|t| t.end - t.start == 1)
    {
        // (旱卡子滩哈萨克族乡, 十八站鄂伦春族乡: a people's name of four characters is longer
        // than any town's word before its level, but the people all the same.)
        let people_start = view
            .token_ending_at(end - 1)
            .filter(|t| LEXICON.is_ethnic_group(t.word))
            .map(|t| t.start);
        if let Some(mut start) = people_start.or_else(|| town_name_before(view, end - 1, 3)) {
            // 凉水河/ns 蒙古族/nz 乡: an ethnic township is named by a place before its people.
            let people = view.slice(start, end - 1);
            if LEXICON.is_ethnic_group(&people) {
                start = ethnic_township_start(view, start);
            } else if let Some(opening) = clause_opening_town(view, end).filter(|&k| k < start) {
                start = opening;
            }
            return Some((RegionRef::Unlisted(view.slice(start, end)), start));
        }
    }
    Some((RegionRef::Level(c), end - 1))
}

/// 。巴彦/nr 扎拉/nrt 嘎乡/n 纪委, 。满/a 都/d 胡宝/nr 拉格/nrt 镇纪委, 。拾回/v 桥镇纪委: a town
/// whose committee opens the phrase is named by all the ideographs before its level, however
/// jieba cut them, when they are few and open with no word a phrase opens with instead (同时,
/// 此外, 各, 全) and hold no level or numeral.
fn phrase_opening_town(view: &View, end: usize) -> Option<usize> {
    if !matches!(view.chars[end - 1], '镇' | '乡') || !view.starts_with_at(end, "纪委") {
        return None;
    }
    let name_end = end - 1;
    let start = view.ideographs_start_before(name_end);
    let first = view.token_starting_at(start)?;
    let opens_otherwise = |t: &Tagged| {
        !opens_phrase_as_name(view, t)
            || ["t", "f"].contains(&t.tag)
            || OPENING_TIMES.contains(&t.word)
            || LEXICON.boundaries.contains(t.word)
            || LEXICON.causatives.contains_key(t.word)
            || LEXICON.category_of(t.word).is_some()
            || is_generic(t.word)
    };
    ((3..=6).contains(&(name_end - start))
        && !opens_otherwise(first)
        && !view.chars[start..name_end]
            .iter()
            .any(|&c| LEVEL_CHARS.contains(&c) || is_numeral(c))
        && !view
            .tokens_in(start, name_end)
            .any(|t| LEXICON.boundaries.contains(t.word)))
    .then_some(start)
}

/// Whether the character at `k` is a conjunction opening the sentence: none joins anything
/// there, so it is a name's first character (。和盛镇纪委).
fn conjunction_opens_sentence(view: &View, k: usize) -> bool {
    k == 0
        && view
            .chars
            .first()
            .is_some_and(|&c| CONJUNCTIONS.contains(c))
}

/// Where the name of an ethnic township starts, its people (or the last of its peoples)
/// starting at `start`: 凉水河/ns 蒙古族/nz 乡 is named by the place before its people.
fn ethnic_township_start(view: &View, mut start: usize) -> usize {
    // (吉兴朝鲜族满族乡: a township of two peoples.)
    while let Some(other) = view
        .token_ending_at(start)
        .filter(|t| LEXICON.is_ethnic_group(t.word))
    {
        start = other.start;
    }
    // (澜沧拉祜族自治县糯/n 福和/ns 拉祜族/nz 乡: right after its county, all
    // the ideographs before its people.)
    let after_county = town_after_region(view, start);
    let place_before = |at: usize| {
        view.token_ending_at(at)
            .filter(|t| t.tag.starts_with('n') && (2..=4).contains(&(t.end - t.start)))
    };
    // (。科克/nrt 亚尔/nrt 柯尔克孜族/nz 乡: all that opens the clause before the
    // people, when it runs further back than the word before them.)
    let clause_place = place_opening_clause(view, start);
    if let Some(k) = after_county {
        start = k;
    } else if let Some(place) =
        place_before(start).filter(|p| clause_place.is_none_or(|k| k >= p.start))
    {
        start = place.start;
        // (二道/m 湾子/n 蒙古族乡: a numeral opening the phrase, no count, opens
        // the place's name.)
        if let Some(numeral) = view
            .token_ending_at(start)
            .filter(|t| t.tag == "m" && !is_count_word(t.word) && opens_phrase(view, t.start))
        {
            start = numeral.start;
        }
    } else if let Some(place) = view
        .token_ending_at(start)
        .filter(|t| t.word == "和")
        .and_then(|t| place_before(t.start))
        .filter(|t| !t.word.ends_with(['镇', '乡', '村', '区', '县', '市', '街']))
    {
        // 格朗/nr 和/c 哈尼族/nz 乡: 和 inside the place's name, not joining two
        // towns (those would each end with their level: 城关镇和回族乡).
        start = place.start;
    } else if let Some(k) = clause_place {
        // 。守望/v 回族/nz 乡纪委, 对当铺/n 地/uv 满族/nz 乡: what stands between
        // the clause's opening (or its preposition) and the people is the place,
        // whatever jieba made of it.
        start = k;
    }
    start
}

/// Where the ideographs from the opening of the clause holding `end` (after a preposition
/// opening it, or a partner's verb in it) to `end` start, when there are two to four of them.
fn place_opening_clause(view: &View, end: usize) -> Option<usize> {
    let mut k = view.clause_start_before(end);
    // (会同孙/zg 各庄/r 满族乡纪委: or after the verb naming a partner.)
    if let Some(partner) = view
        .tokens_in(k, end)
        .filter(|t| PARTNER_VERBS.contains(&t.word))
        .last()
    {
        k = partner.end;
    }
    let place = |k: usize| {
        ((2..=4).contains(&(end - k)) && view.chars[k..end].iter().all(|&c| is_han(c))).then_some(k)
    };
    // (。同/p 练/v 瑶族乡: a preposition leaving one character opens the place's name.)
    view.token_starting_at(k)
        .filter(|t| t.tag == "p" && t.end - t.start == 1 && t.end < end)
        .and_then(|p| place(p.end))
        .or_else(|| place(k))
}

/// 宁东/ns 能源/n 化工/n 基地: a zone whose ending is no level character (基地) is named when a
/// place opens its name.
fn zone_opened_by_place(view: &View, end: usize) -> Option<(RegionRef, usize)> {
    let ending = view
        .token_ending_at(end)
        .filter(|t| LEXICON.zone_endings.iter().any(|z| z == t.word))?;
    let start = zone_name_start(view, ending.start, end);
    (start < ending.start && view.token_starting_at(start).is_some_and(names_a_place))
        .then(|| (RegionRef::Unlisted(view.slice(start, end)), start))
}

/// 泉州经济技术开发区, 苏州工业园区: a development zone's name runs back from `start` over
/// the nouns before it (its city's short name included); where it starts.
fn zone_name_start(view: &View, start: usize, end: usize) -> usize {
    let mut committed = start;
    let mut start = start;
    // 阜合/ns 现代/t 产业园区, 许昌/nr 城乡/n 一体化/l 示范区: a time word or a set phrase
    // inside a zone's name is the name's only when a place opens it.
    let mut unsure = false;
    while end - start < 12 {
        let Some(prev) = view.token_ending_at(start) else {
            break;
        };
        let plen = prev.end - prev.start;
        // 清远/a 高新区: a city's short name, however jieba tags it.
        // (遵义市新/a 蒲/nr 新区, 合肥市新站/v 高新区: one character jieba calls an
        // adjective, or a word it guessed, knowing none such, after a place or
        // opening the phrase, is the name's.)
        // (临港/ns 新/a 片区: a place jieba knows, not in the gazetteer, too.)
        let opens_after_place = (opens_phrase(view, prev.start)
            || view
                .of_kind(Kind::Region)
                .iter()
                .any(|h| h.end == prev.start)
            || view
                .token_ending_at(prev.start)
                .is_some_and(|t| t.tag == "ns"))
            && ((plen == 1 && prev.tag == "a")
                || (plen == 2 && !crate::segment::JIEBA.has_word(prev.word)));
        // (百里/m 杜鹃管理区: a numeral opening a name is no count; 回龙/nz 圩/zg 管理区: a
        // character that is no word alone is part of the name.)
        // (，乌拉/nrt 盖/v 管理区: a transliterated name's last character, whatever jieba
        // made of it, after its first half opening the phrase.)
        // (日照山海/ns 天/q 旅游度假区: or of a place's name jieba knows in part.)
        let name_closing = plen == 1
            && view.token_ending_at(prev.start).is_some_and(|t| {
                (t.tag.starts_with("nr") || t.tag == "ns")
                    && t.word.chars().count() >= 2
                    && (opens_phrase(view, t.start)
                        || view.of_kind(Kind::Region).iter().any(|h| h.end == t.start))
            });
        // (湄洲湾/ns 北岸/f 经济开发区: a side of a place named before it.)
        let side_of_place = prev.tag == "f"
            && plen == 2
            && view
                .token_ending_at(prev.start)
                .is_some_and(|t| t.tag.starts_with("ns"));
        let nounish = prev.tag.starts_with('n')
            || name_closing
            || side_of_place
            || is_bound_morpheme(prev)
            || prev.tag == "j"
            || prev.tag == "vn"
            || (prev.tag == "m" && !is_count_word(prev.word))
            || opens_after_place
            || !LEXICON.gazetteer.lookup(prev.word).is_empty();
        let described = (2..=4).contains(&plen) && matches!(prev.tag, "t" | "l");
        if !(nounish || described)
            || !(1..=4).contains(&plen)
            || LEXICON.boundaries.contains(prev.word)
            || is_generic(prev.word)
            || is_glued_preposition(prev.word)
            || prev.word.chars().any(is_punct)
        {
            break;
        }
        start = prev.start;
        unsure = (unsure || !nounish) && !names_a_place(prev);
        if !unsure {
            committed = start;
        }
    }
    committed
}

/// 14/m 个市: a word opening with a counter after a numeral counts what it names.
fn counted_by(view: &View, tok: &Tagged) -> bool {
    tok.word.starts_with(['个', '家'])
        && view
            .token_ending_at(tok.start)
            .is_some_and(|p| p.tag == "m" || p.word.chars().all(is_number_char))
}

/// One character jieba tags a morpheme (涔/g, 圩/zg): no word alone, so part of the
/// name it stands in.
fn is_bound_morpheme(t: &Tagged) -> bool {
    t.end - t.start == 1 && matches!(t.tag, "g" | "zg" | "ng")
}

/// 两区医疗保障局, 南方五省区, 咸宁市县两级物资仓库: a numeral before a level (or 两级)
/// counts places; a place named with a numeral (五华区, 三亚市) is found in the gazetteer.
fn counts_places(name: &str) -> bool {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    chars.windows(2).enumerate().any(|(k, pair)| {
        let ((at, numeral), (_, level)) = (pair[0], pair[1]);
        let opens_count = is_numeral(numeral) && (k == 0 || !is_numeral(chars[k - 1].1));
        if !opens_count {
            return false;
        }
        // (昌五镇, 国际商贸城一区: a numeral inside a name; one opening it, or after a
        // place, counts.)
        let after_place = k == 0
            || LEVEL_CHARS.contains(&chars[k - 1].1)
            || !LEXICON.gazetteer.lookup(&name[..at]).is_empty();
        // (七级镇: a town's name.)
        (level == '级' && !matches!(chars.get(k + 2), Some((_, '镇' | '乡'))))
            || (after_place
                // (八乡山镇: a town's name runs on past the level to a level of its own.)
                && !(k == 0 && names_town_past_level(&chars))
                && LEVEL_CHARS.contains(&level)
                && LEXICON
                    .gazetteer
                    .place_prefix_ends(&name[at..])
                    .next()
                    .is_none()
                && LEXICON.gazetteer.place_prefix_ends(name).all(|e| e <= at))
    })
}

/// 八乡山镇, 三镇桥村: a place's name opening with a numeral and a level, then going on, no
/// level and no numeral next, to a town's or a village's level.
/// (两县边境村: 两 only counts.)
fn names_town_past_level(chars: &[(usize, char)]) -> bool {
    chars.len() >= 4
        && chars[0].1 != '两'
        && chars
            .get(2)
            .is_some_and(|&(_, c)| !LEVEL_CHARS.contains(&c) && !is_numeral(c))
        && chars
            .last()
            .is_some_and(|&(_, c)| matches!(c, '镇' | '乡' | '村'))
}

/// A word jieba tags a place or the gazetteer knows (阜合/ns, 许昌/nr).
fn names_a_place(t: &Tagged) -> bool {
    t.tag.starts_with("ns") || !LEXICON.gazetteer.lookup(t.word).is_empty()
}

/// 五常市受灾乡镇, 尚志市重点村: a county-level place of the gazetteer named in full and
/// then, described, the kind of its areas (乡镇, 村, 社区): the place.
fn place_of_its_areas(name: &str) -> Option<String> {
    const AREAS: &[&str] = &["乡镇", "村", "村组", "社区", "地区", "街道", "产区"];
    let area = AREAS.iter().find(|a| name.ends_with(*a))?;
    let place_end = name
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .rev()
        .find(|&e| {
            LEXICON.gazetteer.names_division(
                &name[..e],
                &[
                    crate::lexicon::Level::County,
                    crate::lexicon::Level::Prefecture,
                ],
            )
        })?;
    // (阿里地区 is a prefecture of its own, no areas of one.)
    let description = name.get(place_end..name.len() - area.len())?;
    // (尚志市帽儿山镇: a town named is the target itself.)
    // (新乡市受灾地区: 地区 is no generic word, but areas all the same.)
    (!description.is_empty()
        && description.chars().count() <= 4
        && (GENERIC_WORDS.occurs_in(&name[place_end..]) || matches!(*area, "地区" | "产区"))
        && description.chars().all(is_han))
    .then(|| name[..place_end].to_string())
}

/// Whether a count of what was listed, written in words (两个乡镇, 十余个村), opens at `at`;
/// a numeral alone (一团, 三道) or words jieba reads as counts (余新/m 镇, 万家/m 镇) may open
/// a name.
fn is_count_opening(view: &View, at: usize) -> bool {
    view.token_starting_at(at)
        .is_some_and(|t| t.tag == "m" && t.word.ends_with('个') && t.word.chars().count() >= 2)
}

/// 两个, 十余, 三: a count, not the numeral that opens a place name (三角, 五里, 三道).
fn is_count_word(word: &str) -> bool {
    word.chars().all(is_number_char)
        || word.ends_with(['个', '名', '些', '余', '多', '几', '批', '类', '次', '家'])
}

/// The start of two or more words jieba reads as names (nr, ns) ending at `end`, seven
/// characters at most: a Mongol place written in characters (额尔登布拉格).
fn mongol_name_before(view: &View, end: usize) -> Option<usize> {
    let mut start = end;
    let mut words = 0;
    while let Some(prev) = view.token_ending_at(start) {
        // (和静县/nr 巴润/nr 哈尔/nrt 莫敦镇: a county of the gazetteer before is none of it.)
        if !(prev.tag.starts_with("nr") || prev.tag.starts_with("ns"))
            || end - prev.start > 7
            || !prev.word.chars().all(is_han)
            || !LEXICON.gazetteer.full_form(prev.word).is_empty()
        {
            break;
        }
        start = prev.start;
        words += 1;
    }
    (words >= 2).then_some(start)
}

/// Where the name of a town or sub-district ending at `end` starts: the words just before,
/// two to `max` characters in all, none a function word, a boundary or a generic word.
fn town_name_before(view: &View, end: usize, max: usize) -> Option<usize> {
    let mut start = end;
    while let Some(prev) = view.token_ending_at(start) {
        let plen = prev.end - prev.start;
        // 三角镇, 五里镇: a numeral may open a place name, but not a count (两个, 十余).
        let count = prev.tag == "m" && is_count_word(prev.word);
        // 现在镇纪委要…: a time word (现在, 目前) names no town.
        // (大练/n 地/uv 街道: 地 read as a particle inside a name, right before the level.)
        let name_particle = prev.word == "地" && prev.end == end;
        // (哈拉/nrt 毛/nr 都/d 镇, 嘎/o 洒/v 镇: one character jieba read as an adverb or a
        // verb, right before the level and after more of the name, is the name's last.)
        // (帕/nr 那/r 镇纪委: so is a pronoun after a name's first character, but no
        // determiner: 该镇, 本镇 name the town just named.)
        let pronoun_last = prev.tag == "r"
            && !TOWN_DETERMINERS.contains(prev.word)
            && !["这", "此", "其"].contains(&prev.word)
            && view
                .token_ending_at(prev.start)
                .is_some_and(|t| t.tag.starts_with('n') && t.word.chars().all(is_han));
        // (。宝力/n 根/p 苏木纪委: or a preposition after a word of a Mongol township's name.)
        let mongol_last = prev.tag == "p"
            && view.starts_with_at(end, "苏木")
            && view
                .token_ending_at(prev.start)
                .is_some_and(|t| t.tag.starts_with('n') && t.end - t.start >= 2);
        let last_of_name = plen == 1
            && prev.end == end
            && (matches!(prev.tag, "d" | "v") || pronoun_last || mongol_last);
        // (丫他/r 镇: nor is a longer word jieba's HMM guessed a pronoun, outside its
        // dictionary.)
        let function_word = (is_function_word(prev, &["p", "c", "r", "d", "q", "v", "t"])
            && !last_of_name)
            || (prev.tag.starts_with('u') && !name_particle);
        if end - prev.start > max
            || count
            || function_word
            || LEXICON.boundaries.contains(prev.word)
            || is_generic(prev.word)
            || is_glued_preposition(prev.word)
            || !prev.word.chars().all(is_han)
        {
            break;
        }
        start = prev.start;
        if plen >= 2 {
            break;
        }
    }
    // 。太平/ns 新城/ns 街道纪工委: a place word opening the phrase before the name's last
    // word is the name's too; so is a transliterated name's first half (萨依/nr 巴格/nrt).
    let last_is_name = view
        .token_starting_at(start)
        .is_some_and(|t| t.tag.starts_with("nr") || t.tag == "ns");
    if let Some(first) = view.token_ending_at(start).filter(|t| {
        start < end
            && t.end - t.start >= 2
            && (t.tag == "ns" || (t.tag.starts_with("nr") && last_is_name))
            // (。奥依/nr 塔克/nrt 镇: a transliterated name may run one longer.)
            && end - t.start <= if last_is_name { max + 1 } else { max }
            && opens_phrase_as_name(view, t)
    }) {
        start = first.start;
    }
    // 。付/v 营子/n 镇纪委: one character opening the phrase is the name's, whatever jieba
    // tags it; so is a numeral before two more (，一/m 平浪/nz 镇纪委).
    let numeral_opening = |t: &Tagged| {
        t.tag == "m"
            && t.word.chars().all(is_numeral)
            && end - t.end >= 2
            && opens_phrase(view, t.start)
    };
    // (。张/q 三营/b 镇纪委: or what jieba takes for a measure word there.)
    let measure_opening =
        |t: &Tagged| t.tag == "q" && opens_phrase(view, t.start) && is_han(view.chars[t.start]);
    if let Some(first) = view.token_ending_at(start).filter(|t| {
        t.end - t.start == 1
            && end - t.start <= max
            && (opens_phrase_as_name(view, t) || numeral_opening(t) || measure_opening(t))
            && !LEXICON.boundaries.contains(t.word)
    }) {
        start = first.start;
    }
    // 。百善/v 镇纪委书记: so are two characters jieba reads as a verb, when no verb of the
    // lexicon (督促, 推动, 加强…) and no other word stands between them and the level; or
    // as a time, when they are no time a sentence opens with (。辰时/t 镇纪委, not 同时).
    if start == end {
        if let Some(first) = view.token_ending_at(start).filter(|t| {
            t.end - t.start == 2
                && (t.tag == "v" || (t.tag == "t" && !OPENING_TIMES.contains(&t.word)))
                && opens_phrase_as_name(view, t)
                && LEXICON.category_of(t.word).is_none()
                && !LEXICON.causatives.contains_key(t.word)
                && !LEXICON.boundaries.contains(t.word)
                && !PARTNER_VERBS.contains(&t.word)
                && !["加强", "强化", "压实", "推进", "指导", "配合", "参与"].contains(&t.word)
        }) {
            start = first.start;
        }
    }
    // 。宝力/n 根花/n 苏木纪委: a town opening its phrase is named by every word before
    // its level, when they are few and all words of a name (no time, no function word).
    // (；大直/d 沽/j 街道纪工委: an adverb jieba found in a name's first two characters.)
    if start < end {
        if let Some(first) = view.token_ending_at(start).filter(|t| {
            t.end - t.start >= 2
                && end - t.start <= max + 2
                && (opens_phrase_as_name(view, t)
                    || (t.tag == "d" && t.end - t.start == 2 && opens_phrase(view, t.start)))
                // (。西来/t 桥/n 镇纪委: a time word no sentence opens with.)
                && ["n", "nr", "nz", "s", "a", "d", "t"].contains(&t.tag)
                && !is_generic(t.word)
                && !LEXICON.boundaries.contains(t.word)
                && !OPENING_TIMES.contains(&t.word)
        }) {
            start = first.start;
        }
    }
    (end - start >= 2).then_some(start)
}

/// Words of time a sentence or clause opens with, never a town's name before 镇纪委.
const OPENING_TIMES: &[&str] = &[
    "同时", "目前", "当前", "近日", "日前", "近期", "今年", "去年", "此前", "此后", "随后", "之后",
    "其后", "期间", "当天", "同期", "现在", "今后", "最近", "届时", "当时", "以来", "年初", "年底",
    "年末", "月初", "月底", "岁末",
];

/// Whether position `k` opens a phrase: the sentence's start or right after punctuation.
fn opens_phrase(view: &View, k: usize) -> bool {
    k == 0 || is_punct(view.chars[k - 1])
}

/// A word opening its phrase (at the sentence's start or after punctuation) that can open a
/// place's name whatever jieba tags it: an ideograph, and no preposition, conjunction,
/// pronoun, adverb, numeral, measure word or particle.
fn opens_phrase_as_name(view: &View, t: &Tagged) -> bool {
    opens_phrase(view, t.start)
        && !["p", "c", "r", "d", "m", "q"].contains(&t.tag)
        && !t.tag.starts_with('u')
        && is_han(view.chars[t.start])
}

fn is_generic(word: &str) -> bool {
    LEXICON
        .generic
        .iter()
        .any(|g| word.starts_with(g.as_str()) || word == g)
}

/// True when the words just before `start` make the mention a generic plural.
fn generic_before(view: &View, start: usize) -> bool {
    let from = start.saturating_sub(4).min(start);
    let prefix = &view.text[view.byte_range(from, start)];
    let through = &view.text[view.byte_range(from, (start + 3).min(view.chars.len()).max(from))];
    static LONG_GENERIC: Lazy<WordSet> = Lazy::new(|| WordSet::new(generic_words(3)));
    if LONG_GENERIC.occurs_in(through) {
        return true;
    }
    // 禅城区祖庙街道: a district's name ending in a generic word (城区) is a place.
    let place_before = |len: usize| {
        view.of_kind(Kind::Region)
            .iter()
            .any(|h| h.end == start && h.start + len < start)
    };
    if LEXICON
        .generic
        .iter()
        .any(|g| prefix.ends_with(g.as_str()) && !place_before(g.chars().count()))
    {
        return true;
    }
    // 13个设区市纪委监委: a counted plural.
    if let Some(last) = prefix.chars().next_back() {
        if last == '个' || last == '家' {
            return true;
        }
    }
    false
}

fn find_bodies(
    view: &View,
    s: &Sentence,
    overseen: &[TargetMention],
    paragraph_town: Option<(usize, &RegionRef)>,
    out: &mut Vec<BodyMention>,
) {
    let sentence_first = out.len();
    let mut fixed_spans = Vec::new();
    let n = view.chars.len();
    // 中央纪委国家监委网站: the body's website, where nobody acts.
    let names_website = |b: usize| LEXICON.media.iter().any(|w| view.starts_with_at(b, w));
    for mat in view.matches(Kind::FixedBody, 0, n) {
        let (a, b) = (mat.start, mat.end);
        fixed_spans.push((a, b));
        // 二十届中央纪委二次全会: a term's commission named for its plenary session, where
        // nobody acts either.
        if names_website(b) || (a > 0 && view.chars[a - 1] == '届') {
            continue;
        }
        let (_, kind, canonical) = &LEXICON.fixed_bodies[mat.index];
        out.push(BodyMention {
            fixed: Some(canonical.clone()),
            ..BodyMention::written_at(view, s.index, a, b, *kind)
        });
    }
    // …全力护航校园安全稳定-厦门大学纪检监察网: a school's discipline website, named in a
    // header, is its committee's; 学校纪委 in the text is that committee.
    if s.header {
        for (byte, _) in view.text.match_indices("纪检监察网") {
            // (厦门大学 | 纪检监察网: the top bar's school, then the site.)
            let mut end = view.char_at(byte);
            while end > 0 && matches!(view.chars[end - 1], ' ' | '|' | '-' | '—' | '｜') {
                end -= 1;
            }
            // (欢迎/v 访问/v 西北农林科技大学纪检监察网: the greeting is no name's.)
            // (华中农业大学纪委  华中农业大学纪检监察网: nor the committee's name before it.)
            let mut start = end;
            while let Some(t) = view.token_ending_at(start).filter(|t| {
                !t.tag.starts_with('v')
                    && t.word.chars().all(is_han)
                    && end - t.start <= 12
                    && !view
                        .of_kind(Kind::BodySuffix)
                        .iter()
                        .any(|h| h.end == t.end)
            }) {
                start = t.start;
            }
            let school = view.slice(start, end);
            if (4..=12).contains(&school.chars().count())
                && (school.ends_with("大学") || school.ends_with("学院"))
            {
                out.push(BodyMention {
                    name_part: school,
                    suffix: "纪委".to_string(),
                    ..BodyMention::written_at(
                        view,
                        s.index,
                        start,
                        end,
                        BodyKind::EnterpriseOrSchoolCommittee,
                    )
                });
            }
        }
    }
    for mat in view.matches(Kind::BodySuffix, 0, n) {
        let (a, b) = (mat.start, mat.end);
        // (各级纪检组织, 纪检监察组织: organisations of a kind, no group.)
        if fixed_spans.iter().any(|&(fa, fb)| a < fb && b > fa)
            || names_website(b)
            || (view.chars[b - 1] == '组' && view.chars.get(b) == Some(&'织'))
        {
            continue;
        }
        let suffix = &LEXICON.body_suffixes[mat.index];
        let canonical_suffix = suffix
            .canonical
            .clone()
            .unwrap_or_else(|| suffix.written.clone());
        let mention = |start: usize,
                       kind: BodyKind,
                       region: Option<RegionRef>,
                       name_part: String| BodyMention {
            region,
            name_part,
            suffix: canonical_suffix.clone(),
            ..BodyMention::written_at(view, s.index, start, b, kind)
        };
        match suffix.kind {
            BodyKind::Commission => {
                if let Some(mut m) = commission_or_enterprise(view, a, &mention) {
                    // 延安大学附属医院纪委…附属医院纪委: the end of a committee's name
                    // named before stands for it; a college's name stands for a longer one
                    // only when what it leaves out names the school (not 兽医学院纪委…
                    // 医学院纪委, 经济管理学院纪委…理学院纪委).
                    if m.kind == BodyKind::EnterpriseOrSchoolCommittee {
                        let college = COLLEGE_ENDINGS.iter().any(|k| m.name_part.ends_with(k));
                        let longer = out.iter().rev().find(|e| {
                            e.kind == BodyKind::EnterpriseOrSchoolCommittee
                                && e.name_part.len() > m.name_part.len()
                                && e.name_part.strip_suffix(m.name_part.as_str()).is_some_and(
                                    |owner| {
                                        !college
                                            || LEXICON
                                                .enterprise_suffixes
                                                .iter()
                                                .any(|s| owner.ends_with(s.as_str()))
                                    },
                                )
                        });
                        if let Some(e) = longer {
                            m.name_part = e.name_part.clone();
                        }
                    }
                    // 汉川市、应城市纪委监委: each region listed has its commission.
                    out.extend(regions_listed_before(view, &m, a, b));
                    out.push(m);
                } else if let Some((start, town)) = town_short_form(view, a, out, paragraph_town) {
                    out.push(mention(
                        start,
                        BodyKind::Commission,
                        Some(town),
                        String::new(),
                    ));
                } else if let Some((start, org)) = enterprise_short_form(view, a, out, overseen) {
                    out.push(mention(
                        start,
                        BodyKind::EnterpriseOrSchoolCommittee,
                        None,
                        org,
                    ));
                } else if let Some(m) = town_committee_of_secretary(view, a, b, &mention) {
                    out.push(m);
                } else if let Some(m) = bare_committee_of_subject(view, a, b, s.index, out) {
                    out.push(m);
                }
            }
            BodyKind::WorkingCommittee => {
                if let Some(m) = working_committee(view, a, &mention) {
                    out.push(m);
                } else if let Some((start, town)) = town_short_form(view, a, out, paragraph_town) {
                    // 在万寿街道，街道纪工委…: the sub-district the clause opened with.
                    out.push(mention(
                        start,
                        BodyKind::WorkingCommittee,
                        Some(town),
                        String::new(),
                    ));
                } else if let Some(m) = bare_working_committee(view, a, b, s.index, out) {
                    out.push(m);
                }
            }
            BodyKind::ResidentGroup => {
                let found = resident_groups(view, a, b, s, &canonical_suffix, out, sentence_first);
                if !found {
                    if let Some(m) = collective(view, a, &mention) {
                        out.push(m);
                    } else if let Some(m) = enterprise_discipline_group(view, a, b, out, &mention) {
                        out.push(m);
                    }
                }
            }
            BodyKind::InternalOffice => {
                let office = match suffix.standing {
                    // (纪委组织部属单位纪检机构…: 组织 and 部属, no office; 部直属机关纪委组织部
                    // 机关各司局…: nor 组织 and the ministry's 部机关.)
                    OfficeStanding::Attached
                        if matches!(view.chars.get(b), Some('属' | '署'))
                            || view.starts_with_at(b, "机关") =>
                    {
                        None
                    }
                    OfficeStanding::Attached => Some(mention(
                        a,
                        BodyKind::InternalOffice,
                        None,
                        suffix.written.clone(),
                    )),
                    standing => internal_office(view, a, &suffix.written, standing, &mention),
                };
                if let Some(mut m) = office {
                    // (驻海关总署纪检监察组第二监督检查室: a group's office too.)
                    let parent = out[sentence_first..].iter().rposition(|p| {
                        p.end == m.start
                            && matches!(
                                p.kind,
                                BodyKind::Commission
                                    | BodyKind::EnterpriseOrSchoolCommittee
                                    | BodyKind::ResidentGroup
                            )
                    });
                    // （德阳市纪委监委宣传部） closing an article credits the office that
                    // wrote it; it takes no part in what the article reports.
                    // 贵州大学纪委办公室（监察专员办公室） | 贵州大学主页: a header line that says
                    // nothing, only names the site, names its publisher's office, no actor.
                    let site_name = || {
                        s.header
                            && (["主页", "首页", "网站"]
                                .iter()
                                .any(|w| view.text.contains(w))
                                || !view
                                    .tokens_in(0, view.chars.len())
                                    .any(|t| t.tag.starts_with('v')))
                    };
                    if suffix.standing == OfficeStanding::Attached
                        && (parent.is_none()
                            || s.byline
                            || view.chars.first().is_some_and(|&c| c == '（' || c == '(')
                            || site_name())
                    {
                        continue;
                    }
                    if let Some(parent) = parent {
                        let pi = sentence_first + parent;
                        out[pi].embedded = true;
                        m.parent = Some(pi);
                        m.start = out[pi].start;
                        m.written = view.slice(m.start - view.offset, b);
                    }
                    out.push(m);
                }
            }
            BodyKind::Collective => {
                if let Some(m) = collective(view, a, &mention) {
                    out.push(m);
                }
            }
            BodyKind::EnterpriseOrSchoolCommittee => {}
        }
    }
}

/// The commissions of regions listed before a commission's region and sharing its suffix
/// (汉川市、应城市纪委监委 names two), in the order written. Only gazetteer names count:
/// levels (省、市纪委监委) and unlisted places are left to the rules for them.
fn regions_listed_before(
    view: &View,
    commission: &BodyMention,
    suffix_start: usize,
    suffix_end: usize,
) -> Vec<BodyMention> {
    let mut listed = Vec::new();
    if !matches!(commission.region, Some(RegionRef::Named(..))) {
        return listed;
    }
    let mut at = commission.start - view.offset;
    while at > 0 && (view.chars[at - 1] == '、' || CONJUNCTIONS.contains(view.chars[at - 1])) {
        let Some((chain, start)) = region_chain_before(view, at - 1) else {
            break;
        };
        let region = view.slice(start, at - 1);
        listed.push(BodyMention {
            start: view.offset + start,
            end: view.offset + at - 1,
            written: format!("{region}{}", view.slice(suffix_start, suffix_end)),
            region: Some(RegionRef::Named(chain, region)),
            ..commission.clone()
        });
        at = start;
    }
    listed.reverse();
    listed
}

/// 各县（市、区）纪委监委立案、处分情况如下: the canonical suffix of the bodies a lead
/// announcing a table by place names (every one of a level, 各), if this sentence is one.
fn table_lead_suffix(view: &View) -> Option<String> {
    // …情况如下（按立案数排列）：
    let text = view.text.trim_end_matches([':', '。']);
    let at = text.rfind("如下")?;
    let rest = &text[at + "如下".len()..];
    let aside = rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'));
    if !aside || !text[..at].contains('各') {
        return None;
    }
    view.matches(Kind::BodySuffix, 0, view.chars.len())
        .map(|h| &LEXICON.body_suffixes[h.index])
        .find(|suffix| suffix.kind == BodyKind::Commission)
        .map(|suffix| {
            suffix
                .canonical
                .clone()
                .unwrap_or_else(|| suffix.written.clone())
        })
}

/// 章贡区:立案218件，处分186人 after a lead naming 各县（市、区）纪委监委: the row's place
/// followed by a colon opens the sentence; its body is that place's.
fn table_row_body(view: &View, s: &Sentence, lead: Option<&str>) -> Option<BodyMention> {
    let suffix = lead?;
    let colon = view.chars.iter().position(|&c| c == ':')?;
    let hit = view
        .of_kind(Kind::Region)
        .iter()
        .find(|h| h.start == 0 && h.end == colon)?;
    let (region, start) = region_before(view, hit.end)?;
    if start != 0 || !matches!(region, RegionRef::Named(..)) {
        return None;
    }
    Some(BodyMention {
        // The place alone is no name of the body (章贡区 is the district).
        written: format!("{}{suffix}", view.slice(0, colon)),
        region: Some(region),
        suffix: suffix.to_string(),
        ..BodyMention::written_at(view, s.index, 0, colon, BodyKind::Commission)
    })
}

/// 该组, 该室: the resident group or office named last, when no other team (督导组, 巡察组)
/// was named between; the mention stands for that body.
fn this_body_references(
    view: &View,
    s: &Sentence,
    prepared: &Prepared,
    out: &mut Vec<BodyMention>,
) {
    let doc_chars = &prepared.chars[..];
    // Where the sentence's paragraph starts: 该组 looks for other teams from there on.
    let paragraph_start = prepared
        .sentences
        .iter()
        .find(|t| t.paragraph == s.paragraph)
        .map_or(0, |t| t.start);
    let sentence_first = out
        .iter()
        .position(|b| b.sentence == s.index)
        .unwrap_or(out.len());
    let lead_paragraph = prepared
        .sentences
        .iter()
        .find(|t| !t.header)
        .map(|t| t.paragraph);
    // The word, the kind of body it refers back to, and whether it must open its phrase:
    // 纪检监察组副组长陈晓峰, 驻组组长林某带队: the group written bare, opening its phrase,
    // is the one named before; inside a longer name it is that name's.
    for (word, kind, must_open_phrase) in [
        ("该组", BodyKind::ResidentGroup, false),
        ("该室", BodyKind::InternalOffice, false),
        ("纪检监察组", BodyKind::ResidentGroup, true),
        ("驻组", BodyKind::ResidentGroup, true),
        ("派驻组", BodyKind::ResidentGroup, true),
    ] {
        for (byte, _) in view.text.match_indices(word) {
            let mut at = view.char_at(byte);
            // 驻部纪检监察组, 驻委纪检监察组: a central group named by the kind of its host
            // (the host's kind a character before, 驻 before that).
            let mut host_kind = None;
            if word == "纪检监察组" {
                host_kind = LEXICON.host_kinds.iter().find(|k| {
                    let len = k.chars().count();
                    at > len && view.chars[at - len - 1] == '驻' && view.ends_with_at(at, k)
                });
                if let Some(k) = host_kind {
                    at -= k.chars().count() + 1;
                }
            }
            if must_open_phrase && !opens_phrase(view, at) {
                continue;
            }
            let written_len = word.chars().count() + host_kind.map_or(0, |k| k.chars().count() + 1);
            // 该组织, 该组成: other words.
            if matches!(view.chars.get(at + 2), Some('织' | '成' | '合' | '建')) {
                continue;
            }
            // 临泽县纪委监委派驻第三纪检监察组负责联系监督…，该组…: also one named earlier in
            // the same sentence.
            let before = view.offset + at;
            // 该组加强与驻中储粮集团公司纪检监察组的协作…。该组…: a group named as the
            // partner of another is not the one 该组 goes on about.
            // (与河北省纪委监委驻省生态环境厅纪检监察组联合: before its commission's name.)
            // (与河北省…组、北京市纪委监委驻市水务局纪检监察组建立协作机制: every group of
            // the partners' list.)
            let written_start = |b: &BodyMention| {
                b.parent
                    .and_then(|p| out.get(p))
                    .map_or(b.start, |p| p.start.min(b.start))
            };
            let partner = |b: &BodyMention| {
                let mut start = written_start(b);
                loop {
                    if PARTNER_MARKERS
                        .iter()
                        .any(|w| chars_end_with(doc_chars, start, w))
                    {
                        break true;
                    }
                    let listed_after = (start > 0 && doc_chars[start - 1] == '、')
                        .then(|| out.iter().find(|p| p.end + 1 == start))
                        .flatten();
                    match listed_after {
                        Some(previous) => start = written_start(previous),
                        None => break false,
                    }
                }
            };
            // 驻部纪检监察组: the group stationed in a ministry (部), not any group.
            let stationed_as_written = |b: &BodyMention| {
                // (驻委: 国家发展和改革委员会 too; 驻集团公司: 中国联合网络通信集团有限公司.)
                host_kind.is_none_or(|k| {
                    b.host.as_deref().is_some_and(|h| {
                        h.ends_with(k.as_str())
                            || (k == "委" && h.ends_with("委员会"))
                            || (k == "集团公司" && h.contains("集团") && h.ends_with("公司"))
                            || (k == "集团" && h.contains("集团"))
                    })
                })
            };
            let candidate = |b: &BodyMention| {
                b.kind == kind && !b.embedded && !partner(b) && stationed_as_written(b)
            };
            // 驻生态环境部纪检监察组：… (the headline) … 纪检监察组与江西省纪委监委…联合: the
            // group written bare is the one the article is about, whatever group of a province
            // it named since.
            // (Or named first, in the lead: 2023年，中央纪委国家监委驻国家发展和改革委员会纪检
            // 监察组聚焦… ¶ …驻委纪检监察组会同河北省纪委监委驻省发展改革委纪检监察组….)
            let headline_group = (kind == BodyKind::ResidentGroup)
                .then(|| {
                    out.iter()
                        .position(|b| {
                            candidate(b)
                                && prepared.sentences.get(b.sentence).is_some_and(|t| t.header)
                        })
                        .or_else(|| {
                            out.iter().position(candidate).filter(|&i| {
                                prepared.sentences.get(out[i].sentence).map(|t| t.paragraph)
                                    == lead_paragraph
                            })
                        })
                })
                .flatten();
            let last = out
                .iter()
                .enumerate()
                .filter(|&(i, b)| i < sentence_first || b.end <= before)
                .rfind(|(_, b)| candidate(b))
                .map(|(i, _)| i);
            // (Only over a group named with another commission: 河北省纪委监委驻省…组, not the
            // headline's group named again in full.)
            let commission_of = |i: usize| out[i].parent.map(|p| out[p].written.as_str());
            let over_other_commission = |h: usize, l: usize| {
                commission_of(l).is_some_and(|c| !c.starts_with("中央"))
                    && commission_of(h) != commission_of(l)
            };
            // 该组 goes on about such a group in the paragraph that named it; in a later one
            // (…北京市纪委监委驻市水务局纪检监察组…抽查项目11个。¶ 8月上旬，…该组派出1个工作组)
            // about the article's own.
            let named_in_earlier_paragraph = |l: usize| {
                prepared
                    .sentences
                    .get(out[l].sentence)
                    .is_some_and(|t| t.paragraph != s.paragraph)
            };
            let named = match (headline_group, last) {
                (Some(h), Some(l))
                    if over_other_commission(h, l)
                        && (must_open_phrase || named_in_earlier_paragraph(l)) =>
                {
                    Some(h)
                }
                (_, l) => l,
            };
            let Some(named) = named else {
                continue;
            };
            // (Teams are looked for since the group last named, whichever 该组 means.)
            let since = last.map_or(out[named].end, |l| out[l].end)..view.offset + at;
            // A 组 after 该 or ending 纪检组/监察组 is the group itself, 党组 a department's
            // party group, 室组(地)联动 the offices working with the groups; any other is a
            // team.
            // (组织, 组成, 组建: verbs. 组成5个检查组: teams counted are several, and 该组
            // is one.)
            let counted = |k: usize| {
                let from = k.saturating_sub(6);
                doc_chars[from..k]
                    .iter()
                    .enumerate()
                    .any(|(j, &c)| c == '个' && j > 0 && is_number_char(doc_chars[from + j - 1]))
            };
            let names_a_team = |k: usize| {
                let w = &doc_chars[k - 2..=k];
                if w[2] != '组' {
                    return false;
                }
                let the_group = ['该', '检', '党', '室'].contains(&w[1]) || w[..2] == ['监', '察'];
                let verb = matches!(doc_chars.get(k + 1), Some('织' | '成' | '建'));
                !(the_group || verb || counted(k))
            };
            // (A team of an earlier paragraph, 检查组白天到储煤场 in a company committee's
            // account, is not what a later paragraph's 该组 goes on about.)
            let other_team = word == "该组"
                && (since.start.max(paragraph_start).max(2)..since.end).any(names_a_team);
            if other_team {
                continue;
            }
            let mut reference = out[named].referred_to_at(view, s.index, at, at + written_len);
            // (纪检监察组第一监督检查室: the group is named as the office's parent.)
            reference.embedded = out
                .iter()
                .any(|o| o.kind == BodyKind::InternalOffice && o.start == reference.end);
            out.push(reference);
        }
    }
}

/// 驻市农业农村局组: a resident group written short (驻, its host as its full name wrote
/// it or as a 简称 defined it, 组) is the group named so before.
fn short_group_references(
    view: &View,
    s: &Sentence,
    prepared: &Prepared,
    out: &mut Vec<BodyMention>,
) {
    if !view.text.contains('驻') {
        return;
    }
    let n = view.chars.len();
    for i in (0..n).filter(|&i| view.chars[i] == '驻') {
        let Some(j) = (i + 2..n.min(i + 16))
            .take_while(|&k| !is_punct(view.chars[k]))
            .find(|&k| view.chars[k] == '组')
        else {
            continue;
        };
        let at = view.offset + i;
        // (组织, 组成: verbs; …(简称驻市农业农村局组): the definition itself.)
        if matches!(view.chars.get(j + 1), Some('织' | '成' | '建' | '合'))
            || view.ends_with_at(i, "简称")
            || out.iter().any(|b| b.start <= at && at < b.end)
        {
            continue;
        }
        let host = view.slice(i + 1, j);
        let full_names = [format!("驻{host}纪检监察组"), format!("驻{host}纪检组")];
        let earlier_group = |named_so: &dyn Fn(&BodyMention) -> bool| {
            out.iter()
                .rposition(|b| b.kind == BodyKind::ResidentGroup && b.end <= at && named_so(b))
        };
        // (驻州医疗保障局纪检监察组(以下简称驻州医保局组): the group right before the
        // definition, only looked for where no full name matches.)
        let definition_open = || {
            let defined = format!("简称驻{host}组)");
            prepared.text[..prepared.byte_of[at] as usize]
                .rfind(&defined)
                .and_then(|byte| prepared.text[..byte].rfind('('))
                .and_then(|byte| prepared.byte_of.binary_search(&(byte as u32)).ok())
        };
        let named = earlier_group(&|b: &BodyMention| {
            full_names.iter().any(|f| b.written.contains(f.as_str()))
        })
        .or_else(|| {
            let open = definition_open()?;
            earlier_group(&|b: &BodyMention| b.end == open)
        });
        let Some(named) = named else {
            // 驻省财政厅组对…: a group named short at its first mention, opening its phrase,
            // stationed in a unit named as units are.
            if opens_phrase(view, i)
                && host.chars().count() >= 3
                && LEXICON.ends_with_org_suffix(&host)
                && !host.contains(['的', '在'])
            {
                out.push(BodyMention {
                    host: Some(host),
                    suffix: "纪检监察组".to_string(),
                    ..BodyMention::written_at(view, s.index, i, j + 1, BodyKind::ResidentGroup)
                });
            }
            continue;
        };
        let mut reference = out[named].referred_to_at(view, s.index, i, j + 1);
        reference.embedded = false;
        reference.partner = false;
        out.push(reference);
    }
}

fn commission_or_enterprise(
    view: &View,
    a: usize,
    mention: &dyn Fn(usize, BodyKind, Option<RegionRef>, String) -> BodyMention,
) -> Option<BodyMention> {
    // A suffix glued to a longer word is not a body (纪委书记 is, 纪委员 is not).
    if let Some((region, start)) = region_before(view, a) {
        if generic_before(view, start) {
            return None;
        }
        // 县市纪委监委, 省市县纪委监委: levels named together are every body of them.
        if let RegionRef::Unlisted(w) = &region {
            if w.chars().all(|c| LEVEL_CHARS.contains(&c)) {
                return None;
            }
        }
        if let RegionRef::Level(c) = region {
            // 市委 + 纪委? no: a bare level right after another word that is not a boundary
            // (设区市, 各市) was filtered above; a bare 镇/乡 alone names no body.
            if matches!(c, '镇' | '乡') {
                return None;
            }
            // 县市纪委监委, 省市县纪委监委: levels named together are every body of them.
            if start > 0 && LEVEL_CHARS.contains(&view.chars[start - 1]) {
                return None;
            }
        }
        return Some(mention(
            start,
            BodyKind::Commission,
            Some(region),
            String::new(),
        ));
    }
    // Enterprise or school committee: an organisation name ending in 大学, 集团, 公司…
    let (_, mut start) = organisation_before(view, a)?;
    // 已移交集团纪委: adverbs and verbs before the short name are no part of it.
    while let Some(t) = view.token_starting_at(start) {
        // jieba tags some place names as verbs (怀化/v): those stay; so do words it guesses
        // are verbs, knowing none of them (中移/v 铁通有限公司纪委).
        // Nor does a place jieba reads as an adverb (大连/d 医科大学附属第一医院纪委).
        // (全年/m 学校纪委: the time the clause opens with neither.)
        // (。攀钢/v 集团有限公司纪委: nor a word opening the clause that runs on to a
        // company's legal form.)
        let names_company = || {
            opens_phrase(view, t.start)
                && LEXICON.category_of(t.word).is_none()
                && runs_to_company_form(view, t.end)
        };
        // (，经/n 中国建设银行甘肃省分行纪委审查调查: 经 opening the clause is 'by'.)
        let by_whom = t.word == "经" && opens_phrase(view, t.start);
        // (图为/p 学校纪委工作人员…: a photo caption's opening words.)
        let caption_opening = t.word == "图为" && opens_phrase(view, t.start);
        // (下/f 一步/m 学校纪委: a direction opening a time word.)
        let before_time_word = t.tag == "f"
            && t.word.chars().count() == 1
            && view.token_starting_at(t.end).is_some_and(is_time_word);
        // (。先正达/d 集团股份有限公司纪委: nor a word jieba guessed an adverb, knowing none.)
        let function_word = (by_whom
            || caption_opening
            || is_function_word(t, &["d", "p", "c"])
            || is_time_word(t)
            || before_time_word
            || t.tag.starts_with('u')
            || (t.tag == "v" && crate::segment::JIEBA.has_word(t.word) && !names_company()))
            && LEXICON.gazetteer.lookup(t.word).is_empty();
        // (。会计/v 学院纪委, 。计算/v 学部纪委: a subject's word jieba reads as a verb, opening
        // the clause before a college's ending, names the college.)
        let subject_of_college = t.tag == "v"
            && t.end - t.start == 2
            && opens_phrase(view, t.start)
            && LEXICON.category_of(t.word).is_none()
            && !LEXICON.boundaries.contains(t.word)
            && !LEXICON.causatives.contains_key(t.word)
            && view
                .token_starting_at(t.end)
                .is_some_and(|n| n.end == a && COLLEGE_ENDINGS.contains(&n.word));
        let opens_college_name = subject_of_college
            || view
                .token_starting_at(t.end)
                .is_some_and(|next| verb_opens_college_name(view, next, a));
        if t.end >= a || !function_word || opens_college_name {
            break;
        }
        start = t.end;
    }
    // 按程序移交学校纪委, 把…集中整治纳入学校纪委年度重点工作: what a verb of handing over
    // hands to opens after it (a verb inside a name stays: 超高压输电公司纪委).
    if let Some(verb) = view
        .tokens_in(start, a)
        .filter(|t| t.tag == "v" && LEXICON.handover_verbs.iter().any(|v| v == t.word))
        .last()
    {
        start = verb.end;
    }
    let mut org = view.slice(start, a);
    // 市属国有企业佳木斯粮食集团有限公司纪委: the kind of company before its name (the
    // mention keeps its start, where it opens the clause as its subject).
    for kind in ["国有企业", "国企", "企业"] {
        if let Some(at) = org.rfind(kind) {
            let name = &org[at + kind.len()..];
            // (中海企业发展集团有限公司纪委: 企业 inside the company's own name, after its
            // brand rather than a word describing whose enterprise it is.)
            let described = org[..at]
                .chars()
                .next_back()
                .is_none_or(|c| "属有央管营级省市县区".contains(c));
            if described && name.chars().count() >= 4 {
                org = name.to_string();
                break;
            }
        }
    }
    // 中共吉林大学纪律检查委员会: the party's name opens its committee's full name, not the
    // organisation's.
    if let Some(name) = org.strip_prefix("中共").filter(|n| n.chars().count() >= 2) {
        org = name.to_string();
    }
    // 哈尔滨工业大学(威海)纪委: a university's campus, its place noted after its name.
    let named = match org.strip_suffix(')').and_then(|o| o.rsplit_once('(')) {
        Some((name, place))
            if (2..=4).contains(&place.chars().count()) && place.chars().all(is_han) =>
        {
            name
        }
        // 计算机科学与工程学院(网络空间安全学院)纪委: a unit with a second name after its
        // first, one committee of both.
        Some((name, other))
            if other.chars().all(is_han)
                && LEXICON
                    .enterprise_suffixes
                    .iter()
                    .any(|s| other.ends_with(s.as_str())) =>
        {
            name
        }
        _ => org.as_str(),
    };
    if !LEXICON
        .enterprise_suffixes
        .iter()
        .any(|s| named.ends_with(s.as_str()))
    {
        return None;
    }
    // 集团公司纪委书记曾卫东说: a short form (enterprise_short_forms.tsv) refers back to the
    // company named before (see `enterprise_short_form`).
    let short_form = LEXICON
        .enterprise_short_forms
        .iter()
        .any(|(f, _)| *f == org);
    // 组织4家附属医院纪委开展交叉检查: committees counted are several, none named; so is one
    // of them (一位二级分行纪委书记说).
    let counted = {
        let mut cs = org.chars();
        cs.next().is_some_and(is_number_char)
            && cs
                .find(|c| !is_number_char(*c))
                .is_some_and(|c| matches!(c, '家' | '个' | '所' | '名' | '位'))
    };
    // 指导/n 各直属/l 海关纪委: 各 inside the words before the committee makes them many.
    let plural = view.tokens_in(start, a).any(|t| t.word.starts_with('各'));
    // 文学院纪委, 法学院纪委: a college is named in three characters (该学院, 本学院 refer).
    // (医学部纪委: so is a faculty.)
    // (化学系纪委: and a department of two characters.)
    let short_college = org.chars().count() == 3
        && COLLEGE_ENDINGS.iter().any(|k| org.ends_with(k))
        && !org.starts_with(['该', '本', '各', '全', '分', '其', '原']);
    // (部机关纪委: a ministry's own organs, the ministry written by its kind.)
    let ministry_organs =
        org.chars().count() == 3 && org.ends_with("机关") && org.starts_with(MINISTRY_KINDS);
    // (学校机关纪委: the university's own offices, the university written as the school.)
    let school_organs = SCHOOL_SHORT_FORMS
        .iter()
        .any(|school| org.strip_prefix(school) == Some("机关"));
    // (检查机关纪委15个, 涉农单位机关纪委: the organs of no one named, after a verb or a
    // kind of unit.)
    let organs_of_no_name = named.ends_with("机关")
        && !ministry_organs
        && !school_organs
        && view.token_ending_at(a - 2).is_some_and(|t| {
            matches!(t.tag, "v" | "vn")
                || is_generic(t.word)
                // (公司机关纪委: a short form refers back to the company named before.)
                || (LEXICON.bare_kinds.iter().any(|k| k == t.word)
                    && !LEXICON
                        .enterprise_short_forms
                        .iter()
                        .any(|(form, _)| form == t.word))
        });
    // (。机关纪委对计划财务处…: the organs of the article's own organisation, opening the
    // clause; resolution keeps it only in a university's own article.)
    let own_organs = named == "机关" && (start == 0 || is_punct(view.chars[start - 1]));
    // (学部（院系）纪委: a kind of unit, its other name noted after it.)
    // (监督体系: a system is no department.)
    if generic_before(view, start)
        || plural
        || organs_of_no_name
        || named.ends_with("体系")
        || (!school_organs
            && !own_organs
            && (is_generic(named)
                || is_bare_kind(named)
                || (named.chars().count() < 4 && !short_college && !ministry_organs)))
        || short_form
        || counted
    {
        return None;
    }
    Some(mention(
        start,
        BodyKind::EnterpriseOrSchoolCommittee,
        None,
        org,
    ))
}

/// What ends the name of a university's college, faculty or department (文学院, 医学部, 化学系).
const COLLEGE_ENDINGS: &[&str] = &["学院", "学部", "系"];

/// 云南省烟草专卖局（公司）纪检组: where an enterprise system has a discipline group, not a
/// committee, at a company of its own, not stationed (no 驻): the company's, named as written.
fn enterprise_discipline_group(
    view: &View,
    a: usize,
    b: usize,
    earlier: &[BodyMention],
    mention: &dyn Fn(usize, BodyKind, Option<RegionRef>, String) -> BodyMention,
) -> Option<BodyMention> {
    if view.slice(a, b) != "纪检组" {
        return None;
    }
    let (org, start) = organisation_before(view, a)?;
    let company = org
        .strip_suffix("(公司)")
        .or_else(|| org.strip_suffix("（公司）"))
        .unwrap_or(&org);
    let enterprise = org.len() != company.len()
        || LEXICON
            .enterprise_suffixes
            .iter()
            .any(|s| company.ends_with(s.as_str()));
    // 国家粮食和物资储备局山东局纪检组…四川局纪检组: a regional bureau of the system named by
    // its place alone, after a sibling named with its administration.
    let sibling_bureau = || {
        let place = org.strip_suffix('局')?;
        if LEXICON.gazetteer.lookup(place).is_empty() {
            return None;
        }
        earlier.iter().find(|m| {
            m.kind == BodyKind::EnterpriseOrSchoolCommittee
                && m.name_part
                    .strip_suffix('局')
                    .and_then(|head| head.rsplit_once('局'))
                    .is_some_and(|(_, sibling)| {
                        sibling != place && !LEXICON.gazetteer.lookup(sibling).is_empty()
                    })
        })
    };
    let named = (enterprise && company.chars().count() >= 4) || sibling_bureau().is_some();
    (named && !generic_before(view, start) && !is_generic(&org))
        .then(|| mention(start, BodyKind::EnterpriseOrSchoolCommittee, None, org))
}

/// The posts on a town's party committee its discipline secretary holds as well
/// (思渠镇党委委员、纪委书记某某).
const TOWN_PARTY_POSTS: &[&str] = &["党委委员", "党委副书记", "党委常委"];

/// 新铺镇党委委员、纪委书记某某: the bare 纪委 of a town's secretary is the town's
/// commission, named nowhere else in the article.
fn town_committee_of_secretary(
    view: &View,
    a: usize,
    b: usize,
    mention: &dyn Fn(usize, BodyKind, Option<RegionRef>, String) -> BodyMention,
) -> Option<BodyMention> {
    if !(view.starts_with_at(b, "书记") || view.starts_with_at(b, "副书记"))
        || a == 0
        || view.chars[a - 1] != '、'
    {
        return None;
    }
    let post = TOWN_PARTY_POSTS
        .iter()
        .find(|w| view.ends_with_at(a - 1, w))?;
    let town_end = a - 1 - post.chars().count();
    let town = region_before(view, town_end)
        .filter(|(region, _)| matches!(region, RegionRef::Unlisted(town) if is_town(town)))
        .or_else(|| opening_town_before(view, town_end));
    let Some((region, start)) = town else {
        // 乌海市人民医院党委委员、纪委书记某某: so is the bare 纪委 of a hospital's, a
        // school's or a company's secretary that company's committee, named here first.
        let (org, _) = organisation_before(view, town_end)?;
        let enterprise = LEXICON
            .enterprise_suffixes
            .iter()
            .any(|s| org.ends_with(s.as_str()));
        return (enterprise && org.chars().count() >= 4 && !is_generic(&org))
            .then(|| mention(a, BodyKind::EnterpriseOrSchoolCommittee, None, org));
    };
    let mut m = mention(start, BodyKind::Commission, Some(region), String::new());
    m.written = format!("{}{}", view.slice(start, town_end), view.slice(a, b));
    Some(m)
}

/// 机械工程学院纪委组建…监督小组，纪委书记孙海涛带队…: a bare 纪委 opening a clause of a
/// sentence a committee opened is that committee.
fn bare_committee_of_subject(
    view: &View,
    a: usize,
    b: usize,
    sentence: usize,
    earlier: &[BodyMention],
) -> Option<BodyMention> {
    if a == 0 || view.chars[a - 1] != ',' {
        return None;
    }
    let subject = earlier
        .iter()
        .find(|m| opens_sentence_as_committee(view, m, sentence) && m.written.ends_with("纪委"))?;
    Some(restated(view, a, b, sentence, subject))
}

/// Whether body `m` is a committee (a commission's, a company's or school's, a working
/// committee) opening sentence `sentence`, whose view this is.
fn opens_sentence_as_committee(view: &View, m: &BodyMention, sentence: usize) -> bool {
    m.sentence == sentence
        && m.start == view.offset
        && matches!(
            m.kind,
            BodyKind::Commission
                | BodyKind::EnterpriseOrSchoolCommittee
                | BodyKind::WorkingCommittee
        )
}

/// Body `named`, written again between `a` and `b` of sentence `sentence` in a short form.
fn restated(view: &View, a: usize, b: usize, sentence: usize, named: &BodyMention) -> BodyMention {
    BodyMention {
        start: view.offset + a,
        end: view.offset + b,
        sentence,
        written: view.slice(a, b),
        parent: None,
        embedded: false,
        partner: false,
        ..named.clone()
    }
}

/// 经开区党工委委员、纪工委书记某某, …。纪工委已将问题清单移交: a bare 纪工委 opening a clause
/// or listed after a post is the working committee the article named before.
fn bare_working_committee(
    view: &View,
    a: usize,
    b: usize,
    sentence: usize,
    earlier: &[BodyMention],
) -> Option<BodyMention> {
    if a > 0 && !is_punct(view.chars[a - 1]) {
        return None;
    }
    let named = earlier
        .iter()
        .rev()
        .find(|m| m.kind == BodyKind::WorkingCommittee && !m.written.is_empty())?;
    Some(restated(view, a, b, sentence, named))
}

/// A word jieba tagged with one of `tags` from its dictionary: one character, or a longer
/// word its dictionary holds (a longer one its HMM guessed, 先正达/d or 丫他/r, is a name's).
fn is_function_word(t: &Tagged, tags: &[&str]) -> bool {
    tags.contains(&t.tag) && (t.end - t.start < 2 || crate::segment::JIEBA.has_word(t.word))
}

/// A word of two characters or more that jieba's dictionary holds with one of `tags`:
/// a function word or verb, no part of a name (亲自, 推进).
fn is_dictionary_word(t: &Tagged, tags: &[&str]) -> bool {
    t.end - t.start >= 2 && tags.contains(&t.tag) && crate::segment::JIEBA.has_word(t.word)
}

/// 苏独仑镇临近乌梁素海…, 在百善镇，…: the town a sentence opens with, if any.
fn sentence_opening_town(view: &View) -> Option<RegionRef> {
    // (温州市苍南县凤阳畲族乡是…: the places the town is in may open the sentence before it.)
    let lead = (view.chars.first() == Some(&'在')) as usize;
    let places_end = std::iter::successors(Some(lead), |&at| {
        view.of_kind(Kind::Region)
            .iter()
            .find(|h| h.start == at)
            .map(|h| h.end)
    })
    .last()
    .unwrap_or(lead);
    let limit = view.chars.len().min(places_end + 9);
    (places_end + 3..=limit).find_map(|e| {
        let level = TOWN_LEVELS.iter().find(|l| view.ends_with_at(e, l))?;
        // 镇纪委…: a body the sentence names is found as one.
        if view.has(Kind::BodySuffix, e, (e + 3).min(view.chars.len())) {
            return None;
        }
        if places_end > lead {
            let name_end = e - level.chars().count();
            return (town_after_region(view, name_end) == Some(places_end))
                .then(|| RegionRef::Unlisted(view.slice(places_end, e)));
        }
        let (town, start) = opening_town_before(view, e)?;
        let opens = start == 0 || start == lead;
        // 大力推进镇村…: a verb of the dictionary inside names no town.
        let verb_inside = view
            .tokens_in(start, e)
            .any(|t| is_dictionary_word(t, &["v", "d", "p", "c", "vn"]));
        (opens && !verb_inside && e - start > level.chars().count()).then_some(town)
    })
}

/// 在法库县，大/a 孤/a 家子/n 镇纪委: a town's name of up to four characters opening its clause,
/// however jieba cut it, when no function word of the dictionary (a verb, an adverb, a
/// preposition, a pronoun: 其中导子镇) nor a generic word stands inside it; where it starts.
fn clause_opening_town(view: &View, end: usize) -> Option<usize> {
    let (_, start) = opening_town_before(view, end)?;
    let verb_inside = view.tokens_in(start, end).any(|t| {
        is_dictionary_word(t, &["v", "d", "p", "c", "vn", "r", "t", "m"]) || is_generic(t.word)
    });
    // (花吐/v 古拉/nrt 镇纪委 opening the sentence.)
    (start.checked_sub(1).is_none_or(|k| is_punct(view.chars[k])) && !verb_inside).then_some(start)
}

/// Words between what money is and its amount (涉及资金约, 涉及金额共, 涉及资金达).
const APPROXIMATE_BEFORE_AMOUNT: [char; 4] = ['约', '近', '共', '达'];

/// 涉及资金, 涉及合同金额约, 涉及项目投资约: a clause from `ca` to the amount at `p` that
/// says what money the items counted before it hold.
fn money_of_items_checked(view: &View, ca: usize, p: usize, unit: &str) -> bool {
    let what = view.slice(ca, p);
    let what = what.trim_end_matches(APPROXIMATE_BEFORE_AMOUNT);
    unit == "元"
        && ca > 0
        // (核实资产312项、涉及资金4.85亿元: a list's comma too.)
        && matches!(view.chars[ca - 1], ',' | '，' | '、')
        && what
            .strip_prefix("涉及")
            .is_some_and(|money| LEXICON.checked_money.iter().any(|m| m == money))
}

/// 安定镇党委…: a town's name opening the clause, however jieba tagged its words (安定/v).
fn opening_town_before(view: &View, end: usize) -> Option<(RegionRef, usize)> {
    let level = TOWN_LEVELS.iter().find(|l| view.ends_with_at(end, l))?;
    let name_end = end - level.chars().count();
    let mut start = view.ideographs_start_before(name_end);
    let mut after_zai = false;
    // (在/p 刁镇/nr: a town of one character jieba knows whole after 在.)
    let one_character_town = view.chars[start] == '在'
        && name_end - start == 2
        && view
            .token_starting_at(start)
            .is_some_and(|t| t.word == "在" && t.tag == "p")
        && view
            .token_starting_at(start + 1)
            .is_some_and(|t| t.end == end);
    if one_character_town {
        return Some((RegionRef::Unlisted(view.slice(start + 1, end)), start + 1));
    }
    if view.chars[start] == '在' && name_end - start >= 3 {
        start += 1;
        after_zai = true;
        // 在服装城所在的湖滨街道: the town is named after what describes it.
        if let Some(k) = (start..name_end).rev().find(|&k| view.chars[k] == '的') {
            start = k + 1;
        }
        // 在粮食种植大镇和平镇: the kind of town it is, written before its name; so is the
        // place it is known as (在钧瓷发源地神垕镇).
        if let Some(k) = (start + 2..name_end).rev().find(|&k| {
            view.token_ending_at(k).is_some_and(|t| {
                t.end - t.start >= 2
                    && (TOWN_LEVELS.iter().any(|l| t.word.ends_with(l))
                        || (t.word.ends_with('地') && is_dictionary_word(t, &["n"])))
            })
        }) {
            start = k;
        }
    }
    let len = name_end - start;
    // 在玉什喀拉苏镇: a transliterated name runs longer, where 在 opens it; so does an ethnic
    // township's over its peoples (在西定哈尼族布朗族乡).
    let peoples = peoples_ending_name(view, start, name_end);
    // (肖尔/nr 布拉克/nr 镇纪委 opening a sentence: so does one jieba read as names only;
    // 阿拉/nrt 腾/zg 敖包/nr 镇, with a syllable that is no word alone among them.)
    let transliterated = || {
        view.tokens_in(start, name_end)
            .all(|t| matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "ns") || is_bound_morpheme(t))
    };
    let longest = if after_zai {
        6 + peoples
    } else if len > 4 && transliterated() {
        6
    } else {
        4
    };
    // 藤州镇: 州 inside a town's name is no level (全州各乡 still names no town).
    ((2..=longest).contains(&len)
        && !view.chars[start..name_end]
            .iter()
            .enumerate()
            .any(|(k, c)| (LEVEL_CHARS.contains(c) && (k == 0 || *c != '州')) || is_numeral(*c)))
    .then(|| (RegionRef::Unlisted(view.slice(start, end)), start))
}

/// How many characters of the name from `start` to `name_end` are the peoples of an ethnic
/// township (西定哈尼族布朗族乡), leaving a place before them.
fn peoples_ending_name(view: &View, start: usize, name_end: usize) -> usize {
    let mut peoples = 0;
    // (萨马街鄂温克民族乡: a people written without 族, then 民族.)
    let written = |p: &str, end: usize| {
        if view.ends_with_at(end, p) {
            return Some(p.chars().count());
        }
        // (乌什塔拉回族民族乡: or in full, then 民族.)
        let minzu_end = end
            .checked_sub(2)
            .filter(|_| view.ends_with_at(end, "民族"))?;
        if view.ends_with_at(minzu_end, p) {
            return Some(p.chars().count() + 2);
        }
        let stem = p.strip_suffix('族')?;
        view.ends_with_at(minzu_end, stem)
            .then(|| stem.chars().count() + 2)
    };
    while let Some(len) = LEXICON
        .ethnic_groups
        .iter()
        .filter_map(|p| written(p, name_end - peoples))
        .find(|&len| name_end - peoples > start + len)
    {
        peoples += len;
    }
    peoples
}

/// 在千秋路街道，街道纪工委…, 在东区街道，: a clause opened by 在 and a town's name, which
/// the short form after it confirms; the name may hold a numeral or a level character that
/// `opening_town_before` would not take on its own.
fn town_after_zai(view: &View, end: usize, level: &str) -> Option<RegionRef> {
    let name_end = end - level.chars().count();
    let clause_start = view.clause_start_before(name_end);
    if view.chars.get(clause_start) != Some(&'在') {
        return None;
    }
    // (在海拔4000多米的结多乡: the place described, its name after the description's 的.)
    let clause_start = match (clause_start + 1..name_end).rfind(|&k| view.chars[k] == '的') {
        Some(de) if name_end - de > 2 => de,
        _ => clause_start,
    };
    let name = &view.chars[clause_start + 1..name_end];
    // (在白地市镇: a town's name may end in 市, no level there, and 地市 in it no word.)
    let words_end = if name.last() == Some(&'市') {
        name_end - 1
    } else {
        name_end
    };
    // (在十八站鄂伦春族乡: an ethnic township's name runs longer by its peoples.)
    let peoples = peoples_ending_name(view, clause_start + 1, name_end);
    ((2..=6 + peoples).contains(&name.len())
        && name.iter().all(|&c| is_han(c) && !"个的全各".contains(c))
        && !GENERIC_WORDS.occurs_in(&view.slice(clause_start + 1, words_end))
        // (在张店区车站街道: a county written before the town is found by the rule after;
        // 在新市/ns 坝镇, 在腰站子东乡族镇: a 市, 县 or 乡 closing no place of the gazetteer
        // is the name's; 在新区太平镇 names a zone, 滨海新区, before its town.)
        && !name[..name.len() - 1].iter().enumerate().any(|(k, c)| {
            LEVEL_CHARS.contains(c)
                && (k == 0 || !matches!(c, '市' | '县' | '乡') || {
                    // (在会理县鹿厂镇: a county's former name too.)
                    let place = view.slice(clause_start + 1, clause_start + 2 + k);
                    !LEXICON.gazetteer.lookup(&place).is_empty()
                        || LEXICON.gazetteer.former_county(&place).is_some()
                })
        })
        && !name.iter().all(|&c| is_numeral(c)))
    .then(|| RegionRef::Unlisted(view.slice(clause_start + 1, end)))
}

/// 校纪委, 公司纪委: a short form standing for the organisation of the latest enterprise or
/// school committee named before (中南大学纪委); its start and that organisation's name.
fn enterprise_short_form(
    view: &View,
    a: usize,
    earlier: &[BodyMention],
    overseen: &[TargetMention],
) -> Option<(usize, String)> {
    let (form, endings) = LEXICON
        .enterprise_short_forms
        .iter()
        .filter(|(form, _)| view.ends_with_at(a, form))
        .max_by_key(|(form, _)| form.chars().count())?;
    let start = a - form.chars().count();
    // The short form must stand alone: not the end of a longer name (集团公司纪委 is read
    // as a name by the rules above, 分公司纪委 is another organisation).
    if !stands_alone(view, start) {
        return None;
    }
    let fits = |name: &str| endings.iter().any(|e| name.ends_with(e.as_str()));
    // 在设计学院，学院纪委书记…: the unit the clause before opened with, as for towns.
    if start > 0 && view.chars[start - 1] == ',' {
        let clause_start = view.clause_start_before(start - 1);
        let name = view.slice(clause_start + 1, start - 1);
        if view.chars[clause_start] == '在'
            && name.chars().count() > form.chars().count()
            // (在中粮贸易（绥化）有限公司，公司纪委…: a place in brackets inside the name.)
            && name
                .chars()
                .all(|c| is_han(c) || matches!(c, '(' | ')' | '（' | '）'))
            && fits(&name)
        {
            return Some((start, name));
        }
    }
    // 省电力有限公司纪委部署开展专项整治以来，公司纪委共受理…: a committee named in a
    // clause of time is not the one the sentence goes on about.
    let in_clause_of_time = |b: &BodyMention| {
        let Some(e) = b.end.checked_sub(view.offset).filter(|&e| e <= start) else {
            return false;
        };
        (e..start)
            .find(|&k| is_punct(view.chars[k]))
            .is_some_and(|k| view.ends_with_at(k, "以来"))
    };
    let named = |b: &&BodyMention| {
        b.kind == BodyKind::EnterpriseOrSchoolCommittee
            && fits(&b.name_part)
            && !in_clause_of_time(b)
    };
    let org = committee_meant(form, earlier.iter().filter(named))
        .map(|b| b.name_part.clone())
        .or_else(|| {
            // 对黑龙江省储备粮管理有限公司开展专项监督……该公司纪委: with 该, the company
            // overseen before is meant even though its committee was never named; so is it
            // without 该 when no committee of that kind was named at all (对鸡东县农村信用合作
            // 联社开展专项监督……联社纪委).
            // (医院纪委 after three hospitals overseen names none of them.)
            let candidates: Vec<&str> = overseen
                .iter()
                .rev()
                .filter(|t| fits(&t.written) && t.written.chars().count() >= 4)
                .map(|t| t.written.as_str())
                .collect();
            let this = start > 0 && view.chars[start - 1] == '该';
            let none_named = !earlier
                .iter()
                .any(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
                && candidates.iter().all(|c| *c == candidates[0]);
            (this || none_named)
                .then(|| candidates.first().map(|c| c.to_string()))
                .flatten()
        })
        // 学校纪委 in a university's article that names the university only later or only
        // in other names (吉林大学第一医院): the school stands for itself, and resolution
        // names it after the university the article names (see `resolve`).
        .or_else(|| {
            SCHOOL_SHORT_FORMS
                .contains(&form.as_str())
                .then(|| form.to_string())
        })?;
    Some((start, org))
}

/// Short forms of a school's name that stand for the university of the article, named or
/// not before them.
pub const SCHOOL_SHORT_FORMS: &[&str] = &["学校", "校"];

/// Whether a word starting at `start` begins a phrase of its own (after punctuation, a
/// demonstrative, a preposition or an adverb) rather than ending a longer name.
fn stands_alone(view: &View, start: usize) -> bool {
    if start == 0 {
        return true;
    }
    // 向附属医院纪委移交问题线索: after a word of belonging the short form is a kind of unit,
    // none named.
    if view
        .token_ending_at(start)
        .is_some_and(|t| ["附属", "直属", "所属", "下属"].contains(&t.word))
    {
        return false;
    }
    let before = view.chars[start - 1];
    is_punct(before)
        || ['该', '本', '我', '在', '由', '对', '向', '经', '据'].contains(&before)
        || view.token_ending_at(start).is_some_and(|t| {
            !(t.tag.starts_with('n') || t.tag == "j" || t.tag == "vn" || t.tag == "m")
                || is_time_word(t)
        })
}

/// 全年/m, 当年/t: a word of time, which opens a clause before its subject.
fn is_time_word(t: &Tagged) -> bool {
    // (现代/t 工程与应用科学学院纪委, 当代/t: an era describes a kind, it dates no clause.)
    (t.tag == "t" && !t.word.ends_with('代'))
        || (t.tag == "m"
            && t.word.chars().count() == 2
            && t.word.starts_with('全')
            && t.word.ends_with(['年', '月', '天']))
        // (下/f 一步/m: the next step.)
        || (t.tag == "m" && t.word == "一步")
}

/// 镇纪委 after 泼陂河镇纪委, 苏木纪委 after 苏力德苏木纪委: a bare town level stands for the
/// town whose commission was named last, or else for the town the sentence named before it
/// as a place (在昭觉县竹核乡，乡纪委书记…).
fn town_short_form(
    view: &View,
    a: usize,
    earlier: &[BodyMention],
    paragraph_town: Option<(usize, &RegionRef)>,
) -> Option<(usize, RegionRef)> {
    // 团纪委 after 一二三团纪委: a bare regiment level stands for the regiment whose
    // commission was named last.
    if view.ends_with_at(a, "团") && stands_alone(view, a - 1) {
        return commission_place_named_last(earlier, |b, place| {
            b.kind == BodyKind::Commission && is_regiment(place)
        })
        .map(|(_, regiment)| (a - 1, regiment));
    }
    let level = TOWN_LEVELS.iter().find(|l| view.ends_with_at(a, l))?;
    let start = a - level.chars().count();
    if !stands_alone(view, start) {
        return None;
    }
    // 在瑞洪镇，镇纪委书记某某: the town the clause before opened with; right before the
    // short form it outweighs any town named earlier.
    // (在色达县洛若镇，镇纪委…: the town named after its county.)
    let len = level.chars().count();
    let opened = (1..start).rev().find_map(|e| {
        if view.chars[e] != ',' || !view.ends_with_at(e, level) {
            return None;
        }
        opening_town_before(view, e)
            .map(|(town, _)| town)
            .or_else(|| town_after_zai(view, e, level))
            .or_else(|| {
                town_after_region(view, e - len)
                    .map(|name_start| RegionRef::Unlisted(view.slice(name_start, e)))
            })
            .map(|town| (e, town))
    });
    if let Some((_, town)) = opened.as_ref().filter(|&&(e, _)| e + 1 == start) {
        return Some((start, town.clone()));
    }
    // (街道纪工委 after 阳明街道纪工委: a street's committee is a working committee.)
    let named_body = commission_place_named_last(earlier, |b, place| {
        matches!(b.kind, BodyKind::Commission | BodyKind::WorkingCommittee)
            && place.ends_with(level)
    });
    // 苏独仑镇临近乌梁素海…。镇纪委书记某某: the town an earlier sentence of the paragraph
    // opened with, unless a town's commission was named after it.
    let paragraph_town = paragraph_town.filter(|&(at, town)| match town {
        RegionRef::Unlisted(name) => {
            name.ends_with(level) && named_body.as_ref().is_none_or(|&(b, _)| b < at)
        }
        _ => false,
    });
    if let Some((_, town)) = paragraph_town {
        return Some((start, town.clone()));
    }
    if let Some((_, town)) = named_body {
        return Some((start, town));
    }
    if let Some((_, town)) = opened {
        return Some((start, town));
    }
    // The place must follow a county of the gazetteer, so that the town is certain.
    (len..start).rev().find_map(|e| {
        if !view.ends_with_at(e, level) {
            return None;
        }
        let name_start = town_after_region(view, e - len)?;
        Some((start, RegionRef::Unlisted(view.slice(name_start, e))))
    })
}

/// Of the bodies named in `earlier`, the last one of a place no list holds (a town, a
/// regiment) that `fits` it: where its mention starts, and the place.
fn commission_place_named_last(
    earlier: &[BodyMention],
    fits: impl Fn(&BodyMention, &str) -> bool,
) -> Option<(usize, RegionRef)> {
    earlier.iter().rev().find_map(|b| match &b.region {
        Some(RegionRef::Unlisted(place)) if fits(b, place) => {
            Some((b.start, RegionRef::Unlisted(place.clone())))
        }
        _ => None,
    })
}

/// 正蓝旗桑根达来苏木, 理塘县禾尼乡: a town's name between a gazetteer region and the
/// town's level word ending at `name_end` (two to five ideographs, however jieba cut them,
/// with no level word, numeral or generic word: 各乡, 两乡 name no town).
fn town_after_region(view: &View, name_end: usize) -> Option<usize> {
    // (瓜州县七墩回族东乡族乡: 乡 before 族 is inside a people's name, no town's level.)
    if view.chars.get(name_end + 1) == Some(&'族') {
        return None;
    }
    // (柳河县三源浦朝鲜族镇: an ethnic town's name runs on over its people.)
    let people = peoples_ending_name(view, 0, name_end);
    // (龙海市角美镇 in a 2020 article: after a county's former name too, 龙海区 since.)
    let former_ends = view.of_kind(Kind::CountyShort).iter().filter_map(|h| {
        former_county_at(view, &view.slice(h.start, h.end), h.end).map(|_| h.end + 1)
    });
    view.of_kind(Kind::Region)
        .iter()
        .map(|h| h.end)
        .chain(former_ends)
        // (五大连池市龙镇: a town of one character right after a county's level.)
        .filter(|&k| {
            let one_character = k + 1 == name_end
                && matches!(view.chars[k - 1], '市' | '县' | '区' | '旗')
                && !TOWN_DETERMINERS.contains(view.chars[k])
                && !"城乡村镇".contains(view.chars[k]);
            // (在特克斯县乔拉克铁热克镇，镇纪委…: a name of six, where 在 opens the place and
            // its level closes the phrase.)
            let opened_by_zai = || {
                view.of_kind(Kind::Region)
                    .iter()
                    .any(|h| h.end == k && h.start > 0 && view.chars[h.start - 1] == '在')
                    && view.chars.get(name_end + 1).is_some_and(|&c| is_punct(c))
            };
            // (海南/ns 朝鲜族/nz 乡: a place's name is never its people alone; the place
            // that seemed to come before it opens the name.)
            // (芒康县纳西民族乡: a 民族乡 is named by its people alone.)
            (k + 2 <= name_end || one_character)
                && (k + people < name_end || view.ends_with_at(name_end, "民族"))
                && (name_end <= k + 5 + people || (name_end == k + 6 && opened_by_zai()))
        })
        .filter(|&k| view.chars[k..name_end].iter().all(|&c| is_han(c)))
        .max()
        .filter(|&k| {
            let name = &view.chars[k..name_end];
            // (平泉市七沟镇, 七个星镇: a numeral may open a name; 两个乡, 五乡 are counts.)
            let count = name.strip_suffix(&['个']).unwrap_or(name);
            // (涟源市杨市镇: a level character may close the name, right before the town's
            // level, but not stand inside it.)
            // (甘洛县新市坝镇: 市 second in a name of three is a market's, no level.)
            // (七墩回族东乡族乡: nor inside the peoples' names, where 乡 is no level.)
            let inside = &name[..name.len().saturating_sub(1 + people)];
            let market = |k: usize| k == 1 && inside[k] == '市' && name.len() >= 3;
            // (铁岭县白旗寨满族乡: no banner lies inside a county, so 旗 after one is a flag.)
            let flag = |i: usize| inside[i] == '旗' && view.chars[k - 1] == '县';
            !inside
                .iter()
                .enumerate()
                .any(|(i, c)| LEVEL_CHARS.contains(c) && !market(i) && !flag(i))
                && !count.iter().all(|&c| is_numeral(c))
                && !is_generic(&view.slice(k, name_end))
        })
}

/// 。控制/v 与/p 计算机/n 工程学院: whether `conjunction` joins the halves of a college's
/// name ending at `end` whose first half, opening its clause, jieba read as a verb.
fn verb_opens_college_name(view: &View, conjunction: &Tagged, end: usize) -> bool {
    conjunction.word == "与"
        && view.slice(conjunction.end, end).ends_with("学院")
        && view
            .token_ending_at(conjunction.start)
            .is_some_and(|first| {
                first.tag == "v" && first.end - first.start == 2 && opens_phrase(view, first.start)
            })
}

/// The organisation name that ends at `end`: back to punctuation or a boundary word.
fn organisation_before(view: &View, end: usize) -> Option<(String, usize)> {
    let mut start = end;
    if end > 0 && view.token_ending_at(end).is_none() {
        // The post starts inside a jieba word (卫健局局长 → …/局局/长): the part of that
        // word before it is the organisation's.
        if let Some(t) = view.token_across(end) {
            if t.word.chars().any(|c| is_punct(c) && c != '(' && c != ')') {
                return None;
            }
            start = t.start;
        }
    }
    // Tokens cover the sentence, so walking back token by token from `end` meets every
    // token that ends at or before it in reverse order.
    while let Some(tok) = view.token_ending_at(start) {
        // 一汽-大众汽车有限公司: a hyphen between ideographs joins one name.
        let hyphen_inside = tok.word == "-"
            && tok.start > 0
            && is_han(view.chars[tok.start - 1])
            && view.chars.get(tok.end).is_some_and(|&c| is_han(c));
        if !hyphen_inside
            && tok
                .word
                .chars()
                .any(|c| is_punct(c) && c != '(' && c != ')')
        {
            break;
        }
        // (中国/ns 联合/v 网络通信/nt 有限公司: after a place's name, a verb that runs on to a
        // company's legal form is the company's name.)
        // (北方/f 联合/v 电力/n 有限责任/l 公司: so after a direction word that opens it.)
        let inside_company = tok.tag == "v"
            && view.token_ending_at(tok.start).is_some_and(|prev| {
                prev.tag == "ns" || (prev.tag == "f" && prev.word.chars().count() == 2)
            })
            && runs_to_company_form(view, tok.end);
        // (浙江/ns 农商/n 联合/v 银行/n 纪委: so is one right before the name's last word, an
        // enterprise's ending.)
        let before_ending = tok.tag == "v"
            // (法学院纪委书记黄静带领学院纪委, 区纪委联合学校纪委: a verb after a person or
            // a body opens the name after it.)
            && view
                .token_ending_at(tok.start)
                .is_some_and(|prev| ["n", "ns", "nz"].contains(&prev.tag))
            && !view
                .of_kind(Kind::BodySuffix)
                .iter()
                .any(|h| h.end == tok.start)
            && view.token_starting_at(tok.end).is_some_and(|next| {
                next.end == end
                    && next.end - next.start >= 2
                    && LEXICON.enterprise_suffixes.iter().any(|s| s == next.word)
            });
        let inside_company = inside_company || before_ending;
        if LEXICON.boundaries.contains(tok.word) && !inside_company {
            // 城市管理和综合执法局: 和 joins two halves of one name when the half before it
            // is no organisation of its own.
            let joins_name = matches!(tok.word, "和" | "与" | "及")
                && view.token_ending_at(tok.start).is_some_and(|prev| {
                    // (城市/ns 与 环境学院: a word of two jieba calls a place, which none
                    // is, though it ends like one.)
                    let no_place = prev.tag == "ns"
                        && prev.word.chars().count() == 2
                        && LEXICON.gazetteer.lookup(prev.word).is_empty();
                    // jieba tags some name parts as set phrases (自然资源/l 和 规划局) or
                    // abbreviations (农牧/j 和 科技局).
                    (prev.tag.starts_with('n')
                        || prev.tag == "vn"
                        || prev.tag == "l"
                        || prev.tag == "j")
                        && !prev.word.chars().any(is_punct)
                        && (no_place || !LEXICON.ends_with_org_suffix(prev.word))
                })
                // (第五监督检查室与国家税务总局四川省税务局纪检组: a body's name before it.)
                && !view
                    .of_kind(Kind::BodySuffix)
                    .iter()
                    .any(|h| h.end == tok.start);
            let joins_name = joins_name || verb_opens_college_name(view, tok, end);
            // 市场监督管理局, 国有资产监督管理委员会: 监督 inside a name; 联合村, 团结村: a
            // village or town named by a common word.
            // 村务监督委员会: and before the committee it names.
            let inside_name = view.starts_with_at(tok.end, "管理")
                || view.starts_with_at(tok.end, "委员会")
                || view
                    .token_starting_at(tok.end)
                    .is_some_and(|next| matches!(next.word, "村" | "镇" | "乡" | "社区"));
            if !joins_name && !inside_name {
                break;
            }
        }
        // 某某公司(以下简称集团纪委): a short name defined ends at its definition.
        // (精密仪器与/p 光电子工程学院: jieba tags the 与 joining a name's halves a
        // preposition.)
        let joining = matches!(tok.word, "和" | "与");
        // (志丹县顺/p 宁镇: nor the first character of a town right after its county.)
        let opens_town = tok.end == tok.start + 1
            && !PLACE_PREPOSITIONS.contains(tok.word)
            && !TARGET_PREPOSITIONS.contains(&tok.word)
            && view
                .of_kind(Kind::Region)
                .iter()
                .any(|h| h.end == tok.start)
            && view.token_starting_at(tok.end).is_some_and(|next| {
                next.end == next.start + 2 && next.word.ends_with(['镇', '乡'])
            });
        if end - tok.start > 36
            || (tok.tag == "p" && !joining && !opens_town)
            || tok.word.ends_with("简称")
        {
            break;
        }
        // 查处黄渠桥镇原副镇长…: an oversight verb before the name is no part of it
        // (新塘村村务监督委员会: one naming the committee is).
        if tok.tag == "v"
            && LEXICON.category_of(tok.word).is_some()
            && !view.starts_with_at(tok.end, "委员会")
            && !inside_company
        {
            break;
        }
        // 纪检监察组指导/n 应急管理部直属机关纪委, …，指导/n 财政部直属机关纪委: a verb making
        // what follows another's work opens the name after a body or a clause's start,
        // whatever jieba tags it (就业指导/vn 中心 keeps its own).
        let causative = view
            .of_kind(Kind::Causative)
            .iter()
            .any(|h| h.start == tok.start && h.end == tok.end);
        if causative
            && (opens_phrase(view, tok.start)
                || view
                    .of_kind(Kind::BodySuffix)
                    .iter()
                    .any(|h| h.end == tok.start))
        {
            break;
        }
        if is_glued_preposition(tok.word) {
            // 对县市场监管局: the level character is the name's, the preposition is not.
            start = tok.end - 1;
            break;
        }
        start = tok.start;
    }
    (start < end).then(|| (view.slice(start, end), start))
}

fn working_committee(
    view: &View,
    a: usize,
    mention: &dyn Fn(usize, BodyKind, Option<RegionRef>, String) -> BodyMention,
) -> Option<BodyMention> {
    // 省直机关纪检监察工委, 市直属机关纪工委, 市级机关纪工委
    for middle in ["直属机关", "直机关", "级机关"] {
        if view.ends_with_at(a, middle) {
            let m_start = a - middle.chars().count();
            // 地直机关纪检监察工委: a prefecture called 地区 writes its directly run organs
            // with 地 alone, which is no level character elsewhere.
            let prefecture_organs = middle != "级机关"
                && m_start >= 1
                && view.chars[m_start - 1] == PREFECTURE_AREA
                && (opens_phrase(view, m_start - 1)
                    || "对在由和与及".contains(view.chars[m_start - 2]));
            let region = if prefecture_organs {
                Some((RegionRef::Level(PREFECTURE_AREA), m_start - 1))
            } else {
                region_before(view, m_start)
            };
            if let Some((region, start)) = region {
                return Some(mention(
                    start,
                    BodyKind::WorkingCommittee,
                    Some(region),
                    middle.to_string(),
                ));
            }
        }
    }
    // 杭州湾上虞经济技术开发区党工委委员、纪工委书记宋丽娟: the zone whose party working
    // committee the secretary also sits on.
    let end = ["党工委委员、", "党工委副书记、", "党工委书记、"]
        .iter()
        .find(|w| view.ends_with_at(a, w))
        .map_or(a, |w| a - w.chars().count());
    let (region, start) = region_before(view, end)?;
    if generic_before(view, start) {
        return None;
    }
    let mut m = mention(
        start,
        BodyKind::WorkingCommittee,
        Some(region),
        String::new(),
    );
    if end != a {
        m.written = format!(
            "{}{}",
            view.slice(start, end),
            view.slice(a, m.end - view.offset)
        );
    }
    Some(m)
}

fn internal_office(
    view: &View,
    a: usize,
    written_suffix: &str,
    standing: OfficeStanding,
    mention: &dyn Fn(usize, BodyKind, Option<RegionRef>, String) -> BodyMention,
) -> Option<BodyMention> {
    // 第一监督检查室: the ordinal belongs to the name.
    let mut start = a;
    if let Some(di) = view.chars[..a].iter().rposition(|&c| c == '第') {
        if a - di <= 4
            && view.chars[di + 1..a]
                .iter()
                .all(|&c| "一二三四五六七八九十0123456789".contains(c))
        {
            start = di;
        }
    }
    // (学校纪委审查调查室: an office of the kind written right after its commission needs no
    // ordinal, as 市纪委监委办公室 needs none.)
    let after_commission = ["纪委", "监委", "纪工委", "纪检监察组"]
        .iter()
        .any(|w| view.ends_with_at(a, w));
    if start == a && standing != OfficeStanding::Alone && !after_commission {
        return None;
    }
    if generic_before(view, start) {
        return None;
    }
    let name = view.slice(start, a) + written_suffix;
    Some(mention(start, BodyKind::InternalOffice, None, name))
}

/// `[parent](派)驻HOST纪检监察组`; returns false when there is no 驻 (not a resident group).
fn resident_groups(
    view: &View,
    a: usize,
    b: usize,
    s: &Sentence,
    suffix: &str,
    out: &mut Vec<BodyMention>,
    sentence_first: usize,
) -> bool {
    let mut zhu = None;
    let mut i = a;
    while i > 0 && a - i < 32 {
        i -= 1;
        let c = view.chars[i];
        if c == '驻' {
            zhu = Some(i);
            break;
        }
        if is_punct(c) && c != '、' {
            break;
        }
    }
    let (mut head, mut paizhu, mut host_text) = match zhu {
        Some(z) => {
            let paizhu = z > 0 && view.chars[z - 1] == '派';
            (if paizhu { z - 1 } else { z }, paizhu, view.slice(z + 1, a))
        }
        None => {
            // 第八纪检监察组组长刘明: numbered groups are stationed ones, 派驻 left out.
            let k = view.chars[..a]
                .iter()
                .rposition(|&c| !is_number_char(c))
                .filter(|&k| k + 1 < a && view.chars[k] == '第');
            match k {
                Some(k) => (k, true, view.slice(k, a)),
                None => return false,
            }
        }
    };
    // 第五派驻纪检监察组: the number written before 派驻; the group keeps that order.
    let mut ordinal_first = false;
    if paizhu && host_text.is_empty() {
        let mut k = head;
        while k > 0 && (is_numeral(view.chars[k - 1]) || view.chars[k - 1].is_ascii_digit()) {
            k -= 1;
        }
        if k < head && k > 0 && view.chars[k - 1] == '第' {
            head = k - 1;
            host_text = view.slice(head, a);
            paizhu = false;
            ordinal_first = true;
        }
    }
    // (驻总局纪检监察组: the article's group named by its host's kind; see `host_kinds.txt`.)
    if host_text.chars().count() < 2
        || LEXICON.host_kinds.contains(&host_text)
        || generic_before(view, head)
        || host_text.starts_with('各')
        // 驻部门纪检监察组 (a site's menu), 各省级纪委监委驻医保部门纪检监察组: groups of a
        // kind of host, none named.
        || host_text.ends_with("部门")
    {
        return true;
    }
    // 驻部纪检监察组会同各流域管理机构纪检组: the 驻 of a group named before opens no other.
    if zhu.is_some_and(|z| {
        view.of_kind(Kind::BodySuffix).iter().any(|h| {
            h.start > z
                && h.end <= a
                && LEXICON.body_suffixes[h.index].kind == BodyKind::ResidentGroup
        })
    }) {
        return false;
    }
    // 经开区纪工委派驻第二纪检监察组: working committees station groups too.
    let parent = out[sentence_first..]
        .iter()
        .rposition(|p| {
            p.end - view.offset == head
                && matches!(p.kind, BodyKind::Commission | BodyKind::WorkingCommittee)
        })
        .map(|p| sentence_first + p);
    if let Some(p) = parent {
        out[p].embedded = true;
    }
    let start = parent.map(|p| out[p].start - view.offset).unwrap_or(head);
    // 派驻第七纪检监察组, 驻市直第二纪检监察组: a numbered group has no host.
    let numbered = ordinal_first
        || host_text.rfind('第').is_some_and(|k| {
            let ordinal = &host_text[k + '第'.len_utf8()..];
            !ordinal.is_empty() && ordinal.chars().all(is_number_char)
        });
    let hosts: Vec<String> = if numbered {
        vec![host_text.clone()]
    } else {
        host_text
            .split('、')
            .filter(|h| h.chars().count() >= 2)
            .map(str::to_string)
            .collect()
    };
    for host in hosts {
        out.push(BodyMention {
            start: view.offset + start,
            end: view.offset + b,
            sentence: s.index,
            kind: BodyKind::ResidentGroup,
            written: view.slice(start, b),
            region: None,
            name_part: if numbered {
                host.clone()
            } else {
                String::new()
            },
            suffix: suffix.to_string(),
            parent,
            host: (!numbered).then_some(host),
            paizhu,
            embedded: false,
            partner: false,
            fixed: None,
        });
    }
    true
}

/// 全省各级纪检监察机关, 全市247个乡镇(街道)纪检监察机构, 天津市各级纪检监察机关.
fn collective(
    view: &View,
    a: usize,
    mention: &dyn Fn(usize, BodyKind, Option<RegionRef>, String) -> BodyMention,
) -> Option<BodyMention> {
    let window_start = a.saturating_sub(16);
    let mut region: Option<(RegionRef, usize, usize)> = None;
    for i in (window_start..a).rev() {
        if is_punct(view.chars[i]) && view.chars[i] != '(' && view.chars[i] != ')' {
            break;
        }
        if view.chars[i] == '全' && view.starts_with_at(i + 1, "地区") && i + 3 <= a {
            region = Some((RegionRef::Whole(PREFECTURE_AREA), i, i + 3));
            break;
        }
        // 全林区, 全特区: the whole of a county-level 林区 or 特区.
        if view.chars[i] == '全'
            && (view.starts_with_at(i + 1, "林区") || view.starts_with_at(i + 1, "特区"))
            && i + 3 <= a
        {
            region = Some((RegionRef::Whole('区'), i, i + 3));
            break;
        }
        if view.chars[i] == '全'
            && i + 1 < a
            && (LEVEL_CHARS.contains(&view.chars[i + 1]) || view.chars[i + 1] == '国')
        {
            region = Some((RegionRef::Whole(view.chars[i + 1]), i, i + 2));
            break;
        }
        // 全兵团纪检监察机关: the whole of what a word standing for a body's rank names.
        if view.chars[i] == '全' {
            if let Some((written, canonical)) = standing_prefix_at(view, i + 1) {
                let end = i + 1 + written.chars().count();
                if end <= a {
                    region = Some((RegionRef::Unlisted(canonical.clone()), i, end));
                    break;
                }
            }
        }
        if view.starts_with_at(i, "各级") {
            // 兵团各级纪检监察机关: so is what comes before 各级.
            if let Some((written, canonical)) = LEXICON
                .standing_prefixes
                .iter()
                .find(|(w, _)| view.ends_with_at(i, w))
            {
                region = Some((
                    RegionRef::Unlisted(canonical.clone()),
                    i - written.chars().count(),
                    i,
                ));
                break;
            }
            // 江苏各级纪检监察机关: a province named by its short name.
            if let Some((province, start)) = province_short_name_before(view, i) {
                region = Some((
                    RegionRef::Named(vec![province], view.slice(start, i)),
                    start,
                    i,
                ));
                break;
            }
            if let Some((chain, start)) = region_chain_before(view, i) {
                let written = view.slice(start, i);
                region = Some((RegionRef::Named(chain, written), start, i));
                break;
            }
            // 师市各级纪检监察机关: a word standing for the level.
            if let Some((level, start)) = level_alias_before(view, i) {
                region = Some((RegionRef::Level(level), start, i));
                break;
            }
        }
    }
    if region.is_none() {
        region =
            level_alias_before(view, a).map(|(level, start)| (RegionRef::Level(level), start, a));
    }
    // 昌都市纪检监察机关: a place named right before the name.
    if region.is_none() {
        if let Some((chain, start)) = region_chain_before(view, a) {
            region = Some((RegionRef::Named(chain, view.slice(start, a)), start, a));
        }
    }
    let (region, start, mut middle_start) = region?;
    if view.starts_with_at(middle_start, "各级") {
        middle_start += 2;
    }
    // Skip a count between the region and the name (全市247个乡镇纪检监察机构).
    let mut j = middle_start;
    while j < a
        && (view.chars[j].is_ascii_digit() || "一二三四五六七八九十百千".contains(view.chars[j]))
    {
        j += 1;
    }
    if j > middle_start && j < a && view.chars[j] == '个' {
        middle_start = j + 1;
    }
    let middle = view.slice(middle_start, a);
    if middle.contains('的') || middle.starts_with('各') || middle.chars().count() > 10 {
        return None;
    }
    Some(mention(start, BodyKind::Collective, Some(region), middle))
}

/// The word standing for a body's rank (standing_prefixes.tsv: 兵团) written from `at`, with
/// what it stands for.
fn standing_prefix_at(view: &View, at: usize) -> Option<&'static (String, String)> {
    LEXICON
        .standing_prefixes
        .iter()
        .find(|(w, _)| view.starts_with_at(at, w))
}

/// The province whose short name (江苏, 内蒙古) ends at `end`, and where that name starts.
fn province_short_name_before(view: &View, end: usize) -> Option<(usize, usize)> {
    let g = &LEXICON.gazetteer;
    view.of_kind(Kind::Region)
        .iter()
        .filter(|h| h.end == end)
        .find_map(|h| match g.lookup(&LEXICON.region_patterns[h.index]) {
            &[d] if g.divisions[d].level == crate::lexicon::Level::Province => Some((d, h.start)),
            _ => None,
        })
}

/// Words after which a body is the partner of the one at work (与, 联合…; 同 closes 会同
/// and 协同 too).
const PARTNER_MARKERS: &[&str] = &["与", "同", "联合", "配合", "协助"];

fn named_as_partner(view: &View, body: &BodyMention) -> bool {
    let a = body.start - view.offset;
    PARTNER_MARKERS.iter().any(|m| view.ends_with_at(a, m))
}

/// The mode (causatives.tsv) of the causative verb the automaton found at `h`.
fn causative_mode(view: &View, h: &Hit) -> Option<&'static str> {
    LEXICON
        .causatives
        .get(&view.text[view.byte_range(h.start, h.end)])
        .map(String::as_str)
}

/// Whether a causative verb (督促, 指导, 组织…) ends at `at`.
fn after_causative(view: &View, at: usize) -> bool {
    LEXICON
        .causatives
        .keys()
        .any(|verb| view.ends_with_at(at, verb))
}

/// A body is the subject of its clause unless it is the object of a preposition
/// (向省纪委监委报告, 配合省纪委监委) or only part of a longer name.
fn is_subject(view: &View, body: &BodyMention) -> bool {
    if body.embedded {
        return false;
    }
    let a = body.start - view.offset;
    const OBJECT_MARKERS: &[&str] = &[
        "向",
        "对",
        "配合",
        "协助",
        "与",
        "和",
        "及",
        "给",
        "受",
        "被",
        "经",
        "融入",
        "参加",
        // 召开全市纪检监察机关…推进会: the bodies a meeting is named for.
        "召开",
        "按照",
        "根据",
        "学习贯彻",
        "贯彻",
        // 认真落实中央纪委国家监委关于…的部署要求: the body whose decisions are carried out.
        "落实",
        // 来校督导，听取学校纪委工作汇报，…向学校党委反馈问题: the body whose report is
        // heard.
        "听取",
        // 从第一、第二监督检查室…抽调业务骨干: where staff are drawn from.
        "从",
        // 邀请省纪委监委、审计部门专家授课: the guests of another's training.
        "邀请",
    ];
    // (从第一、第二监督检查室: ordinals sharing the name's rest stand before it.)
    let mut lead = a;
    while lead >= 1 && view.chars[lead - 1] == '、' {
        let ordinal = (0..lead - 1)
            .rev()
            .take_while(|&k| is_numeral(view.chars[k]))
            .last();
        match ordinal.filter(|&k| k >= 1 && view.chars[k - 1] == '第') {
            Some(k) => lead = k - 1,
            None => break,
        }
    }
    // (其中两件移交深圳市纪委监委处置: the body cases are handed to is no subject.)
    if OBJECT_MARKERS.iter().any(|m| view.ends_with_at(lead, m))
        || LEXICON
            .handover_verbs
            .iter()
            .any(|v| view.ends_with_at(lead, v))
    {
        return false;
    }
    // 第二监督检查室在市纪委常委、监委委员巴特尔带领下…: the body after a standalone 在
    // is where something happens or who leads, not who acts.
    if a >= 1
        && view.chars[a - 1] == '在'
        && view
            .token_ending_at(a)
            .is_some_and(|t| t.end - t.start == 1 && t.tag == "p")
    {
        return false;
    }
    // 组织县纪委监委开展…, 指导所辖各乡镇纪委…: bodies a body directs are its means.
    let mut before = a;
    for word in ["各", "所辖", "辖区"] {
        if view.ends_with_at(before, word) {
            before -= word.chars().count();
        }
    }
    let directed = after_causative(view, before);
    // 纪检监察组指导应急管理部直属机关纪委深化…，排查廉洁风险点156个: a committee directed
    // by its own name, alone, does the work it is directed to (指导各附属医院纪委…: those
    // directed as a kind or in a list stay the director's means).
    let directed_by_name = before == a
        && matches!(
            body.kind,
            BodyKind::EnterpriseOrSchoolCommittee | BodyKind::WorkingCommittee
        )
        && !matches!(body.region, Some(RegionRef::Level(_) | RegionRef::Whole(_)))
        // (督促省直涉农部门机关纪委: departments of a kind, not one named.)
        && !["部门", "单位", "系统"]
            .iter()
            .any(|w| body.name_part.contains(w))
        && view
            .chars
            .get(body.end - view.offset)
            .is_none_or(|&c| c != '、' && c != '和' && c != '等');
    !directed || directed_by_name
}

/// A和B分别发现问题12个、8个: the bodies named together before 分别, in order, and where
/// the counts they share out start; empty when the clause does not share counts out.
fn distributed_subjects(
    view: &View,
    first: Option<usize>,
    bodies: &[BodyMention],
    sentence_bodies: &[usize],
    cb: usize,
) -> (Vec<usize>, usize) {
    let Some(first) = first else {
        return (Vec::new(), 0);
    };
    let mut list = vec![first];
    let mut end = bodies[first].end - view.offset;
    for &b in sentence_bodies {
        let start = bodies[b].start - view.offset;
        if start < end || start >= cb {
            continue;
        }
        let gap = view.slice(end, start);
        if !(JOINT.contains(&gap.as_str()) || gap == "、") {
            break;
        }
        list.push(b);
        end = bodies[b].end - view.offset;
    }
    if list.len() < 2 {
        return (Vec::new(), 0);
    }
    match (end..cb.saturating_sub(1)).find(|&i| view.starts_with_at(i, "分别")) {
        Some(at) => (list, at + 2),
        None => (Vec::new(), 0),
    }
}

/// A clause that opens with another organisation (省人社厅开发的…, 奥健公司目前…) reports
/// that organisation's own work.
fn opens_with_foreign_subject(
    view: &View,
    ca: usize,
    cb: usize,
    bodies: &[BodyMention],
    sentence_bodies: &[usize],
) -> bool {
    // The phrase must end like an organisation; without such an ending in the clause
    // its words need not be tagged.
    // (财务处/nt 已将…: or a section jieba knows as an organisation; the clause's words
    // are tagged only where it holds 处.)
    let section = |t: &Tagged| t.tag == "nt" && t.word.ends_with('处') && t.end - t.start >= 3;
    let tagged_section =
        || view.chars[ca..cb].contains(&'处') && view.tokens_in(ca, cb).any(&section);
    if !(view.has(Kind::OrgSuffix, ca, cb)
        || view.chars[ca..cb].contains(&'被')
        || tagged_section())
    {
        return false;
    }
    // 其中厅局级干部98人: a part of the count before, whatever its words end with.
    if view.starts_with_at(ca, "其中") {
        return false;
    }
    // 据市应急管理局统计，…: what another organisation counted (据统计 alone, or 据市纪委监委
    // 统计, is the body's own tally).
    if view.starts_with_at(ca, "据") {
        let clause = view.slice(ca, cb);
        let clause = clause.trim_end_matches(is_punct);
        return ["统计", "显示"].iter().any(|w| clause.ends_with(w))
            && !sentence_bodies.iter().any(|&b| {
                let start = bodies[b].start - view.offset;
                ca <= start && start < cb
            });
    }
    // 会同县应急管理局…: a partner, even where jieba reads 会同县 as the county of that name.
    // 对部/f 机关开展专项检查: what 对 opens is overseen, however jieba glued it.
    // (从委机关和派驻机构抽调42名干部: where staff are drawn from, no one acting; 向厅/n 机关
    // 发送工作提示函: to whom a letter goes.)
    // (沿/f 万峰湖库区对…开展专项检查: the place along which the body went; 就/d 项目区农田
    // 保护等提出意见建议: what the body spoke about.)
    if PARTNER_VERBS.iter().any(|w| view.starts_with_at(ca, w))
        || matches!(view.chars[ca], '对' | '从' | '向')
        // (将民政部门死亡人员信息与…进行比对: what 将 or 把 opens is what the body handles.)
        || view
            .token_starting_at(ca)
            .is_some_and(|t| ["沿", "就", "将", "把"].contains(&t.word))
    {
        return false;
    }
    let mut np = String::new();
    let mut np_start = None;
    // 8个被巡察单位共完成整改…: the units a verb was done to (被 + verb) act themselves.
    let mut passive = false;
    for t in view.tokens_in(ca, cb) {
        if t.word.chars().all(is_punct) || t.word.chars().all(|c| c.is_ascii_digit()) {
            if np.is_empty() {
                continue;
            }
            break;
        }
        if np.is_empty() && (t.tag == "m" || t.tag == "q" || t.word == "个") {
            continue;
        }
        if np.is_empty() && t.word == "被" {
            passive = true;
            continue;
        }
        if passive && np.is_empty() && t.tag.starts_with('v') {
            np.push_str(t.word);
            np_start = Some(t.start);
            continue;
        }
        // 会同省医保局对…: a partner of the body's own work, not a new subject; nor is what
        // a preposition jieba glued to a name opens (对塔/j 城镇/ns).
        if np.is_empty()
            && (JOINT.contains(&t.word)
                || ["协同", "配合"].contains(&t.word)
                || is_glued_preposition(t.word)
                || (t.end - t.start == 2
                    && t.word.starts_with(['对', '向'])
                    && ([Kind::Region, Kind::CountyShort]
                        .iter()
                        .any(|&k| view.of_kind(k).iter().any(|h| h.start == t.start + 1))
                        // 对村/n (社区): jieba's word for "to the villages".
                        || t.word.ends_with('村')
                        // 对神/n 垕/zg 镇: a town's name jieba split round a rare character.
                        || (2..=3).any(|n| {
                            TOWN_LEVELS
                                .iter()
                                .any(|l| view.starts_with_at(t.start + 1 + n, l))
                        }))))
        {
            return false;
        }
        // 逐县反馈, 分县（市、区）反馈, 逐村核对: county by county, village by village, an
        // adverbial, not a county or village acting.
        // (逐库/n 核对…: 逐 with any one thing, 逐库, 逐项, 逐家.)
        let distributive = t.word.chars().count() == 2
            && (t.word.starts_with('逐')
                || (t.word.starts_with(['分', '每'])
                    && (t.word.ends_with(LEVEL_CHARS)
                        || t.word.ends_with(['村', '户', '校', '企']))));
        // (比对/d 住院/n 结算数据: an action word jieba tags an adverb opens the predicate.)
        if np.is_empty() && t.tag == "d" && LEXICON.category_of(t.word).is_some() {
            break;
        }
        if np.is_empty()
            && (distributive
                || [
                    "目前",
                    "同时",
                    "此外",
                    "其中",
                    "当前",
                    "如今",
                    "随着",
                    "全部",
                    // (一方面/mq 会同集团审计部…: on the one hand, no one acting.)
                    "一方面",
                ]
                .contains(&t.word)
                || t.tag == "t"
                || t.tag == "c"
                || t.tag == "d")
        {
            continue;
        }
        // 相关部门已依法取缔…: jieba tags 相关 a verb; it opens the organisations' name.
        if np.is_empty() && ["相关", "有关"].contains(&t.word) {
            np_start = Some(t.start);
            np.push_str(t.word);
            continue;
        }
        // 10日向盟卫健委: the date's 日 glued to a preposition.
        let after_date = t
            .word
            .strip_prefix('日')
            .or_else(|| t.word.strip_prefix('号'))
            .filter(|_| np.is_empty());
        // 紧盯/z 公立医院…: a state word opens the predicate, not a subject; so does an
        // action word of the lexicon whatever jieba tags it (列席/n 党组会议).
        // (市/n 行政/n 审批/v 局/n 随即对…: a verb inside a bureau's name, its one-character
        // ending right after it.)
        let inside_name = !np.is_empty()
            && t.tag.starts_with('v')
            && view.token_starting_at(t.end).is_some_and(|next| {
                next.end == next.start + 1 && matches!(next.word, "局" | "处" | "厅" | "办")
            });
        if after_date.is_some_and(|rest| {
            is_glued_preposition(rest) || TARGET_PREPOSITIONS.iter().any(|p| rest.starts_with(p))
        }) || (t.tag.starts_with('v') && !inside_name)
            || t.tag == "p"
            || t.tag == "uj"
            || t.tag == "z"
            || is_glued_preposition(t.word)
            || LEXICON.category_of(t.word).is_some()
        {
            break;
        }
        // 该委, 该组, 该室: the body the text is about, not another organisation; nor is
        // the house named by one character after 由 (由委/j 领导班子成员带队, 由厅/n 领导带队):
        // another organisation is named in full.
        if np.is_empty()
            && (t.word.starts_with('该')
                || (t.word.starts_with('由') && t.word.chars().count() == 2))
        {
            return false;
        }
        let start = *np_start.get_or_insert(t.start);
        if sentence_bodies
            .iter()
            .any(|&b| bodies[b].start - view.offset <= start && start < bodies[b].end - view.offset)
        {
            return false;
        }
        np.push_str(t.word);
        // 全市共查处…问题214个: the whole region doing oversight work is the body's scope,
        // not another organisation (全市共有…机构 states no action and stays foreign).
        let mut whole = np.chars();
        if whole.next() == Some('全')
            && whole.next().is_some_and(|c| LEVEL_CHARS.contains(&c))
            && whole.next().is_none()
            && view.token_starting_at(t.end).is_some_and(|next| {
                ["共", "共计", "累计", "合计"].contains(&next.word)
                    || view.of_kind(Kind::Action).iter().any(|h| h.start == t.end)
            })
            && view.has(Kind::Action, t.end, cb)
        {
            return false;
        }
        // 奥健公司目前日产量…: an organisation name at a word boundary opens the clause.
        // 各级医保部门检查…: departments in general are not overseen targets, but they
        // are other organisations doing their own work.
        if np.chars().count() >= 2
            && (LEXICON.ends_with_org_suffix(&np)
                || section(t)
                || np.ends_with("所属")
                || np.ends_with("部门")
                || (passive && (np.ends_with("单位") || np.ends_with("党组织"))))
        {
            return true;
        }
        if np.chars().count() > 16 {
            break;
        }
    }
    false
}

/// 公司党委委员、纪委书记王立国带队深入…: the clause opens with the posts of an official of
/// an oversight body, whatever organisation the first post is in.
fn opens_with_official(view: &View, ca: usize, cb: usize, people: &[PersonMention]) -> bool {
    let clause = &view.text[view.byte_range(ca, cb)];
    people.iter().any(|p| {
        if p.held_to_account || !matches!(p.org, OrgRef::Body(_)) {
            return false;
        }
        let Some(at) = clause.find(p.name.as_str()) else {
            return false;
        };
        let posts = &clause[..at];
        posts.chars().count() <= 24
            && posts.chars().all(|c| is_han(c) || c == '、')
            && p.roles
                .iter()
                .any(|(_, role)| posts.ends_with(role.as_str()))
    })
}

/// Words opening a clause whose person is the object (对盟能源局副局长刘志刚等…问责).
const OBJECT_OPENERS: &[&str] = &["对", "给予", "向", "将", "把", "责令", "约谈"];

/// 2021年，李某某在农业统计调查中擅自编造数据48户 / 周建平在分管期间对17家企业…查处不力:
/// in a case notice the clause opens with the person held to account (or an official of
/// another organisation, or a name made anonymous), and what it counts is their misconduct.
fn opens_with_accused_person(
    view: &View,
    ca: usize,
    people: &[PersonMention],
    pending: &[PersonMention],
) -> bool {
    let accused = people
        .iter()
        .filter(|p| p.held_to_account || matches!(p.org, OrgRef::Written(_)))
        .chain(pending.iter());
    // 岩头镇塘里村原党支部书记张建伟在…: the person may come after their unit and post,
    // written without a break.
    let head = &view.text[view.byte_range(ca, view.chars.len().min(ca + 24))];
    let named = accused.filter(|p| p.name.chars().count() >= 2).any(|p| {
        view.starts_with_at(ca, &p.name)
            || (p.held_to_account
                && !OBJECT_OPENERS.iter().any(|w| head.starts_with(w))
                && head
                    .find(p.name.as_str())
                    .is_some_and(|at| head[..at].chars().all(is_han)))
    });
    named || anonymised_name_at(view, ca)
}

/// The words of a department's name that could name an organisation of its own: a bank's
/// 公司金融部 (corporate banking) is a department, its 公司 no company.
fn own_part<'t>(unit_end: &str, tail: &'t str) -> &'t str {
    if unit_end.ends_with('行') {
        tail.strip_prefix("公司").unwrap_or(tail)
    } else {
        tail
    }
}

/// Whether a culprit's unit ends like an organisation: an organisation's suffix, or a
/// village clinic (娄庄镇某村卫生室负责人), a unit of its own, no division of the village, yet
/// kept out of the suffixes (村卫生室 alone is a kind of unit, no target).
fn names_culprits_organisation(name: &str) -> bool {
    LEXICON.ends_with_org_suffix(name) || ["卫生室", "卫生所"].iter().any(|c| name.ends_with(c))
}

/// 区民政局养老服务科 → (区民政局, 养老服务科): a name that does not end like an
/// organisation, cut after the last organisation ending in it (the rest, at most twelve
/// characters, is a sub-division of that organisation).
fn split_division(name: &str) -> (String, String) {
    // 北城街道办事处城建办, 县民政局综合办: a small office (…办) of a unit.
    for unit_end in ["办事处", "局", "中心"] {
        if let Some((head, tail)) = name.rsplit_once(unit_end) {
            let tail_len = tail.chars().count();
            // 应急管理局安全生产执法监察大队: a squad of a bureau is its division too.
            let office = (2..=4).contains(&tail_len) && tail.ends_with('办');
            let squad = unit_end == "局" && (2..=12).contains(&tail_len) && tail.ends_with('队');
            if (office || squad) && head.chars().count() >= 2 {
                return (format!("{head}{unit_end}"), tail.to_string());
            }
        }
    }
    // 佛山分公司网络部, 无为市人民医院医保办, 佛山分行普惠金融事业部, 天津大学后勤保障部饮食服务中心:
    // a company's, hospital's, bank's or university's department; the one who held it is
    // that organisation's official.
    let department = ["公司", "医院", "分行", "支行", "银行", "大学"]
        .iter()
        .filter_map(|unit_end| {
            let (head, tail) = name.rsplit_once(unit_end)?;
            let tail_len = tail.chars().count();
            // (中国银行潍坊分行公司业务部: 公司 opens a bank's department's name.)
            ((2..=12).contains(&tail_len)
                && head.chars().count() >= 2
                && !(*unit_end == "公司" && head.ends_with('行'))
                && ["部", "办", "中心", "科", "室"]
                    .iter()
                    .any(|e| tail.ends_with(e))
                && !["公司", "医院", "银行", "学院", "局"]
                    .iter()
                    .any(|o| own_part(unit_end, tail).contains(o)))
            .then(|| (format!("{head}{unit_end}"), tail.to_string()))
        })
        .max_by_key(|(head, _)| head.len());
    if let Some(split) = department {
        return split;
    }
    if names_culprits_organisation(name) {
        return (name.to_string(), String::new());
    }
    let chars: Vec<char> = name.chars().collect();
    for k in (3..chars.len()).rev() {
        if chars.len() - k > 12 {
            break;
        }
        let head: String = chars[..k].iter().collect();
        // (民政局社会事务科, 商务局市场运行科: no cut ends a word of the section's name or
        // runs through it, whatever its characters end elsewhere; see section_words.txt.)
        let around: String = chars[k - 2..(k + 1).min(chars.len())].iter().collect();
        if LEXICON.ends_with_org_suffix(&head)
            && !LEXICON
                .section_words
                .iter()
                .any(|w| around.contains(w.as_str()))
        {
            return (head, chars[k..].iter().collect());
        }
    }
    (name.to_string(), String::new())
}

/// 李某某, 张某, 欧阳某某: a surname and 某.
fn anonymised_name_at(view: &View, at: usize) -> bool {
    (1..=2).any(|len| {
        at + len < view.chars.len()
            && view.chars[at + len] == '某'
            && LEXICON
                .surnames
                .contains(&view.chars[at..at + len].iter().collect::<String>())
    })
}

/// 县委第七巡察组进驻…: the clause's subject, before its first action, is a party
/// committee's inspection team.
fn opens_with_party_team(view: &View, ca: usize, cb: usize) -> bool {
    let clause = &view.text[view.byte_range(ca, cb)];
    let Some(at) = LEXICON
        .party_teams
        .iter()
        .filter_map(|t| clause.find(t.as_str()))
        .min()
    else {
        return false;
    };
    let team_end = view.char_at(view.byte_range(ca, ca).start + at);
    view.matches(Kind::Action, ca, team_end).next().is_none()
}

/// 本轮巡察共发现问题143个, 巡察组发现…: what a party committee's inspection round or
/// team found is its own, not the body's (巡察 is the party committee's, SPEC).
fn opens_with_party_inspection(view: &View, ca: usize) -> bool {
    let mut at = ca;
    for lead in ["本轮", "此轮", "这轮", "该轮", "各"] {
        if view.starts_with_at(at, lead) {
            at += lead.chars().count();
            break;
        }
    }
    if LEXICON
        .party_teams
        .iter()
        .any(|t| view.starts_with_at(at, t))
    {
        return true;
    }
    // 县委第五轮、第六轮巡察共对…: the rounds of a party committee named before.
    if ["省委", "市委", "州委", "盟委", "县委", "区委", "旗委"]
        .iter()
        .any(|w| view.starts_with_at(at, w))
    {
        at += 2;
    }
    while view.chars.get(at) == Some(&'第') {
        let Some(round) = (at + 1..view.chars.len().min(at + 5)).find(|&k| view.chars[k] == '轮')
        else {
            break;
        };
        at = round + 1;
        if view.chars.get(at) == Some(&'、') {
            at += 1;
        }
    }
    ["巡察", "巡视"].iter().any(|w| {
        view.starts_with_at(at, w)
            // 巡察反馈的126个问题已整改到位119个: what the round fed back, done by the units.
            && ["共", "累计", "发现", "中", "期间", "反馈的"]
                .iter()
                .any(|next| view.starts_with_at(at + 2, next))
    })
}

/// 推动集团捐赠…, 监督推动省国资委机关下沉…: what follows is another's work.
/// 发现超时限办理、要求重复提交材料等问题9个: a verb inside the list of problems found
/// describes a problem; nobody was urged.
fn inside_found_list(view: &View, at: usize, to: usize) -> bool {
    let opened = (at.saturating_sub(24)..at)
        .rev()
        .take_while(|&i| !is_punct(view.chars[i]) || view.chars[i] == '、')
        .any(|i| view.starts_with_at(i, "发现"));
    opened
        && (at..to)
            .take_while(|&i| !is_punct(view.chars[i]) || view.chars[i] == '、')
            .any(|i| view.starts_with_at(i, "等问题"))
}

/// 组织对6个县（区）开展交叉检查: a causative verb followed by the aim of the work, with no
/// one else named, means the body does it itself.
/// …36座在产煤矿中的12座: the count just read is followed, within its clause, by 中的 and the
/// part of it that was counted.
fn counts_the_whole_of_a_part(view: &View, q: usize) -> bool {
    let end = (q..view.chars.len().min(q + 14))
        .find(|&i| is_punct(view.chars[i]))
        .unwrap_or(view.chars.len().min(q + 14));
    (q..end.saturating_sub(2)).any(|i| {
        view.starts_with_at(i, "中的")
            && view
                .chars
                .get(i + 2)
                .is_some_and(|&c| c.is_ascii_digit() || is_numeral(c))
    })
}

/// 对两个学院 at `p`, after bodies (their spans in `named`) of which two are of that kind: the
/// two just named, referred to.
fn refers_to_the_two_named(
    view: &View,
    p: usize,
    named: impl Iterator<Item = (usize, usize)>,
) -> bool {
    let opens = p > 0
        && view.chars[p - 1] == '对'
        && view.chars[p] == '两'
        && matches!(view.chars.get(p + 1), Some('个' | '家' | '所'))
        && p + 4 <= view.chars.len();
    if !opens {
        return false;
    }
    let kind = view.slice(p + 2, p + 4);
    named
        .filter(|&(a, b)| view.slice(a, b).contains(&kind))
        .count()
        >= 2
}

/// 对市市场监管局、市药监局开展监督，督促两家单位建立台账: a few units or departments
/// after a verb of urging or joining are those the sentence named, referred to, no count.
fn refers_to_units_just_named(view: &View, p: usize) -> bool {
    ["督促", "推动", "会同", "联合", "要求", "指导"]
        .iter()
        .any(|v| view.ends_with_at(p, v))
        && "两二三四234".contains(view.chars[p])
        && matches!(view.chars.get(p + 1), Some('家' | '个'))
        && ["单位", "部门"]
            .iter()
            .any(|w| view.starts_with_at(p + 2, w))
}

/// Where a clause's predicate starts after the adverbs that may open it (并, 同时, 共…),
/// each taken once, in the order given.
fn after_leads(view: &View, mut at: usize, leads: &[&str]) -> usize {
    for lead in leads {
        if view.starts_with_at(at, lead) {
            at += lead.chars().count();
        }
    }
    at
}

/// 督促对辖区86家定点药店开展自查自纠: urged, the units counted check themselves.
fn urges_self_check(view: &View, verb: &Tagged) -> bool {
    if !["督促", "要求"].contains(&verb.word) {
        return false;
    }
    let clause_end = (verb.end..view.chars.len())
        .find(|&i| is_punct(view.chars[i]) && view.chars[i] != '、')
        .unwrap_or(view.chars.len());
    ["自查", "自纠", "自检", "自评"]
        .iter()
        .any(|w| view.text[view.byte_range(verb.end, clause_end)].contains(w))
}

/// 组织库存数量实地核查2次: what follows the verb up to the body's next action of the
/// lexicon is a thing, no organisation or person, so the action is the body's own.
fn organises_a_thing(view: &View, after: &[&Tagged]) -> bool {
    let Some(k) = after.iter().take(4).position(|t| t.tag.starts_with('v')) else {
        return false;
    };
    // (组织专题/n 培训/vn 两期: a verbal noun jieba tags vn names the thing organised too.)
    k > 0
        && (LEXICON.category_of(after[k].word).is_some() || after[k].tag == "vn")
        && after[..k].iter().all(|t| {
            t.tag.starts_with('n')
                && !t.tag.starts_with("nr")
                && !t.tag.starts_with("ns")
                && !t.tag.starts_with("nt")
                && !LEXICON.ends_with_org_suffix(t.word)
                && !is_generic(t.word)
                && !view.has(Kind::Post, t.start, t.end)
                && !view.has(Kind::BodySuffix, t.start, t.end)
                && LEXICON.gazetteer.lookup(t.word).is_empty()
        })
}

/// 4个监督组, 3支督查组 right after `at` (before `to`): a number of teams of the kinds a body
/// sends out itself (own_teams.txt).
fn names_own_teams(view: &View, at: usize, to: usize) -> bool {
    let mut i = at;
    while i < to && is_number_char(view.chars[i]) {
        i += 1;
    }
    if i == at || i >= to || !matches!(view.chars[i], '个' | '支') {
        return false;
    }
    (i + 2..=to.min(i + 7))
        .take_while(|&k| is_han(view.chars[k - 1]))
        .any(|k| LEXICON.own_teams.iter().any(|t| view.ends_with_at(k, t)))
}

fn opens_own_aim(next: &Tagged) -> bool {
    let aim = |w: &str| w.starts_with(['对', '到', '赴']);
    (next.tag == "p" && next.word.chars().count() == 1 && aim(next.word))
        || (is_glued_preposition(next.word) && aim(next.word))
}

/// 对村/n, 对镇: jieba's word for the preposition and the level after it.
fn is_dui_glued_to_level(word: &str) -> bool {
    word.starts_with('对')
        && word.chars().count() == 2
        && word.ends_with(['村', '镇', '乡', '县', '区', '市'])
}

/// 督促省人社厅就…等各项工作: whether a topic opened by 就 after a noun, a pronoun or an
/// abbreviation stands between `from` and `to` (what was urged runs on past its comma).
fn topic_opened_by_jiu(view: &View, from: usize, to: usize) -> bool {
    view.tokens_in(from, to).any(|w| {
        w.word == "就"
            && view.token_ending_at(w.start).is_some_and(|prev| {
                prev.start >= from
                    && (prev.tag.starts_with('n') || prev.tag == "r" || prev.tag == "j")
            })
    })
}

/// A word jieba tags a verb, other than 相关 and 有关, which it tags so too but which open
/// the noun phrase of a unit (督促相关职能部门…).
fn is_verb_not_related(t: &Tagged) -> bool {
    t.tag.starts_with('v') && !["相关", "有关"].contains(&t.word)
}

fn causative_between(view: &View, from: usize, to: usize, after_agent: bool) -> bool {
    // Every rule below needs a causative verb or 向/为 among the words; without one in
    // the text the clause is not tagged at all.
    if from >= to {
        return false;
    }
    let causative = view.of_kind(Kind::Causative).iter().any(|h| {
        h.start >= from
            && h.end <= to
            && !inside_title(view, h.start)
            && (causative_mode(view, h).is_some_and(|mode| mode != "lead") || after_agent)
    });
    // 向/为 counts only right after a name ending like an organisation.
    let preposition = || {
        (from..to).any(|i| {
            matches!(view.chars[i], '向' | '为')
                && LEXICON
                    .org_suffixes
                    .iter()
                    .any(|s| view.ends_with_at(i, s) && i - s.chars().count() >= from)
        })
    };
    if !causative && !preposition() {
        return false;
    }
    let tokens: Vec<&Tagged> = view.tokens_in(from, to).collect();
    // A token is a causative verb exactly where the automaton found one with its bounds:
    // looked up by position, the words of the clause need no dictionary lookup each.
    let causative_spans: Vec<(usize, usize)> = view
        .of_kind(Kind::Causative)
        .iter()
        .filter(|h| h.start >= from && h.end <= to)
        .map(|h| (h.start, h.end))
        .collect();
    let mut np = String::new();
    let mut np_first: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        let mode = if causative_spans.contains(&(t.start, t.end)) {
            LEXICON.causatives.get(t.word)
        } else {
            None
        };
        // 发现并推动解决问题: coordinated with the body's own verb, still the body's work.
        // 并督促县教育和体育局修订…: an organisation urged is still another's doing.
        // (并督促相关职能部门修订…: a noun phrase next is the one urged.)
        let coordinated = || {
            i > 0
                && ["并", "并且"].contains(&tokens[i - 1].word)
                && tokens
                    .get(i + 1)
                    .is_none_or(|next| is_verb_not_related(next))
                && target_phrases(view, t.end)
                    .first()
                    .is_none_or(|&(_, at)| at != t.end)
        };
        // 抽查专项资金/n 支持/v 项目18个: a verb inside a noun compound urges no one.
        let in_compound = || {
            i > 0 && {
                let prev = tokens[i - 1];
                prev.end == t.start
                    && prev.tag == "n"
                    && prev.word.chars().count() >= 2
                    && !LEXICON.ends_with_org_suffix(prev.word)
                    && !view.has(Kind::Post, prev.start, prev.end)
            }
        };
        // 对招标采购管理中心组织的工程类招标项目开展监督: a verb before 的 says whose
        // the thing is; it makes no one do the work.
        let modifies = || view.chars.get(t.end) == Some(&'的');
        // 《关于严明纪律要求的通知》: words of a document's title do nothing.
        if let Some(mode) = mode.filter(|_| {
            !coordinated()
                && !inside_title(view, t.start)
                && !inside_found_list(view, t.start, to)
                && !in_compound()
                && !modifies()
        }) {
            // 推动解决问题, 组织纪检干部走访…: a word of the verb's exceptions next keeps
            // the work the body's own result or its own staff's; so does a noun of them a
            // few words on (组织村居监督联络员走访…, 组织全省烟草系统纪检干部…), before any
            // verb.
            let excepted = LEXICON
                .causative_exceptions
                .get(t.word)
                .is_some_and(|words| {
                    tokens[i + 1..]
                        .iter()
                        // (组织各学院（部门）纪检委员…: six words, brackets among them;
                        // 组织基建、后勤等关键岗位人员…: eight, with a list.)
                        .take(8)
                        .enumerate()
                        .take_while(|(k, next)| {
                            !next.word.chars().any(|c| is_punct(c) && c != '、')
                                && (*k < 3 || !next.tag.starts_with('v'))
                        })
                        .any(|(k, next)| {
                            // (帮助企业解决问题11个: or the verb right after the one helped.)
                            let after_one_helped = k == 1
                                && tokens[i + 1].tag.starts_with('n')
                                && !LEXICON.ends_with_org_suffix(tokens[i + 1].word);
                            (k == 0 || !next.tag.starts_with('v') || after_one_helped)
                                && words.iter().any(|w| w == next.word)
                        })
                });
            // 组织4个监督组对…开展蹲点监督: teams of its own, sent out.
            let excepted = excepted || names_own_teams(view, t.end, to);
            // (A sentence's end closes no clause here: the carried subject is the body's own
            // again only where a clause of the same sentence says so.)
            // 督促省人社厅就…等各项工作，提出21条政策措施: a topic opened by 就 after the unit
            // urged runs to its comma, and the clause goes on after it.
            let in_clause = || {
                let breaks =
                    |after: usize| (after..to).find(|&k| matches!(view.chars[k], ',' | ';'));
                match breaks(t.end) {
                    None => true,
                    Some(comma) => {
                        topic_opened_by_jiu(view, t.end, comma) && breaks(comma + 1).is_none()
                    }
                }
            };
            // 推动建立…机制12项，召开警示教育会43场: what is set up is the clause's; the
            // clauses after are the body's own again.
            // 推动水利部修订完善…制度9项，组织召开警示教育大会两场: the same past the unit
            // urged, at the first verb after it.
            let clause_bound = LEXICON
                .causative_clause_words
                .get(t.word)
                .is_some_and(|words| {
                    let bound = |next: &&Tagged| words.iter().any(|w| w == next.word);
                    tokens.get(i + 1).is_some_and(bound)
                        || tokens[i + 1..]
                            .iter()
                            .take(4)
                            .take_while(|next| !next.word.chars().any(is_punct))
                            // (推动相关单位建立….)
                            .find(|next| is_verb_not_related(next))
                            .is_some_and(bound)
                });
            let applies = match mode.as_str() {
                // 推动完善制度 is the unit's.
                "always" => !excepted && (!clause_bound || in_clause()),
                // 协助署党组抓好日常监督，排查廉政风险点146个: the work helped with is the
                // clause's; the clauses after are the body's own again.
                "clause" => !excepted && in_clause(),
                "lead" => i == 0 && after_agent,
                // 组织开展, 督促落实: a verb next means the body does it itself.
                _ if excepted => false,
                // 督促后勤集团开展自查，检查加油站416座: the unit urged does the work of its
                // clause; the clauses after are the body's own again.
                "np-clause" if !in_clause() => false,
                _ => match tokens.get(i + 1) {
                    Some(next) => {
                        // 督促退缴, 督促追回: money returned or recovered is the unit's doing.
                        LEXICON.category_of(next.word) == Some("other")
                            // 督促驻在部门完善…: jieba takes 驻在 for a verb.
                            || view.starts_with_at(next.start, "驻在")
                            // 督促相关企业补缴: jieba tags 相关 a verb.
                            || ["相关", "有关"].contains(&next.word)
                            || (LEXICON.category_of(next.word).is_none()
                                // 组织对村/n 集体…进行清理: the preposition jieba glued to
                                // a level opens the body's own work.
                                && !is_dui_glued_to_level(next.word)
                                && !LEXICON.causatives.contains_key(next.word)
                                && !next.tag.starts_with('v')
                                // 在该组指导下: guided, the subject does the work itself.
                                && next.word != "下"
                                && (!opens_own_aim(next) || urges_self_check(view, t))
                                && !organises_a_thing(view, &tokens[i + 1..])
                                // 组织县市纪委监委深入…, 组织所辖10个县（市、区）纪委监委开展…:
                                // lower oversight bodies doing oversight under the body's
                                // direction is its work.
                                // 组织全县22个乡镇（街道）纪（工）委: the same, written
                                // with the working committees in brackets.
                                && !view.text[view.byte_range(t.end, (t.end + 16).min(view.chars.len()))]
                                    .contains("纪(工)委")
                                && !view.of_kind(Kind::BodySuffix).iter().any(|h| {
                                    h.start >= t.end
                                        && h.start <= t.end + 24
                                        // The count may come before the bodies it
                                        // counts: look to the end of the clause.
                                        && !view.chars[t.end..h.start].iter().any(|c| {
                                            ends_clause(*c)
                                        })
                                }))
                    }
                    None => false,
                },
            };
            if applies {
                return true;
            }
        }
        // Another organisation acting on its own: 市委向7个县派出的督导组.
        let is_preposition = t.word == "向"
            || t.word == "为"
            || (t.word.starts_with('向') && t.word.chars().count() == 2);
        // 以县教育局为综合监督单位: 为 closing 以 names what the body chose to watch.
        // jieba may glue 以 to a level (以县).
        let closes_yi = t.word == "为"
            && tokens[..i].iter().any(|p| {
                p.word == "以"
                    || (p.word.starts_with('以')
                        && p.word.chars().count() == 2
                        && p.word.ends_with(DIVISION_LEVELS))
            });
        if is_preposition
            && !closes_yi
            && np.chars().count() >= 2
            && LEXICON.ends_with_org_suffix(&np)
        {
            let joint = np_first
                .and_then(|k| k.checked_sub(1))
                .and_then(|k| tokens.get(k))
                .is_some_and(|prev| JOINT.contains(&prev.word) || prev.word == "配合");
            if !joint {
                return true;
            }
        }
        if (t.tag.starts_with('n') || t.tag == "j") && !is_glued_preposition(t.word) {
            np_first.get_or_insert(i);
            np.push_str(t.word);
        } else {
            np.clear();
            np_first = None;
        }
    }
    false
}

/// 对5户省属企业开展暗访, 向省国资委发出提醒函: 对/向 and, after it, what an oversight
/// body does to a unit (inspect, document, interview), the preposition before the count at
/// `p` and the action in the clause ending at `cb`.
fn aims_oversight_at_unit(view: &View, ca: usize, p: usize, cb: usize) -> bool {
    let Some(at) = (ca..p).find(|&i| matches!(view.chars[i], '对' | '向')) else {
        return false;
    };
    // The preposition opens the clause's predicate, not a word (对象, 方向).
    if !view
        .token_starting_at(at)
        .is_some_and(|t| t.word == "对" || t.word == "向" || is_glued_preposition(t.word))
    {
        return false;
    }
    // 市委向7个县派出督导组: another organisation's own preposition.
    if view
        .token_ending_at(at)
        .is_some_and(|t| t.word.chars().count() >= 2 && LEXICON.ends_with_org_suffix(t.word))
    {
        return false;
    }
    // 督促县医保局对32家医院开展检查: the unit urged does the inspecting.
    if view
        .of_kind(Kind::Causative)
        .iter()
        .any(|h| h.start >= ca && h.end <= at)
    {
        return false;
    }
    view.matches(Kind::Action, at, cb).any(|m| {
        let category = LEXICON.actions[m.index].1.as_str();
        ["inspect", "document", "interview"].contains(&category)
    })
}

/// A clause opening with (并/同时/还)对 or 向 whose verb is oversight (再监督, 开展回头看):
/// the body acting on a unit again after urging another organisation.
fn turns_to_oversight(view: &View, ca: usize, cb: usize) -> bool {
    let at = after_leads(view, ca, &["并", "同时", "还", "随后", "同步"]);
    // …督促驻在单位落实监管责任，联合市医保局开展交叉检查: joint work is the body's own.
    let joint = PARTNER_VERBS.iter().any(|w| view.starts_with_at(at, w));
    // …督促云南电网公司党委压实主体责任，派出督导组赴玉溪供电局开展专项督导: sending out a
    // team of its own is too.
    let sends_team = view.matches(Kind::Action, at, cb).next().is_some_and(|m| {
        m.start == at
            && LEXICON.actions[m.index].1 == "deploy"
            && view.chars[m.end..cb.min(m.end + 6)].contains(&'组')
    });
    if sends_team {
        return true;
    }
    // …督促驻在部门开展大清查，抽查市级储备粮承储企业6家: so is a spot check, the
    // overseer's own way of checking (共抽查采购项目312个).
    // (…，采取“四不两直”方式暗访抽查…: the way named first.)
    let mut opening = at;
    if ["采取", "通过"].iter().any(|w| view.starts_with_at(at, w)) {
        if let Some(way) = (at + 2..cb.min(at + 16)).find(|&i| view.starts_with_at(i, "方式")) {
            opening = way + 2;
        }
    }
    let opening = after_leads(view, opening, &["先后", "共", "累计", "随机"]);
    // (…，参与专项督导3次, …，列席专题会议2次: so is taking part itself; …，跟进抽查项目7个,
    // 走访受灾农户310户: so are following up and visiting.)
    if [
        "抽查",
        "暗访",
        "明察暗访",
        "参与",
        "参加",
        "列席",
        "跟进",
        "走访",
    ]
    .iter()
    .any(|w| view.starts_with_at(opening, w))
    {
        return true;
    }
    // …，并深入42个住宅小区实地查看: so is going to see for itself.
    if !joint
        && !matches!(view.chars.get(at), Some('对' | '向'))
        && !view.starts_with_at(at, "深入")
    {
        return false;
    }
    let clause = &view.text[view.byte_range(at, cb)];
    let oversight = clause.contains("监督")
        || view.matches(Kind::Action, at, cb).any(|m| {
            ["inspect", "document", "interview"].contains(&LEXICON.actions[m.index].1.as_str())
        });
    // 督促其对…开展自查: the unit urged is still the one acting.
    oversight
        && !view.of_kind(Kind::Causative).iter().any(|h| {
            h.start >= ca
                && h.end <= cb
                && causative_mode(view, h).is_some_and(|mode| mode != "lead")
        })
}

/// 督促县林草局开展自查自纠，同时抽调8名纪检监察干部…: people counted as discipline
/// inspectors are the body's own staff, whoever it urged before.
fn counts_own_staff(view: &View, q: usize) -> bool {
    ["纪检监察干部", "纪检监察人员", "纪检干部"]
        .iter()
        .any(|w| view.starts_with_at(q, w))
}

/// What only oversight bodies do (问责, 约谈, 立案) or what their oversight yields (整改):
/// a count of it after another organisation's name is still the body's.
fn has_exclusive_action(view: &View, from: usize, to: usize) -> bool {
    view.matches(Kind::Action, from, to).any(|m| {
        let (word, category) = &LEXICON.actions[m.index];
        ((["discipline", "interview", "investigate", "rectify"].contains(&category.as_str())
            && word != "行政处罚")
            || LEXICON.own_actions.contains(word))
            // (督促驻在部门约谈供热企业负责人5人: an interview the unit urged holds is its
            // own; what the body urges settled, 督促…办结, stays the body's result.)
            && !(category == "interview" && urged_to_act_at(view, from, m.start))
    })
}

/// Whether the action at `at` is done by a unit a verb of the clause (from `from`) urges to
/// it, named between them (督促驻在部门约谈…).
fn urged_to_act_at(view: &View, from: usize, at: usize) -> bool {
    view.of_kind(Kind::Causative).iter().any(|h| {
        h.start >= from
            && h.end < at
            && at - h.end <= 12
            // (组织集体廉政谈话2场: talks the body organises are its own.)
            && causative_mode(view, h).is_some_and(|mode| mode.ends_with("clause"))
            && !view.chars[h.end..at].iter().any(|&c| is_punct(c))
    })
}

/// …推动学校修订完善制度11项，追回违规报销的科研经费8.6万元: a clause opening with what
/// the body's oversight recovers (the words after which 推动 keeps the work the body's) is
/// the body's own result again.
fn opens_with_own_result(view: &View, ca: usize) -> bool {
    let at = after_leads(view, ca, &["并", "同时", "还", "共", "累计"]);
    LEXICON
        .own_result_openers
        .iter()
        .any(|w| view.starts_with_at(at, w))
}

/// Whether a scope verb (紧盯, 涉及) stands between `from` and the count at `p` before any
/// action word does.
fn scope_opens(view: &View, from: usize, p: usize) -> bool {
    let first_action = view.matches(Kind::Action, from, p).map(|m| m.start).min();
    view.of_kind(Kind::ScopeVerb)
        .iter()
        .any(|h| h.start >= from && h.end <= p && first_action.is_none_or(|a| h.start < a))
}

fn has_action_in(view: &View, from: usize, to: usize) -> bool {
    view.matches(Kind::Action, from, to)
        .any(|m| LEXICON.actions[m.index].1 != "other")
}

/// The category and the action as written: the verb nearest before the count, or the verb
/// after it when the count sits inside 对…进行/开展 V.
fn categorize(
    view: &View,
    ca: usize,
    cb: usize,
    p: usize,
    q: usize,
    unit: &str,
) -> (String, Option<(usize, usize)>) {
    // 组织4个监督组深入…: teams counted are the body's own, sent out (对…8个工作组: teams
    // overseen; 统筹推进11个派驻协作组协作监督: what an action before the count does).
    if names_own_teams(view, p, cb)
        && !view.chars[ca..p].contains(&'对')
        && !view.has(Kind::Action, ca, p)
    {
        return ("deploy".to_string(), None);
    }
    let matches: Vec<(usize, usize, &str, &str)> = view
        .matches(Kind::Action, ca, cb)
        .filter(|m| acts(view, m) && !describes_what_is_involved(view, ca, m))
        .map(|m| {
            let (w, c) = &LEXICON.actions[m.index];
            (m.start, m.end, w.as_str(), c.as_str())
        })
        .collect();
    let mut before: Vec<&(usize, usize, &str, &str)> =
        matches.iter().filter(|m| m.1 <= p).collect();
    // 发现过度检查、重复收费等问题31个, 发现执法检查不规范问题9个, 筛查出超时办结等疑点问题
    // 14个, 发现…验收走过场等问题线索39条: the verbs inside the problems found describe them;
    // 发现 is what counted them.
    if let Some(head) = before.iter().position(|m| {
        let found = view.slice(m.1, p);
        m.3 == "finding"
            && (m.2.starts_with("发现") || m.2.ends_with('出'))
            && (found.ends_with("问题") || found.ends_with("问题线索"))
            && !found.contains(CLAUSE_BREAKS)
    }) {
        before.truncate(head + 1);
    }
    let after: Vec<&(usize, usize, &str, &str)> = matches.iter().filter(|m| m.0 >= q).collect();
    // 现将查处的5起典型问题通报如下: 现将 fronts what the verb after the count acts on, as 对 does.
    let fronted = view.slice(ca, p);
    let dui = fronted.contains('对') || fronted.contains("现将");
    // 对巡察移交的12件问题线索逐件核查处置: clues a body takes up are what it investigates,
    // whatever it calls the handling (快查快办, 实行清单化管理).
    if dui && view.starts_with_at(q, "问题线索") {
        return ("investigate".to_string(), None);
    }
    let chosen = if dui && !after.is_empty() {
        // 对23个党组织整改情况开展专项检查: the action the clause carries out, not a word
        // of what it was carried out on.
        let carried_out = after
            .iter()
            .find(|m| CARRY_OUT_VERBS.iter().any(|v| view.ends_with_at(m.0, v)))
            .or(after.first())
            .copied();
        // (对12个被巡察党组织开展整改专项监督: checks of the putting right.)
        carried_out.map(|m| {
            after
                .iter()
                .find(|n| names_what_is_checked(view, m, n))
                .copied()
                .unwrap_or(m)
        })
    } else if let Some(last) = before.last() {
        // 发现并督促整改问题: the first verb of a coordinated chain decides, except that
        // what a check found is a finding (检查发现问题43个).
        let mut pick = *last;
        // 共处置巡察移交问题线索37件: the clues counted are what the verb before acts on (not
        // 巡察, which says who handed them over, nor a verb across 向/对: 向第二监督检查室移交).
        // (现场交办问题清单8份, 反馈问题清单3份: papers counted in 份 are the document
        // handed over, whoever hands it.)
        let noun_picked = is_noun_action(pick.2);
        let paper_handed = noun_picked && pick.3 == "document" && unit == "份";
        if noun_picked && !paper_handed {
            if let Some(verb) = before.iter().rev().skip(1).find(|w| {
                // 串通报价等问题线索: a word inside another is no verb.
                let word_start = view.token_starting_at(w.0).is_some();
                let handed_over_by = LEXICON
                    .handover_verbs
                    .iter()
                    .any(|v| view.starts_with_at(w.1, v));
                word_start
                    && !handed_over_by
                    && !view
                        .slice(w.1, pick.0)
                        .contains(|c| CLAUSE_BREAKS.contains(&c) || "向对在给".contains(c))
            }) {
                pick = verb;
            }
        }
        // 调阅…审计整改资料58份, 实地查看农村生活污水处理终端46个, 列席…整改推进会2次: an
        // action word naming the kind of thing looked into (a noun follows it) leaves the
        // verb of looking or attending before it to decide.
        if pick.1 < p
            && pick.3 != "finding"
            && view.token_starting_at(pick.1).is_some_and(|t| {
                // (研究整改/v 工作/vn: 工作 is as much a noun here.)
                ((t.tag.starts_with('n') || t.word == "工作")
                    && t.end - t.start >= 2
                    && !LEXICON.found_objects.iter().any(|o| o == t.word))
                    // (列席项目验收会8次: the meeting the checks are held at.)
                    || t.word == "会"
            })
        {
            if let Some(looking) = before.iter().rev().find(|w| {
                w.1 <= pick.0
                    && matches!(w.3, "inspect" | "meeting")
                    && !view.slice(w.1, pick.0).contains(CLAUSE_BREAKS)
            }) {
                pick = looking;
            }
        }
        let found = |w: &(usize, usize, &str, &str)| w.3 == "finding" && w.2.starts_with("发现");
        let mut finding = found(pick).then_some(pick);
        let at = before
            .iter()
            .rposition(|w| std::ptr::eq(*w, pick))
            .unwrap_or(before.len() - 1);
        let attended = before[..at]
            .iter()
            .any(|w| w.3 == "meeting" && !is_meeting(w.2));
        // (A paper handed over is no verb of a chain: 交办问题清单8份 is the list.)
        let chain = if paper_handed {
            &before[..0]
        } else {
            &before[..at]
        };
        for w in chain.iter().rev() {
            let gap = view.slice(w.1, pick.0);
            // 问题线索立案: a thing the next verb acts on, not a verb of the chain.
            let noun = is_noun_action(w.2);
            // (列席招标文件审查会议8次: the kind of meeting attended, no verb of a chain;
            // 抽查会议12场 checks meetings.)
            if gap.is_empty() && is_meeting(pick.2) && attended {
                break;
            }
            // (开展巡视整改专项监督检查136次: checks of the putting right, no chain.)
            if names_what_is_checked(view, w, pick) {
                break;
            }
            // (抽查已整改问题12个: problems put right already are what was checked.)
            if gap == "已" && w.3 == "inspect" && pick.3 == "rectify" {
                pick = w;
                break;
            }
            if (gap.is_empty() && !noun)
                || gap == "并"
                || gap == "并督促"
                || gap == "和"
                || gap == "、"
            {
                pick = w;
                if found(w) {
                    finding = Some(w);
                }
            } else {
                break;
            }
        }
        Some(finding.unwrap_or(pick))
    } else {
        after.first().copied()
    };
    match chosen {
        Some((s, e, word, cat)) => {
            // 开展全覆盖检查: the verbs written together after the count are one action.
            let mut end = *e;
            while let Some(next) = matches.iter().find(|m| m.0 == end) {
                end = next.1;
            }
            let category = if *cat == "inspect" && *e <= p && turned_up(view, *s, *e, p) {
                "finding"
            } else if *word == "通报" && !WRITTEN_UNITS.contains(&unit) {
                // 对5起典型问题进行公开通报, 通报批评3人: cases and people named in a 通报 are
                // named and shamed (点名通报); a written 通报 is counted in 期 or 份.
                "discipline"
            } else if word.ends_with("清单") && !WRITTEN_UNITS.contains(&unit) {
                // 列出问题清单13项, 形成问题清单24项: the problems listed, found; a list
                // handed over is counted in 份.
                "finding"
            } else if *word == "查实" && matches!(unit, "起" | "件") {
                // 查实公车私用问题3起: cases made out are investigated; problems counted
                // (查实违规问题312个) are found.
                "investigate"
            } else if *word == "办结" && *e <= p && !view.slice(*e, p).contains("线索") {
                // 已办结19件: the body's own cases closed, counted (办结问题线索12件: clues
                // concluded are investigated); 督促相关部门办结企业诉求38件: what others were
                // made to settle.
                let before = view.slice(ca, *s);
                if before.contains("督促") || before.contains("推动") {
                    "rectify"
                } else {
                    "other"
                }
            } else if dui && *cat == "deploy" && !PEOPLE_UNITS.contains(&unit) && unit != "天" {
                // 对辖区8家铁矿企业开展驻点监督: units counted in a 对 frame are what the
                // body went to watch, whoever it sent.
                "inspect"
            } else if PEOPLE_UNITS.contains(&unit)
                && (*word == "覆盖" || (*cat == "deploy" && view.slice(ca, cb).contains("教育")))
            {
                // 警示教育覆盖党员干部1.2万余人次, 组织干部职工3200余人次参加警示教育: the people
                // a campaign reached, not staff sent out; 覆盖 is a check's reach only over
                // units (全覆盖检查乡镇卫生院23个).
                "other"
            } else {
                cat
            };
            (category.to_string(), (*s >= q).then_some((*s, end)))
        }
        // 对12所学校开展“点穴式”监督: units counted in a 对 frame and then acted on are what
        // the body inspected, whatever it called the work.
        None if dui && overseen_in_frame(view, q, cb) => ("inspect".to_string(), None),
        None if watched_over(view, ca) => ("inspect".to_string(), None),
        // 分赴西宁市、海东市等5个市州，对…开展“点穴式”监督: what is counted where a body
        // went (places, units) is what it went to inspect, whatever the clause after calls
        // the work.
        None if !PEOPLE_UNITS.contains(&unit) && went_to(view, ca, p) => {
            ("inspect".to_string(), None)
        }
        // 832名专职干部迅速行动起来: people counted as the clause's subject are staff sent
        // out; people a verb acts on (培训纪检干部230人次, 聘请学生监督员40名) are not.
        None if PEOPLE_UNITS.contains(&unit)
            && !view.tokens_in(ca, p).any(|t| t.tag.starts_with('v')) =>
        {
            ("deploy".to_string(), None)
        }
        None => ("other".to_string(), None),
    }
}

/// 监督招标项目35个, 全程监督复试考场28个: what a clause opening with the word 监督 counts
/// is what the body watched over, an inspection (监督 alone is no action word: it is a
/// preposition and a part of names as often).
fn watched_over(view: &View, ca: usize) -> bool {
    view.token_starting_at(after_leads(view, ca, &["共", "累计", "全程"]))
        .is_some_and(|t| t.word == "监督")
}

/// Whether a verb of going (分赴, 深入…) stands between `from` and `to`, going to a place
/// (深入推进, a verb after it, is no going).
fn went_to(view: &View, from: usize, to: usize) -> bool {
    view.tokens_in(from, to).any(|t| {
        GOING_VERBS.contains(&t.word)
            && view
                .token_starting_at(t.end)
                .is_some_and(|next| next.end <= to && !next.tag.starts_with('v'))
    })
}

/// Verbs of going to a place to oversee it.
const GOING_VERBS: &[&str] = &["分赴", "赴", "深入", "前往", "奔赴", "赶赴", "来到", "进驻"];

/// The units people are counted in.
const PEOPLE_UNITS: &[&str] = &["人", "名", "人次"];

/// The units a written document is counted in (下发通报5期, 提示函3份).
const WRITTEN_UNITS: &[&str] = &["期", "份", "篇", "批", "批次", "次", "条", "封", "张"];

/// 受理涉及巡察整改的信访举报23件: an action word between 涉及 and its 的 says what the
/// things counted concern, not what was done to them.
fn describes_what_is_involved(view: &View, from: usize, m: &Hit) -> bool {
    let Some(involving) = (from..m.start.saturating_sub(1))
        .rev()
        .take_while(|&k| !CLAUSE_BREAKS.contains(&view.chars[k]))
        .find(|&k| view.starts_with_at(k, "涉及"))
    else {
        return false;
    };
    !view.chars[involving..m.start].contains(&'的')
        && (m.end..view.chars.len())
            .take_while(|&k| !CLAUSE_BREAKS.contains(&view.chars[k]))
            .any(|k| view.chars[k] == '的')
}

/// Whether `rectify` is 整改 written right before the name of a check (整改专项监督, 整改监督
/// 检查, 整改专项督查): what the check looks at, no putting right done.
fn names_what_is_checked(
    view: &View,
    rectify: &(usize, usize, &str, &str),
    check: &(usize, usize, &str, &str),
) -> bool {
    rectify.3 == "rectify"
        && (check.0 == rectify.1
            || (check.0 == rectify.1 + 2 && view.starts_with_at(rectify.1, "专项")))
        && ["检查", "监督", "督查"]
            .iter()
            .any(|c| check.2.ends_with(c))
}

/// Action words that name a meeting (会议, 座谈会), not the attending or holding of one.
fn is_meeting(word: &str) -> bool {
    word.ends_with("会议") || word.ends_with('会')
}

/// Action words that name a thing (问题线索, 提示函, 督办单): counted, they are the object of
/// a verb before them.
fn is_noun_action(word: &str) -> bool {
    ["线索", "函", "书", "单"].iter().any(|n| word.ends_with(n))
}

/// 排查廉洁风险点21个, 排查出隐患23处: what a search turned up (the words between the verb
/// of searching and its count), so the count is a finding; 抽查已销号隐患15处 checks a sample.
fn turned_up(view: &View, verb_start: usize, verb_end: usize, p: usize) -> bool {
    let verb = view.slice(verb_start, verb_end);
    if !LEXICON.search_verbs.contains(&verb) {
        return false;
    }
    let counted = view.slice(verb_end, p);
    // 排查出隐患, not 调阅出入库凭证.
    let result_complement = counted.starts_with('出')
        && view
            .token_starting_at(verb_end)
            .is_none_or(|t| t.end - t.start == 1);
    result_complement
        || LEXICON
            .found_objects
            .iter()
            .any(|o| counted.ends_with(o.as_str()))
}

/// Verbs that carry out the action named after them (开展专项检查, 进行约谈).
const CARRY_OUT_VERBS: &[&str] = &["开展", "进行", "实施", "实行", "展开"];

/// 对12所学校开展“点穴式”监督, 对辖区9所学校食堂开展“周查月访”: units counted in a 对 frame,
/// then a piece of oversight work done on them that our lexicon cannot read (the quotes split
/// 点穴式监督; a named campaign) are what the body inspected.
fn overseen_in_frame(view: &View, q: usize, cb: usize) -> bool {
    let rest = view.slice(q, cb);
    let rest = rest.trim_end_matches(|c: char| is_punct(c) && c != '”');
    CARRY_OUT_VERBS.iter().any(|w| rest.contains(w))
        && (rest.ends_with("监督") || rest.ends_with('”'))
}

fn find_dates(view: &View, year: Option<&str>) -> Vec<(usize, String)> {
    let mut dates = month_dates(view, year);
    if view.text.contains("季度") {
        dates.extend(quarter_dates(view, year));
        dates.sort_by_key(|(at, _)| *at);
    }
    dates
}

/// 第三季度, 2024年二季度: a quarter is dated by its first month. 前三季度 (the first
/// three together) and 每季度 date nothing.
fn quarter_dates(view: &View, year: Option<&str>) -> Vec<(usize, String)> {
    QUARTER
        .captures_iter(view.text)
        .filter_map(|c| {
            let at = view.char_at(c.get(0)?.start());
            if at > 0 && matches!(view.chars[at - 1], '前' | '每' | '各' | '至' | '到' | '、')
            {
                return None;
            }
            let y = match c.name("y") {
                Some(y) => y.as_str().to_string(),
                None => year?.to_string(),
            };
            let q = match &c["q"] {
                "一" | "1" => 1,
                "二" | "2" => 2,
                "三" | "3" => 3,
                _ => 4,
            };
            Some((at, format!("{y}-{:02}", 3 * q - 2)))
        })
        .collect()
}

fn month_dates(view: &View, year: Option<&str>) -> Vec<(usize, String)> {
    if !view.text.contains('月') {
        return Vec::new();
    }
    let mut previous_end = None;
    DATE.captures_iter(view.text)
        .filter_map(|c| {
            let at = view.char_at(c.get(0)?.start());
            let end = view.char_at(c.get(0)?.end());
            let after_previous = previous_end.replace(end);
            // (1 月下旬至 2 月上旬: spaces may stand round the 至.)
            let link = (0..at).rev().find(|&k| !view.chars[k].is_whitespace());
            let joined =
                link.is_some_and(|k| matches!(view.chars[k], '至' | '到' | '—' | '~' | '～' | '-'));
            // 8月15日至8月30日, 4月至6月: a span is dated by its start (the match before
            // may hold the 至 itself); so is 1月下旬至2月上旬, the part of the month between.
            let spans_from_previous = after_previous.zip(link).is_some_and(|(e, k)| {
                e >= k || {
                    let between = view.slice(e, k);
                    let between = between.trim();
                    between.is_empty()
                        || ["上旬", "中旬", "下旬", "初", "中", "底", "末"].contains(&between)
                }
            });
            if joined && spans_from_previous {
                return None;
            }
            // 1至9月: months counted together, a cumulative span with no date.
            if joined
                && at >= 2
                && (view.chars[at - 2].is_ascii_digit() || is_numeral(view.chars[at - 2]))
            {
                return None;
            }
            // 去年12月 in a 2023 article is 2022-12.
            let years_back = if view.ends_with_at(at, "去年") {
                1
            } else if view.ends_with_at(at, "前年") {
                2
            } else {
                0
            };
            let y = match c.name("y") {
                Some(y) => y.as_str().to_string(),
                None => (year?.parse::<i32>().ok()? - years_back).to_string(),
            };
            let m: u32 = c["m"].parse().ok()?;
            if !(1..=12).contains(&m) {
                return None;
            }
            match c.name("d") {
                Some(d) => {
                    let d: u32 = d.as_str().parse().ok()?;
                    (1..=31)
                        .contains(&d)
                        .then(|| (at, format!("{y}-{m:02}-{d:02}")))
                }
                // A month alone dates a fact to the month (3月份), and so does the start of
                // a span (5月起, 4月至6月); 3月以来 and 3月至今 run up to now, no date.
                None => {
                    let start_of_span = match c.name("since").map(|s| s.as_str()) {
                        None | Some("起") => true,
                        Some("至" | "到") => view
                            .chars
                            .get(end)
                            .is_some_and(|&n| n.is_ascii_digit() || is_numeral(n)),
                        Some(_) => false,
                    };
                    start_of_span.then(|| (at, format!("{y}-{m:02}")))
                }
            }
        })
        .collect()
}

fn date_for(
    view: &View,
    dates: &[(usize, String)],
    p: usize,
    paragraph_date: Option<&str>,
) -> Option<String> {
    if let Some((_, d)) = dates.iter().rfind(|(at, _)| *at < p) {
        return Some(d.clone());
    }
    let head = view.slice(0, p);
    if CUMULATIVE.is_match(&head) {
        return None;
    }
    if let Some((_, d)) = dates.first() {
        return Some(d.clone());
    }
    paragraph_date.map(str::to_string)
}

const TARGET_PREPOSITIONS: &[&str] = &[
    "对",
    "向",
    "到",
    "赴",
    "分赴",
    // 驻省教育厅纪检监察组来校开展专项督导: the school whose article it is, visited.
    "来校",
    "到校",
    // 连夜赶赴万州区、开州区, 奔赴源汇区、郾城区: the places gone to.
    "赶赴",
    "奔赴",
    "深入",
    "前往",
    "来到",
    "进驻",
    // 下沉尚志市、五常市等受灾较重地区驻点监督: the places a body's staff are sent into.
    "下沉",
    "走访",
    "监督",
    "督促",
    "约谈",
    "暗访",
    "明察暗访",
    "抽查",
    "延伸检查",
    // 选取财政部江苏监管局、财政部广东监管局等9个监管局开展"嵌入式"监督: the units picked
    // for a check are what it oversees.
    "选取",
    "抽取",
    "随机抽取",
    "选定",
    // 逐件交办合作市住建局、合作市供热公司限时办理: the units problems are handed to.
    "交办",
    // 紧盯孟定清水河口岸, 紧盯市民政局履行监管职责: the units a body keeps watch on.
    "紧盯",
    // 派驻第一纪检监察组聚焦市财政局资金分配拨付: so is a unit its work is focused on.
    "聚焦",
    // 驻教育部纪检监察组来校…，听取学校党委整改情况汇报: the party committee whose report a
    // body hears.
    "听取",
    // 现场反馈新疆冠农股份有限公司党委并督促立行立改: the unit problems are fed back to.
    "反馈",
];
/// The first and the last characters of the target prepositions.
static PREPOSITION_EDGES: Lazy<(Vec<char>, Vec<char>)> = Lazy::new(|| {
    let firsts = TARGET_PREPOSITIONS.iter().filter_map(|p| p.chars().next());
    let lasts = TARGET_PREPOSITIONS
        .iter()
        .filter_map(|p| p.chars().next_back());
    (firsts.collect(), lasts.collect())
});
/// 对县疫情防控指挥部办公室: a topic noun opening the name of the office that runs the
/// topic (an organisation's word of three characters or more, no verb between) names a unit;
/// a meeting (工作新闻发布会) is none.
fn opens_topic_office(view: &View, topic: &Tagged) -> bool {
    // (督促市教育局规范/n 公办幼儿园: after a unit's name the word is what it is urged to do.)
    // (文山市疫情防控指挥部: a place's name before it opens the office's.)
    let after_unit = view.token_ending_at(topic.start).is_some_and(|p| {
        p.end - p.start >= 2
            && LEXICON.ends_with_org_suffix(p.word)
            && !p.word.ends_with(LEVEL_CHARS)
            && LEXICON.gazetteer.lookup(p.word).is_empty()
    });
    topic.end - topic.start >= 2
        && !after_unit
        && matches!(topic.tag, "n" | "vn")
        && view
            .tokens_from(topic.end)
            .take_while(|t| t.end <= topic.start + 12 && t.tag != "v" && t.word.chars().all(is_han))
            .any(|t| {
                t.end - t.start >= 3
                    && !t.word.ends_with('会')
                    && LEXICON.ends_with_org_suffix(t.word)
            })
}
const TOPIC_WORDS: &[&str] = &[
    "疫情", "防控", "工作", "情况", "落实", "现场", "有关", "相关", "问题", "在", "的", "为",
    "开展", "进行", "等", "就", "加强", "做好", "履行", "抓好", "听取", "实地", "把",
    // 督促市教育局规范/n 公办幼儿园收费行为: what the unit is urged to do, whatever jieba tags.
    "规范", "完善", "健全", "强化", "严格",
    // 对乌兰浩特市、阿尔山市部分嘎查: some of the places' villages, the places gone into.
    "部分",
];
const JOINT: &[&str] = &["联合", "会同", "和", "与", "及"];
/// The characters that join two names in a list (A和B, A与B, A及B).
const CONJUNCTIONS: &str = "和与及";
/// Verbs that bring a partner into a body's work (A牵头，会同B…).
const PARTNER_VERBS: &[&str] = &["会同", "协同", "联合"];

/// Where a preposition starts a target: jieba may glue it to a level character (到市, 向省),
/// but a preposition inside another word (对象, 到位, 方向) is not one.
fn preposition_sites(view: &View, names: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut sites = Vec::new();
    // A site is a token holding a preposition, so only blocks whose text holds one are
    // segmented.
    let tokens = (0..view.blocks.len())
        .filter(|&k| {
            let (a, b) = view.blocks[k];
            view.has(Kind::Preposition, a, b)
        })
        .flat_map(|k| view.block(k).iter());
    for whole in tokens {
        // 10日向市卫健委: jieba reads 日向市 as one word (a place in Japan); the date's
        // 日 is not part of what follows.
        let mut t = *whole;
        if t.end - t.start >= 2 && (t.word.starts_with('日') || t.word.starts_with('号')) {
            let first = t.word.chars().next().map_or(0, char::len_utf8);
            t = Tagged {
                word: &t.word[first..],
                tag: t.tag,
                start: t.start + 1,
                end: t.end,
            };
        }
        // 村务监督委员会: 监督 inside a compound noun is no preposition.
        // 市场监督管理局, 食品药品监督管理所: so is 监督 opening the 管理 of a unit's name.
        // 负责联系监督县住建局、县水利局: the units a group is assigned to watch.
        if t.word == "监督"
            && (view.token_ending_at(t.start).is_some_and(|prev| {
                prev.tag == "n" && prev.word != "联系" && !LEXICON.ends_with_org_suffix(prev.word)
            }) || view.starts_with_at(t.end, "管理")
                // 4个监督/vn 组对/v 永春县, 12个监督小组对…, 带领监督人员随…, 推动监督触角
                // 向…: so is 监督 naming a team, staff or reach.
                // (综合监督单位国家文物局: a description of the unit, see unit_descriptions.)
                || ["组", "小组", "人员", "力量", "专班", "干部", "触角", "单位"]
                    .iter()
                    .any(|w| view.starts_with_at(t.end, w)))
        {
            continue;
        }
        // 4个暗访/v 组对/v 汉滨区: any verb of visiting naming a team, as 监督 does.
        if t.end - t.start >= 2
            && ["组", "小组"].iter().any(|w| view.starts_with_at(t.end, w))
            && TARGET_PREPOSITIONS.contains(&t.word)
        {
            continue;
        }
        // Every site below has the token open or close with a preposition: most tokens
        // are settled by their first and last characters.
        let (Some(first), Some(last)) = (t.word.chars().next(), t.word.chars().next_back()) else {
            continue;
        };
        if !PREPOSITION_EDGES.0.contains(&first) && !PREPOSITION_EDGES.1.contains(&last) {
            continue;
        }
        static LENGTHS: Lazy<Vec<(&str, usize)>> = Lazy::new(|| {
            TARGET_PREPOSITIONS
                .iter()
                .map(|p| (*p, p.chars().count()))
                .collect()
        });
        // 镇纪委书记向明辉对敬老院…, 组长向丽华带队到…: a preposition opening an official's
        // name is the surname.
        let opens_name = names.iter().any(|&(a, _)| a == t.start);
        let mut push = |site: (usize, usize)| {
            if !(opens_name && site.0 == t.start) {
                sites.push(site);
            }
        };
        for &(p, plen) in LENGTHS.iter() {
            if t.word == p {
                push((t.start, t.end));
            } else if t.word.ends_with(p) && names.iter().any(|&(_, b)| b == t.end - plen) {
                // jieba glued the preposition to a name's last character (谢凤杨到).
                push((t.end - plen, t.end));
            } else if plen == 1
                && t.word.starts_with(p)
                && (2..=4).contains(&(t.end - t.start))
                && !crate::segment::JIEBA.has_word(t.word)
                && t.word.chars().skip(1).all(is_han)
                // (莲塘镇、向塘镇/nr: a list's item opens with no preposition; nor does a
                // town's name right after its county, 大通回族土族自治县向化藏族乡.)
                && !(t.start > 0 && view.chars[t.start - 1] == '、')
                && !view.of_kind(Kind::Region).iter().any(|h| h.end == t.start)
            {
                // 向经/开区党工委, 到琼建/集团: jieba's guess for an unknown word glued the
                // preposition to the first characters of a name.
                push((t.start, t.start + 1));
            } else if t.word.starts_with(p)
                && t.end - t.start == plen + 1
                && t.word
                    .chars()
                    .last()
                    .is_some_and(|c| DIVISION_LEVELS.contains(&c))
            {
                push((t.start, t.start + plen));
            }
        }
    }
    // 聚焦集团下属潮州城投物业服务有限公司收费管理, 围绕所属松原城投燃气有限公司…项目: a
    // company's own unit that its committee's work covers is overseen by it.
    for h in view.of_kind(Kind::ScopeVerb) {
        let mut k = h.end;
        for owner in ["集团", "公司"] {
            if view.starts_with_at(k, owner) {
                k += 2;
            }
        }
        if ["所属", "下属"].iter().any(|w| view.starts_with_at(k, w)) {
            sites.push((k, k));
        }
    }
    // 紧盯驻在单位市自然资源局、市林业和草原局…: units named as what they are to the group
    // are overseen by it, whatever the verb before (对驻在单位… is a site already).
    // A sentence without a word's first character needs no search for it.
    for w in LEXICON.own_unit_words.iter().filter(|w| {
        w.chars()
            .next()
            .is_some_and(|first| view.chars.contains(&first))
    }) {
        for (byte, _) in view.text.match_indices(w.as_str()) {
            let k = view.char_at(byte);
            // (针对综合监督单位…: 针对 is no site of its own.)
            if k > 0 && matches!(view.chars[k - 1], '对' | '向') && !view.ends_with_at(k, "针对")
            {
                continue;
            }
            if after_unit_description(view, k, k) != k {
                sites.push((k, k));
            }
        }
    }
    // 5月在祥云县、弥渡县开展专项检查: places named alone between 在 and the check done
    // there are the places gone into, as after 深入.
    for k in (0..view.chars.len()).filter(|&k| view.chars[k] == '在') {
        if view
            .token_starting_at(k)
            .is_some_and(|t| t.end == k + 1 && t.tag == "p")
        {
            if let Some(e) = places_listed_from(view, k + 1) {
                let e = work_after_places(view, e);
                // (在湘潭市、岳阳市开展殡葬服务收费专项检查, 在芗城区、龙文区抽查…食堂36家:
                // the check may come after what it looks at, in the same clause.)
                let clause_end_within = |n: usize| {
                    (e..view.chars.len().min(e + n))
                        .find(|&i| ends_clause(view.chars[i]))
                        .unwrap_or(view.chars.len().min(e + n))
                };
                let clause_end = clause_end_within(16);
                let actions = view.of_kind(Kind::Action);
                // (在大庆市、黑河市随机暗访: an adverb may stand before the action.)
                let action_at = view
                    .token_starting_at(e)
                    .filter(|t| t.tag == "d" && t.end - t.start == 2)
                    .map_or(e, |t| t.end);
                // (在漫川关镇、高坝店镇开展监督: 监督 alone is no action of the lexicon.)
                let work_done = actions.iter().any(|h| h.start == action_at)
                    || (WORK_OPENERS.iter().any(|w| view.starts_with_at(e, w))
                        && (actions
                            .iter()
                            .any(|h| h.start >= e + 2 && h.start < clause_end)
                            || view.slice(e + 2, clause_end).contains("监督")));
                // (5月在岳阳市、益阳市对补贴资金发放管理情况开展交叉检查: or after what it
                // looks at, opened by 对.)
                // (5月在敦化市、珲春市对公益性公墓建设资金使用情况开展联合监督: the work may be
                // 监督 after its opener.)
                let work_on_object = view.chars.get(e) == Some(&'对') && {
                    let clause_end = clause_end_within(32);
                    let clause = view.slice(e, clause_end);
                    WORK_OPENERS
                        .iter()
                        .filter_map(|w| clause.split_once(w))
                        .any(|(_, after)| {
                            after.contains("监督")
                                || actions.iter().any(|h| h.start > e && h.start < clause_end)
                        })
                };
                if work_done || work_on_object {
                    sites.push((k, k + 1));
                }
            }
        }
    }
    // 下沉监督县内定点医院, 深入走访…: of two prepositions in a row, the second opens the
    // items.
    let opens: Vec<usize> = sites.iter().map(|&(a, _)| a).collect();
    sites.retain(|&(a, b)| a == b || !opens.contains(&b));
    sites
}

/// Where the work done in places listed up to `e` starts past what only says how or where in
/// them it was done: 在彰武县、阜新县的项目区开展暗访 (their project areas), 在上栗县、芦溪县采取
/// "四不两直"方式，暗访… (the way it was done); `e` itself otherwise.
fn work_after_places(view: &View, e: usize) -> usize {
    let n = view.chars.len();
    if view.chars.get(e) == Some(&'的') {
        if let Some(k) = (e + 3..n.min(e + 7))
            .take_while(|&k| is_han(view.chars[k - 1]))
            .find(|&k| WORK_OPENERS.iter().any(|w| view.starts_with_at(k, w)))
        {
            return k;
        }
    }
    if view.starts_with_at(e, "采取") {
        if let Some(k) = (e + 2..n.min(e + 16)).find(|&k| view.starts_with_at(k, "方式")) {
            if view
                .chars
                .get(k + 2)
                .is_some_and(|&c| matches!(c, ',' | '，'))
            {
                return k + 3;
            }
            return k + 2;
        }
    }
    e
}

/// Whether `c` ends a clause (a comma, a colon, a stop), as quotes and brackets do not.
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?')
}

/// The verbs a check done somewhere opens with (在祥云县、弥渡县开展专项检查).
const WORK_OPENERS: [&str; 2] = ["开展", "进行"];

/// What opens 全镇, 各乡镇, 本县, 该镇, 每个村: a determiner before a level, no town's name.
const TOWN_DETERMINERS: &str = "全各本该每";

/// Where a list of places alone (祥云县、弥渡县; 威远镇、丹麻镇) starting at `from` ends, if
/// one does.
fn places_listed_from(view: &View, from: usize) -> Option<usize> {
    const JOINS: &str = "、和及";
    let places = view.of_kind(Kind::Region);
    let actions = view.of_kind(Kind::Action);
    // A town is named by two to four characters and its level (全镇, 各乡镇 name none);
    // after it, the next item, 等, 对 or the work done there (在石角镇、东溪镇抽查…).
    let town_end = |k: usize| {
        if view
            .chars
            .get(k)
            .is_none_or(|&c| TOWN_DETERMINERS.contains(c))
        {
            return None;
        }
        (k + 3..=(k + 6).min(view.chars.len()))
            .take_while(|&e| is_han(view.chars[e - 1]) && !JOINS.contains(view.chars[e - 1]))
            .find(|&e| {
                TOWN_LEVELS.iter().any(|l| view.ends_with_at(e, l))
                    && e < view.chars.len()
                    && (JOINS.contains(view.chars[e])
                        || view.chars[e] == '等'
                        || view.chars[e] == '对'
                        || WORK_OPENERS.iter().any(|w| view.starts_with_at(e, w))
                        || actions.iter().any(|h| h.start == e))
            })
    };
    let region_end = |k: usize| places.iter().filter(|h| h.start == k).map(|h| h.end).max();
    let mut k = from;
    loop {
        let mut place_end = region_end(k).or_else(|| town_end(k))?;
        // (在安顺市普定县、…: a county written after its city.)
        while let Some(e) = region_end(place_end) {
            place_end = e;
        }
        k = place_end;
        if k < view.chars.len() && JOINS.contains(view.chars[k]) {
            k += 1;
        } else if view.starts_with_at(k, "等地") {
            // (在大进镇、温泉镇等地对…: the places, then where else, unnamed.)
            return Some(k + 2);
        } else {
            return Some(places_count_end(view, k).unwrap_or(k));
        }
    }
}

/// 在夏庄镇、路口乡等6个乡镇开展专项检查: where the count closing a list of places at `at`
/// (等6个乡镇, 等6个镇（街道）) ends, right before the work done there.
fn places_count_end(view: &View, at: usize) -> Option<usize> {
    if view.chars.get(at) != Some(&'等') {
        return None;
    }
    let measure = measure_after_number(view, at + 1)?;
    let actions = view.of_kind(Kind::Action);
    let end = (measure + 2..view.chars.len().min(measure + 10)).find(|&e| {
        WORK_OPENERS.iter().any(|w| view.starts_with_at(e, w))
            || actions.iter().any(|h| h.start == e)
    })?;
    // (Brackets are folded to their ASCII forms: 镇（街道） is 镇(街道) here.)
    view.chars[measure + 1..end]
        .iter()
        .all(|&c| is_han(c) || matches!(c, '(' | ')' | '、'))
        .then_some(end)
}

#[allow(clippy::too_many_arguments)]
fn find_targets(
    view: &View,
    s: &Sentence,
    bodies: &[BodyMention],
    sentence_first: usize,
    subjects: &[usize],
    carried: Option<usize>,
    names: &[(usize, usize)],
    foreign_clauses: &[(usize, usize)],
    out: &mut Vec<TargetMention>,
) {
    if s.header {
        return;
    }
    // 监督 is one of the prepositions: the automaton found it if it is there.
    let jiandu_hits = || {
        view.of_kind(Kind::Preposition)
            .iter()
            .filter(|h| TARGET_PREPOSITIONS[h.index] == "监督")
    };
    // 监督 and 督促 are acts of oversight themselves (县纪委监委督促县财政局、县农业农村局
    // 逐项梳理).
    let has_action = view.has(Kind::Action, 0, view.chars.len())
        || view
            .of_kind(Kind::Preposition)
            .iter()
            .any(|h| matches!(TARGET_PREPOSITIONS[h.index], "监督" | "督促"));
    if !has_action {
        return;
    }
    for (p_start, mut p_end) in preposition_sites(view, names) {
        // 监督推动市市场监督管理局加强…, 督促推动县水利局…: the unit made to act is the one
        // overseen (only a department named by its level: 监督推动主体责任落到实处 names none).
        let made_to_act = matches!(view.slice(p_start, p_end).as_str(), "监督" | "督促")
            && view.starts_with_at(p_end, "推动");
        if made_to_act {
            p_end += 2;
        }
        let before: Vec<usize> = subjects
            .iter()
            .copied()
            .filter(|&b| bodies[b].end - view.offset <= p_start)
            .collect();
        let in_foreign_clause = foreign_clauses
            .iter()
            .any(|&(a, b)| a <= p_start && p_start < b);
        // 派出3个巡察组对医学院…开展巡察: a party committee's team oversees what follows,
        // unless the body works with it (会同市委巡察办对…).
        if let Some(team) = LEXICON
            .party_teams
            .iter()
            .find(|t| view.ends_with_at(p_start, t))
        {
            let team_start = p_start - team.chars().count();
            let clause_start = view.clause_start_before(team_start);
            let lead_in = view.slice(clause_start, team_start);
            if !PARTNER_VERBS.iter().any(|v| lead_in.contains(v)) {
                continue;
            }
        }
        let carried = carried.filter(|_| !in_foreign_clause);
        let Some(agent) = before.last().copied().or(carried) else {
            continue;
        };
        // Bodies are not targets (向省纪委监委报告). Only this sentence's bodies can start
        // here; they are the last ones found.
        if bodies[sentence_first..]
            .iter()
            .any(|b| b.sentence == s.index && b.start - view.offset == p_end)
        {
            continue;
        }
        // A联合B对X, A、B组成联合督查组，对X…: bodies listed together act together; A牵头，
        // 会同B，对X and A会同B、C赴X: the partners oversaw X with the lead, back along the
        // chain.
        let mut agents = vec![agent];
        // 我们会同驻市教育局纪检监察组…: the speaker's body, carried in, leads its partner.
        let partner_start = bodies[agent].start.saturating_sub(view.offset);
        if let Some(lead) = carried.filter(|&c| {
            c != agent
                && PARTNER_VERBS.iter().any(|v| {
                    view.ends_with_at(partner_start, v)
                        && view.ends_with_at(partner_start - v.chars().count(), "我们")
                })
        }) {
            agents.push(lead);
        }
        for pair in before.windows(2).rev() {
            let (a, b) = (pair[0], pair[1]);
            if agents.last() != Some(&b) {
                break;
            }
            let gap = view.slice(bodies[a].end - view.offset, bodies[b].start - view.offset);
            let partner = gap
                .strip_prefix("牵头")
                .map(|rest| rest.trim_matches(is_punct))
                .is_some_and(|rest| PARTNER_VERBS.contains(&rest))
                // 第五监督检查室作为联系卫辉市的监督检查室，9月会同卫辉市纪委监委…: the body
                // a clause of the lead's own introduces with 会同.
                || (PARTNER_VERBS.iter().any(|v| gap.ends_with(v))
                    && !gap.contains(['。', ';']));
            if !(JOINT.contains(&gap.as_str()) || gap == "、" || partner) {
                break;
            }
            agents.push(a);
        }
        // 与河北省纪委监委驻省生态环境厅纪检监察组联合: the commission written as the start of
        // its group's (or office's) name stands for that group.
        for a in agents.iter_mut() {
            if bodies[*a].kind != BodyKind::Commission {
                continue;
            }
            if let Some(g) = bodies[sentence_first..]
                .iter()
                .position(|g| {
                    g.parent == Some(*a)
                        && matches!(g.kind, BodyKind::ResidentGroup | BodyKind::InternalOffice)
                        && g.start <= bodies[*a].end
                        && g.end <= view.offset + p_start
                })
                .map(|k| sentence_first + k)
            {
                *a = g;
            }
        }
        let mut phrases = if view.chars.get(p_end) == Some(&'该') {
            // 约谈该村党支部书记, 对该公司主要负责人进行约谈: the unit whose head was
            // interviewed is overseen.
            let clause_end = view.clause_end_after(p_end);
            let interview = view.slice(p_start, p_end).contains('谈')
                || view.slice(p_end, clause_end).contains("约谈");
            unit_referred_to(view, p_end + 1, out, interview)
                .into_iter()
                .collect()
        } else if view.chars.get(p_end) == Some(&'其') {
            // 向其党组发出建议书: the party body of the unit overseen just before.
            let organ = PARTY_ORGANS
                .iter()
                .find(|o| view.starts_with_at(p_end + 1, o));
            let unit = out
                .iter()
                .rev()
                .take_while(|t| t.sentence + 1 >= s.index)
                .find(|t| !PARTY_ORGANS.iter().any(|o| t.written.ends_with(o)));
            match (organ, unit) {
                (Some(organ), Some(unit)) => vec![(format!("{}{organ}", unit.written), p_end)],
                _ => Vec::new(),
            }
        } else if whole_of_agents_own(view, p_end, &agents, bodies) {
            Vec::new()
        } else if let Some(departments) = own_departments(view, p_end, &agents, bodies) {
            departments
        } else if let Some(school) = school_visited(view, p_start, p_end, &agents, bodies) {
            vec![(school, p_end)]
        } else {
            listed_phrases(view, p_end)
        };
        // 暗访高速公路收费站、服务区41个: an action's object counted is kinds of unit;
        // a unit it names is followed by 等 or by the rest of the clause.
        let site = view.slice(p_start, p_end);
        let verb_site = VERB_SITES.contains(&site.as_str());
        // 抽查乐昌市、南雄市等地电站43座: places that say where the checked things are.
        let after_dengdi = |e: usize| {
            view.starts_with_at(e, "等地")
                .then(|| view.chars.get(e + 2).copied())
                .flatten()
        };
        let places_of_object = |e: usize| after_dengdi(e).is_some_and(is_han);
        if verb_site
            && phrases_end(&phrases).is_some_and(|e| {
                (followed_by_count(view, e) && !counts_listed_places(view, e, &phrases))
                    || places_of_object(e)
            })
        {
            phrases.clear();
        }
        // 对湖南、甘肃、黑龙江等8家一级分行: places' short names before a count of units of a
        // kind name units of those places, none of them.
        // (对北京、湖南、湖北等地15家所属企业: so do places written before 等地 and a count.)
        let places_before_count =
            |e: usize| after_dengdi(e).is_some_and(|c| is_number_char(c) || is_numeral(c));
        if phrases_end(&phrases)
            .is_some_and(|e| counts_units_of_places(view, e) || places_before_count(e))
        {
            phrases.retain(|(name, _)| !LEXICON.gazetteer.names_by_short_form_only(name));
        }
        // 分赴运河区、沧县等16个县（市、区）和沧州渤海新区、沧州高新区: names joined by 和 after
        // the list's count are items too.
        if let Some(next) = phrases_end(&phrases).and_then(|e| joined_after_count(view, e)) {
            phrases.extend(listed_phrases(view, next));
        }
        // 深入思明校区、翔安校区: a campus gone into is overseen, though a campus named
        // only as where things are (对翔安校区在建工程项目) is not.
        let goes_into =
            GOING_VERBS.contains(&site.as_str()) || matches!(site.as_str(), "到" | "走访");
        // 两区医疗保障局, 南方五省区, 市县两级物资仓库: units of places counted, none named.
        phrases.retain(|(name, _)| !counts_places(name));
        phrases.retain(|(name, _)| {
            names_a_unit(name)
                // (图书馆: a school's own, which `listed_phrases` kept only beside the
                // school's departments.)
                || schools_own_kind(name)
                || (goes_into
                    && name.chars().count() > 2
                    && name.ends_with("校区")
                    // (津南两个校区: campuses counted, none named.)
                    && !name.contains('个')
                    && !is_generic(name)
                    && !is_bare_kind(name))
        });
        // 督促霍州市相关职能部门履行监管责任: the place's departments, none named, are
        // whom the body urged; the place itself is not overseen.
        phrases.retain(|(name, at)| {
            let e = at + name.chars().count();
            let unnamed_units = ["相关", "有关"].iter().any(|w| {
                view.starts_with_at(e, w)
                    && ["部门", "职能部门", "单位"]
                        .iter()
                        .any(|u| view.starts_with_at(e + 2, u))
            });
            !unnamed_units || LEXICON.gazetteer.lookup(name).is_empty()
        });
        // 对瑶里镇东埠村党支部书记余建平违规…问题立案: the unit only says whose official
        // the case is about; no unit is overseen.
        if site == "对" {
            if let Some(e) = phrases_end(&phrases) {
                let clause_end = view.clause_end_after(e);
                let post_next = view
                    .of_kind(Kind::Post)
                    .iter()
                    .any(|h| h.start >= e && h.start <= e + 1);
                let rest = view.slice(e, clause_end);
                if post_next && (rest.contains("问题立案") || rest.contains("问题进行")) {
                    phrases.clear();
                }
            }
            // 对遵化市8家矿山企业开展暗访, 对舞钢市查处的5起典型问题进行通报, 对横州市…资金
            // 兑付情况开展监督: a place says where what is overseen is.
            if let [(name, at)] = phrases.as_slice() {
                if place_only_locates(view, *at + name.chars().count())
                    && !LEXICON.gazetteer.lookup(name).is_empty()
                {
                    phrases.clear();
                }
            }
        }
        // 紧盯 also watches topics and kinds (紧盯违规操办, 紧盯小型水库): only a unit named
        // with its place or level is watched.
        if site == "聚焦" || made_to_act {
            // (聚焦泰山景区, 聚焦湖南: what a body's work is focused on is a place more often
            // than a unit; only a department named by its level, 聚焦市财政局, is one.)
            phrases.retain(|(name, at)| {
                LEVEL_CHARS.contains(&view.chars[*at])
                    && LEXICON.gazetteer.lookup(name).is_empty()
                    && LEXICON.ends_with_org_suffix(name)
            });
        }
        // 向市委、市政府报送专题报告: a report sent up to the place's own leadership oversees
        // no one.
        let leadership = |name: &str| {
            name.chars().count() <= 4
                && name.starts_with(LEVEL_CHARS)
                && ["委", "政府"].iter().any(|w| name.ends_with(w))
        };
        if site == "向" && phrases.iter().all(|(name, _)| leadership(name)) {
            if let Some(e) = phrases_end(&phrases) {
                let e = after_leads(view, e, &["提交", "专题", "专项"]);
                if ["报送", "报告", "汇报", "呈报", "请示", "监督报告"]
                    .iter()
                    .any(|w| view.starts_with_at(e, w))
                {
                    phrases.clear();
                }
            }
        }
        // (听取学校纪委工作汇报, 听取工作汇报: a body's or nobody's report; only a party
        // committee or group reporting on its work is held to account by it.)
        if site == "听取" {
            let reported = view
                .slice(p_end, view.clause_end_after(p_end))
                .contains("汇报");
            phrases.retain(|(name, _)| reported && PARTY_ORGANS.iter().any(|o| name.ends_with(o)));
        }
        if site == "紧盯" {
            // (紧盯朔里镇、石台镇沉陷区村庄整体搬迁: a town named is a unit watched.)
            phrases.retain(|(name, at)| {
                LEVEL_CHARS.contains(&view.chars[*at])
                    || names_one_town(name)
                    || [Kind::Region, Kind::CountyShort]
                        .iter()
                        .any(|&k| view.of_kind(k).iter().any(|h| h.start == *at))
            });
        }
        // 对整改敷衍塞责的涧池镇党委进行通报批评: a description closed by 的 before the
        // names; the names must close the object (对…的英州镇党委书记 names a person).
        if phrases.is_empty() && !verb_site {
            let de = (p_end..view.chars.len().min(p_end + 16))
                .take_while(|&i| !is_punct(view.chars[i]))
                .find(|&i| view.chars[i] == '的');
            // 对顶风违纪的坚决严查快办: an adverb after 的 opens what is done, no name.
            let adverb_after = |de: usize| {
                view.token_starting_at(de + 1)
                    .is_some_and(|t| t.tag.starts_with('d') || t.tag == "ad")
            };
            if let Some(de) = de.filter(|&de| !adverb_after(de)) {
                // The whole list must close the object, kinds written alone in it
                // included (对…形成的梨果储藏库、光伏电站等经营性资产 names assets).
                let listed = listed_phrases(view, de + 1);
                // (对承担项目的农牧业科学院、技术推广中心等14家区直单位开展…: after 等, a count
                // and the kind of the units listed, the object closes where they end.)
                let after_kind_of_units = |e: usize| {
                    (view.chars.get(e) == Some(&'等'))
                        .then(|| end_of_unit_kind_after(view, e + 1, &['家', '个', '所']))
                        .flatten()
                        .unwrap_or(e)
                };
                let closes_object =
                    phrases_end(&listed)
                        .map(after_kind_of_units)
                        .is_some_and(|e| {
                            e >= view.chars.len()
                                || is_punct(view.chars[e])
                                || OBJECT_CLOSERS.iter().any(|w| view.starts_with_at(e, w))
                                || heads_of_units_at(view, e)
                        });
                phrases = listed;
                phrases.retain(|(name, _)| names_a_unit(name));
                if !closes_object {
                    phrases.clear();
                }
            }
        }
        // 约谈两个县民政局主要负责人: counted kinds of unit, none named (五家渠市 is a
        // place).
        phrases.retain(|(name, _)| {
            let mut cs = name.chars();
            // (八家子镇, 三家子村: 家子 names a place, no count.)
            let counted = matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('个' | '家' | '所'), third) if is_numeral(a) && third != Some('子'));
            !counted
                || name.char_indices().skip(3).any(|(i, c)| {
                    !LEXICON.gazetteer.lookup(&name[..i + c.len_utf8()]).is_empty()
                })
        });
        // 对历下区、历城区、章丘区社区养老服务设施…: a place's areas of a kind are the place;
        // so are the facilities after places listed (对蔡家坡镇、益店镇敬老院).
        // (深入金凤区政务服务中心、阅海湾中央商务区: a facility the list does not close with
        // is a unit.)
        // (对麒麟区政务服务中心和沾益区政务服务中心: nor is one written after each place, the
        // place before the last with its own.)
        let listed = phrases.split_last().is_some_and(|((last, _), before)| {
            place_before_kind(last, &LEXICON.listed_place_facilities).is_some()
                && before.last().is_some_and(|(name, at)| {
                    !(view.starts_with_at(*at, name)
                        && LEXICON
                            .listed_place_facilities
                            .iter()
                            .any(|kind| name.ends_with(kind.as_str())))
                })
        });
        for (name, _) in &mut phrases {
            let facilities = || {
                listed
                    .then(|| place_before_kind(name, &LEXICON.listed_place_facilities))
                    .flatten()
            };
            if let Some(place) = place_before_its_areas(name).or_else(facilities) {
                name.truncate(place);
            }
        }
        for (written, pos) in phrases {
            // (Set where the name is only its host's, for a resident group's.)
            let mut host_only = false;
            let written = match short_form_head(&written) {
                Some((short, rest)) => match expand_short_form(short, bodies) {
                    // 向医院财务部, 对学校招标采购中心: a department of the organisation is
                    // named alone, as the departments listed after it are.
                    Some(_) if is_department(rest) => rest.to_string(),
                    // A company's committee watching its own party committee is no
                    // supervision edge of the article's kind.
                    Some(org)
                        if !agents.iter().any(|&a| {
                            bodies[a].kind == BodyKind::EnterpriseOrSchoolCommittee
                                && bodies[a].name_part == org
                        }) =>
                    {
                        format!("{org}{rest}")
                    }
                    // 驻中国移动…纪检监察组向集团公司党组发出建议书: with no committee of the
                    // company named, a short form long enough to name one organisation is
                    // kept as written (集团党委, 学校党委 may mean any).
                    None if short.chars().count() >= 4 => written,
                    // 驻招商局集团有限公司纪检监察组…向集团党委提交建议书: the party body of
                    // the group's host, named by the host's kind.
                    None if agents
                        .iter()
                        .any(|&a| host_by_kind(&written, &bodies[a]).is_some()) =>
                    {
                        host_only = true;
                        written
                    }
                    _ => continue,
                },
                None => written,
            };
            for &agent in &agents {
                let by_host = host_by_kind(&written, &bodies[agent]);
                if host_only && by_host.is_none() {
                    continue;
                }
                out.push(TargetMention {
                    sentence: s.index,
                    agent,
                    written: by_host.unwrap_or_else(|| written.clone()),
                    position: view.offset + pos,
                });
            }
        }
    }
    // 聚焦县应急管理局、县交通运输局等综合监督单位, 以县医保局、县卫健局为综合监督单位: the
    // units a group oversees, listed before the words that say so.
    // 把区医保局作为监督重点: the same, with 把/将.
    const LISTED_UNITS: &[(&str, &[&str])] = &[
        ("等综合监督单位", &["聚焦", "紧盯", "围绕", "针对", "盯住"]),
        ("为综合监督单位", &["以"]),
        ("作为监督重点", &["把", "将"]),
        ("作为重点监督对象", &["把", "将"]),
        ("作为综合监督单位", &["把", "将"]),
    ];
    // Every marker holds 监督, which the automaton found: the markers are tried only where
    // it stands.
    let listed = jiandu_hits()
        .flat_map(|h| {
            LISTED_UNITS.iter().filter_map(move |&(marker, openers)| {
                let before = marker.find("监督")?;
                let q = h.start.checked_sub(marker[..before].chars().count())?;
                view.starts_with_at(q, marker).then_some((q, openers))
            })
        })
        .collect::<Vec<_>>();
    for (q, openers) in listed {
        let clause_start = (0..q)
            .rev()
            .find(|&i| is_punct(view.chars[i]) && view.chars[i] != '、')
            .map_or(0, |i| i + 1);
        let Some(list_start) = (clause_start..q).rev().find_map(|i| {
            openers
                .iter()
                .find(|v| view.starts_with_at(i, v))
                .map(|v| i + v.chars().count())
        }) else {
            continue;
        };
        let agent = subjects
            .iter()
            .copied()
            .rev()
            .find(|&b| bodies[b].end - view.offset <= list_start)
            .or(carried);
        let Some(agent) = agent else { continue };
        for (written, pos) in target_phrases(view, list_start) {
            out.push(TargetMention {
                sentence: s.index,
                agent,
                written,
                position: view.offset + pos,
            });
        }
    }
}

/// 学院党委: an organisation's short form (enterprise_short_forms.tsv, two characters or
/// more) before its party committee, and that committee. (A short form alone, 对医院开展…,
/// as often means every hospital as the one named before.)
fn short_form_head(name: &str) -> Option<(&str, &str)> {
    LEXICON
        .enterprise_short_forms
        .iter()
        .find_map(|(short, _)| {
            let rest = name.strip_prefix(short.as_str())?;
            (short.chars().count() >= 2
                && (["党委", "党组", "领导班子"].contains(&rest) || is_department(rest)))
            .then_some((short.as_str(), rest))
        })
}

/// 院纪委对全院专项债券项目…开展监督, 公司纪委对本库及所属5个收储库点, 集团纪委对集团本部及所属
/// 6家子公司: a hospital's, school's or company's committee watching the whole of its own
/// organisation (not 全院38个临床科室, the departments counted): none of its parts is a unit
/// overseen, and a committee oversees no unit apart from its own organisation.
fn whole_of_agents_own(view: &View, at: usize, agents: &[usize], bodies: &[BodyMention]) -> bool {
    // 全 or 本 and a short form the article may use for the organisation (全院, 本校,
    // 全集团); a short form alone only where the organisation's own parts follow it (集团本部,
    // 集团及所属子公司), since 对医院开展… as often means every hospital.
    let marked = matches!(view.chars.get(at), Some('全' | '本'));
    let from = at + usize::from(marked);
    let Some(after) = agents_short_form_at(view, from, agents, bodies) else {
        return false;
    };
    marked
        || (after - from >= 2
            && OWN_PARTS_AFTER
                .iter()
                .any(|w| view.starts_with_at(after, w)))
}

/// Where the short form at `from` of an agent committee's organisation (医院 for 安顺市人民
/// 医院纪委, 集团 for a group's) ends, if one stands there and no count follows it.
fn agents_short_form_at(
    view: &View,
    from: usize,
    agents: &[usize],
    bodies: &[BodyMention],
) -> Option<usize> {
    let (short, endings) = LEXICON
        .enterprise_short_forms
        .iter()
        .filter(|(short, _)| view.starts_with_at(from, short))
        .max_by_key(|(short, _)| short.chars().count())?;
    let after = from + short.chars().count();
    if view
        .chars
        .get(after)
        .is_some_and(|&c| c.is_ascii_digit() || is_numeral(c))
    {
        return None;
    }
    agents
        .iter()
        .any(|&a| {
            bodies[a].kind == BodyKind::EnterpriseOrSchoolCommittee
                && endings
                    .iter()
                    .any(|e| bodies[a].name_part.ends_with(e.as_str()))
        })
        .then_some(after)
}

/// The units overseen in 对医院药学部、设备处 or 对学院实验动物中心 (a part of an agent
/// committee's own organisation after the short form it goes by): the departments named
/// alone, or none where the first part is a site, service or event of the organisation's own.
fn own_departments(
    view: &View,
    at: usize,
    agents: &[usize],
    bodies: &[BodyMention],
) -> Option<Vec<(String, usize)>> {
    let after = agents_short_form_at(view, at, agents, bodies)
        .filter(|&after| after - at >= 2 && names_own_part(view, after))?;
    let phrases = listed_phrases(view, after);
    // (督促学院将培训收入全部纳入: 全部 is "all of it".)
    let department = phrases.first().is_some_and(|(name, start)| {
        *start == after
            && !name.ends_with("全部")
            && LEXICON
                .own_department_endings
                .iter()
                .any(|e| name.ends_with(e.as_str()))
    });
    Some(if department { phrases } else { Vec::new() })
}

/// 对医院老年病科, 对学院培训中心餐厅, 对公司尾矿库: after the short form a committee's
/// organisation goes by, one of its own departments, sites or events, which the committee
/// oversees from within (its organisation's own parts, no unit of their own).
/// (学院党委 and 公司纪委 are committees; 学院路 and 学院路校区 are a road and a campus.)
fn names_own_part(view: &View, at: usize) -> bool {
    let Some(&first) = view.chars.get(at) else {
        return false;
    };
    // (公司所属的鹤矿燃气有限公司, 集团与村: what the organisation owns or works with.)
    is_han(first)
        && !"路街城所下各及和与".contains(first)
        && !PARTY_ORGANS
            .iter()
            .chain(&["纪委", "领导班子", "班子"])
            .any(|w| view.starts_with_at(at, w))
        && view.chars.get(at + 1).is_some_and(|&c| is_han(c))
}

/// 驻教育部纪检监察组到学校调研指导, 到校开展专项督导: a body from outside visiting "the
/// school" of a university's article (one whose university committee was named) visits that
/// university; a school's own committee going 到学校 and 到学校开展检查 with no university
/// named mean schools in general.
fn school_visited(
    view: &View,
    p_start: usize,
    p_end: usize,
    agents: &[usize],
    bodies: &[BodyMention],
) -> Option<String> {
    let short = match view.chars.get(p_start..p_end)? {
        ['到'] => ["学校", "校"]
            .into_iter()
            .find(|s| view.starts_with_at(p_end, s))?,
        ['来' | '到', '校'] => "",
        _ => return None,
    };
    // 到学校督导/n 主题教育: an action jieba tags a noun does as well as a verb.
    let next = view.token_starting_at(p_end + short.chars().count())?;
    // (驻教育部纪检监察组来校，对学校…开展督导: coming to the school is the visit.)
    let came = short.is_empty() && next.word.chars().all(is_punct);
    let acts = came
        || next.tag.starts_with('v')
        || view
            .of_kind(Kind::Action)
            .iter()
            .any(|h| h.start == next.start);
    if !acts
        || agents
            .iter()
            .any(|&a| bodies[a].kind == BodyKind::EnterpriseOrSchoolCommittee)
    {
        return None;
    }
    expand_short_form("学校", bodies).filter(|org| org.ends_with("大学"))
}

/// What follows an organisation's short form when the organisation itself is meant together
/// with its parts (集团本部, 集团及所属子公司, 公司和下属单位).
const OWN_PARTS_AFTER: &[&str] = &[
    "本部",
    "及所属",
    "及其所属",
    "和所属",
    "及下属",
    "和下属",
    "及各",
];

/// Where a list item from `at` naming a school's department by its work ends (招生就业处,
/// 学生工作处, closed by 、, a conjunction, 等 or the clause's verb), if it does.
fn department_item_end(view: &View, at: usize) -> Option<usize> {
    // (向学生工作处发出提示函: or an oversight action of the lexicon.)
    let closes = |e: usize| {
        view.chars
            .get(e)
            .is_none_or(|&c| !is_han(c) || "和及与等".contains(c))
            || WORK_OPENERS.iter().any(|v| view.starts_with_at(e, v))
            || view.of_kind(Kind::Action).iter().any(|h| h.start == e)
    };
    (at + 3..=view.chars.len().min(at + 12))
        .take_while(|&e| is_han(view.chars[e - 1]))
        .find(|&e| view.chars[e - 1] == '处' && closes(e))
        .filter(|&e| {
            let item = view.slice(at, e);
            // (问题严查快处, 落在细微处, 盯在关键处: where or how things are dealt with.)
            school_department(&item)
                && !item.contains(['查', '的', '在'])
                && !["快处", "微处", "键处"].iter().any(|w| item.ends_with(w))
        })
}

/// 基建处, 资产与实验室管理处: a school's department named alone (not 查处, 惩处: verbs).
fn school_department(name: &str) -> bool {
    name.strip_suffix('处').is_some_and(names_a_department)
}

/// Whether `own` (基建, 农田建设管理) can be a department's own name before its 处 or 科.
fn names_a_department(own: &str) -> bool {
    (2..=10).contains(&own.chars().count())
        && own.chars().all(is_han)
        // (督促基本建设处会同审计处: two departments working together.)
        && !["会同", "联合"].iter().any(|w| own.contains(w))
        // (往深处, 到处, 好处: no department.)
        && !["查", "惩", "论", "判", "严", "办事", "深", "好", "到", "各", "此", "住", "难", "益"]
            .iter()
            .any(|v| own.ends_with(v))
}

/// 省农业农村厅农田建设管理处, 市财政局农业农村科: a section of a department of government,
/// named after it.
fn section_of_department(name: &str) -> bool {
    let Some(own) = name.strip_suffix(['处', '科', '股']) else {
        return false;
    };
    ["厅", "局", "委"].iter().any(|d| {
        own.rsplit_once(d).is_some_and(|(head, section)| {
            head.chars().count() >= 2
                && names_a_department(section)
                && !section.starts_with(['各', '机', '某'])
        })
    })
}

/// 药学部, 总务科, 科研处: a department of an organisation, named by its own words and an
/// ending the sub-unit table lists.
fn is_department(name: &str) -> bool {
    LEXICON.subunits.iter().any(|(ending, _)| {
        name.strip_suffix(ending.as_str())
            .is_some_and(|own| own.chars().count() >= 2)
    })
}

/// 学院招生就业处, 河池学院后勤管理处: a department (subunits.tsv) written after the
/// organisation it belongs to, whose ending (处) alone ends no organisation's name.
fn department_of_organisation(name: &str) -> bool {
    // 医院中层干部: people, not a department.
    !LEXICON.ends_like_no_organisation(name)
        && LEXICON.subunits.iter().any(|(ending, organisations)| {
            let Some(head) = name.strip_suffix(ending.as_str()) else {
                return false;
            };
            organisations.iter().any(|o| {
                head.find(o.as_str())
                    .is_some_and(|k| head[k + o.len()..].chars().count() >= 2)
            })
        })
}

/// 向学院党委发送纪检监察建议书 after 白银矿冶职业技术学院纪委: the organisation of the latest
/// committee named whose name ends as the short form allows.
fn expand_short_form(short: &str, bodies: &[BodyMention]) -> Option<String> {
    let (_, endings) = LEXICON
        .enterprise_short_forms
        .iter()
        .find(|(form, _)| form == short)?;
    let committees = bodies.iter().filter(|b| {
        b.kind == BodyKind::EnterpriseOrSchoolCommittee
            && endings.iter().any(|e| b.name_part.ends_with(e.as_str()))
    });
    committee_meant(short, committees).map(|b| b.name_part.clone())
}

/// 驻总局纪检监察组…督促总局党委, 驻农业农村部纪检监察组…部党组: a central group's host
/// named by its kind (`host_kinds.txt`), with its party body.
fn host_by_kind(written: &str, agent: &BodyMention) -> Option<String> {
    let host = agent.host.as_deref()?;
    let (kind, rest) = LEXICON.host_kinds.iter().find_map(|k| {
        let rest = written.strip_prefix(k.as_str())?;
        matches!(rest, "党委" | "党组").then_some((k, rest))
    })?;
    // (集团党委 for 招商局集团有限公司: a group company named with its legal form; 集团公司
    // 党组 is kept as written, a name of its own.)
    let group_company = kind == "集团" && host.contains("集团") && host.ends_with("公司");
    (agent.kind == BodyKind::ResidentGroup
        && (host.ends_with(kind.as_str()) || group_company)
        && host.len() > kind.len())
    .then(|| format!("{host}{rest}"))
}

/// Of the committees a short form can stand for, in the order the article named them, the
/// one it means: for 集团纪委 after 中国第一汽车集团有限公司纪委 and its subsidiaries'
/// (一汽财务有限公司纪委, 一汽解放集团股份有限公司纪委), the group named first, the whole the
/// companies named since belong to; for any other, the one named last.
fn committee_meant<'b>(
    short: &str,
    mut committees: impl DoubleEndedIterator<Item = &'b BodyMention> + Clone,
) -> Option<&'b BodyMention> {
    // (股份公司纪委 likewise: the listed company named first, over its subsidiaries.)
    // (驻中国华能集团纪检监察组…华能山东发电有限公司纪委…督促集团公司党组: with no group's
    // committee named, none a subsidiary's.)
    for head in ["集团", "股份"] {
        if short.starts_with(head) {
            return committees.clone().find(|b| b.name_part.contains(head));
        }
    }
    // 天津大学纪委…天津大学化工学院纪委…学校纪委: the school is the university, not a college
    // of it named since.
    if SCHOOL_SHORT_FORMS.contains(&short) {
        if let Some(university) = committees
            .clone()
            .rev()
            .find(|b| b.name_part.ends_with("大学"))
        {
            return Some(university);
        }
        // 学校纪委…东北师范大学附属中学纪委…学校纪委: the school meant the article's own where
        // it was first written; a school named since changes nothing.
        if let Some(own) = committees
            .clone()
            .rev()
            .find(|b| SCHOOL_SHORT_FORMS.contains(&b.name_part.as_str()))
        {
            return Some(own);
        }
        // 土木工程学院纪委…学校纪委: a college named by its subject alone, no place before it,
        // is a university's; the school is the university (see `SCHOOL_SHORT_FORMS`).
        return committees.rev().find(|b| {
            !(b.name_part.ends_with("学院")
                && LEXICON
                    .gazetteer
                    .place_prefix_ends(&b.name_part)
                    .next()
                    .is_none())
        });
    }
    committees.next_back()
}

/// 华/nz 能/v 澜沧江/ns 水电/n 股份/n 有限公司: whether the words from `at` run on to a
/// company's legal form, over names and nouns only.
fn runs_to_company_form(view: &View, at: usize) -> bool {
    // (申能/v (集团)有限公司: a kind noted in brackets is the name's.)
    let bracket = |t: &Tagged| matches!(t.word, "(" | ")");
    for t in view.tokens_from(at).filter(|t| !bracket(t)).take(5) {
        // (有限责任/l 公司/n: jieba may split the form itself.)
        if COMPANY_FORMS
            .iter()
            .any(|f| view.starts_with_at(t.start, f))
        {
            return true;
        }
        // (联合/v 发展/vn 投资/vn 集团/n 有限公司: verbal nouns name a company's trade; so
        // do words that only qualify, 中移/v 在线/b 服务/vn 有限公司.)
        if !(t.tag.starts_with('n') || matches!(t.tag, "l" | "vn" | "b"))
            || t.word.chars().any(is_punct)
        {
            return false;
        }
    }
    false
}

/// 市住房保障服务中心, 县城乡供水保障中心: a verb inside a unit's name (never its first
/// word), which ends within the next two words (no action, preposition or punctuation
/// between).
fn verb_inside_name(view: &View, verb: &Tagged) -> bool {
    if LEXICON.category_of(verb.word).is_some() {
        // (地质/n 调查/vn 中心: an action of the lexicon between a field and the unit's own
        // word names the unit's work; so does one after the place the unit works in (河南/ns
        // 调查/vn 总队).)
        let field_before = view.token_ending_at(verb.start).is_some_and(|t| {
            // (山南市暗访加油站: a place named with its level is where the action is done.)
            // (执法人员暗访商场: nor are the staff who do it; 在下朱庄街道抽查政府投资项目:
            // nor a town with its level.)
            (t.tag == "n" || (t.tag == "ns" && !t.word.ends_with(LEVEL_CHARS)))
                && t.end - t.start >= 2
                && !TOWN_LEVELS.iter().any(|l| t.word.ends_with(l))
                && !is_generic(t.word)
                && !t.word.ends_with(['员', '人'])
        });
        let unit_after = view.token_starting_at(verb.end).is_some_and(|t| {
            t.end - t.start >= 2
                && LEXICON.ends_with_org_suffix(t.word)
                && !is_generic(t.word)
                && LEXICON.gazetteer.lookup(t.word).is_empty()
                && !t
                    .word
                    .ends_with(|c: char| LEVEL_CHARS.contains(&c) || c == '村')
        });
        return field_before && unit_after;
    }
    // 督促区住建局加快老旧小区…: a verb right after a whole organisation's name opens what it
    // is urged to do (a place is no whole name: 县乡村振兴服务中心, 对市殡葬管理所).
    if view.token_ending_at(verb.start).is_some_and(|prev| {
        prev.word.chars().count() >= 2
            && LEXICON.ends_with_org_suffix(prev.word)
            && !prev
                .word
                .ends_with(|c: char| LEVEL_CHARS.contains(&c) || c == '村')
    }) {
        return false;
    }
    // (行政/n 审批/v 和/c 政务信息/n 管理局: the verb may be joined to the words of the name
    // after it by 和.)
    let joined = joined_to_what_follows(view, verb);
    if runs_to_company_form(view, verb.end) {
        return true;
    }
    // (北方/f 联合/v 电力/n 有限责任/l 公司: a company's legal form is no word of its own.)
    let legal_form = |t: &&Tagged| matches!(t.word, "有限" | "有限责任" | "股份" | "股份有限");
    let window = if joined { 3 } else { 2 };
    // (采购/v 与/p 招标管理中心: the 与 joining them is no preposition.)
    let words = view.tokens_from(verb.end).skip(usize::from(joined));
    let mut counted = 0;
    for t in words.take_while(|t| {
        counted += usize::from(!legal_form(t));
        counted <= window
    }) {
        if LEXICON.ends_with_org_suffix(t.word) && t.word.chars().count() >= 2 {
            return true;
        }
        if t.tag == "p"
            || t.tag.starts_with('v')
            || LEXICON.category_of(t.word).is_some()
            || t.word.chars().any(|c| is_punct(c) || c.is_ascii_digit())
        {
            return false;
        }
    }
    false
}

/// Whether 和 or 与 follows the word, joining it to the words after it.
fn joined_to_what_follows(view: &View, word: &Tagged) -> bool {
    view.tokens_from(word.end)
        .next()
        .is_some_and(|t| ["和", "与"].contains(&t.word))
}

/// 审计署驻武汉特派员办事处, 省政府驻北京办事处: 驻 inside the name of an organisation's
/// office stationed elsewhere, which the name's 办事处 closes.
fn stationed_office_name(view: &View, verb: &Tagged) -> bool {
    verb.word == "驻"
        && (verb.end..view.chars.len().min(verb.end + 12))
            .take_while(|&k| is_han(view.chars[k]))
            .any(|k| view.starts_with_at(k, "办事处"))
}

/// Where a unit's name starts after what the unit is to its overseer, written before it
/// between `a` and `b`: 对驻在单位县农业农村局, 综合监督单位省粮食和物资储备局. A preposition
/// after the words (督促驻在部门对…), or a word no name holds (推动驻在部门会同市场监管部门…),
/// means they are the unit themselves; after a conjunction another unit follows them
/// (紧盯驻在部门和省粮食和物资储备局).
fn after_unit_description(view: &View, a: usize, b: usize) -> usize {
    // (Most phrases open with no description: their first character spares the list.)
    static OPENINGS: Lazy<Vec<char>> = Lazy::new(|| {
        let mut firsts: Vec<char> = LEXICON
            .unit_descriptions
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        firsts
    });
    let may_open = view
        .chars
        .get(a)
        .is_some_and(|c| OPENINGS.binary_search(c).is_ok());
    let description = may_open
        .then(|| {
            LEXICON
                .unit_descriptions
                .iter()
                .find(|w| view.starts_with_at(a, w))
        })
        .flatten();
    if let Some(w) = description {
        let k = a + w.chars().count();
        let next = view.token_starting_at(k);
        if let Some(conjunction) = next.filter(|t| ["和", "与", "及", "以及"].contains(&t.word))
        {
            return conjunction.end;
        }
        if view
            .chars
            .get(k)
            .is_some_and(|c| !"对向在为把将就从".contains(*c) && !is_punct(*c))
            && !next.is_some_and(|t| LEXICON.boundaries.contains(t.word))
        {
            return k;
        }
    }
    // 综合监督单位遵化市应急管理局, 单位师市农业农村局, 单位自治区农业农村厅: a place's name
    // (or the Corps' 师市, an autonomous region's 自治区) after 单位 opens the unit's own.
    (a..b.saturating_sub(2))
        .find(|&k| {
            view.chars[k] == '单'
                && view.chars[k + 1] == '位'
                && (DIVISION_LEVELS.contains(&view.chars[k + 2])
                    || view.starts_with_at(k + 2, "师市")
                    || view.starts_with_at(k + 2, "自治区")
                    || view
                        .token_starting_at(k + 2)
                        .is_some_and(|t| !LEXICON.gazetteer.lookup(t.word).is_empty()))
        })
        .map_or(a, |k| k + 2)
}

/// Target sites that are actions done to their object rather than prepositions.
const VERB_SITES: &[&str] = &[
    "暗访",
    "明察暗访",
    "抽查",
    "延伸检查",
    "走访",
    "选取",
    "抽取",
    "随机抽取",
    "选定",
];
/// Verbs that follow the object of 对 (对…的某党委进行通报批评).
const OBJECT_CLOSERS: &[&str] = &["进行", "开展", "给予", "予以", "作出", "实施"];

/// 对…的县农业农村局、县水务局2个单位主要负责人进行约谈: the units' heads (counted or
/// not) close the object; the units are what was overseen.
fn heads_of_units_at(view: &View, at: usize) -> bool {
    let mut k = at;
    while k < view.chars.len() && (view.chars[k].is_ascii_digit() || is_numeral(view.chars[k])) {
        k += 1;
    }
    if k > at && k < view.chars.len() && matches!(view.chars[k], '个' | '家' | '所') {
        k += 1;
    }
    if view.starts_with_at(k, "单位") {
        k += 2;
    }
    // Not 党委书记: 对…的英州镇党委书记 names a person of the party committee.
    ["主要负责人", "负责人", "主要领导"]
        .iter()
        .any(|w| view.starts_with_at(k, w))
}

/// Where the last of the phrases ends.
fn phrases_end(phrases: &[(String, usize)]) -> Option<usize> {
    phrases
        .iter()
        .map(|(name, at)| at + name.chars().count())
        .max()
}

/// Whether a count of units of a kind follows a list ending at `at` (等8家一级分行, 3家省分行,
/// 等6个地质调查中心), not a count of places (等3个省份, 等6个市).
fn counts_units_of_places(view: &View, at: usize) -> bool {
    let n = view.chars.len();
    let Some(k) = count_end(view, at) else {
        return false;
    };
    let Some(&measure) = view.chars.get(k) else {
        return false;
    };
    let kind_start = k + 1;
    let kind_end = (kind_start..n.min(kind_start + 8))
        .take_while(|&i| is_han(view.chars[i]))
        .last()
        .map_or(kind_start, |i| i + 1);
    // (等6个省级分公司: units of a tier, 级 after the level.)
    let of_places = measure != '家'
        && LEVEL_CHARS.contains(&view.chars[kind_start.min(n - 1)])
        && view.chars.get(kind_start + 1) != Some(&'级');
    matches!(measure, '家' | '个' | '所')
        && !of_places
        && !view.starts_with_at(kind_start, "地")
        && (kind_start + 2..=kind_end)
            .any(|j| LEXICON.ends_with_org_suffix(&view.slice(kind_start, j)))
}

/// Where the numerals of a count at `at`, or after a 等 there, end (等8家, 9个); none
/// without numerals.
fn count_end(view: &View, at: usize) -> Option<usize> {
    let start = at + usize::from(view.chars.get(at) == Some(&'等'));
    let end = number_end(view, start);
    (end > start).then_some(end)
}

/// Whether a count follows directly (收费站、服务区41个; after 等 the names are examples).
fn followed_by_count(view: &View, at: usize) -> bool {
    view.chars.get(at).is_some_and(|&c| is_number_char(c))
}

/// 随机抽取贺兰县、同心县、西吉县、海原县4个县的15个项目区: the count after the list counts
/// the places listed, all of the gazetteer and of the level counted, which are picked.
fn counts_listed_places(view: &View, at: usize, phrases: &[(String, usize)]) -> bool {
    let mut level_at = number_end(view, at);
    if view.chars.get(level_at) == Some(&'个') {
        level_at += 1;
    }
    let Some(&level) = view.chars.get(level_at) else {
        return false;
    };
    !phrases.is_empty()
        && DIVISION_LEVELS.contains(&level)
        && phrases
            .iter()
            .all(|(name, _)| name.ends_with(level) && !LEXICON.gazetteer.lookup(name).is_empty())
}

/// Whether what follows a place's name ending at `e` in a 对 frame makes the place only where
/// the things overseen are: a count (遵化市8家矿山企业), one after a description closed by 的
/// (舞钢市查处的5起典型问题), or the matter looked into (横州市…资金兑付情况).
fn place_only_locates(view: &View, e: usize) -> bool {
    let after_description = (e..view.chars.len().min(e + 7))
        .take_while(|&i| !is_punct(view.chars[i]))
        .find(|&i| view.chars[i] == '的')
        .is_some_and(|de| followed_by_count(view, de + 1));
    if followed_by_count(view, e) || after_description {
        return true;
    }
    let clause_end = view.clause_end_after(e);
    // (对合山市废弃矿山生态修复项目开展跟踪监督: projects are such a matter too.)
    let matter = view.slice(e, clause_end);
    let projects = CARRY_OUT_VERBS.iter().any(|v| {
        matter
            .find(v)
            .is_some_and(|k| matter[..k].ends_with("项目"))
    });
    view.chars.get(e).is_some_and(|&c| is_han(c) && c != '和')
        && (matter.contains("情况") || projects)
}

/// The kinds a central ministry, commission or administration is named by alone (部机关纪委,
/// 委机关, 署机关, 局机关).
pub(crate) const MINISTRY_KINDS: &[char] = &['部', '委', '署', '局'];

/// Party bodies of a unit, written after the unit's name or after 该局.
pub(crate) const PARTY_ORGANS: &[&str] = &["党组", "党委", "党总支", "党支部"];

/// 向该局党组, 对该嘎查: the unit named last with that ending (a target before, or a name
/// earlier in the sentence), with the party body written after 该… added.
fn unit_referred_to(
    view: &View,
    at: usize,
    earlier: &[TargetMention],
    interview: bool,
) -> Option<(String, usize)> {
    // The ending is one or two ideographs (局, 嘎查); the longer one that names something
    // earlier wins.
    // The first ending that names something decides: 该公司主要负责人 is the company's
    // head, not a unit ending in 公.
    for len in [2, 1] {
        let Some(kind) = view.chars.get(at..at + len) else {
            continue;
        };
        if !kind.iter().all(|&c| is_han(c)) {
            continue;
        }
        let kind: String = kind.iter().collect();
        let named = earlier
            .iter()
            .rev()
            // (对赤峰市国有资本运营集团有限公司…，并向该集团党委: a group written with its
            // legal form is the group.)
            // (向国家税务总局南充市税务局党委发出提醒函，约谈该局…: the unit of the party
            // body written before in the sentence.)
            .find_map(|t| {
                let w = t.written.as_str();
                let without_form = COMPANY_FORMS.iter().find_map(|form| w.strip_suffix(form));
                let of_party_body = PARTY_ORGANS.iter().find_map(|o| w.strip_suffix(o));
                let names_unit =
                    |unit: &str| unit.ends_with(kind.as_str()) && unit.chars().count() > len + 1;
                if [Some(w), without_form]
                    .into_iter()
                    .flatten()
                    .any(names_unit)
                {
                    Some(w)
                } else {
                    of_party_body.filter(|unit| t.position >= view.offset && names_unit(unit))
                }
            })
            .map(str::to_string)
            .or_else(|| unit_named_before(view, at.saturating_sub(1), &kind));
        let Some(named) = named else {
            continue;
        };
        let organ = PARTY_ORGANS
            .iter()
            .find(|o| view.starts_with_at(at + len, o))
            .copied()
            .unwrap_or("");
        // 对该院负责人…: a person of the unit, not the unit, unless the person was
        // interviewed as its head.
        let end = at + len + organ.chars().count();
        let person = view.of_kind(Kind::Post).iter().any(|h| h.start == end)
            || ["负责人", "干部", "人员", "职工"]
                .iter()
                .any(|w| view.starts_with_at(end, w));
        if person && interview {
            return Some((named, at - 1));
        }
        return (!person).then(|| (format!("{named}{organ}"), at - 1));
    }
    None
}

/// The named organisations or places right after a preposition, split at 、/和 and cut at
/// 等; each must end, at a word boundary, like an organisation or place name.
fn target_phrases(view: &View, from: usize) -> Vec<(String, usize)> {
    let mut phrases = listed_phrases(view, from);
    phrases.retain(|(name, _)| names_a_unit(name));
    phrases
}

/// 泉山区/政府投资项目, 区民政局/政府购买服务: work the government pays for or buys
/// (work_compounds.txt) opening at `at`, no organisation's ending right after it
/// (县政府采购中心 is a unit's name).
fn opens_work_compound(view: &View, at: usize) -> bool {
    LEXICON.work_compounds.iter().any(|compound| {
        view.starts_with_at(at, compound)
            && view
                .token_starting_at(at + compound.chars().count())
                .is_none_or(|next| !LEXICON.ends_with_org_suffix(next.word))
    })
}

/// Whether a phrase found as overseen names one unit: not a kind alone, no ending of what is
/// never a unit, not the units of a level.
fn names_a_unit(name: &str) -> bool {
    // (对两名镇分管负责同志进行诫勉谈话: people counted, no unit.)
    let count_char = |c: char| is_numeral(c) || c.is_ascii_digit();
    let counted_people = name.starts_with(count_char)
        && name
            .trim_start_matches(count_char)
            .starts_with(['名', '位']);
    // (对中央和省生态环境保护督察反馈问题: levels of government, none named; 和县 is a
    // county.)
    let only_levels = name.split("中央").all(|part| {
        part.chars()
            .all(|c| LEVEL_CHARS.contains(&c) || "和及与、".contains(c))
    }) && LEXICON.gazetteer.lookup(name).is_empty();
    // (对市属公立医院领导班子, 深入厦门市属学校: the units a level owns, a kind.)
    // (对院属研究所, 校属企业: so are those an academy or a school owns.)
    let owned_by_level = ["省属", "市属", "县属", "区属", "州属", "院属", "校属"]
        .iter()
        .any(|w| name.contains(w));
    // (甘孜州国省干线: 国省, national and provincial, is no province.)
    let no_province = name.ends_with('省') && LEXICON.gazetteer.lookup(name).is_empty();
    // (对柳林校区周边承接学校委托业务的机构, 景区周边村: what is around a place, no unit.)
    let around_a_place = name.contains("周边");
    // (对州直各单位党组（党委）: a level's units, none named; see units_of_a_level.txt.)
    let units_of_level = LEXICON
        .units_of_a_level
        .iter()
        .any(|w| name.contains(w.as_str()))
        && !name.ends_with("中心");
    // (对医保经办机构和定点医院, 私人会所和高档小区: kinds joined, none named.)
    let kinds_joined = name.rsplit_once('和').is_some_and(|(first, last)| {
        is_bare_kind(last) && (is_bare_kind(first) || !names_a_unit(first))
    });
    !counted_people
        && !kinds_joined
        && !units_of_level
        && !only_levels
        && !owned_by_level
        && !no_province
        && !around_a_place
        && !is_bare_kind(name)
        && !names_no_unit(name)
        && !names_a_level_of_units(name)
        && !names_units_of_every_one(name)
}

/// 每个村, 其分库, 县市医保局: each of a kind, one referred to by a pronoun, or the units of
/// two levels at once; none named.
fn names_units_of_every_one(name: &str) -> bool {
    let mut chars = name.chars();
    let (first, second) = (chars.next(), chars.next());
    // (市市场监管局: the second level character opens a word, 市场.)
    let two_levels = [first, second]
        .iter()
        .all(|c| c.is_some_and(|c| ['省', '市', '县', '区'].contains(&c)))
        && first.is_some_and(|c| !LEXICON.has_no_level_prefix(&name[c.len_utf8()..]));
    matches!(first, Some('每' | '其')) || two_levels
}

/// 广东省级救灾物资储备库, 县级支行, 重庆市石柱土家族自治县级医院: the units of a level (a level
/// character and 级), none named.
fn names_a_level_of_units(name: &str) -> bool {
    name.chars()
        .zip(name.chars().skip(1))
        .any(|(level, ji)| ji == '级' && LEVEL_CHARS.contains(&level))
}

/// 全州县农业农村局: whether a division the gazetteer knows by its full name opens `name`.
fn opens_with_full_place_name(name: &str) -> bool {
    name.char_indices()
        .skip(2)
        .map(|(k, _)| &name[..k])
        .chain(std::iter::once(name))
        .any(|prefix| !LEXICON.gazetteer.full_form(prefix).is_empty())
}

/// 图书馆, 档案馆: a kind of unit a school has one of, its own when listed beside its
/// departments (see university_services.txt).
fn schools_own_kind(name: &str) -> bool {
    LEXICON.university_services.iter().any(|k| k == name)
}

/// 翔安校区, 人员密集场所: never a unit overseen (not_unit_endings.txt), unless the name ends
/// in a division the gazetteer knows (京津冀地区 is none, 黑龙江省大兴安岭地区 is one) or
/// describes a named place's areas (北镇市受灾地区: the place is overseen).
fn names_no_unit(name: &str) -> bool {
    LEXICON
        .not_unit_endings
        .iter()
        .any(|g| name.ends_with(g.as_str()))
        && !name
            .char_indices()
            .any(|(k, _)| !LEXICON.gazetteer.lookup(&name[k..]).is_empty())
        && place_of_its_areas(name).is_none()
}

/// A kind of unit written alone (派出所, 居民小区), with a rank of its kind in front
/// (二级以上公立医院) or with words that only describe it (定点救治医院): no unit named.
fn is_bare_kind(name: &str) -> bool {
    LEXICON.bare_kinds.iter().any(|k| {
        name.strip_suffix(k.as_str()).is_some_and(|rank| {
            rank.ends_with("以上") || rank.ends_with("以下") || only_describes_a_kind(rank)
        })
    })
}

/// Where the place ends in a name that is a place's full name, or a town's, and words for
/// its areas of a kind (章丘区社区, 西眉镇老旧小区), in bytes.
fn place_before_its_areas(name: &str) -> Option<usize> {
    place_before_kind(name, &LEXICON.place_areas)
}

/// Where the place ends in a name that is a place's full name, or a town's, and one of
/// `kinds`, in bytes; words that only describe the kind may come between (新洲区长江沿线
/// 非法码头, 咸宁市沿江化工园区).
fn place_before_kind(name: &str, kinds: &[String]) -> Option<usize> {
    let g = &LEXICON.gazetteer;
    let is_place = |place: &str| {
        let town = place.chars().count() >= 3 && TOWN_LEVELS.iter().any(|l| place.ends_with(l));
        town || !g.full_form(place).is_empty()
    };
    kinds.iter().find_map(|area| {
        let place_and_words = name.strip_suffix(area.as_str())?;
        place_and_words
            .char_indices()
            .map(|(k, _)| k)
            .filter(|&k| k > 0)
            .chain([place_and_words.len()])
            .rev()
            .find(|&k| {
                is_place(&place_and_words[..k]) && only_describes_a_kind(&place_and_words[k..])
            })
    })
}

/// Whether `words` is nothing but words describing a kind of facility (定点救治, 社区卫生),
/// or nothing at all.
fn only_describes_a_kind(words: &str) -> bool {
    words.is_empty()
        || LEXICON.kind_modifiers.iter().any(|m| {
            words
                .strip_prefix(m.as_str())
                .is_some_and(only_describes_a_kind)
        })
}

/// Whether the character at `i` is a 等 closing a list, not one inside a place's name
/// (天等县, 大新县、天等县和凭祥市).
fn closes_list(view: &View, i: usize) -> bool {
    view.chars[i] == '等'
        && view
            .token_across(i)
            .is_none_or(|t| LEXICON.gazetteer.lookup(t.word).is_empty())
}

/// Where the number written from `at` ends (22, 十六), `at` itself when there is none.
fn number_end(view: &View, at: usize) -> usize {
    (at..view.chars.len())
        .find(|&k| !is_number_char(view.chars[k]))
        .unwrap_or(view.chars.len())
}

/// Where the 个 of a count of units written from `at` stands (16个县), if a number opens at
/// `at` and 个 follows it.
fn measure_after_number(view: &View, at: usize) -> Option<usize> {
    let measure = number_end(view, at);
    (measure > at && view.chars.get(measure) == Some(&'个')).then_some(measure)
}

/// Where the names after a count of units of a kind starting at `count_start` (22个院系,
/// 16个县（市、区）) start, when 和 or 及 joins them to it within `kind_len` characters.
fn names_joined_to_count(view: &View, count_start: usize, kind_len: usize) -> Option<usize> {
    let measure = measure_after_number(view, count_start)?;
    (measure + 2..(measure + 2 + kind_len).min(view.chars.len()))
        // (12个区的公墓及周边…: the kind's own description, no list.)
        .take_while(|&k| {
            let c = view.chars[k - 1];
            (is_han(c) && c != '的') || matches!(c, '(' | ')' | '、')
        })
        .find(|&k| matches!(view.chars[k], '和' | '及'))
        // (2个县（市）发展和改革局: after the levels counted, 和 inside a unit's name; 9个
        // 县（市）区和合肥高新区: a level written after the brackets is still the levels.)
        .filter(|&k| {
            let kind = view.slice(measure + 1, k);
            kind.rsplit_once(')').is_none_or(|(_, after)| {
                after.is_empty() || (after.chars().count() == 1 && after.ends_with(LEVEL_CHARS))
            })
        })
        .map(|k| k + 1)
}

/// Where the names joined by 和 or 及 to a list's closing count start (…等16个县（市、区）和
/// 沧州渤海新区), if they do.
fn joined_after_count(view: &View, end: usize) -> Option<usize> {
    if view.chars.get(end) != Some(&'等') {
        return None;
    }
    // (等5个乡镇的煤矿和非煤矿山, 等11个职能部门和单位: the rest of a kind, no name.)
    names_joined_to_count(view, end + 1, 10).filter(|&next| {
        view.token_starting_at(next)
            .is_some_and(|t| t.end - t.start >= 2 && !is_generic(t.word))
    })
}

/// Where the kind of the units a list names ends, written after its 等 at `at` with or
/// without their count in one of `measures` (等企业, 等17家所属企业, 等14家区直单位), if it is
/// written there.
fn end_of_unit_kind_after(view: &View, at: usize, measures: &[char]) -> Option<usize> {
    let mut k = at;
    while view
        .chars
        .get(k)
        .is_some_and(|&c| is_number_char(c) || measures.contains(&c))
    {
        k += 1;
    }
    // (等3家施工企业, 等12家区域公司: after a count, words saying which kind may come
    // before it; 等重点企业, 等窗口单位35个 write kinds of unit listed, no names.)
    let widest = if k > at { 5 } else { 1 };
    (k..view.chars.len().min(k + widest))
        .take_while(|&m| m == k || is_han(view.chars[m - 1]))
        .find_map(|m| {
            LEXICON
                .unit_kinds_after_lists
                .iter()
                .filter(|w| view.starts_with_at(m, w))
                .map(|w| m + w.chars().count())
                .max()
        })
}

/// The names listed from `from` on, kinds of unit written alone included (a list's end
/// tells whether a count closes it).
fn listed_phrases(view: &View, from: usize) -> Vec<(String, usize)> {
    // 坚持边监督、边交办: a list of verbs, no object; 会同安全监督与生产部: a word inside a
    // name, no object after it.
    if view
        .chars
        .get(from)
        // (和 opens place names: 和龙市, 和田地区.)
        .is_some_and(|&c| is_punct(c) || matches!(c, '与' | '及'))
    {
        return Vec::new();
    }
    // 巡视反馈问题和校党委巡察发现问题: what was fed back, no unit it went to.
    if view.starts_with_at(from, "问题") {
        return Vec::new();
    }
    // 督促对全市森林防火责任落实情况开展排查: the urged unit's own aim, which names no unit
    // (its own 对 is a site of its own).
    if view
        .token_starting_at(from)
        .is_some_and(|t| matches!(t.word, "对" | "向") || is_glued_preposition(t.word))
    {
        return Vec::new();
    }
    // 下沉至太和街道, 延伸至村: the place gone to follows 至.
    // 约谈了/ul 县农业农村局…: the particle closing the verb opens no name.
    // (将问题反馈给/p 崇仁县农业农村局: nor does the preposition after the verb.)
    let from = if view.chars.get(from) == Some(&'至')
        || view.token_starting_at(from).is_some_and(|t| {
            (t.word == "了" && t.tag.starts_with('u')) || (t.word == "给" && t.tag == "p")
        }) {
        from + 1
    } else {
        from
    };
    let from = after_unit_description(view, from, view.chars.len().min(from + 8));
    // 深入22个院系和科学技术处、财务处等职能部门: units counted, none named, then named ones
    // after 和 or 及.
    let from = names_joined_to_count(view, from, 6).unwrap_or(from);
    // 深入胜利油田、镇海炼化、茂名石化等企业: a list the words after its 等 close as units
    // (等企业, 等17家所属企业, 等6家二级单位) holds names only, whatever jieba tags their words
    // (胜利/v 油田).
    let units_closed_at = (from..view.chars.len().min(from + 40))
        .take_while(|&k| is_han(view.chars[k]) || view.chars[k] == '、')
        .find(|&k| closes_list(view, k))
        .filter(|&k| {
            k > from
                && view.chars[from..k].contains(&'、')
                && end_of_unit_kind_after(view, k + 1, &['家', '户']).is_some()
        });
    let mut end = from;
    let mut depth = 0;
    let mut bounded = false;
    let mut item_opened = from;
    let mut boundaries = vec![from];
    // Where a department named by its work (招生/v 就业处/v, 学生/n 工作/vn 处/n) that opens
    // the current item ends: its words are no verb or topic ending the phrase.
    let mut department_end = department_item_end(view, from);
    for t in view.tokens_from(from) {
        let w = t.word;
        if t.start > from && view.chars[t.start - 1] == '、' {
            department_end = department_item_end(view, t.start);
        }
        if depth == 0 && t.start >= from && department_end.is_none_or(|e| t.end > e) {
            // (陇/ns 把/p 镇: a function word of one character between a place's word and a
            // bare town level is the town's name.)
            let inside_town_name = || {
                t.end - t.start == 1
                    && view
                        .token_starting_at(t.end)
                        .is_some_and(|next| ["镇", "乡"].contains(&next.word))
                    && view
                        .token_ending_at(t.start)
                        .is_some_and(|prev| prev.start >= from && prev.tag.starts_with("ns"))
            };
            if w.chars().any(|c| is_punct(c) && c != '、' && c != '(')
                || (TOPIC_WORDS.contains(&w) && !opens_topic_office(view, t) && !inside_town_name())
                || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                // (对西坪镇、倍加造镇两个乡镇的…: a count of what was listed closes the list.)
                || (t.start > from && is_count_opening(view, t.start))
                // (督促生态环境执法局会同/n 市场监管部门开展…: the partner the unit works with
                // starts after it, whatever jieba tags the verb.)
                || (t.start > from && ["会同", "协同"].contains(&w))
                || (t.start > from && opens_work_compound(view, t.start))
            {
                break;
            }
            // jieba reads some place names as verbs (遵义/v): a gazetteer name is a place;
            // so is a character before a level word ending a name (回龙/铺/镇党委).
            // 伏/v 口镇/n: the town's name cut before its last character.
            let inside_place_name = t.end - t.start == 1
                && view.token_starting_at(t.end).is_some_and(|next| {
                    (next.word.starts_with(['镇', '乡', '村', '县', '区'])
                        && next.end - next.start >= 2
                        && LEXICON.ends_with_org_suffix(next.word))
                        || (next.end - next.start == 2 && next.word.ends_with(['镇', '乡']))
                        // 茨/ns 榆/ns 坨/v 镇: the last of a name's single characters; so
                        // is 关 in 黎明/nr 关/v 水族/n 乡 (an ethnic township).
                        || ((["镇", "乡"].contains(&next.word)
                            || (LEXICON.is_ethnic_group(next.word)
                                && view
                                    .token_starting_at(next.end)
                                    .is_some_and(|l| ["镇", "乡"].contains(&l.word))))
                            && (view.token_ending_at(t.start).is_some_and(|prev| {
                                prev.tag.starts_with("ns")
                                    // (深入幺/nr 铺/v 镇, 、五家/m 站/v 镇: the word opening
                                    // the item is the name's first.)
                                    || ((prev.start == from || view.chars[prev.start - 1] == '、')
                                        && prev.word.chars().all(is_han))
                            })
                            // (对/p 子/nz 陵/ng 铺/v 镇: or the item opened a few
                            // characters before, all of them a name's.)
                            || (t.start - item_opened <= 3
                                && view.chars[item_opened..t.start].iter().all(|&c| is_han(c)))))
                });
            // (以及超化/v 镇: an item after 以及 opens as one after 、 does.)
            let opens_item = t.start == from
                || view.chars[t.start - 1] == '、'
                || view.ends_with_at(t.start, "以及");
            // 众埠镇、接渡/v 镇, 深入查/v 干花/n 镇: a town's name opening an item, however
            // many words jieba cut it into, runs up to a bare town level within five
            // characters.
            let opens_town_name = || {
                let mut k = t.end;
                loop {
                    let Some(next) = view.token_starting_at(k) else {
                        break false;
                    };
                    if ["镇", "乡", "街道"].contains(&next.word) {
                        break true;
                    }
                    // (、倍加/v 造镇/n 两个乡镇: or a count of the items listed, after the
                    // last; 深入受灾镇村186个 lists nothing.)
                    let closes_item = view.chars.get(next.end).is_some_and(|&c| {
                        c == '、'
                            || c == '等'
                            || is_punct(c)
                            || (t.start > 0
                                && view.chars[t.start - 1] == '、'
                                && is_count_opening(view, next.end))
                    });
                    // (、歇/v 武镇/ns 等: a word ending in a town's level that closes the item;
                    // so does a village's, 深入夯来/v 村/zg、, 对捞/v 车村/n、.)
                    if next.end - t.start <= 5
                        && (TOWN_LEVELS.iter().any(|l| next.word.ends_with(l))
                            || (next.word.ends_with('村') && !is_generic(next.word)))
                        && closes_item
                    {
                        break true;
                    }
                    if next.end - t.start > 5 || !next.word.chars().all(is_han) {
                        break false;
                    }
                    k = next.end;
                }
            };
            // 城市管理执法/委党组: a verb jieba split off an organisation's ending; 投资集团控股/v
            // 有限公司: one before a company's legal form.
            let before_ending = view.token_starting_at(t.end).is_some_and(|next| {
                ["委", "局", "司", "办", "队", "大队", "支队"].contains(&next.word)
                    || COMPANY_FORMS.contains(&next.word)
            });
            // 深入安定/v 林场: after a verb of going, a word opening an item that jieba
            // reads as a verb, right before an organisation's ending of two characters or
            // more, is the organisation's name (约谈执法/v 中队负责人 is no visit).
            let before_long_ending = || {
                view.token_starting_at(t.end).is_some_and(|next| {
                    next.end - next.start >= 2
                        && LEXICON.org_suffixes.iter().any(|x| x == next.word)
                })
            };
            let opens_named_unit = || {
                ["深入", "走访", "前往", "来到"]
                    .iter()
                    .any(|v| view.ends_with_at(from, v))
                    && opens_item
                    && t.end - t.start == 2
                    && LEXICON.category_of(w).is_none()
                    // (深入中移/v 在线服务有限公司: or runs on to a company's legal form.)
                    && (before_long_ending() || runs_to_company_form(view, t.end))
            };
            // (深入补连塔/v 煤矿: a word of three characters or more jieba never knew and
            // guessed a verb, right before an organisation's ending, is its name.)
            let unknown_name_before_ending = || {
                t.tag == "v"
                    && t.end - t.start >= 3
                    && !crate::segment::JIEBA.has_word(w)
                    && before_long_ending()
            };
            // (项目逐一跟踪督办/v, 物资退库/v, 村干部操办/v: a verb jieba knows, ending in
            // an organisation's character, ends no organisation's name; 安/v 委办/v, made of
            // two such characters, does.)
            let known_verb = || {
                t.tag == "v"
                    && t.end - t.start == 2
                    && crate::segment::JIEBA.has_word(w)
                    && !LEXICON.org_suffixes.iter().any(|x| x == w)
                    && !LEXICON.ends_with_org_suffix(&view.slice(t.start, t.start + 1))
            };
            // (深入贯彻落实/i 全国城镇燃气…部署: a set phrase of four characters acts as a
            // verb does.)
            let idiom = t.tag == "i" && t.end - t.start == 4;
            // 深入胜利油田所属/b 采油厂: the units an organisation owns are gone into as it
            // (下属/v ends the name as a verb does).
            let owned_after_name = w == "所属"
                && view.token_ending_at(t.start).is_some_and(|prev| {
                    prev.start >= from && !["及", "和", "其", "及其"].contains(&prev.word)
                });
            if owned_after_name {
                break;
            }
            if (t.tag == "v" || idiom || LEXICON.category_of(w).is_some())
                && units_closed_at.is_none_or(|k| t.start >= k)
                && (!LEXICON.ends_with_org_suffix(w) || known_verb())
                && w != "监管"
                && !inside_place_name
                // (对玛/nz 查理/v 镇: or one character after the item's opening.)
                && !((opens_item
                    || (t.start == item_opened + 1 && is_han(view.chars[item_opened])))
                    && opens_town_name())
                && !before_ending
                && !opens_named_unit()
                && !unknown_name_before_ending()
                && !stationed_office_name(view, t)
                && LEXICON.gazetteer.lookup(w).is_empty()
                // (对采购/v 与/p 招标管理中心: a verb opening the phrase is the work looked
                // at, unless 与 joins it to the rest of a unit's name.)
                && !((t.start > from || joined_to_what_follows(view, t))
                    && verb_inside_name(view, t))
            {
                // 对市审计局移送的问题线索: the unit that handed something over.
                if LEXICON.handover_verbs.iter().any(|v| v == w) && view.starts_with_at(t.end, "的")
                {
                    return Vec::new();
                }
                break;
            }
        }
        if w.contains('(') {
            depth += 1;
        }
        if w.contains(')') {
            depth -= 1;
        }
        end = t.end;
        // 县发展改革委/的履职: jieba glues 的 to the name's last character (委的/uj).
        if t.end - t.start >= 2 && w.ends_with('的') {
            boundaries.push(end - 1);
        }
        // 信息化/局惠企/ng 资金: jieba's guess for a word it does not know glued a unit's last
        // character (局, 厅, 处, 镇, 乡) to what follows.
        if t.end - t.start >= 2
            && w.starts_with(['局', '厅', '处', '镇', '乡'])
            && !crate::segment::JIEBA.has_word(w)
        {
            boundaries.push(t.start + 1);
        }
        boundaries.push(end);
        // A bound on a run-away phrase, long enough for four units named in full
        // (…粮食和物资储备局、…国有粮食储备有限公司及其所属问安粮库、七星台粮库); a list of
        // short names runs on (分赴金城江区、宜州区…大化瑶族自治县: eleven counties).
        if w == "、" {
            item_opened = end;
        }
        if end - from > 48 && end - item_opened > 24 {
            bounded = true;
            break;
        }
    }
    let mut out = Vec::new();
    // Items between 、/和 separators, cut at 等.
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut item_start = from;
    for i in from..end {
        let c = view.chars[i];
        if closes_list(view, i) {
            break;
        }
        // 住房和城乡建设局, 发展和改革局: 和 inside one name, when what comes before it
        // is no organisation or place of its own.
        // (城市与环境学院, 财务监管与运行评价局: 与 joins a name's halves after a word of
        // two characters that only looks like an organisation's.)
        // (农田建设管理处及阜阳市、宿州市: a place named in full after it is an item of its
        // own, whatever the item before ends with.)
        let separates = |i: usize| {
            let before = view.slice(item_start, i);
            ((LEXICON.ends_with_org_suffix(&before) || is_department(&before))
                && (view.chars[i] != '与' || before.chars().count() >= 3))
                // (十六团和阿拉尔经济技术开发区: a Corps regiment.)
                || is_regiment(&before)
                || !LEXICON.gazetteer.lookup(&before).is_empty()
                || view.of_kind(Kind::Region).iter().any(|h| {
                    // (…码头整治和城区黑臭水体: 城区 and 矿区 are districts' names too.)
                    h.start == i + 1
                        && boundaries.contains(&h.end)
                        && DIVISION_LEVELS.contains(&view.chars[h.end - 1])
                        && (h.end - h.start >= 3 || view.chars[h.end - 1] == '县')
                })
        };
        // 发展和改革局及全市: jieba glues 及 to the name's last character (局及/c).
        let glued_conjunction = boundaries.contains(&(i + 1))
            && view
                .token_ending_at(i + 1)
                .is_some_and(|t| t.end - t.start == 2 && t.tag == "c");
        // 南浔区和孚镇: 和 opening a town's name of three, one more character and its level
        // closing the item.
        let opens_town = c == '和'
            && view.chars.get(i + 1).is_some_and(|&n| is_han(n))
            && view
                .chars
                .get(i + 2)
                .is_some_and(|l| matches!(l, '镇' | '乡'))
            && view
                .chars
                .get(i + 3)
                .is_none_or(|&n| is_punct(n) || n == '等');
        if c == '、'
            || (CONJUNCTIONS.contains(c)
                && (boundaries.contains(&i) || glued_conjunction)
                && separates(i)
                && !opens_town)
        {
            if let Err(at) = boundaries.binary_search(&i) {
                boundaries.insert(at, i);
            }
            items.push((item_start, i));
            item_start = i + 1;
        } else if view.starts_with_at(i, "以及") && boundaries.contains(&i) && separates(i) {
            // 县文物局以及古城内的客栈: 以及 separates as 及 does.
            items.push((item_start, i));
            item_start = i + 2;
        }
    }
    let stop = (from..end).find(|&i| closes_list(view, i)).unwrap_or(end);
    // (…、西安咸阳国际机场、兰州/中川国际机场: an item the bound cut is no item.)
    if item_start < stop && !(bounded && stop == end && item_start > from) {
        items.push((item_start, stop));
    }
    // 鼎城区等9个区县: jieba may glue 等 to the last name (区等); the name ends before it.
    if stop < end {
        if let Err(at) = boundaries.binary_search(&stop) {
            boundaries.insert(at, stop);
        }
    }
    // 省工信、人社、市场监管、应急等职能部门: expand department short forms.
    let level = items
        .first()
        .map(|&(a, _)| view.chars[a])
        .filter(|c| DIVISION_LEVELS.contains(c));
    // 正蓝旗、多伦县应急管理局: places listed before a unit's name share its unit.
    let shared_unit: Option<String> = items
        .last()
        .filter(|_| items.len() >= 2)
        // 河南省、陕西省、宁夏回族自治区: a place named in full shares nothing.
        .filter(|&&(a, b)| LEXICON.gazetteer.lookup(&view.slice(a, b)).is_empty())
        .and_then(|&(a, b)| {
            // (毕节市烟叶产区: the place named in full, not its short name 毕节.)
            let k = (a + 2..b).rev().find(|&k| {
                !LEXICON
                    .gazetteer
                    .lookup(&view.text[view.byte_range(a, k)])
                    .is_empty()
            })?;
            // 朝阳区、丰台区和北京市热力集团有限责任公司: places inside the last item's own
            // place are places of their own beside its unit, which they do not share.
            let g = &LEXICON.gazetteer;
            let above = g.lookup(&view.text[view.byte_range(a, k)]);
            let inside_it = items[..items.len() - 1].iter().any(|&(ia, ib)| {
                g.lookup(&view.slice(ia, ib)).iter().any(|&d| {
                    std::iter::successors(g.parent(d), |&p| g.parent(p)).any(|p| above.contains(&p))
                })
            });
            if inside_it {
                return None;
            }
            boundaries
                .iter()
                .rev()
                .filter(|&&e| e > k + 1 && e <= b)
                .map(|&e| view.slice(k, e))
                .filter(|unit| {
                    // 遵义、毕节两市: a count of the places, not their unit; 在濮阳县、范县对
                    // 油区…: nor what is looked at there.
                    !unit.chars().next().is_some_and(is_number_char) && !unit.starts_with('对')
                })
                .find(|unit| LEXICON.ends_with_org_suffix(unit))
        })
        // 广阳区、安次区、廊坊经济技术开发区: a zone named after its city is a place of
        // its own, not a unit each place has; 尚志市、五常市受灾乡镇: nor are areas described.
        // (文昌市、海口市美兰区: a district named after its city is no unit either.)
        .filter(|unit| {
            !LEXICON.zone_endings.iter().any(|z| unit.ends_with(z))
                && LEXICON.gazetteer.lookup(unit).is_empty()
                && !GENERIC_WORDS.occurs_in(unit)
                // (郑州市、新乡市受灾地区: the areas described are the places.)
                && items
                    .last()
                    .is_none_or(|&(a, b)| place_of_its_areas(&view.slice(a, b)).is_none())
        });
    // 对校医院、图书馆等单位, 对图书馆、后勤保障处等32个用工单位: beside a school's own
    // departments, a kind of unit written alone is the school's (its library).
    let beside_school_departments = || {
        items.iter().any(|&(a, b)| {
            let item = view.slice(a, b);
            school_department(&item) || (item.starts_with('校') && item.chars().count() >= 3)
        })
    };
    for (n, &(mut a, mut b)) in items.iter().enumerate() {
        a = after_unit_description(view, a, b);
        // 遵义、毕节两市, 瑶里镇、鹅湖镇两个镇: the count of places closing the list is not
        // part of a name.
        if b >= a + 3 && ['市', '县', '区', '州', '镇', '乡'].contains(&view.chars[b - 1]) {
            let counted = if view.chars[b - 2] == '个' {
                b - 3
            } else {
                b - 2
            };
            if counted > a + 1 && is_numeral(view.chars[counted]) {
                b = counted;
            }
        }
        let item = view.slice(a, b);
        if let Some(unit) = shared_unit.as_ref().filter(|_| n + 1 < items.len()) {
            if !LEXICON.gazetteer.lookup(&item).is_empty() {
                out.push((format!("{item}{unit}"), a));
                continue;
            }
        }
        let bare = match level {
            Some(l) if n == 0 => item.strip_prefix(l).unwrap_or(&item).to_string(),
            _ => item.clone(),
        };
        if let (Some(l), Some((prov, city))) = (level, LEXICON.departments.get(&bare)) {
            let full = if l == '省' { prov } else { city };
            out.push((format!("{l}{full}"), a));
            continue;
        }
        // The longest prefix ending at a word boundary that ends like an organisation or place.
        let mut best = None;
        for &e in boundaries.iter().rev().filter(|&&e| e > a && e <= b) {
            let cand = view.slice(a, e);
            // 某某公司(集团) is a name with its note; 村(社区) is only a kind of place;
            // 举报电话(022) an area code, no organisation at all.
            // (部门和镇(街道), 村(社区): a level written with its alternative is a kind.)
            let noted_name = cand.ends_with(')')
                && cand.find('(').is_some_and(|open| {
                    let note = &cand[open + 1..cand.len() - 1];
                    let level_note = note
                        .replace("街道", "")
                        .replace("社区", "")
                        .chars()
                        .all(|c| LEVEL_CHARS.contains(&c) || c == '村' || c == '、');
                    cand[..open].chars().count() >= 3
                        && !level_note
                        && !note.contains(|c: char| c.is_ascii_digit())
                });
            let balanced = cand.matches('(').count() == cand.matches(')').count();
            // (基建处, 药学部: a department named alone, in the article of its organisation.)
            if balanced
                && (LEXICON.ends_with_org_suffix(&cand)
                    || noted_name
                    || department_of_organisation(&cand)
                    || school_department(&cand)
                    || section_of_department(&cand)
                    || is_regiment(&cand))
            {
                best = Some(cand);
                break;
            }
        }
        // 对昆明、曲靖等地: a place named by its short name.
        let best = best.or_else(|| {
            (item.chars().count() >= 2 && !LEXICON.gazetteer.lookup(&item).is_empty())
                .then(|| item.clone())
        });
        // (…茂名石化等企业: so is a unit of a list closed as units, by the name it goes by.)
        let best = best.or_else(|| {
            // (Its name opens with a proper name as jieba tags it (镇海/ns 炼化, 齐鲁石化/nr,
            // 茂名/a 石化): 机械制造/b、纺织/n 服装等企业 lists trades, no units.)
            let proper_opening = view.token_starting_at(a).is_some_and(|t| {
                t.tag.starts_with("ns")
                    || t.tag.starts_with("nr")
                    || matches!(t.tag, "nt" | "nz" | "a" | "j")
            });
            (units_closed_at.is_some()
                && proper_opening
                && (2..=8).contains(&item.chars().count())
                && item.chars().all(is_han)
                && !is_generic(&item)
                && !GENERIC_WORDS.occurs_in(&item))
            .then(|| item.clone())
        });
        let Some(name) = best else { continue };
        // 对区国资委系统…开展检查: the organisation and the units under it; the organisation
        // is what is overseen.
        let name = match name.strip_suffix("系统") {
            Some(head) if head.chars().count() >= 3 && LEXICON.ends_with_org_suffix(head) => {
                head.to_string()
            }
            _ => name,
        };
        // 督促市住建局对全市燃气企业…: the unit urged ends where its own work's 对 starts.
        // (生态环境部对外合作与交流中心: 对外, a word of its own, is inside the name.)
        let name = match name
            .match_indices('对')
            .filter(|&(k, _)| {
                !LEXICON
                    .never_glued
                    .iter()
                    .any(|w| name[k..].starts_with(w.as_str()))
            })
            .map(|(k, _)| &name[..k])
            // (在濮阳县、范县对油区…开展联合监督: so does a place's.)
            .find(|head| {
                (head.chars().count() >= 3 && LEXICON.ends_with_org_suffix(head))
                    || !LEXICON.gazetteer.lookup(head).is_empty()
            }) {
            Some(head) => head.to_string(),
            None => name,
        };
        // 深入我市睢阳区, 向我市医保局: the article's own region is no part of the name; a
        // unit after it keeps its level (市医保局), a place named after it stands alone.
        let name = match name
            .strip_prefix(['我', '本'])
            .filter(|rest| rest.starts_with(LEVEL_CHARS) && rest.chars().count() >= 3)
        {
            Some(rest) => {
                let place: String = rest.chars().skip(1).collect();
                if LEXICON.gazetteer.lookup(&place).is_empty() {
                    rest.to_string()
                } else {
                    place
                }
            }
            None => name,
        };
        // 商场超市: kinds of organisation run together name none; 学院党委 is the party
        // committee of the college named before (see `expand_short_form`).
        if only_kinds_of_organisation(&name)
            && short_form_head(&name).is_none()
            && !(schools_own_kind(&name) && beside_school_departments())
        {
            continue;
        }
        // 深入五常市受灾乡镇: the towns or villages of a place, unnamed, are that place
        // visited (its unnamed departments are not: see `unnamed_departments`).
        if let Some(place) = place_of_its_areas(&name) {
            out.push((place, a));
            continue;
        }
        // 派镇, 林镇: a town named by one character, not a word for some or all towns; so
        // is 朗乡镇 (the town 朗乡), not the towns of some place (县乡镇, 各乡镇).
        let one_character_town = {
            let mut cs = name.chars();
            let named_by = |a: char| {
                is_han(a)
                    && !is_numeral(a)
                    && !LEVEL_CHARS.contains(&a)
                    && !"该全各本每此其我乡镇村城集".contains(a)
            };
            match (cs.next(), cs.next(), cs.next(), cs.next()) {
                (Some(a), Some('镇' | '乡'), None, None) => named_by(a),
                (Some(a), Some('乡'), Some('镇'), None) => named_by(a),
                _ => false,
            }
        };
        let short_ok = !LEXICON.gazetteer.lookup(&name).is_empty()
            || short_form_head(&name).is_some()
            || one_character_town
            // (四团, 十团: a Corps regiment of one numeral.)
            || is_regiment(&name);
        // 县（区）财政局, 县（市、区）纪委: every county's, no one unit; so are 局机关各司局.
        let every_level = (name.starts_with(LEVEL_CHARS) && name.chars().nth(1) == Some('('))
            || name
                .rsplit_once('各')
                .is_some_and(|(_, kind)| (1..=3).contains(&kind.chars().count()));
        // (学校党委 opens with a generic word, but stands for a school the article named.)
        if (name.chars().count() < 3 && !short_ok)
            || (is_generic(&name) && short_form_head(&name).is_none())
            || every_level
            // (全州县, 全椒县: a place's name opens with 全, as 全市 does not.)
            || (name.starts_with('全') && !opens_with_full_place_name(&name))
            // 鼎城区 holds 城区 but is a district of the gazetteer.
            || (!short_ok && holds_generic_word(&name))
        {
            continue;
        }
        if name.contains("纪委") || name.contains("纪检监察") || name.contains("监委") {
            continue;
        }
        // 来到国道绥满公路一处超限检测站, 来到张江镇一家定点零售药店: a unit not named,
        // only described.
        if item.contains('一')
            && ["一处", "一家", "一所", "一座", "一个"]
                .iter()
                .any(|w| item.contains(w))
        {
            continue;
        }
        if starts_with_ordinal(&name) {
            // 十二届市委第一轮巡察的…: a term or round, not an organisation overseen.
            continue;
        }
        out.push((name, a));
    }
    // 水利部水利工程建设司、规划计划司: departments listed after the first share its
    // ministry; 南充市商业银行顺庆支行、高坪支行: branches share its bank.
    // (交通运输部公路局、水运局: a ministry's bureaus too, where no place names them.)
    share_first_items_parent(
        &mut out,
        |name| {
            ministry_of_department(name).map(|ministry| {
                (
                    if ministry.ends_with('部') {
                        "局"
                    } else {
                        "司"
                    },
                    ministry,
                )
            })
        },
        |name, ending, _| {
            name.ends_with('司')
                || (name.ends_with(ending)
                    && place_opening(name).is_none()
                    && !name.starts_with(LEVEL_CHARS)
                    // (国家矿山安全监察局: an administration of the state, no bureau of it.)
                    && !["国家", "中国"].iter().any(|w| name.starts_with(w)))
        },
    );
    // 医院药学部、医学装备部和总务科: a hospital's departments end in several ways.
    share_first_items_parent(&mut out, organisation_of_subunit, |name, _, parent| {
        place_opening(name).is_none()
            && LEXICON.subunits.iter().any(|(ending, organisations)| {
                name.ends_with(ending.as_str())
                    && organisations.iter().any(|o| parent.ends_with(o.as_str()))
            })
    });
    share_first_items_place(&mut out);
    // 分赴石家庄市、唐山市等11个设区市以及定州市、辛集市, …等9个设区市和平潭综合实验区:
    // places listed after the count that closed the list are gone to too (not kinds: 等12家
    // 定点医院和方舱医院, 等12个县市区和市属开发区).
    if let Some(next) = list_after_count(view, stop) {
        let g = &LEXICON.gazetteer;
        out.extend(
            listed_phrases(view, next)
                .into_iter()
                .map(|(name, at)| match g.place_prefix_ends(&name).last() {
                    // (定州市、辛集市两个省直管市: the places, counted and described.)
                    Some(e) if name[e..].starts_with(is_number_char) => (name[..e].to_string(), at),
                    _ => (name, at),
                })
                .filter(|(name, _)| {
                    !g.lookup(name).is_empty()
                        || (!name.starts_with(LEVEL_CHARS)
                            && LEXICON
                                .zone_endings
                                .iter()
                                .any(|z| name.ends_with(z.as_str())))
                }),
        );
    }
    out
}

/// Where a list joined by a conjunction to the count closing the list before it (等11个设区市
/// 以及…, 等5个县和…, 宁德市9个设区市和…) starts.
fn list_after_count(view: &View, stop: usize) -> Option<usize> {
    let n = view.chars.len();
    let mut k = count_end(view, stop)?;
    if matches!(view.chars.get(k), Some('个' | '家')) {
        k += 1;
    }
    (k + 1..=n.min(k + 5))
        .take_while(|&e| is_han(view.chars[e - 1]))
        .find_map(|e| {
            ["以及", "和", "及"].iter().find_map(|conj| {
                let next = e + conj.chars().count();
                (view.starts_with_at(e, conj) && view.chars.get(next).is_some_and(|&c| is_han(c)))
                    .then_some(next)
            })
        })
}

/// 向肇庆高新区经济发展局、规划建设局和招商服务中心: departments listed after the first,
/// written without a place, are the first one's place's.
fn share_first_items_place(items: &mut [(String, usize)]) {
    let Some((first, rest)) = items.split_first_mut() else {
        return;
    };
    let Some(place) = place_opening(&first.0) else {
        return;
    };
    for (name, _) in rest {
        let department = ["局", "委", "办", "中心"].iter().any(|s| name.ends_with(s));
        // 北极镇党委: a town's, named by its town.
        // (住房和城乡建设局, 农业农村局, 乡村振兴局: words of no town or village; 市场监管局:
        // 市 opening 市场, no level.)
        let plain = ["城乡", "乡村", "农村"]
            .iter()
            .fold(name.clone(), |n, w| n.replace(w, ""));
        // (省应急管理厅、山西煤矿安全监察局: a unit opening with a place's short name is that
        // place's.)
        let own_place = (place_opening(name).is_some() && !LEXICON.has_no_level_prefix(name))
            || LEXICON.gazetteer.place_prefix_ends(name).next().is_some()
            || plain.contains(['镇', '乡', '村'])
            || name.contains("街道");
        if department && !own_place && name.chars().count() >= 3 {
            *name = format!("{place}{name}");
        }
    }
}

/// The place a unit's name opens with: a development zone (肇庆高新区), a division of the
/// gazetteer (武胜县) or a bare level (市财政局).
fn place_opening(name: &str) -> Option<&str> {
    if let Some(end) = LEXICON
        .zone_endings
        .iter()
        .filter_map(|z| name.find(z).map(|k| k + z.len()))
        .filter(|&end| end < name.len())
        .min()
    {
        return Some(&name[..end]);
    }
    let ends: Vec<usize> = name.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    if let Some(&end) = ends.iter().rev().skip(1).find(|&&end| {
        let head = &name[..end];
        head.ends_with(LEVEL_CHARS) && !LEXICON.gazetteer.lookup(head).is_empty()
    }) {
        return Some(&name[..end]);
    }
    // (师市应急管理局: the Corps' word for the level.)
    if let Some((alias, _)) = LEXICON
        .level_aliases
        .iter()
        .find(|(alias, _)| name.starts_with(alias.as_str()) && name.len() > alias.len())
    {
        return Some(&name[..alias.len()]);
    }
    let first = name.chars().next()?;
    (LEVEL_CHARS.contains(&first) && ends.len() >= 4).then(|| &name[..first.len_utf8()])
}

/// Later items ending like a part of the first item's organisation (司, 支行) and naming no
/// organisation of their own are parts of the same one.
fn share_first_items_parent(
    items: &mut [(String, usize)],
    parent_of: impl Fn(&str) -> Option<(&'static str, String)>,
    part_of: impl Fn(&str, &str, &str) -> bool,
) {
    let Some((first, rest)) = items.split_first_mut() else {
        return;
    };
    let Some((ending, parent)) = parent_of(&first.0) else {
        return;
    };
    for (name, _) in rest {
        if part_of(name, ending, &parent) && parent_of(name).is_none() {
            *name = format!("{parent}{name}");
        }
    }
}

/// 南充市商业银行 of 南充市商业银行顺庆支行, with the sub-unit's ending (支行).
fn organisation_of_subunit(name: &str) -> Option<(&'static str, String)> {
    LEXICON.subunits.iter().find_map(|(ending, organisations)| {
        let head = name.strip_suffix(ending.as_str())?;
        let at = organisations
            .iter()
            .filter_map(|o| head.rfind(o.as_str()).map(|k| k + o.len()))
            .max()?;
        // The sub-unit has a name of its own between the two (顺庆).
        (head[at..].chars().count() >= 2).then(|| (ending.as_str(), head[..at].to_string()))
    })
}

/// 水利部 of 水利部水利工程建设司, 交通运输部 of 交通运输部公路局.
fn ministry_of_department(name: &str) -> Option<String> {
    // (中国建筑第二工程局有限公司: a company's 公司 is no ministry's department.)
    if !name.ends_with(['司', '局']) || name.ends_with("公司") {
        return None;
    }
    let chars: Vec<char> = name.chars().collect();
    (2..chars.len().saturating_sub(2))
        .rev()
        .find(|&k| matches!(chars[k - 1], '部' | '委' | '署' | '局'))
        .map(|k| chars[..k].iter().collect())
}

/// The generic words of two characters or more (有关部门, 属地): a name holding one is no
/// name of its own.
static GENERIC_WORDS: Lazy<WordSet> = Lazy::new(|| WordSet::new(generic_words(2)));

/// Whether a unit's name holds a generic word outside the place it opens with
/// (古城区交通运输局 holds 城区 only inside its district's name).
fn holds_generic_word(name: &str) -> bool {
    if !GENERIC_WORDS.occurs_in(name) {
        return false;
    }
    let place_end = name
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take(8)
        .filter(|&e| !LEXICON.gazetteer.lookup(&name[..e]).is_empty())
        .last();
    // 安宁工业园区管委会: a zone named after a place (no generic word among its words) is a
    // place, as a gazetteer name is; 工业园区 alone or 各园区 stays generic.
    let zone_end = LEXICON.zone_endings.iter().find_map(|z| {
        let at = name.find(z.as_str())?;
        let own = &name[..at];
        let opens_with_place = |own: &str| {
            own.char_indices()
                .skip(2)
                .map(|(i, _)| i)
                .chain([own.len()])
                .any(|e| {
                    let place = &own[..e];
                    !LEXICON.gazetteer.lookup(place).is_empty()
                        || (LEXICON
                            .county_short_patterns
                            .binary_search_by(|(short, _)| short.as_str().cmp(place))
                            .is_ok()
                            // (三江源国家公园: 三江 running on.)
                            && LEXICON.short_name_stands(place, e < own.len()))
                })
        };
        // (国家税务总局苏州工业园区税务局: the zone after the administration whose bureau
        // in it the name is.)
        let after_administration = || {
            own.char_indices()
                .filter(|&(_, c)| matches!(c, '局' | '署'))
                .any(|(i, c)| opens_with_place(&own[i + c.len_utf8()..]))
        };
        let named_after_place = opens_with_place(own) || after_administration();
        (named_after_place && !GENERIC_WORDS.occurs_in(own)).then_some(at + z.len())
    });
    let rest = &name[place_end.max(zone_end).unwrap_or(0)..];
    // 临江镇中心学校, 东风村便民服务站: an ending that alone is generic names a unit after a
    // place's own words.
    if let Some(ending) = GENERIC_WORDS
        .words
        .iter()
        .find(|g| rest.ends_with(**g) && LEXICON.ends_with_org_suffix(g))
    {
        let before = &rest[..rest.len() - ending.len()];
        // (禾丰镇两个乡镇 counts places; 农村金融服务站 names none.)
        let place_word = before.char_indices().any(|(i, c)| {
            matches!(c, '镇' | '乡' | '村' | '县' | '区' | '市' | '街')
                && !before[..i].ends_with('农')
                && !before[i + c.len_utf8()..].starts_with(['村', '镇'])
        });
        if place_word
            && !before.contains(['个', '两', '等', '、', '和'])
            && !GENERIC_WORDS.occurs_in(before)
        {
            return false;
        }
    }
    GENERIC_WORDS.occurs_in(rest)
}

/// A few words looked for inside short strings: only where a word's first character
/// stands is it compared (a substring search per word costs more than the test).
struct WordSet {
    words: Vec<&'static str>,
    /// The words' first characters, sorted.
    firsts: Vec<char>,
}

impl WordSet {
    fn new(words: Vec<&'static str>) -> Self {
        let mut firsts: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        WordSet { words, firsts }
    }

    fn occurs_in(&self, text: &str) -> bool {
        text.char_indices().any(|(i, c)| {
            self.firsts.binary_search(&c).is_ok()
                && self.words.iter().any(|w| text[i..].starts_with(w))
        })
    }
}

/// The generic words of at least `min_chars` characters, listed once for the rules that
/// search a name for any of them.
fn generic_words(min_chars: usize) -> Vec<&'static str> {
    LEXICON
        .generic
        .iter()
        .filter(|g| g.chars().count() >= min_chars)
        .map(String::as_str)
        .collect()
}

/// Whether a name is made only of organisation endings (商场超市, 党委政府).
fn only_kinds_of_organisation(name: &str) -> bool {
    // (车站街道, 机场街道: a sub-district named after what stands in it is a place; 乡镇街道
    // and 社区街道 are kinds.)
    if name.strip_suffix("街道").is_some_and(|head| {
        !head.is_empty()
            && !TOWN_LEVELS
                .iter()
                .chain(&["村", "社区", "城区"])
                .any(|l| head.ends_with(l))
    }) {
        return false;
    }
    let mut rest = name;
    while !rest.is_empty() {
        let longest = LEXICON
            .org_suffixes
            .iter()
            .filter(|s| s.chars().count() >= 2 && rest.ends_with(s.as_str()))
            .map(String::len)
            .max();
        match longest {
            Some(len) => rest = &rest[..rest.len() - len],
            None => return false,
        }
    }
    true
}

/// 十二届…, 第三轮…, 2批…: a numbered term, round or batch.
fn starts_with_ordinal(name: &str) -> bool {
    let rest = name.strip_prefix('第').unwrap_or(name);
    let digits = rest
        .chars()
        .take_while(|&c| c.is_ascii_digit() || is_numeral(c))
        .count();
    digits > 0
        && rest
            .chars()
            .nth(digits)
            .is_some_and(|c| "届轮批期次".contains(c))
}

const NAME_TERMINATORS: &str =
    "赴到在主带表同、,率来深以和等牵骑与对说指介强要称参被因为是的。;:(向前进就亲出等还所借伙这";

/// Whether `c` is one of `NAME_TERMINATORS`, without searching the string each time.
fn is_name_terminator(c: char) -> bool {
    static SET: Lazy<Vec<char>> = Lazy::new(|| {
        let mut set: Vec<char> = NAME_TERMINATORS.chars().collect();
        set.sort_unstable();
        set.dedup();
        set
    });
    SET.binary_search(&c).is_ok()
}

/// What the document says beyond the sentence that helps read its people.
#[derive(Clone, Copy)]
struct PeopleCues<'a> {
    /// The numbered case heading of the paragraph (5．德钦县林业和草原局…问题), after its number.
    case_heading: Option<&'a str>,
    /// The names that open answers (see `answer_speakers`).
    speakers: &'a [String],
    /// The sentence is a later item of a list of cases a notification opened.
    item_of_cases: bool,
}

/// Words between a unit and a post that belong to the post (区卫健局原局长, 分管副局长).
const POST_OPENERS: &[&str] = &["时任", "原", "前", "分管"];

/// 市纪委监委通报4起安全生产领域失职失责典型问题。: a sentence announcing a notification
/// of cases, whose items the sentences after it list (其中，…原副局长王某某…不力；).
fn announces_cases(view: &View) -> bool {
    let text = view
        .text
        .trim_end_matches(|c: char| is_punct(c) || c.is_whitespace());
    // (纪检监察组对4起…典型问题进行通报。其中，…: the cases named after it as well.)
    (text.ends_with("问题") || text.contains("典型问题"))
        && text.contains("通报")
        && text.contains('起')
}

/// Where the words that belong to the post starting at `post_start` open: an opener
/// (原局长), or the portfolio a deputy held (洛泽河镇原分管安全生产的副镇长).
fn post_opened_at(view: &View, post_start: usize) -> usize {
    let mut at = post_start;
    if at > 0 && view.chars[at - 1] == '的' {
        if let Some(k) = (at.saturating_sub(12)..at - 1)
            .rev()
            .take_while(|&k| is_han(view.chars[k]))
            .find(|&k| view.starts_with_at(k, "分管"))
        {
            at = k;
        }
    }
    POST_OPENERS
        .iter()
        .find(|w| view.ends_with_at(at, w))
        .map_or(at, |w| at - w.chars().count())
}

fn find_people(
    view: &View,
    s: &Sentence,
    bodies: &[BodyMention],
    sentence_bodies: &[usize],
    cues: PeopleCues,
    out: &mut Vec<PersonMention>,
    pending: &mut Vec<PersonMention>,
) {
    let PeopleCues {
        case_heading,
        speakers,
        item_of_cases,
    } = cues;
    let n = view.chars.len();
    let held = item_of_cases || view.has(Kind::Accountability, 0, n);
    if held {
        let (named, waiting): (Vec<PersonMention>, Vec<PersonMention>) =
            pending.drain(..).partition(|p| {
                let len = p.name.chars().count();
                // 刘国平介绍，…处理违规…: a speaker reporting cases is not one of them.
                let speaks = |at: usize| {
                    ["介绍", "表示", "说", "指出", "强调", "通报", "回答", ":"]
                        .iter()
                        .any(|w| view.starts_with_at(at + len, w))
                };
                view.text.match_indices(p.name.as_str()).any(|(byte, _)| {
                    let at = view.char_at(byte);
                    !speaks(at)
                        && (p.name_confirmed || name_at(view, at).is_some_and(|n| n == p.name))
                })
            });
        *pending = waiting;
        out.extend(named.into_iter().map(|p| PersonMention {
            name_confirmed: true,
            ..p
        }));
    }
    // Posts followed by a name.
    for mat in view.matches(Kind::Post, 0, n) {
        let (mut pa, pb) = (mat.start, mat.end);
        // 小区长期室温不达标: a post ending inside a word (小区/长期) is one only before a
        // family name (原主/任何/某某 is 原主任何某某).
        let inside_word =
            pb < n && view.token_starting_at(pb).is_none() && view.token_ending_at(pb).is_none();
        if inside_word && !LEXICON.surnames.contains(view.slice(pb, pb + 1).as_str()) {
            continue;
        }
        // 党风政风监督室主任: the post 室主任 overlaps the office's name; the office keeps 室.
        if let Some(inside) = sentence_bodies
            .iter()
            .map(|&b| bodies[b].end - view.offset)
            .find(|&e| e > pa && e < pb)
        {
            pa = inside;
        } else if view.chars[pa] == '室'
            && view.ends_with_at(pa, "办公")
            && !LEXICON.ends_with_org_suffix(&view.slice(pa.saturating_sub(3), pa - 2))
        {
            // 果里镇安全生产监督管理办公室主任: so does the 办公室 a unit is named as (局办公室
            // is a bureau's own office).
            pa += 1;
        }
        // 乌云其其格带领…: jieba's 乌云 is a name only when the name ends there.
        let long = name_without_surname_at(view, pb);
        // 雷小芳/nr 推行/v “三资”…, 韦小/nrt 燕/nr 推行/v: a name, then a verb of the
        // dictionary that makes up the rest of the longer reading, is the name alone (乌云/nr
        // 毕力格 is not).
        // (王伟民/nr 将/d 维修: so is a one-character adverb or preposition after a whole
        // name jieba knows; 阿/j 吉拉/nrt 则/d 带领 is 阿吉拉则.)
        let verb_after_short_name = |short_end: usize, long_end: usize| {
            view.token_ending_at(short_end).is_some_and(|name| {
                view.token_starting_at(short_end).is_some_and(|t| {
                    t.end == long_end
                        && (is_dictionary_word(t, &["v", "vn", "d", "p", "ad"])
                            || (t.end == t.start + 1
                                && matches!(t.tag, "d" | "p")
                                && name.tag.starts_with("nr")
                                && name.start == pb))
                })
            })
        };
        // 巴图孟和带领: 和 closes no name a verb closes after it.
        // (陈国平/nr 未/d 按/p: a word that follows names after the short one ends it.)
        let long_reads_on = |short: &str, long: &str| {
            let (short_len, long_len) = (short.chars().count(), long.chars().count());
            let short_end = pb + short_len;
            long_len > short_len
                && long.starts_with(short)
                && !follower_at(view, short_end, 1)
                && !verb_after_short_name(short_end, pb + long_len)
                && (!is_name_terminator(view.chars[short_end])
                    || long_len == short_len + 1 && long.ends_with('和')
                    // (巴音/nr 达来/v 带队: the long name's last character, glued by jieba
                    // to the one before, a verb closing it; not 陈海燕/nr 还/d 带队.)
                    || long_len == short_len + 1
                        && name_closer_at(view, pb + long_len)
                        && view.token_starting_at(short_end).is_none())
        };
        let read = match (name_at(view, pb), long) {
            (Some(short), Some(long)) if long_reads_on(&short, &long) => Some(long),
            (short, long) => short.or(long),
        };
        let read = read
            .or_else(|| speaker_at(view, pb, speakers))
            .or_else(|| withheld_given_name_at(view, pb));
        let name_confirmed = read.is_some();
        let Some(mut name) = read.or_else(|| unbounded_name_at(view, pb)) else {
            continue;
        };
        // 索朗某某: a name read from a list of given names, withheld after it.
        if !name.contains('某') {
            let end = pb + name.chars().count();
            let withheld = view.chars[end..]
                .iter()
                .take(2)
                .take_while(|&&c| c == '某')
                .count();
            name.extend(std::iter::repeat_n('某', withheld));
        }
        // 镇纪委工作人员每天/r 上堤: a word of time or a pronoun after the post opens what
        // the staff do, no name.
        if view.token_starting_at(pb).is_some_and(|t| {
            // (次旦/t 说: jieba's time words include names.)
            t.end - t.start >= 2
                && matches!(t.tag, "r" | "t")
                && t.word
                    .starts_with(['每', '各', '该', '本', '这', '那', '今', '当', '近'])
                // (那日/r 苏/j 带领: a syllable jieba could bind to nothing after it makes
                // the word a name's first.)
                && !lone_syllable_ends_name(view, t.end, pb + name.chars().count())
        }) {
            continue;
        }
        // Walk back over 市纪委书记、市监委主任 segments.
        let mut roles: Vec<(usize, String)> = Vec::new();
        let mut post_start = pa;
        let mut post = view.slice(pa, pb);
        let mut org: Option<OrgRef> = None;
        // Posts in a bare 监委/纪委 (省纪委常委、监委委员): the same commission's, held
        // until the segment before names it.
        let mut same_commission: Vec<String> = Vec::new();
        loop {
            let body = sentence_bodies
                .iter()
                .copied()
                .find(|&b| bodies[b].end - view.offset == post_start);
            // …组长、监察专员李强: a list of posts, the body before the first.
            let listed_after =
                if body.is_none() && post_start >= 1 && view.chars[post_start - 1] == '、' {
                    Some(post_start - 1)
                } else if body.is_none()
                    && post_start >= 3
                    && (view.ends_with_at(post_start, "监委")
                        || view.ends_with_at(post_start, "纪委"))
                    && view.chars[post_start - 3] == '、'
                {
                    Some(post_start - 3)
                } else {
                    // 经开区党工委委员、纪工委书记某某; 纪工委副书记、监工委副主任某某.
                    ["纪工委", "监工委", "监察工委"]
                        .iter()
                        .filter(|w| body.is_none() && view.ends_with_at(post_start, w))
                        .map(|w| post_start.checked_sub(w.chars().count() + 1))
                        .find_map(|mark| mark.filter(|&k| view.chars[k] == '、'))
                };
            if let Some(list_mark) = listed_after {
                if let Some((s2, e2)) = post_ending_at(view, list_mark) {
                    same_commission.push(std::mem::replace(&mut post, view.slice(s2, e2)));
                    post_start = s2;
                    continue;
                }
            }
            // A group's leader named alone, with no post of another body before.
            let group_leader_alone = roles.is_empty()
                && same_commission.is_empty()
                && ["组长", "副组长"].contains(&post.as_str());
            match body {
                Some(b) => {
                    for later in same_commission.drain(..) {
                        roles.push((b, later));
                    }
                    roles.push((b, post.clone()));
                    let bstart = bodies[b].start - view.offset;
                    if bstart > 0 && view.chars[bstart - 1] == '、' {
                        // The previous segment's post ends at the 、.
                        if let Some((s2, e2)) = post_ending_at(view, bstart - 1) {
                            post_start = s2;
                            post = view.slice(s2, e2);
                            continue;
                        }
                    }
                    break;
                }
                // 驻部纪检监察组由副组长杨建华带队, 镇纪委由书记韩晓东带队: the body the 由
                // follows is led by its own official.
                None if roles.is_empty()
                    && same_commission.is_empty()
                    && led_by_at(view, post_start).is_some() =>
                {
                    if let Some(b) = leading_body(view, s, bodies, sentence_bodies, post_start) {
                        roles.push((b, post.clone()));
                    }
                    break;
                }
                None if group_leader_alone
                    && (opens_phrase(view, post_start)
                        || is_closing_quote(view.chars[post_start - 1])) =>
                {
                    // …派驻第三纪检监察组负责联系监督…，6月中旬，组长王海燕带队: a group's
                    // leader opening a clause leads the group the article just named; one
                    // opening a sentence, also after a quotation of a few sentences
                    // (……”组长赵凯介绍), though no other body was named since.
                    let before = view.offset + post_start;
                    let opens_sentence =
                        post_start == 0 || is_closing_quote(view.chars[post_start - 1]);
                    let reach = if opens_sentence { 4 } else { 1 };
                    let last = bodies
                        .iter()
                        .enumerate()
                        .rfind(|(_, b)| b.end <= before && b.sentence + reach >= s.index)
                        .filter(|(_, b)| b.kind == BodyKind::ResidentGroup);
                    if let Some((g, _)) = last {
                        roles.push((g, post.clone()));
                    }
                    break;
                }
                None => {
                    // 市纪委副书记、市委巡察办主任刘建华: a post in an organisation that is no
                    // body, after a body's post, leaves the person that body's official.
                    if roles.is_empty() && same_commission.is_empty() {
                        let body_post_before = (post_start.saturating_sub(10)..post_start)
                            .rev()
                            .take_while(|&k| is_han(view.chars[k]) || view.chars[k] == '、')
                            .find(|&k| view.chars[k] == '、')
                            .and_then(|mark| post_ending_at(view, mark))
                            .and_then(|(s2, e2)| {
                                sentence_bodies
                                    .iter()
                                    .copied()
                                    .find(|&b| bodies[b].end - view.offset == s2)
                                    .map(|b| (b, view.slice(s2, e2)))
                            });
                        if let Some(role) = body_post_before {
                            roles.push(role);
                            break;
                        }
                    }
                    // 学校党委常委、纪委书记某某: the bare 纪委 is the school's or the
                    // company's own committee, named earlier in the article.
                    if !same_commission.is_empty() {
                        // 行党委委员、纪委书记: jieba keeps 党委委员 whole.
                        let own = organisation_before(view, post_start).and_then(|(written, _)| {
                            let committee = if view.starts_with_at(post_start, "党委")
                                && !written.ends_with("党委")
                            {
                                format!("{written}党委")
                            } else {
                                written
                            };
                            own_committee_of(&committee, bodies)
                        });
                        if let Some(b) = own {
                            let posts: Vec<String> = same_commission.drain(..).rev().collect();
                            roles.push((b, posts.join("、")));
                            break;
                        }
                    }
                    // No body before the list (区卫健局原党组书记、局长张某某): its posts
                    // are all the person's.
                    for later in same_commission.drain(..).rev() {
                        post = format!("{post}、{later}");
                    }
                    if roles.is_empty() {
                        // 执法大队原副大队长: jieba glues 副 to 原, and 副 is the post's.
                        if view.ends_with_at(post_start, "副") && !post.starts_with('副') {
                            post_start -= 1;
                            post = format!("副{post}");
                        }
                        // 区卫健局原局长: 原 (former) belongs to the post, not the name;
                        // so does 分管 (…，分管副局长斯那拉姆受到…处分).
                        let org_end = post_opened_at(view, post_start);
                        // 局长李某某、副局长赵某: a post after a person listed before shares
                        // that person's organisation.
                        // 局长马福林被诫勉，副局长韩永明受到…处分: so does a post opening
                        // the clause after the one that held such a person to account.
                        let listed_with = match org_end.checked_sub(1).map(|k| view.chars[k]) {
                            Some('、') => out.iter().rev().find(|p| {
                                p.sentence == s.index
                                    && p.held_to_account
                                    && view.ends_with_at(org_end - 1, &p.name)
                            }),
                            Some(',') => {
                                let is_break =
                                    |k: &usize| matches!(view.chars[*k], ',' | ';' | ':' | '。');
                                let clause_start =
                                    (0..org_end - 1).rev().find(is_break).map_or(0, |k| k + 1);
                                let clause_end = (org_end..view.chars.len())
                                    .find(is_break)
                                    .unwrap_or(view.chars.len());
                                let before = &view.text[view.byte_range(clause_start, org_end - 1)];
                                (view.has(Kind::Accountability, org_end, clause_end)
                                    && view.has(Kind::Accountability, clause_start, org_end - 1))
                                .then(|| {
                                    out.iter().rev().find(|p| {
                                        p.sentence == s.index
                                            && p.held_to_account
                                            && before.contains(p.name.as_str())
                                    })
                                })
                                .flatten()
                            }
                            _ => None,
                        };
                        let former_official_of = (org_end < post_start)
                            .then(|| {
                                sentence_bodies
                                    .iter()
                                    .copied()
                                    .find(|&b| bodies[b].end - view.offset == org_end)
                            })
                            .flatten();
                        if let Some(previous) = listed_with {
                            org = Some(previous.org.clone());
                        } else if let Some(unit) =
                            culprits_unit_referred_to(view, s.index, org_end, out, case_heading)
                        {
                            org = Some(unit);
                        } else if let Some(b) = former_official_of {
                            // 派驻第四纪检监察组原组长马骏监督责任落实不到位问题: a former
                            // official of an oversight body, named in a case against him.
                            org = Some(OrgRef::Body(b));
                        } else if let Some((written, (org_start, unit_end), chained_post)) =
                            organisation_before(view, org_end).and_then(|(written, start)| {
                                // 福田街道原党工委委员、办事处副主任: a kind of unit written
                                // alone is the one the post before the 、 is in.
                                let chained = LEXICON.bare_kinds.contains(&written)
                                    && start >= 1
                                    && view.chars[start - 1] == '、';
                                if !chained {
                                    return Some((written, (start, org_end), None));
                                }
                                let (s2, e2) = post_ending_at(view, start - 1)?;
                                let end = post_opened_at(view, s2);
                                let (unit, unit_start) = organisation_before(view, end)?;
                                let earlier = format!("{}、{written}", view.slice(end, e2));
                                Some((unit, (unit_start, end), Some(earlier)))
                            })
                        {
                            if let Some(earlier) = chained_post {
                                post = format!("{earlier}{post}");
                            }
                            // An oversight body's own official is never the one held to
                            // account by its work.
                            // (公路建设项目办公室 is no commission's office.)
                            let oversight = view.of_kind(Kind::BodySuffix).iter().any(|h| {
                                h.start >= org_start
                                    && h.end <= unit_end
                                    && LEXICON.body_suffixes[h.index].standing
                                        != OfficeStanding::Attached
                            });
                            // 区民政局养老服务科原科长: the unit's sub-division is part of the
                            // post, the unit before it the organisation.
                            // 昌国街道原城建办主任: 原 before the unit is the post's.
                            let written = match written.char_indices().find(|&(k, c)| {
                                c == '原'
                                    && {
                                        let before = written[..k].chars().count();
                                        // (镇原县农业农村局: 原 inside a place's name; 东部原油/n
                                        // 储运有限公司: 原 opening a word.)
                                        before >= 2
                                            && !view.token_starting_at(org_start + before).is_some_and(
                                                |t| {
                                                    t.end - t.start >= 2
                                                        && crate::segment::JIEBA.has_word(t.word)
                                                },
                                            )
                                    }
                                    && !LEXICON
                                        .gazetteer
                                        .place_prefix_ends(&written)
                                        .any(|e| e > k)
                                    && LEXICON.ends_with_org_suffix(&written[..k])
                                    && LEXICON.ends_with_org_suffix(&written[k + c.len_utf8()..])
                                    // (固原市原州区: 原 opens a place's name.)
                                    && LEXICON
                                        .gazetteer
                                        .place_prefix_ends(&written[k..])
                                        .next()
                                        .is_none()
                            }) {
                                Some((k, c)) => {
                                    format!("{}{}", &written[..k], &written[k + c.len_utf8()..])
                                }
                                None => written,
                            };
                            let (mut o, division) = split_division(&written);
                            if !division.is_empty() {
                                post = format!("{division}{post}");
                            }
                            // 基建处原副处长: a department of the school whose
                            // committee the article is about.
                            if let Some(school) = school_of_department(&o, bodies) {
                                post = format!("{o}{post}");
                                o = school;
                            }
                            // 六十四团副团长, 六十二团十一连连长: a Corps regiment (and its
                            // company) is the organisation of its officials, as a town is.
                            let regiment = is_regiment(&o)
                                || o.strip_suffix('连').is_some_and(|rest| {
                                    rest.char_indices().any(|(k, _)| is_regiment(&rest[..k]))
                                        || is_regiment(rest)
                                });
                            if !oversight
                                && (names_culprits_organisation(&o) || regiment)
                                // (学校: the school written short, which resolution names
                                // after the article's university.)
                                && (o.chars().count() >= 3
                                    || SCHOOL_SHORT_FORMS.contains(&o.as_str()))
                            {
                                // 嘉积镇党委原副书记: a town's party secretary is an official
                                // of the town; the committee is part of the post.
                                // 某村原党支部书记: 原 may stand before the committee;
                                // 华阳街道原党工委委员: so does a sub-district's.
                                let town =
                                    // 联合村村委会原主任: so is a village's committee.
                                    [
                                        "党委",
                                        "党工委",
                                        "党总支",
                                        "党支部",
                                        "村委会",
                                        "居委会",
                                        "村民委员会",
                                        "居民委员会",
                                        "村务监督委员会",
                                    ]
                                    .iter()
                                    .find_map(|c| {
                                        let t = o.strip_suffix(c)?;
                                        let (t, former) = match t.strip_suffix('原') {
                                            Some(t) => (t, "原"),
                                            None => (t, ""),
                                        };
                                        (is_town(t)
                                            || is_regiment(t)
                                            || ["村", "社区", "嘎查"]
                                                .iter()
                                                .any(|l| t.ends_with(l)))
                                        .then_some((t, format!("{former}{c}")))
                                    });
                                if let Some((town, committee)) = town {
                                    post = format!("{committee}{post}");
                                    org = Some(OrgRef::Written(town.to_string()));
                                } else {
                                    org = Some(OrgRef::Written(o));
                                }
                            }
                        }
                    }
                    break;
                }
            }
        }
        if let Some((b, _)) = roles.first().filter(|_| name_confirmed) {
            let b = *b;
            let mut role_list: Vec<(OrgRef, String)> = roles
                .iter()
                .map(|(rb, r)| (OrgRef::Body(*rb), r.clone()))
                .collect();
            role_list.reverse();
            out.push(PersonMention {
                sentence: s.index,
                name,
                org: OrgRef::Body(b),
                roles: role_list,
                held_to_account: false,
                name_confirmed,
            });
        } else if let Some(org) = org.filter(|_| roles.is_empty()) {
            let person = PersonMention {
                sentence: s.index,
                name,
                roles: vec![(org.clone(), post)],
                org,
                held_to_account: true,
                name_confirmed,
            };
            // 县农业农村局原局长刘某某…。刘某某受到开除党籍处分: held to account only once a
            // later sentence says so.
            if held && name_confirmed {
                out.push(person);
            } else {
                pending.push(person);
            }
        }
    }
    // A body followed directly by names: 驻省公安厅纪检监察组王显伟、刘百川. Without a post
    // the name must be in a list or followed by where the person went.
    for &b in sentence_bodies {
        let mut pos = bodies[b].end - view.offset;
        while let Some(name) = name_at(view, pos) {
            let after = pos + name.chars().count();
            let listed =
                view.chars.get(after) == Some(&'、') || (pos > 0 && view.chars[pos - 1] == '、');
            let went = view
                .chars
                .get(after)
                .is_some_and(|c| "在赴到带率一".contains(*c));
            if !listed && !went {
                break;
            }
            if LEXICON
                .post_matcher
                .find(name.as_str())
                .is_some_and(|m| m.start() == 0)
            {
                break;
            }
            let len = name.chars().count();
            out.push(PersonMention {
                sentence: s.index,
                name,
                org: OrgRef::Body(b),
                roles: Vec::new(),
                held_to_account: false,
                name_confirmed: true,
            });
            pos += len;
            if pos < view.chars.len() && view.chars[pos] == '、' {
                pos += 1;
            } else {
                break;
            }
        }
    }
}

/// 赵卫东…、该局副局长周涛…问题: a unit written as 该 and its ending (该局, 该公司, 该单位)
/// before a culprit's post is the one named last with that ending, in the sentence or as
/// the organisation of a culprit of this sentence or the one before.
fn culprits_unit_referred_to(
    view: &View,
    sentence: usize,
    end: usize,
    out: &[PersonMention],
    case_heading: Option<&str>,
) -> Option<OrgRef> {
    // 该局, 该单位; or a bare 局 opening the clause (…履职不力问题。局党组成员、副局长冶海龙…).
    let (ending_len, before) = match (1..=2)
        .filter(|&len| end > len)
        .find(|&len| view.chars[end - len - 1] == '该')
    {
        Some(len) => (len, end - len - 1),
        None if end >= 1
            && "局院委厅".contains(view.chars[end - 1])
            && (end == 1 || is_punct(view.chars[end - 2])) =>
        {
            (1, end - 1)
        }
        None => return None,
    };
    let kind = view.slice(end - ending_len, end);
    let in_sentence = (kind != "单位")
        .then(|| unit_named_before(view, before, &kind))
        .flatten();
    // 5．德钦县林业和草原局党组落实…不力问题。…对该局党组书记、局长鲁茸进行诫勉: the unit
    // the case's heading opens with.
    let opening_the_heading = || {
        let heading = case_heading?;
        let unit = &heading[..heading.find(kind.as_str())? + kind.len()];
        let len = unit.chars().count();
        (kind != "单位" && (ending_len + 2..=20).contains(&len) && unit.chars().all(is_han))
            .then(|| OrgRef::Written(unit.to_string()))
    };
    in_sentence
        .map(OrgRef::Written)
        .or_else(|| {
            out.iter()
                .rev()
                .take_while(|p| p.sentence + 1 >= sentence)
                .filter(|p| p.held_to_account)
                .map(|p| &p.org)
                .find(|o| match o {
                    OrgRef::Written(w) => kind == "单位" || w.ends_with(kind.as_str()),
                    OrgRef::Body(_) => false,
                })
                .cloned()
        })
        .or_else(opening_the_heading)
}

/// The unit named last before character `before` in the sentence whose name ends with
/// `kind` (局 for 该局), of three to twelve characters and not anonymised.
fn unit_named_before(view: &View, before: usize, kind: &str) -> Option<String> {
    let len = kind.chars().count();
    let text = &view.text[view.byte_range(0, before)];
    let byte = text.rfind(kind)?;
    organisation_before(view, view.char_at(byte) + len)
        .map(|(name, _)| name)
        .filter(|name| (len + 2..=12).contains(&name.chars().count()) && !name.contains('某'))
}

/// 5．德钦县…, 三、伊州区…: the text of a numbered item after its number.
fn after_list_marker(text: &str) -> Option<&str> {
    let digits = text
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_digit() || is_numeral(c))
        .last()?;
    let rest = &text[digits.0 + digits.1.len_utf8()..];
    ['．', '.', '、']
        .iter()
        .find_map(|&mark| rest.strip_prefix(mark))
}

/// The committee (纪委) of a school or company named in the article, for its party
/// committee written short (学校党委, 集团党委) or in full (吉首大学党委); the working
/// committee (纪工委) of a zone for the zone's 党工委.
fn own_committee_of(party_committee: &str, bodies: &[BodyMention]) -> Option<usize> {
    // 经开区党工委: the zone's working committee named earlier.
    if let Some(zone) = party_committee.strip_suffix("党工委") {
        return bodies.iter().rposition(|b| {
            b.kind == BodyKind::WorkingCommittee
                && zone.chars().count() >= 2
                && b.written.contains(zone)
        });
    }
    let head = party_committee.strip_suffix("党委");
    // 学校党委, 行党委: a short form stands for the organisation it abbreviates.
    let short_for = LEXICON
        .enterprise_short_forms
        .iter()
        .find(|(short, _)| Some(short.as_str()) == head)
        .map(|(_, full)| full);
    let own = head.and_then(|head| {
        bodies.iter().rposition(|b| {
            b.kind == BodyKind::EnterpriseOrSchoolCommittee
                && (b.name_part == head
                    || short_for
                        .is_some_and(|ends| ends.iter().any(|e| b.name_part.ends_with(e.as_str()))))
        })
    });
    // 师市党委常委、纪委书记, 兵团党委常委、纪委书记, 市委常委、纪委书记: a region's party
    // committee, whose commission the article named written the same way (师市纪委监委,
    // 兵团纪委监委, 市纪委监委).
    own.or_else(|| {
        let region = head
            .or_else(|| party_committee.strip_suffix('委'))
            .filter(|r| !r.is_empty())?;
        let commissions = || {
            bodies
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, b)| b.kind == BodyKind::Commission)
        };
        commissions()
            .find(|(_, b)| {
                b.written.starts_with(region) && b.written[region.len()..].starts_with("纪委")
            })
            // (师市党委常委、纪委书记 where the article wrote the commission only in full,
            // 第四师可克达拉市纪委监委: the place so written is of the committee's level.)
            .or_else(|| {
                commissions().find(|(_, b)| {
                    b.written
                        .find("纪委")
                        .is_some_and(|k| place_written_at_level(&b.written[..k], region))
                })
            })
            .map(|(i, _)| i)
    })
}

/// Whether `place` (第四师可克达拉市, 内蒙古自治区) is a place of the level a party committee
/// names itself by (师市, 自治区, 市).
fn place_written_at_level(place: &str, level: &str) -> bool {
    if level == "师市" {
        return written_as_corps_city(place);
    }
    place.len() > level.len() && place.ends_with(level)
}

/// A Corps city written officially with its division (第八师石河子市).
pub(crate) fn written_as_corps_city(name: &str) -> bool {
    name.starts_with('第') && name.contains('师') && name.ends_with('市')
}

/// The body an article writes first, and its index. (Committees are found after
/// commissions in a sentence: the first written is the one that starts first.)
pub(crate) fn first_written(bodies: &[BodyMention]) -> Option<(usize, &BodyMention)> {
    bodies.iter().enumerate().min_by_key(|(_, b)| b.start)
}

/// The school of an article about a school's committee, for a department written without
/// it (基建处, 后勤管理处): departments of a school are 处, which alone are no organisation.
fn school_of_department(unit: &str, bodies: &[BodyMention]) -> Option<String> {
    if unit.chars().count() < 3 || unit.ends_with("办事处") {
        return None;
    }
    let schools = ["大学", "学院", "学校"];
    // 后勤保障部饮食服务中心原主任, 物理学院原副院长: in a university's article, one of its
    // units named alone (no place, no organisation of its own before it).
    // (膳食科, 后勤保障处某科室, 某食堂, 第二餐厅, 紫金港校区: its sections, canteens and
    // campuses too.)
    // (良乡校区东区: a part of a campus, or the campus.)
    let campus = unit.contains("校区");
    let universities_unit = (["部", "中心", "学院", "集团", "科", "科室", "食堂", "餐厅"]
        .iter()
        .any(|e| unit.ends_with(e))
        || campus)
        && !unit.starts_with(LEVEL_CHARS)
        && !["大学", "医院", "公司", "局", "委", "厅"]
            .iter()
            .any(|w| unit.contains(w))
        // (公安部, 教育部留学服务中心: a central body's own.)
        && !LEXICON
            .central_hosts
            .iter()
            .any(|h| unit.starts_with(h.as_str()))
        // (成都校区第二学生食堂: a campus is named by its city.)
        && (campus || LEXICON.gazetteer.place_prefix_ends(unit).next().is_none());
    let kinds: &[&str] = if unit.ends_with('处') {
        &schools
    } else if universities_unit {
        &schools[..1]
    } else {
        return None;
    };
    // (十四团农业发展服务中心 in a Corps division's article that names 塔里木大学纪委 in
    // passing: only a school's own article, its committee the first body named, has its
    // units named alone.)
    let schools_article =
        first_written(bodies).is_some_and(|(_, b)| b.kind == BodyKind::EnterpriseOrSchoolCommittee);
    if !schools_article {
        return None;
    }
    let committees = || {
        bodies
            .iter()
            .filter(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
    };
    // 设备物资部原采购员 where the article is a university hospital's (华西医院纪委 first,
    // 四川大学华西医院纪委 in full): the hospital's own department.
    let own_hospital = committees()
        .next()
        .filter(|b| universities_unit && b.name_part.ends_with("医院"))
        .and_then(|own| {
            committees()
                .map(|b| b.name_part.as_str())
                .find(|name| name.ends_with(own.name_part.as_str()) && name.contains("大学"))
        });
    if let Some(hospital) = own_hospital {
        return Some(hospital.to_string());
    }
    committees()
        .rev()
        .map(|b| b.name_part.as_str())
        .find(|school| kinds.iter().any(|e| school.ends_with(e)))
        .map(str::to_string)
}

/// The post ending at character `end`, as a range (书记 in 书记、主任 ends where 、 stands).
fn post_ending_at(view: &View, end: usize) -> Option<(usize, usize)> {
    view.matches(Kind::Post, 0, view.chars.len())
        .map(|m| (m.start, m.end))
        .find(|&(_, e)| e == end)
}

/// A person's name starting at `at`: a surname from the list and one or two more
/// characters, ended by punctuation or a word that cannot be part of a name.
/// What typically follows the name of an official held to account (覃建军利用职务便利,
/// 刘宝山违规接受宴请).
const FOLLOWERS: &[&str] = &[
    "利用",
    "违规",
    "违反",
    "违纪",
    "违法",
    "授意",
    "收受",
    "虚报",
    "套取",
    "挪用",
    "侵占",
    "贪污",
    "滥用",
    "失职",
    "履职",
    "履行",
    "擅自",
    "私自",
    "未",
    "不",
    "伙同",
    // 原副总经理孙立群拒不整改…: refusing what was ordered.
    "拒不",
    "受到",
    "涉嫌",
    // 副局长冶海龙负有主要领导责任.
    "负有",
    // 对…原大队长冯志强立案审查调查.
    "立案",
    "严重违纪",
    "严重违反",
    // Headline idioms of a case notice (李某某优亲厚友违规办理低保问题).
    "优亲厚友",
    "以权谋私",
    "吃拿卡要",
    "弄虚作假",
    "公车私用",
    "大操大办",
    "借机敛财",
    "截留",
    // (罗文才克扣特困供养人员生活费: more of what culprits do.)
    "克扣",
    "私分",
    "侵吞",
    "挤占",
    // How a culprit did it (尕藏多杰通过虚构诊疗项目骗取…, 虚构住院病历).
    "通过",
    "虚构",
    // What a culprit failed at, opening a case's title (格桑旺堆监管失职问题, 尼玛次仁审核把关
    // 不严问题).
    "监管",
    "审核",
    "冒领",
    "骗取",
    "索要",
    "插手",
    "干预",
    "操办",
    // What a speaker at a press conference does (程立新通报有关情况).
    "通报",
    "回答",
    "发布",
    "解读",
    "宣读",
    // Adverbs after an official's name (赵立新多次带队…, 王伟先后深入…).
    "多次",
    "先后",
    "分别",
    "亲自",
    // (扎西拉姆逐一跟踪督办, 刘彩霞逐条建立台账: one by one.)
    "逐一",
    "逐条",
    "逐项",
    "逐个",
    "逐户",
    "每天",
    "每日",
    "每周",
    "每月",
    // (许泽鹏会同镇民政办…: a verb an official opens a joint check with.)
    "会同",
    "一行",
    "随即",
];

/// 扎西平措, 乌云其其格, 买买提·艾力: Tibetan, Mongolian and Uyghur names have no
/// surname of the list. Right after a post, four or five characters (or a name with ·)
/// closed by what ends a name (在, 带领, 给予, 表示, punctuation) are taken as one, else
/// three to five closed by a verb (其其格带领, see `short_name_without_surname_at`).
fn name_without_surname_at(view: &View, at: usize) -> Option<String> {
    // An idiom or set phrase of jieba's dictionary is none (干部挨家挨户/i 核对, 走村入户/n;
    // jieba knows some names too, as places or proper nouns: 乌云其木格/ns, 拉巴次仁/nz,
    // 旺堆/n).
    let dictionary_word = |name: &String| {
        view.token_starting_at(at).is_some_and(|t| {
            t.word == name
                && (matches!(t.tag, "i" | "l") || (t.tag == "n" && t.end - t.start >= 4))
                && crate::segment::JIEBA.has_word(t.word)
        })
    };
    // 其/r 木格/n 针对/p: a name ending inside a word of the dictionary that runs on past it
    // ends before that word.
    let cut_word = |name: String| {
        let end = at + name.chars().count();
        // (艾合买提·托合提: a dotted name's parts are found by their own rules.)
        if name.contains('·') {
            return Some(name);
        }
        match view.token_ending_at(end) {
            Some(_) => Some(name),
            None => view
                .token_across(end)
                .filter(|t| {
                    t.start >= at + 2
                        && matches!(t.tag, "p" | "v")
                        // (宝音/nr 图说: a speech verb after the name is the name's end.)
                        && !t.word.ends_with(['说', '讲', '道', '称'])
                        // (更登/nr 加强/v 调: so is a verb closing names, the word jieba
                        // made across it aside.)
                        && !name_closer_at(view, end)
                        && crate::segment::JIEBA.has_word(t.word)
                })
                .map_or(Some(name), |t| Some(view.slice(at, t.start))),
        }
    };
    // (干部逐户/d 上门/ns，: a name opens with no adverb of the dictionary.)
    let opens_with_adverb = view.token_starting_at(at).is_some_and(|t| {
        t.tag == "d" && t.end - t.start >= 2 && crate::segment::JIEBA.has_word(t.word)
    });
    if opens_with_adverb {
        return None;
    }
    long_name_without_surname_at(view, at)
        .or_else(|| short_name_without_surname_at(view, at))
        .or_else(|| name_jieba_knows_at(view, at))
        .or_else(|| listed_two_character_name_at(view, at))
        .and_then(cut_word)
        .filter(|name| !dictionary_word(name))
}

/// 拉毛措/nr 对…, 孟和巴图/nr 在…: a name of three to five characters jieba reads as one
/// word, closed by a word of its own (a preposition, a verb, an adverb) or punctuation.
fn name_jieba_knows_at(view: &View, at: usize) -> Option<String> {
    let t = view.token_starting_at(at)?;
    let known = matches!(t.tag, "nr" | "nrt")
        && (3..=5).contains(&(t.end - t.start))
        && t.word.chars().all(is_han)
        && !t.word.contains('某')
        // (陈海燕还/nr, 孙丽则/nr: jieba's name may hold the word after it.)
        && !t.word.chars().last().is_some_and(is_name_terminator)
        && !t.word.ends_with('则');
    let closed = t.end >= view.chars.len()
        || is_punct(view.chars[t.end])
        || view
            .token_starting_at(t.end)
            .is_some_and(|next| matches!(next.tag, "p" | "v" | "vn" | "d"));
    (known && closed).then(|| t.word.to_string())
}

/// 副主任次旦说, 原副院长拉巴违规…, 纪委书记央金：, 组长图雅说: a Tibetan or Mongol name of
/// two characters of the list (data/lexicon/two_character_names.txt), closed by what ends a name.
fn listed_two_character_name_at(view: &View, at: usize) -> Option<String> {
    let end = at + 2;
    let name = view.chars.get(at..end)?;
    let name: String = name.iter().collect();
    if !LEXICON.two_character_names.contains(&name) {
        return None;
    }
    // (扎西某: the name withheld after its first word; the 某 is added where it is read.)
    let closed = end >= view.chars.len()
        || is_punct(view.chars[end])
        || view.chars[end] == '说'
        || view.chars[end] == '某'
        || view.chars[end] == '在'
        || name_closer_at(view, end)
        || follower_at(view, end, 2);
    closed.then_some(name)
}

/// Where the 由 that opens a post at `post_start` stands, the body's own committee written
/// bare between them (由纪委书记刘晓东带队) skipped.
fn led_by_at(view: &View, post_start: usize) -> Option<usize> {
    let at = ["纪委", "纪工委"]
        .iter()
        .find(|w| view.ends_with_at(post_start, w))
        .map_or(post_start, |w| post_start - w.chars().count());
    (at >= 1 && view.chars[at - 1] == '由').then(|| at - 1)
}

/// The body whose official leads the work where a post opens with 由 (see `led_by_at`):
/// the body right before the 由 (镇纪委由书记韩晓东带队), or, where the 由 opens a clause
/// and the committee is written bare (…纪委聚焦物资集中采购，由纪委书记刘晓东带队), the
/// committee the sentence opened with.
fn leading_body(
    view: &View,
    s: &Sentence,
    bodies: &[BodyMention],
    sentence_bodies: &[usize],
    post_start: usize,
) -> Option<usize> {
    let by = led_by_at(view, post_start)?;
    if let Some(b) = sentence_bodies
        .iter()
        .copied()
        .find(|&b| bodies[b].end - view.offset == by)
    {
        return Some(b);
    }
    let bare_committee = by + 1 < post_start;
    let opens_clause = by >= 1 && matches!(view.chars[by - 1], ',' | '，');
    if !(bare_committee && opens_clause) {
        return None;
    }
    sentence_bodies
        .first()
        .copied()
        .filter(|&b| opens_sentence_as_committee(view, &bodies[b], s.index))
}

/// Whether the name ending at `end` ends in one character jieba left alone at `at`, bound
/// to no word as a verb, preposition or particle would be (那日/r 苏/j 带领: 那日苏).
fn lone_syllable_ends_name(view: &View, at: usize, end: usize) -> bool {
    end == at + 1
        && view.token_starting_at(at).is_some_and(|t| {
            t.end == end && !matches!(t.tag, "v" | "p" | "d" | "u" | "c" | "r" | "m" | "q" | "f")
        })
}

/// Verbs that close a name written right before them (扎西平措带领…).
const NAME_CLOSERS: &[&str] = &[
    "给予", "带领", "带队", "表示", "介绍", "指出", "强调", "组织", "采取", "紧盯", "率队", "牵头",
    "深入", "聚焦", "全程",
];

/// Whether a verb officials' names are closed by (NAME_CLOSERS) starts at `i`.
fn name_closer_at(view: &View, i: usize) -> bool {
    NAME_CLOSERS.iter().any(|w| view.starts_with_at(i, w))
}

/// Whether a word that follows names (FOLLOWERS) of at least `min_chars` characters starts
/// at character `i`.
fn follower_at(view: &View, i: usize, min_chars: usize) -> bool {
    FOLLOWERS
        .iter()
        .any(|w| w.chars().count() >= min_chars && view.starts_with_at(i, w))
}

/// Whether 在 at character `i` stands alone as a word, a preposition (宝音德力格尔/ns 在/p
/// 危险化学品…): what follows a name there closes it.
fn zai_alone_at(view: &View, i: usize) -> bool {
    view.chars[i] == '在'
        && view
            .token_starting_at(i)
            .is_some_and(|t| t.end == i + 1 && t.tag == "p")
}

fn long_name_without_surname_at(view: &View, at: usize) -> Option<String> {
    let n = view.chars.len();
    let dotted = view.chars[at..n.min(at + 12)].contains(&'·');
    let closes = |i: usize| {
        i >= n
            || is_name_terminator(view.chars[i])
            || is_punct(view.chars[i])
            || name_closer_at(view, i)
            // (巴图孟和在会上强调: 在 standing alone as a preposition.)
            || zai_alone_at(view, i)
            // 吉伍木呷虚报…: what follows a culprit's name ends it, unless the name would
            // end in a common word (覃立新严重违纪 is 覃立新 and 严重).
            // An idiom of four characters (才让东主公车私用) ends it whatever came before.
            || follower_at(view, i, 4)
            // After a name with ·, a follower of one character must start a word (买买提江·
            // 阿不拉对…: jieba's 阿不拉对 holds the 不). 普布扎西虚报, 格桑旺堆违规: a name
            // may end in a word jieba takes for a place or a noun.
            || FOLLOWERS.iter().any(|w| {
                view.starts_with_at(i, w)
                    && if dotted {
                        w.chars().count() >= 2 || view.token_starting_at(i).is_some()
                    } else {
                        !view.token_ending_at(i).is_some_and(|t| {
                            t.end - t.start >= 2
                                && !t.tag.starts_with("nr")
                                && !t.tag.starts_with("ns")
                                && t.tag != "n"
                                && crate::segment::JIEBA.has_word(t.word)
                        })
                    }
            })
            // 敖其尔·巴雅尔擅自…: after a name with ·, an adverb, verb or preposition of
            // the dictionary starting at a word boundary ends it.
            // 古丽米拉·阿不都热合/v 曼带队: not where an official's verb follows within
            // three characters.
            || (dotted
                && view
                    .token_starting_at(i)
                    // (阿依努尔·哈山落实/a 防控: jieba may tag the verb an adjective;
                    // 托合/v 提在/v: a word holding a name's end glued to 在 is no verb.)
                    // (艾力·买买提防汛/vn 值班: or a noun of action; 买买提·吐尔逊节假日/t
                    // 期间: or a word of time.)
                    .is_some_and(|t| {
                        is_dictionary_word(t, &["d", "v", "vn", "p", "a", "ad", "t"])
                            && !t.word.chars().skip(1).any(is_name_terminator)
                            // (阿不都/d 热合/v 曼/nr 违规: nor a word a name's last
                            // character follows.)
                            && !view.token_starting_at(t.end).is_some_and(|next| {
                                next.end == next.start + 1 && next.tag.starts_with("nr")
                            })
                    })
                && !(i + 1..=i + 3)
                    .any(|j| name_closer_at(view, j)))
    };
    let lengths = if dotted { 4..=13 } else { 4..=6 };
    // (苏来曼/nr ·托合提巴依: a name jieba knows opening a dotted one may hold a character
    // that ends other names.)
    let known_first_end = view
        .token_starting_at(at)
        .filter(|t| dotted && t.tag.starts_with("nr") && view.chars.get(t.end) == Some(&'·'))
        .map_or(at, |t| t.end);
    // 苏和巴特尔，: a Mongolian name may hold 和; written without ·, only where
    // punctuation closes it.
    // (苏和巴特尔利用职务便利: or where jieba reads all after 和 as names, to a word's end.)
    let he_inside = dotted
        || (at + 4..=at + 5).any(|e| e >= n || is_punct(view.chars[e]))
        || (at + 5 <= n
            && view.chars[at + 1] == '和'
            && view.token_ending_at(at + 5).is_some()
            && view
                .tokens_from(at + 2)
                .take_while(|t| t.start < at + 5)
                .all(|t| t.tag.starts_with("nr")));
    for len in lengths {
        let end = at + len;
        // (尹春梅组织对…: a verb that closes names, inside, ends the name before it.)
        if end > n || (!dotted && (at + 2..end).any(|j| name_closer_at(view, j))) {
            break;
        }
        let name = &view.chars[at..end];
        let han = |c: &char| is_han(*c);
        // 田明军伙同他人: a word that follows names starts inside; no name runs over it.
        let follower_inside = (at + 1..end).any(|i| follower_at(view, i, 2));
        if !name.iter().all(|c| han(c) || *c == '·')
            || name.iter().enumerate().any(|(k, &c)| {
                (is_name_terminator(c)
                    // (巴图孟和在会上强调: or 和 ends it, where what follows closes names.)
                    && !(c == '和' && (he_inside || (k + 1 == len && closes(end))))
                    && at + k >= known_first_end
                    // (才让东主强调: a name's last character may be one that opens other
                    // words (主持), when a verb that closes names follows it; 才让东主在…
                    // 优亲厚友: or 在 alone, or what follows culprits' names.)
                    && !(k + 1 == len
                        && (name_closer_at(view, end)
                            || zai_alone_at(view, end)
                            || follower_at(view, end, 2))))
                    || c == '某'
            })
            || follower_inside
        {
            return None;
        }
        // 巴图·孟和违规…: 和 ends a name with · only when nothing that ends a name
        // follows it.
        // (其木格孟和在会上强调: so does one without ·.)
        let and_inside = end < n && view.chars[end] == '和' && closes(end + 1);
        // 额尔敦毕力格表示: six characters without · only when punctuation or a speech verb
        // closes them and no verb is inside (负责人虚报维修项目，).
        // (宝音德力格尔/ns 在/p 危险化学品…: 在 standing alone as a word closes it too.)
        let zai_word = end < n && zai_alone_at(view, end);
        // (巴图/nr 吉日/nrt 格拉/nrt 违规: names all, closed by what follows names.)
        // (孟克/nr 吉日/nrt 嘎/o 拉/v 违规: after a name's first word, characters jieba
        // left alone are syllables of it.)
        let names_only = || {
            view.tokens_in(at, end).all(|t| {
                t.tag.starts_with("nr")
                    || t.tag.starts_with("ns")
                    || (t.start > at
                        && t.end == t.start + 1
                        && !["p", "c", "u", "d", "r", "m", "q"].contains(&t.tag))
            }) && view
                .token_starting_at(at)
                .is_some_and(|t| t.tag.starts_with("nr") || t.tag.starts_with("ns"))
                && view.token_starting_at(end).is_some()
        };
        let six_closed = len < 6
            || dotted
            || (follower_at(view, end, 2) && names_only())
            || ((end >= n || is_punct(view.chars[end]) || zai_word || name_closer_at(view, end))
                && !view.tokens_in(at, end).any(|t| t.tag.starts_with('v')));
        // 热依汗·阿不力孜: jieba cuts 阿/不力, but no name ends one character after its ·.
        let after_dot = name.iter().rposition(|&c| c == '·').map(|k| len - k - 1);
        let dot_part_whole = after_dot.is_none_or(|k| k >= 2);
        if han(&name[0])
            && han(&name[len - 1])
            && dot_part_whole
            && closes(end)
            && !and_inside
            && six_closed
        {
            let name: String = name.iter().collect();
            // A lexicon word (an action, a post) is no name.
            let lexical = view.hits.iter().any(|h| {
                h.start >= at
                    && h.start < end
                    && matches!(h.kind, Kind::Action | Kind::Post | Kind::BodySuffix)
            });
            // Nor are common words of the dictionary alone (书记定期/vn 例会/v 和…).
            let common_words = !dotted
                && view.token_starting_at(at).is_some()
                && view.token_ending_at(end).is_some()
                && view.tokens_in(at, end).all(|t| {
                    is_dictionary_word(t, &["v", "vn", "d", "a", "ad", "p", "c", "t", "n"])
                });
            return (!lexical && !common_words).then_some(name);
        }
    }
    None
}

/// 其其格带领…, 朝鲁门骑着…, 巴图孟和带领…: a Mongol or Tibetan name of three or four
/// characters after a post, closed by a verb; no word of the dictionary inside it but
/// names and places (亲自带队 is none).
fn short_name_without_surname_at(view: &View, at: usize) -> Option<String> {
    let n = view.chars.len();
    let closed_by_verb = |i: usize| {
        name_closer_at(view, i)
            // …组长其其格说。: 说 closing the credit of a quote.
            || (view.chars.get(i) == Some(&'说')
                && view.chars.get(i + 1).is_none_or(|&c| is_punct(c)))
            // 党支部书记拉毛加虚报冒领/i …: what follows culprits' names, whatever jieba tags it.
            || follower_at(view, i, 2)
            || view.token_starting_at(i).is_some_and(|t| {
                t.tag == "v"
                    && (t.end - t.start >= 2
                        || view.chars.get(t.end).is_some_and(|c| "着了".contains(*c)))
            })
    };
    // 所长拉毛草在社区矫正工作中…: 在 standing alone as a word closes a name of three.
    let closed_by_zai = |i: usize| {
        view.chars.get(i) == Some(&'在')
            && view
                .token_starting_at(i)
                .is_some_and(|t| t.end == i + 1 && t.tag == "p")
    };
    for len in [3usize, 4, 5] {
        let end = at + len;
        let strong = end <= n && name_closer_at(view, end);
        if end > n
            || !(strong || (len < 5 && closed_by_verb(end)) || (len == 3 && closed_by_zai(end)))
        {
            continue;
        }
        // 苏和巴特尔, 孟根和: 和 is common inside Mongol names.
        // (多吉/nrt 虚报冒领/i: a word that follows names starts inside; no name runs over it.)
        let name = &view.chars[at..end];
        if (at + 1..end).any(|i| follower_at(view, i, 2))
            || !name.iter().all(|&c| is_han(c))
            || name
                .iter()
                .enumerate()
                .any(|(k, &c)| c == '某' || (is_name_terminator(c) && !(c == '和' && k > 0)))
        {
            continue;
        }
        // (虚列劳务费/n 套取: a common noun of the dictionary, whole, is what was done
        // with, not who did it; but jieba holds some names as nouns, 书记金美淑/n 带领.)
        let words_inside = view.tokens_in(at, end).any(|t| {
            (is_dictionary_word(t, &["d", "v", "p", "c", "r", "u", "m", "t", "vn", "ad"])
                && !(t.tag == "r" && lone_syllable_ends_name(view, t.end, end)))
                || (!strong && t.start == at && t.end == end && is_dictionary_word(t, &["n"]))
        });
        let lexical = view.hits.iter().any(|h| {
            h.start < end
                && h.end > at
                && matches!(h.kind, Kind::Action | Kind::Post | Kind::BodySuffix)
        });
        if !words_inside && !lexical {
            return Some(name.iter().collect());
        }
    }
    None
}

/// 吾斯曼/nrt 某某: a given name jieba knows as a name, then withheld (the 某 is added
/// where the name is read).
fn withheld_given_name_at(view: &View, at: usize) -> Option<String> {
    // 原党支部书记多某: the first syllable of a Tibetan or Mongol name of the list (多吉),
    // then withheld.
    let first = *view.chars.get(at)?;
    if view.chars.get(at + 1) == Some(&'某')
        && LEXICON
            .two_character_names
            .iter()
            .any(|name| name.starts_with(first))
    {
        return Some(first.to_string());
    }
    let t = view.token_starting_at(at)?;
    (t.tag.starts_with("nr")
        && (2..=4).contains(&(t.end - t.start))
        && view.chars.get(t.end) == Some(&'某'))
    .then(|| t.word.to_string())
}

/// A surname and two more ideographs with nothing after them that ends a name (副局长
/// 莫建华公车私用问题): a name only if the text writes it again with a boundary.
fn unbounded_name_at(view: &View, at: usize) -> Option<String> {
    let surname = view.chars.get(at)?.to_string();
    if !LEXICON.surnames.contains(surname.as_str()) {
        return None;
    }
    let name = view.chars.get(at..at + 3)?;
    name.iter()
        .all(|&c| is_han(c) && !is_name_terminator(c) && c != '某')
        .then(|| name.iter().collect())
}

fn name_at(view: &View, at: usize) -> Option<String> {
    if at >= view.chars.len() {
        return None;
    }
    let two = &view.text[view.byte_range(at, (at + 2).min(view.chars.len()))];
    let one = &view.text[view.byte_range(at, at + 1)];
    let surname_len = if LEXICON.surnames.contains(two) {
        2
    } else if LEXICON.surnames.contains(one) {
        1
    } else {
        return None;
    };
    // 向/p 驻在单位党组反馈: a preposition that is also a surname opens no name before a verb,
    // nor before an organisation (市纪委监委向/p 市委/n、市政府报送…).
    if surname_len == 1
        && view
            .token_starting_at(at)
            .is_some_and(|t| t.end == at + 1 && t.tag == "p")
        && view.token_starting_at(at + 1).is_some_and(|t| {
            t.tag.starts_with('v') || (t.end - t.start >= 2 && LEXICON.ends_with_org_suffix(t.word))
        })
    {
        return None;
    }
    // A word that merely starts with a surname character (印发, 常委) is not a name.
    if let Some(tok) = view.token_starting_at(at) {
        let len = tok.end - tok.start;
        if len >= 2 && len > surname_len && !tok.tag.starts_with("nr") {
            // (喇某/r 截留: a name withheld, whatever jieba tags it.)
            // (何国/r 栋/zg: a name jieba cut before a character bound to nothing.)
            let rest_is_name_like = (len == surname_len + 1
                && (tok.tag.starts_with('n')
                    || view
                        .token_starting_at(tok.end)
                        .is_some_and(|t| t.end == tok.end + 1 && t.tag == "zg")))
                || tok.word.chars().skip(surname_len).all(|c| c == '某');
            if !rest_is_name_like {
                return None;
            }
        }
    }
    // (王建林组织对…: a verb an official's name is closed by.)
    let terminator = |i: usize| {
        i >= view.chars.len()
            || is_name_terminator(view.chars[i])
            // (孙丽则把监督重点…: the adverb that sets one official's work against another's;
            // names without a surname may end in it, 阿吉拉则.)
            || view.chars[i] == '则'
            || is_punct(view.chars[i])
            || follower_at(view, i, 1)
            || name_closer_at(view, i)
    };
    for given in [2usize, 1] {
        let end = at + surname_len + given;
        if end > view.chars.len() {
            continue;
        }
        let name = view.slice(at, end);
        if name.chars().any(|c| !is_han(c)) {
            continue;
        }
        // jieba read a name one character shorter (杨帆/nr 说, 张丽/nr 在/p).
        let jieba_name_one_short = given == 2
            && view
                .token_starting_at(at)
                .is_some_and(|t| t.tag.starts_with("nr") && t.end + 1 == end);
        // 杨帆说: jieba's name is closed by a speech verb, which is no given name.
        if jieba_name_one_short && name.ends_with(['说', '讲', '称', '道']) {
            continue;
        }
        // …组长韩雪说。: jieba read the speech verb closing a quote's credit into the name.
        if given == 2
            && name.ends_with(['说', '讲'])
            && view.chars.get(end).is_none_or(|&c| is_punct(c))
        {
            continue;
        }
        // 岩块优亲厚友: a culprit's idiom starting at the given name's second character
        // leaves one.
        if given == 2 && follower_at(view, end - 1, 4) {
            continue;
        }
        // 冯丽因审核把关不严: 因 or 被 after a two-character name opens what follows it.
        if given == 2 && name.ends_with(['因', '被']) {
            continue;
        }
        // 李明/nr 受到/v 政务警告处分: 受到 after a culprit's name is no part of it (but
        // 刘家/nr 明说/v and 王兰/nr 永和/ns are three-character names jieba split); nor is a
        // preposition jieba reads alone after a name, even where punctuation follows it (张丽/nr
        // 在/p “室组地”…; 杨绍/nr 刚/d is 杨绍刚).
        if jieba_name_one_short
            && view.token_starting_at(end - 1).is_some_and(|t| {
                t.word == "受到" || (t.end == end && "在对向将于与把".contains(t.word))
            })
        {
            continue;
        }
        // 张某某严重违纪: a name withheld as 某/某某 needs no boundary after it.
        let withheld = name.chars().skip(surname_len).all(|c| c == '某');
        // (刘某对村集体…, 农某优亲厚友: 某 and another character make no given name.)
        if !withheld && name.chars().skip(surname_len).any(|c| c == '某') {
            continue;
        }
        // 李强表示: jieba knows the whole name, so 强 is part of it, not 强调.
        // 袁/nr 志强/nrfg 规避, 陈/nr 美玲/nr 紧盯: jieba's surname and given name, read
        // apart.
        let jieba_name = view
            .token_starting_at(at)
            .is_some_and(|t| t.tag.starts_with("nr") && t.end == end)
            // (韩/j 志强/nrfg 虚增: the given name jieba knows, whatever it made of the
            // surname.)
            || view.token_starting_at(at).is_some_and(|t| {
                t.end == at + surname_len
                    && view
                        .token_starting_at(t.end)
                        .is_some_and(|g| g.tag.starts_with("nr") && g.end == end)
            })
            // (韦小/nrt 燕/nr 推行: jieba's name cut before its last character, which it
            // reads as a name of its own.)
            || (jieba_name_one_short
                && view
                    .token_starting_at(end - 1)
                    .is_some_and(|g| g.tag.starts_with("nr") && g.end == end))
            // (吴甫/nr 贵用/n 侗话: jieba's name one short, its last character glued to the
            // next word's first in a word no dictionary holds.)
            || (jieba_name_one_short
                && view.token_starting_at(end - 1).is_some_and(|g| {
                    g.end == end + 1
                        && g.word.chars().all(is_han)
                        && !crate::segment::JIEBA.has_word(g.word)
                }));
        // 韦志强因…: a name closed by what follows names of culprits keeps a character the
        // name rules would otherwise read as a verb (强 as in 强调).
        let closed = end >= view.chars.len()
            || is_punct(view.chars[end])
            || "因被受".contains(view.chars[end])
            || follower_at(view, end, 1);
        // 马海龙借…: a name jieba knows needs nothing after it, unless jieba glued the next
        // word's first character to it (冯丽因).
        let known = jieba_name
            && !name
                .chars()
                .last()
                .is_some_and(|c| "因被在等和对向与及于则".contains(c));
        // 林志强在…: a terminator only because it opens a verb (强调, 要求, 指出) is the
        // name's last character when jieba leaves it a word of its own.
        let verb_opener_alone = || {
            given == 2
                && name
                    .chars()
                    .skip(surname_len)
                    .take(1)
                    .all(|c| !is_name_terminator(c))
                && name
                    .chars()
                    .last()
                    .is_some_and(|c| "强要指介表参".contains(c))
                && (view.token_ending_at(end).is_some()
                    // (吴国/ns 强对/p: or jieba glued it to the preposition after it.)
                    || view.token_across(end).is_some_and(|t| {
                        t.start + 1 == end
                            && t.end == end + 1
                            && "对在向".contains(view.chars[end])
                    }))
        };
        // 郭/nr 建中/v 提出/v: a given name of two that is one word, a verb of the
        // dictionary right after it (not 郑宏/nr 在/p 集中/v).
        let verb_after = given == 2
            && view
                .token_ending_at(end)
                .is_some_and(|t| t.start == at + surname_len)
            && view.token_starting_at(end).is_some_and(|t| {
                is_dictionary_word(t, &["v"])
                        // (龙/n 金花/n 用/p 苗语: or a preposition of one character.)
                        || (t.end == t.start + 1 && t.tag == "p")
            });
        if (terminator(end) || withheld || known || verb_after)
            && (jieba_name
                || verb_after
                || closed
                || !name.chars().skip(surname_len).any(is_name_terminator)
                || verb_opener_alone())
        {
            return Some(name);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups read by hand are the groups the pattern's captures give.
    #[test]
    fn numbers_read_by_hand_equal_the_patterns_captures() {
        for text in [
            "开展监督检查1,226次,检查单位1863个,走访5.1万余人次",
            "追回资金超过1,200.5万元,近300个,约20余万元,逾千人",
            "1234,567个问题;12,3456个;处分二十三人,两千余家",
            "达3批次,查处问题12起15人,发现问题2.5亿元,3多万人",
        ] {
            let by_hand: Vec<_> = number_matches(text)
                .into_iter()
                .map(|m| (m.start, m.end, m.num, m.unit, m.pre, m.approx_mark, m.mult))
                .collect();
            let captured: Vec<_> = NUMBER
                .captures_iter(text)
                .map(|c| {
                    let whole = c.get(0).expect("match");
                    (
                        whole.start(),
                        whole.end(),
                        c.name("num").expect("num").range(),
                        c.name("unit").expect("unit").range(),
                        c.name("pre").map(|p| {
                            NUMBER_PREFIXES
                                .iter()
                                .copied()
                                .find(|w| *w == p.as_str())
                                .expect("prefix")
                        }),
                        c.name("a1").is_some() || c.name("a2").is_some(),
                        c.name("mult").and_then(|m| m.as_str().chars().next()),
                    )
                })
                .collect();
            assert!(!captured.is_empty(), "{text}");
            assert_eq!(by_hand, captured, "{text}");
        }
    }

    #[test]
    fn corps_farms_and_regiments_are_told_from_kinds_of_farm() {
        for name in [
            "一〇三团",
            "红星二场",
            "芳草湖农场",
            "柳树泉农场",
            "四团",
            "第一师阿拉尔市十团",
        ] {
            assert!(is_regiment(name), "{name}");
        }
        for name in ["家庭农场", "农场", "合作社", "乱成一团"] {
            assert!(!is_regiment(name), "{name}");
        }
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(chinese_number("十六"), Some(16.0));
        assert_eq!(chinese_number("二十"), Some(20.0));
        assert_eq!(chinese_number("两"), Some(2.0));
        assert_eq!(chinese_number("一百二十三"), Some(123.0));
        assert_eq!(chinese_number("五"), Some(5.0));
    }
}
