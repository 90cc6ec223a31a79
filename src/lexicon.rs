//! Domain knowledge loaded from the data files under `data/`: body suffixes, action verbs,
//! measure words, posts, organisation endings, and the gazetteer of China's divisions.
//! The files are embedded at compile time so the binary is self-contained; adding a kind of
//! body or an action verb is adding a line to a file.

use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;

type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// FxHash: the word lists are looked up for nearly every token, and SipHash's per-call
/// cost (built to resist flooding by untrusted keys, which these fixed lists are not) was
/// a measurable part of extraction.
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

const BODIES: &str = include_str!("../data/lexicon/bodies.tsv");
const FIXED_BODIES: &str = include_str!("../data/lexicon/fixed_bodies.tsv");
const ACTIONS: &str = include_str!("../data/lexicon/actions.tsv");
const MEASURES: &str = include_str!("../data/lexicon/measures.txt");
const POSTS: &str = include_str!("../data/lexicon/posts.txt");
const ORG_SUFFIXES: &str = include_str!("../data/lexicon/org_suffixes.txt");
const CAUSATIVES: &str = include_str!("../data/lexicon/causatives.tsv");
const BOUNDARIES: &str = include_str!("../data/lexicon/boundaries.txt");
const GENERIC: &str = include_str!("../data/lexicon/generic.txt");
const NOT_OBJECTS: &str = include_str!("../data/lexicon/not_objects.txt");
const BOILERPLATE: &str = include_str!("../data/lexicon/boilerplate.txt");
const ARTICLE_ENDS: &str = include_str!("../data/lexicon/article_ends.txt");
const MEDIA: &str = include_str!("../data/lexicon/media.txt");
const SUBUNITS: &str = include_str!("../data/lexicon/subunits.tsv");
const DEPARTMENTS: &str = include_str!("../data/lexicon/departments.tsv");
const SURNAMES: &str = include_str!("../data/lexicon/surnames.txt");
const OWN_ACTIONS: &str = include_str!("../data/lexicon/own_actions.txt");
const ENTERPRISE: &str = include_str!("../data/lexicon/enterprise_suffixes.txt");
const NOT_LEVEL_PREFIX: &str = include_str!("../data/lexicon/not_level_prefix.txt");
const DIVISIONS: &str = include_str!("../data/gazetteer/divisions.tsv");
const FORMER_DIVISIONS: &str = include_str!("../data/gazetteer/former_divisions.tsv");
const ADMINISTERED_DISTRICTS: &str = include_str!("../data/gazetteer/administered_districts.tsv");
const ABBREVIATIONS: &str = include_str!("../data/gazetteer/abbreviations.tsv");
const OFFICIAL_NAMES: &str = include_str!("../data/gazetteer/official_names.tsv");
const NOT_SHORT_NAMES: &str = include_str!("../data/gazetteer/not_short_names.txt");
const LEVEL_ALIASES: &str = include_str!("../data/lexicon/level_aliases.tsv");
const STANDING_PREFIXES: &str = include_str!("../data/lexicon/standing_prefixes.tsv");
const ETHNIC_GROUPS: &str = include_str!("../data/lexicon/ethnic_groups.txt");
const ENTERPRISE_SHORT: &str = include_str!("../data/lexicon/enterprise_short_forms.tsv");
const BYLINES: &str = include_str!("../data/lexicon/bylines.txt");
const CENTRAL_HOSTS: &str = include_str!("../data/lexicon/central_hosts.txt");
const PARTY_TEAMS: &str = include_str!("../data/lexicon/party_teams.txt");
const TWO_CHARACTER_NAMES: &str = include_str!("../data/lexicon/two_character_names.txt");
const HOST_KINDS: &str = include_str!("../data/lexicon/host_kinds.txt");
const UNIT_KINDS_AFTER_LISTS: &str = include_str!("../data/lexicon/unit_kinds_after_lists.txt");
const UNITS_OF_A_LEVEL: &str = include_str!("../data/lexicon/units_of_a_level.txt");
const COUNTY_INSTITUTIONS: &str = include_str!("../data/lexicon/county_institutions.txt");
const UNIVERSITY_DEPARTMENTS: &str = include_str!("../data/lexicon/university_departments.txt");
const UNIVERSITY_SERVICES: &str = include_str!("../data/lexicon/university_services.txt");
const SCOPE_VERBS: &str = include_str!("../data/lexicon/scope_verbs.txt");
const HANDOVER_VERBS: &str = include_str!("../data/lexicon/handover_verbs.txt");
const BARE_KINDS: &str = include_str!("../data/lexicon/bare_kinds.txt");
const NOT_UNIT_ENDINGS: &str = include_str!("../data/lexicon/not_unit_endings.txt");
const WORK_COMPOUNDS: &str = include_str!("../data/lexicon/work_compounds.txt");
const OWN_DEPARTMENT_ENDINGS: &str = include_str!("../data/lexicon/own_department_endings.txt");
const KIND_MODIFIERS: &str = include_str!("../data/lexicon/kind_modifiers.txt");
const OWN_TEAMS: &str = include_str!("../data/lexicon/own_teams.txt");
const ACCOUNTABILITY: &str = include_str!("../data/lexicon/accountability.txt");
const UNIT_DESCRIPTIONS: &str = include_str!("../data/lexicon/unit_descriptions.txt");
const ZONE_SHORT: &str = include_str!("../data/lexicon/zone_short_forms.tsv");
const ZONE_ENDINGS: &str = include_str!("../data/lexicon/zone_endings.txt");
const MINISTRY_UNIT_ENDINGS: &str = include_str!("../data/lexicon/ministry_unit_endings.txt");
const SECTION_WORDS: &str = include_str!("../data/lexicon/section_words.txt");
const NOT_MEASURES: &str = include_str!("../data/lexicon/not_measures.txt");
const MACRO_REGIONS: &str = include_str!("../data/lexicon/macro_regions.txt");
const PLACE_AREAS: &str = include_str!("../data/lexicon/place_areas.txt");
const LISTED_PLACE_FACILITIES: &str = include_str!("../data/lexicon/listed_place_facilities.txt");
const ORG_ABBREVIATIONS: &str = include_str!("../data/lexicon/org_abbreviations.tsv");
const FOUND_OBJECTS: &str = include_str!("../data/lexicon/found_objects.txt");
const SEARCH_VERBS: &str = include_str!("../data/lexicon/search_verbs.txt");
const NOUNS: &str = include_str!("../data/lexicon/nouns.txt");
const GLUED_WORDS: &str = include_str!("../data/lexicon/glued_words.txt");
const CHECKED_MONEY: &str = include_str!("../data/lexicon/checked_money.txt");
const SPLIT_WORDS: &str = include_str!("../data/lexicon/split_words.txt");

/// Everything that decides what extraction produces and how it is written as RDF: the
/// data files and the extractor's own source. A change to any of them makes `build`
/// re-extract unchanged documents.
pub const DATA_FILES: &[(&str, &str)] = &[
    ("bodies.tsv", BODIES),
    ("fixed_bodies.tsv", FIXED_BODIES),
    ("actions.tsv", ACTIONS),
    ("measures.txt", MEASURES),
    ("posts.txt", POSTS),
    ("org_suffixes.txt", ORG_SUFFIXES),
    ("causatives.tsv", CAUSATIVES),
    ("boundaries.txt", BOUNDARIES),
    ("generic.txt", GENERIC),
    ("not_objects.txt", NOT_OBJECTS),
    ("boilerplate.txt", BOILERPLATE),
    ("article_ends.txt", ARTICLE_ENDS),
    ("media.txt", MEDIA),
    ("subunits.tsv", SUBUNITS),
    ("departments.tsv", DEPARTMENTS),
    ("surnames.txt", SURNAMES),
    ("own_actions.txt", OWN_ACTIONS),
    ("enterprise_suffixes.txt", ENTERPRISE),
    ("not_level_prefix.txt", NOT_LEVEL_PREFIX),
    ("divisions.tsv", DIVISIONS),
    ("former_divisions.tsv", FORMER_DIVISIONS),
    ("administered_districts.tsv", ADMINISTERED_DISTRICTS),
    ("abbreviations.tsv", ABBREVIATIONS),
    ("official_names.tsv", OFFICIAL_NAMES),
    ("level_aliases.tsv", LEVEL_ALIASES),
    ("standing_prefixes.tsv", STANDING_PREFIXES),
    ("ethnic_groups.txt", ETHNIC_GROUPS),
    ("accountability.txt", ACCOUNTABILITY),
    ("unit_descriptions.txt", UNIT_DESCRIPTIONS),
    ("scope_verbs.txt", SCOPE_VERBS),
    ("handover_verbs.txt", HANDOVER_VERBS),
    ("bare_kinds.txt", BARE_KINDS),
    ("not_unit_endings.txt", NOT_UNIT_ENDINGS),
    ("work_compounds.txt", WORK_COMPOUNDS),
    ("own_department_endings.txt", OWN_DEPARTMENT_ENDINGS),
    ("kind_modifiers.txt", KIND_MODIFIERS),
    ("own_teams.txt", OWN_TEAMS),
    ("party_teams.txt", PARTY_TEAMS),
    ("county_institutions.txt", COUNTY_INSTITUTIONS),
    ("university_departments.txt", UNIVERSITY_DEPARTMENTS),
    ("university_services.txt", UNIVERSITY_SERVICES),
    ("two_character_names.txt", TWO_CHARACTER_NAMES),
    ("host_kinds.txt", HOST_KINDS),
    ("unit_kinds_after_lists.txt", UNIT_KINDS_AFTER_LISTS),
    ("units_of_a_level.txt", UNITS_OF_A_LEVEL),
    ("bylines.txt", BYLINES),
    ("central_hosts.txt", CENTRAL_HOSTS),
    ("enterprise_short_forms.tsv", ENTERPRISE_SHORT),
    ("zone_short_forms.tsv", ZONE_SHORT),
    ("zone_endings.txt", ZONE_ENDINGS),
    ("ministry_unit_endings.txt", MINISTRY_UNIT_ENDINGS),
    ("section_words.txt", SECTION_WORDS),
    ("not_measures.txt", NOT_MEASURES),
    ("macro_regions.txt", MACRO_REGIONS),
    ("place_areas.txt", PLACE_AREAS),
    ("listed_place_facilities.txt", LISTED_PLACE_FACILITIES),
    ("not_short_names.txt", NOT_SHORT_NAMES),
    ("org_abbreviations.tsv", ORG_ABBREVIATIONS),
    ("found_objects.txt", FOUND_OBJECTS),
    ("search_verbs.txt", SEARCH_VERBS),
    ("nouns.txt", NOUNS),
    ("glued_words.txt", GLUED_WORDS),
    ("checked_money.txt", CHECKED_MONEY),
    ("split_words.txt", SPLIT_WORDS),
    ("extract.rs", include_str!("extract.rs")),
    ("resolve.rs", include_str!("resolve.rs")),
    ("ingest.rs", include_str!("ingest.rs")),
    ("rdf.rs", include_str!("rdf.rs")),
];

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn word_list(text: &str) -> Vec<String> {
    data_lines(text)
        .flat_map(|l| l.split_whitespace())
        .map(str::to_string)
        .collect()
}

/// A word list whose lines starting with `!` are exceptions to the others: (the words,
/// the exceptions without their `!`).
fn with_exceptions(words: Vec<String>) -> (Vec<String>, Vec<String>) {
    let (exceptions, words): (Vec<String>, Vec<String>) =
        words.into_iter().partition(|w| w.starts_with('!'));
    let exceptions = exceptions
        .iter()
        .map(|w| w.trim_start_matches('!').to_string())
        .collect();
    (words, exceptions)
}

fn columns(text: &str) -> Vec<Vec<String>> {
    data_lines(text)
        .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    Commission,
    ResidentGroup,
    WorkingCommittee,
    InternalOffice,
    EnterpriseOrSchoolCommittee,
    Collective,
}

impl BodyKind {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "commission" => Self::Commission,
            "resident_group" => Self::ResidentGroup,
            "working_committee" => Self::WorkingCommittee,
            "internal_office" => Self::InternalOffice,
            "enterprise_or_school_committee" => Self::EnterpriseOrSchoolCommittee,
            "collective" => Self::Collective,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Commission => "commission",
            Self::ResidentGroup => "resident_group",
            Self::WorkingCommittee => "working_committee",
            Self::InternalOffice => "internal_office",
            Self::EnterpriseOrSchoolCommittee => "enterprise_or_school_committee",
            Self::Collective => "collective",
        }
    }
    /// The ontology class local name.
    pub fn class_name(self) -> &'static str {
        match self {
            Self::Commission => "Commission",
            Self::ResidentGroup => "ResidentGroup",
            Self::WorkingCommittee => "WorkingCommittee",
            Self::InternalOffice => "InternalOffice",
            Self::EnterpriseOrSchoolCommittee => "EnterpriseOrSchoolCommittee",
            Self::Collective => "Collective",
        }
    }
}

#[derive(Debug, Clone)]
pub struct BodySuffix {
    pub written: String,
    pub kind: BodyKind,
    /// Canonical suffix; `None` keeps the written one.
    pub canonical: Option<String>,
    /// What an internal office's name needs before it to be one.
    pub standing: OfficeStanding,
}

/// An office suffix alone is often the name of some other organisation's office
/// (县委办公室, 县政府办公室); the fourth column of bodies.tsv says what makes it a commission's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeStanding {
    /// 第一监督检查室: an ordinal before it.
    Numbered,
    /// 信访室: its own name suffices.
    Alone,
    /// 办公室: only written right after a commission's name (市纪委监委办公室).
    Attached,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Province,
    Prefecture,
    County,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Division {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub parent: Option<usize>,
    pub short: Option<String>,
    /// How articles write an autonomous county or banner (宽城县 for 宽城满族自治县).
    pub autonomous_short: Option<String>,
    /// A county-level unit of an earlier year's list, gone since (长治县, 江干区:
    /// former_divisions.tsv): known by its full name only, as the articles of its years
    /// write it.
    pub former: bool,
    /// A district its prefecture runs that no statutory list holds (加格达奇区:
    /// administered_districts.tsv).
    pub administered: bool,
}

impl Division {
    /// A municipality (北京市, 天津市…) is a province whose name ends in 市: it plays both
    /// the province and the city role.
    pub fn is_municipality(&self) -> bool {
        self.level == Level::Province && self.name.ends_with('市')
    }
    /// 宁夏回族自治区, 广西壮族自治区…: articles there say 自治区 (or 区) where others say 省.
    pub fn is_autonomous_region(&self) -> bool {
        self.level == Level::Province && self.name.ends_with(AUTONOMOUS_REGION_WORD)
    }
}

/// The level mark standing for a bare 自治区 (自治区纪委监委, 自治区医保局): the
/// province-level region of an autonomous-region document.
pub const AUTONOMOUS_REGION: char = '治';
pub const AUTONOMOUS_REGION_WORD: &str = "自治区";

/// The level characters a division of the gazetteer ends with, the county's and those above.
pub const DIVISION_LEVELS: &[char] = &['省', '市', '区', '县', '州', '盟', '旗'];

/// The level mark standing for a bare 地区 (地区纪委监委, 驻地区财政局, 全地区): the
/// prefecture of a document about a 地区 (喀什地区, 大兴安岭地区), called so where other
/// prefectures are called 市.
pub const PREFECTURE_AREA: char = '地';
pub const PREFECTURE_AREA_WORD: &str = "地区";

/// The bare level a name starts with (省卫健委, 市红十字会, 自治区医保局) and the
/// length of that level word in characters.
pub fn level_prefix(name: &str) -> Option<(char, usize)> {
    if name.starts_with(AUTONOMOUS_REGION_WORD) {
        return Some((AUTONOMOUS_REGION, AUTONOMOUS_REGION_WORD.chars().count()));
    }
    if name.starts_with(PREFECTURE_AREA_WORD) {
        return Some((PREFECTURE_AREA, PREFECTURE_AREA_WORD.chars().count()));
    }
    if let Some((alias, level)) = LEXICON
        .level_aliases
        .iter()
        .find(|(alias, _)| name.starts_with(alias.as_str()))
    {
        return Some((*level, alias.chars().count()));
    }
    name.chars()
        .next()
        .filter(|c| DIVISION_LEVELS.contains(c))
        .map(|c| (c, 1))
}

/// How a bare level is written: 省, 市…, 自治区.
pub fn level_word(c: char) -> String {
    if c == AUTONOMOUS_REGION {
        AUTONOMOUS_REGION_WORD.to_string()
    } else if c == PREFECTURE_AREA {
        PREFECTURE_AREA_WORD.to_string()
    } else {
        c.to_string()
    }
}

/// How articles write an autonomous county or banner: 宽城满族自治县 → 宽城县,
/// 东乡族自治县 → 东乡县, 鄂温克族自治旗 → 鄂温克旗.
fn autonomous_county_short_form(name: &str, ethnic_groups: &[String]) -> Option<String> {
    let (base, level) = if let Some(b) = name.strip_suffix("自治县") {
        (b, '县')
    } else {
        (name.strip_suffix("自治旗")?, '旗')
    };
    let mut place = base;
    let mut last_group = None;
    // (木垒哈萨克自治县, 巴里坤哈萨克自治县: a people of three characters or more may be
    // named without 族.)
    let ends_with_group = |place: &str| {
        ethnic_groups.iter().find_map(|g| {
            if place.ends_with(g.as_str()) {
                return Some(g.len());
            }
            let bare = g.strip_suffix('族').filter(|b| b.chars().count() >= 3)?;
            place.ends_with(bare).then_some(bare.len())
        })
    };
    while let Some(len) = ends_with_group(place) {
        last_group = Some(&place[place.len() - len..]);
        place = &place[..place.len() - len];
    }
    if place.is_empty() {
        // 东乡族自治县: the place is named after its people.
        place = last_group?.strip_suffix('族')?;
    }
    (place.chars().count() >= 2 && place != base).then(|| format!("{place}{level}"))
}

/// China's divisions with a matcher over full and short names.
pub struct Gazetteer {
    pub divisions: Vec<Division>,
    by_name: HashMap<String, Vec<usize>>,
    /// The names that name a division in full, as written in front of a body: its own
    /// name, 黔东南州 for an autonomous prefecture, 东乡县 for an autonomous county (not
    /// short names such as 吉林).
    full_forms: HashMap<String, Vec<usize>>,
    /// Names bodies are given instead of the division's own (official_names.tsv).
    official: HashMap<usize, String>,
}

impl Gazetteer {
    fn load(
        text: &str,
        former_text: &str,
        administered_text: &str,
        abbreviations: &str,
        official_names: &str,
        ethnic_groups: &[String],
    ) -> Self {
        let mut divisions = Vec::new();
        let mut code_index = HashMap::default();
        let mut parents = Vec::new();
        for (text, former, administered) in [
            (text, false, false),
            (former_text, true, false),
            (administered_text, false, true),
        ] {
            for row in columns(text)
                .iter()
                .filter(|r| r.len() >= 4 && r[0] != "code")
            {
                let level = match row[2].as_str() {
                    "province" => Level::Province,
                    "prefecture" => Level::Prefecture,
                    "county" => Level::County,
                    _ => continue,
                };
                code_index.insert(row[0].clone(), divisions.len());
                parents.push(row[3].clone());
                divisions.push(Division {
                    code: row[0].clone(),
                    name: row[1].clone(),
                    level,
                    parent: None,
                    // (A former unit's fifth column is the last year it was listed.)
                    short: row
                        .get(4)
                        .filter(|s| !former && s.chars().count() >= 2)
                        .cloned(),
                    autonomous_short: autonomous_county_short_form(&row[1], ethnic_groups),
                    former,
                    administered,
                });
            }
        }
        for (i, parent) in parents.iter().enumerate() {
            divisions[i].parent = code_index.get(parent).copied();
        }
        let abbreviated = columns(abbreviations);
        let officially = columns(official_names);
        let mut official: HashMap<usize, String> = HashMap::default();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::default();
        let mut full_forms: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, d) in divisions.iter().enumerate() {
            let mut full = vec![d.name.clone()];
            if let Some(short) = &d.short {
                by_name.entry(short.clone()).or_default().push(i);
                // 黔东南州, 延边州: the usual written form of an autonomous prefecture.
                if d.name.ends_with("自治州") {
                    full.push(format!("{short}州"));
                }
            }
            if let Some(short) = d.autonomous_short.clone() {
                // 威宁自治县: the place's name and its kind, the peoples left out.
                let mut place = short.clone();
                if let Some(level) = place.pop() {
                    full.push(format!("{place}自治{level}"));
                }
                full.push(short);
            }
            // 达茂旗: the usual abbreviation, written in front of bodies like the name.
            full.extend(
                abbreviated
                    .iter()
                    .filter(|row| row.len() >= 2 && row[1] == d.name)
                    .map(|row| row[0].clone()),
            );
            // 第六师五家渠市: the official name, written whole.
            if let Some(row) = officially
                .iter()
                .find(|row| row.len() >= 2 && row[0] == d.name)
            {
                official.insert(i, row[1].clone());
                full.push(row[1].clone());
            }
            full.sort();
            full.dedup();
            for name in full {
                by_name.entry(name.clone()).or_default().push(i);
                full_forms.entry(name).or_default().push(i);
            }
        }
        Gazetteer {
            divisions,
            by_name,
            full_forms,
            official,
        }
    }

    /// The divisions `name` names in full (see `full_forms`).
    pub fn full_form(&self, name: &str) -> &[usize] {
        self.full_forms.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `name` names places only by a short form (湖南, 朔州), not in full (湖南省).
    pub fn names_by_short_form_only(&self, name: &str) -> bool {
        !self.lookup(name).is_empty() && self.full_form(name).is_empty()
    }

    pub fn lookup(&self, name: &str) -> &[usize] {
        self.by_name.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// 监利县 in a 2019 article, 会理县 in a 2020 one: a county whose level changed since
    /// (监利市, 会理市 in the gazetteer), found by its name then; the one county of that
    /// stem at another level, when the name is no division's now (金川区 is 金昌's, though
    /// 阿坝 has a 金川县).
    pub fn former_county(&self, name: &str) -> Option<usize> {
        let levels = ['县', '市', '区', '旗'];
        let stem = name.strip_suffix(levels)?;
        if stem.chars().count() < 2 || !self.lookup(name).is_empty() {
            return None;
        }
        let written_level = name.chars().next_back()?;
        let mut counties = levels
            .iter()
            .filter(|&&l| l != written_level)
            .flat_map(|l| self.lookup(&format!("{stem}{l}")).iter().copied())
            .filter(|&d| self.divisions[d].level == Level::County);
        let d = counties.next()?;
        counties.next().is_none().then_some(d)
    }

    /// Whether `name` is the official name of a division of one of `levels` (四川省, 五常市;
    /// not 四川, a short form).
    pub fn names_division(&self, name: &str, levels: &[Level]) -> bool {
        self.lookup(name).iter().any(|&d| {
            let division = &self.divisions[d];
            division.name == name && levels.contains(&division.level)
        })
    }

    /// Where the places this gazetteer knows end among a longer name's first two to seven
    /// characters (四川省分行: after 四川 and 四川省), in byte offsets.
    pub fn place_prefix_ends<'n>(&'n self, name: &'n str) -> impl Iterator<Item = usize> + 'n {
        name.char_indices()
            .skip(2)
            .take(6)
            .map(|(k, _)| k)
            .filter(move |&k| !self.lookup(&name[..k]).is_empty())
    }

    pub fn names(&self) -> impl Iterator<Item = &String> {
        self.by_name.keys()
    }

    pub fn parent(&self, i: usize) -> Option<usize> {
        self.divisions[i].parent
    }

    /// Whether any division lies directly under division `i` (东莞市 and 中山市 have none:
    /// their towns lie directly under them).
    pub fn has_subdivisions(&self, i: usize) -> bool {
        self.divisions.iter().any(|d| d.parent == Some(i))
    }

    /// The prefecture a county belongs to (municipality districts: the municipality).
    pub fn prefecture_of(&self, i: usize) -> Option<usize> {
        let d = &self.divisions[i];
        match d.level {
            Level::Prefecture => Some(i),
            Level::Province if d.is_municipality() => Some(i),
            Level::Province => None,
            Level::County => d.parent.and_then(|p| self.prefecture_of(p)),
        }
    }

    pub fn province_of(&self, i: usize) -> usize {
        match self.divisions[i].parent {
            Some(p) => self.province_of(p),
            None => i,
        }
    }

    /// The canonical, region-qualified name: a county is prefixed by its prefecture (or
    /// municipality); provinces are never prefixed below province level.
    pub fn qualified_name(&self, i: usize) -> String {
        if let Some(name) = self.official.get(&i) {
            return name.clone();
        }
        let d = &self.divisions[i];
        match d.level {
            Level::County => match d.parent {
                Some(p)
                    if self.divisions[p].level != Level::Province
                        || self.divisions[p].is_municipality() =>
                {
                    format!("{}{}", self.divisions[p].name, d.name)
                }
                _ => d.name.clone(),
            },
            _ => d.name.clone(),
        }
    }
}

pub struct Lexicon {
    pub body_suffixes: Vec<BodySuffix>,
    pub fixed_bodies: Vec<(String, BodyKind, String)>,
    pub actions: Vec<(String, String)>,
    /// Action word → its first index in `actions`.
    action_index: HashMap<String, usize>,
    pub action_matcher: AhoCorasick,
    pub measures: Vec<String>,
    pub posts: Vec<String>,
    pub post_matcher: AhoCorasick,
    pub org_suffixes: Vec<String>,
    /// The organisation endings by their last character, so a name is compared only
    /// with the endings it could have.
    org_suffixes_by_last: HashMap<char, Vec<String>>,
    /// Endings that look like an organisation's but name people (村干部 ends in 部).
    not_org_endings: Vec<String>,
    /// Verb → mode: `np`, `always` or `lead` (see causatives.tsv).
    pub causatives: HashMap<String, String>,
    /// Verb → the words after which it leaves the work to the body (推动解决问题).
    pub causative_exceptions: HashMap<String, Vec<String>>,
    /// Verb → the next words after which it governs its own clause only (推动建立…机制).
    pub causative_clause_words: HashMap<String, Vec<String>>,
    /// The exceptions of the "always" causatives (追回, 挽回…): what the body's oversight
    /// itself yields, so a clause opening with one is the body's again.
    pub own_result_openers: Vec<String>,
    pub boundaries: HashSet<String>,
    pub generic: Vec<String>,
    pub not_objects: Vec<String>,
    /// Teams of a party committee (巡察组): their work is their own.
    pub party_teams: Vec<String>,
    /// 中学, 卫生院: institutions a county runs, placed in the county named with them.
    pub county_institutions: Vec<String>,
    /// 检查部: words of jieba's dictionary that in these articles are two (see
    /// split_words.txt).
    pub split_words: Vec<String>,
    /// 学院, 办公室, 餐厅: endings of a university's own departments and services, written
    /// without the university in its own articles.
    pub university_departments: Vec<String>,
    /// Kinds of unit a school has one of (图书馆); see university_services.txt.
    pub university_services: Vec<String>,
    /// 次旦, 旺堆, 图雅: Tibetan and Mongol names of two characters (no surname).
    pub two_character_names: HashSet<String>,
    /// 部, 总局: the kinds of central host a group is named by in its own articles (驻总局纪检监察组).
    pub host_kinds: Vec<String>,
    /// 企业, 二级单位: what closes a list of units after its 等 (…茂名石化等企业).
    pub unit_kinds_after_lists: Vec<String>,
    /// What writes a level's units together inside a phrase (州直单位, 省直各部门); see
    /// units_of_a_level.txt.
    pub units_of_a_level: Vec<String>,
    /// 蒙古族, 回族: the peoples autonomous places and ethnic townships are named after.
    pub ethnic_groups: Vec<String>,
    /// Verbs saying what oversight covers (紧盯, 覆盖): a count after one is no action.
    pub scope_verbs: Vec<String>,
    pub handover_verbs: Vec<String>,
    pub bare_kinds: Vec<String>,
    /// 定点, 燃煤, 社区: words that only describe a kind of facility; see kind_modifiers.txt.
    pub kind_modifiers: Vec<String>,
    /// Endings of what is never a unit overseen (翔安校区, 人员密集场所); see not_unit_endings.txt.
    pub not_unit_endings: Vec<String>,
    /// Work a unit runs, named with an organisation's ending (政府投资); see
    /// work_compounds.txt.
    pub work_compounds: Vec<String>,
    /// Endings of a department named after its organisation's short form (对医院药学部); see
    /// own_department_endings.txt.
    pub own_department_endings: Vec<String>,
    /// Endings of the teams a body sends out itself (监督组, 督导组); see own_teams.txt.
    pub own_teams: Vec<String>,
    /// The endings of development zones' names (开发区, 保税区): places the gazetteer does
    /// not list, with working committees of their own.
    pub zone_endings: Vec<String>,
    /// Endings of a ministry's own institutions named by their kind (信息中心, 总站); see
    /// ministry_unit_endings.txt.
    pub ministry_unit_endings: Vec<String>,
    /// Words a culprit's organisation is never cut inside (社会, 市场); see
    /// section_words.txt.
    pub section_words: Vec<String>,
    /// A measure and the character after it read as one word (个人, 单位), counting nothing;
    /// see not_measures.txt.
    pub not_measures: Vec<String>,
    /// The country's great regions (华东, 西南), naming companies' regional subsidiaries.
    pub macro_regions: Vec<String>,
    /// Words for a place's areas of a kind written after its name (章丘区社区…).
    pub place_areas: Vec<String>,
    /// Facilities of a kind after the last of several places listed (益店镇敬老院).
    pub listed_place_facilities: Vec<String>,
    /// What a look turns up (风险点, 隐患): counted after a verb of looking, a finding.
    pub found_objects: Vec<String>,
    /// Verbs of searching (排查, 筛查): what they count is what they found when it is a find.
    pub search_verbs: Vec<String>,
    /// Words jieba is to read whole, as nouns (继续教育, else 继续 is a verb); see nouns.txt.
    pub nouns: Vec<String>,
    /// Dictionary words that are a preposition glued to a name's first character (对映秀镇);
    /// see glued_words.txt.
    pub glued_words: Vec<String>,
    /// What money after 涉及 the items just checked hold (资金, 经费); see checked_money.txt.
    pub checked_money: Vec<String>,
    /// Dictionary words of a preposition and a character that are never so glued (对象).
    pub never_glued: Vec<String>,
    /// Words saying a named person was held to account.
    pub accountability: Vec<String>,
    pub boilerplate: Vec<String>,
    /// Openings of the line after which a page shows only links (相关链接).
    pub article_ends: Vec<String>,
    /// Words before a unit's name saying what it is to its overseer (驻在单位, 联系的).
    pub unit_descriptions: Vec<String>,
    /// Those of them naming a resident group's own units (驻在单位): targets wherever written.
    pub own_unit_words: Vec<String>,
    /// Words making a body's name the name of its website (网站).
    pub media: Vec<String>,
    /// Endings of sub-units' names (支行) and of the organisations they belong to (银行).
    pub subunits: Vec<(String, Vec<String>)>,
    pub departments: HashMap<String, (String, String)>,
    pub surnames: HashSet<String>,
    /// Actions only the oversight body itself does, whoever it has just urged (列席).
    pub own_actions: HashSet<String>,
    pub enterprise_suffixes: Vec<String>,
    /// Short forms referring back to a named organisation (校 → 大学, 学院…), longest first.
    pub enterprise_short_forms: Vec<(String, Vec<String>)>,
    /// Bare short forms of development zones (经开区 → 经济技术开发区…).
    pub zone_short_forms: Vec<(String, Vec<String>)>,
    /// Words written for a bare level (师市 for 市), with the level they stand for.
    pub level_aliases: Vec<(String, char)>,
    /// Words opening a unit's name for a body of that rank (兵团 → 新疆生产建设兵团).
    pub standing_prefixes: Vec<(String, String)>,
    /// Short forms inside organisations' names and what they stand for (农商银行 →
    /// 农村商业银行), longest first.
    pub org_abbreviations: Vec<(String, String)>,
    pub not_level_prefix: Vec<String>,
    /// Openings of central bodies' names (国家, 国务院…), see central_hosts.txt.
    pub central_hosts: Vec<String>,
    /// Names that start like one of `not_level_prefix` but with the level after all
    /// (市民政局 is 市 + 民政局, not 市民 + 政局).
    level_prefix_exceptions: Vec<String>,
    pub gazetteer: Gazetteer,
    pub region_patterns: Vec<String>,
    /// For each region pattern, the divisions it is the full name of (or the X州 form of an
    /// autonomous prefecture): what names a region in front of a body.
    pub region_full: Vec<Vec<usize>>,
    /// Finds any boilerplate phrase in a line.
    boilerplate_matcher: AhoCorasick,
    byline_matcher: AhoCorasick,
    /// County names without their 县/市/区/旗 (沅江, 桃江): only for placing a town.
    pub county_short_patterns: Vec<(String, Vec<usize>)>,
    /// Short names of autonomous counties (澜沧, 木里), which count only standing alone
    /// (在澜沧，…; not 特木里镇, 木里矿区, the 东乡 of 东乡族).
    pub county_short_alone: std::collections::HashSet<String>,
    /// County stems that are common words (高台, 和平: not_short_names.txt) or other places'
    /// names (朝阳 of 北京's 朝阳区, 朝阳市's short name), by stem: a county only where the
    /// text says so by its next words (在高台，县纪委监委…).
    pub county_common_stems: HashMap<String, Vec<usize>>,
}

fn leftmost_longest(patterns: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("lexicon patterns build an automaton")
}

impl Lexicon {
    fn load() -> Self {
        let body_suffixes: Vec<BodySuffix> = columns(BODIES)
            .into_iter()
            .filter_map(|r| {
                let kind = BodyKind::parse(r.get(1)?)?;
                let canonical = r.get(2).filter(|c| c.as_str() != "=").cloned();
                let standing = match r.get(3).map(String::as_str) {
                    Some("alone") => OfficeStanding::Alone,
                    Some("attached") => OfficeStanding::Attached,
                    _ => OfficeStanding::Numbered,
                };
                Some(BodySuffix {
                    written: r[0].clone(),
                    kind,
                    canonical,
                    standing,
                })
            })
            .collect();
        let fixed_bodies: Vec<(String, BodyKind, String)> = columns(FIXED_BODIES)
            .into_iter()
            .filter_map(|r| Some((r[0].clone(), BodyKind::parse(r.get(1)?)?, r.get(2)?.clone())))
            .collect();
        let actions: Vec<(String, String)> = columns(ACTIONS)
            .into_iter()
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect();
        let mut action_index = HashMap::default();
        for (i, (w, _)) in actions.iter().enumerate() {
            action_index.entry(w.clone()).or_insert(i);
        }
        let action_matcher =
            leftmost_longest(&actions.iter().map(|a| a.0.clone()).collect::<Vec<_>>());
        let mut measures = word_list(MEASURES);
        measures.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
        let posts = word_list(POSTS);
        let post_matcher = leftmost_longest(&posts);
        let (mut org_suffixes, not_org_endings) = with_exceptions(word_list(ORG_SUFFIXES));
        let (glued_words, never_glued) = with_exceptions(word_list(GLUED_WORDS));
        org_suffixes.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
        let mut org_suffixes_by_last: HashMap<char, Vec<String>> = HashMap::default();
        for s in &org_suffixes {
            if let Some(last) = s.chars().next_back() {
                org_suffixes_by_last
                    .entry(last)
                    .or_default()
                    .push(s.clone());
            }
        }
        let causatives: HashMap<String, String> = columns(CAUSATIVES)
            .into_iter()
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect();
        let causative_exceptions: HashMap<String, Vec<String>> = columns(CAUSATIVES)
            .into_iter()
            .filter(|r| r.len() >= 3)
            .map(|r| (r[0].clone(), r[2].split(' ').map(str::to_string).collect()))
            .collect();
        let causative_clause_words: HashMap<String, Vec<String>> = columns(CAUSATIVES)
            .into_iter()
            .filter(|r| r.len() >= 4)
            .map(|r| (r[0].clone(), r[3].split(' ').map(str::to_string).collect()))
            .collect();

        let departments = columns(DEPARTMENTS)
            .into_iter()
            .filter(|r| r.len() >= 3)
            .map(|r| (r[0].clone(), (r[1].clone(), r[2].clone())))
            .collect();
        let ethnic_groups = word_list(ETHNIC_GROUPS);
        let gazetteer = Gazetteer::load(
            DIVISIONS,
            FORMER_DIVISIONS,
            ADMINISTERED_DISTRICTS,
            ABBREVIATIONS,
            OFFICIAL_NAMES,
            &ethnic_groups,
        );
        let mut region_patterns: Vec<String> = gazetteer.names().cloned().collect();
        region_patterns.sort();
        let region_full = region_patterns
            .iter()
            .map(|name| gazetteer.full_form(name).to_vec())
            .collect();
        let boilerplate = word_list(BOILERPLATE);
        // One list; + marks the words naming a group's own units.
        let unit_descriptions = word_list(UNIT_DESCRIPTIONS);
        let boilerplate_matcher = leftmost_longest(&boilerplate);
        let own_result_openers: Vec<String> = causative_exceptions
            .iter()
            .filter(|(verb, _)| causatives.get(verb.as_str()).is_some_and(|m| m == "always"))
            .flat_map(|(_, words)| words.iter().cloned())
            .collect();
        // Markers of a byline sentence (来源:).
        let byline_matcher = leftmost_longest(&word_list(BYLINES));
        let (not_level_prefix, level_prefix_exceptions) =
            with_exceptions(word_list(NOT_LEVEL_PREFIX));
        let not_short_names: std::collections::HashSet<String> =
            word_list(NOT_SHORT_NAMES).into_iter().collect();
        let mut county_short: HashMap<String, Vec<usize>> = HashMap::default();
        let mut county_short_alone = std::collections::HashSet::new();
        let mut county_common_stems: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, d) in gazetteer.divisions.iter().enumerate() {
            if d.level != Level::County || d.former {
                continue;
            }
            // 神农架 for 神农架林区, 六枝 for 六枝特区; 澜沧 for 澜沧拉祜族自治县 (在澜沧，县纪委监委).
            let stem = d
                .autonomous_short
                .as_deref()
                .and_then(|short| short.strip_suffix(['县', '旗']))
                .or_else(|| {
                    ["林区", "特区"]
                        .iter()
                        .find_map(|kind| d.name.strip_suffix(kind))
                })
                .or_else(|| d.name.strip_suffix(['县', '市', '区', '旗']));
            let Some(stem) = stem else {
                continue;
            };
            if stem.chars().count() >= 2
                && gazetteer.lookup(stem).is_empty()
                && !not_short_names.contains(stem)
            {
                county_short.entry(stem.to_string()).or_default().push(i);
                if d.autonomous_short.is_some() {
                    county_short_alone.insert(stem.to_string());
                }
            } else if stem.chars().count() >= 2 {
                // (朝阳 for 北京's 朝阳区, a stem that is also 朝阳市's short name, or 高台, a
                // common word: the county is named by it only where a clause so says.)
                county_common_stems
                    .entry(stem.to_string())
                    .or_default()
                    .push(i);
            }
        }
        let mut county_short_patterns: Vec<(String, Vec<usize>)> =
            county_short.into_iter().collect();
        county_short_patterns.sort();
        Lexicon {
            body_suffixes,
            fixed_bodies,
            actions,
            action_index,
            action_matcher,
            measures,
            posts,
            post_matcher,
            org_suffixes,
            not_org_endings,
            org_suffixes_by_last,
            causatives,
            own_result_openers,
            causative_exceptions,
            causative_clause_words,
            boundaries: word_list(BOUNDARIES).into_iter().collect(),
            generic: word_list(GENERIC),
            not_objects: word_list(NOT_OBJECTS),
            accountability: word_list(ACCOUNTABILITY),
            scope_verbs: word_list(SCOPE_VERBS),
            handover_verbs: word_list(HANDOVER_VERBS),
            bare_kinds: word_list(BARE_KINDS),
            kind_modifiers: word_list(KIND_MODIFIERS),
            not_unit_endings: word_list(NOT_UNIT_ENDINGS),
            work_compounds: word_list(WORK_COMPOUNDS),
            own_department_endings: word_list(OWN_DEPARTMENT_ENDINGS),
            own_teams: word_list(OWN_TEAMS),
            zone_endings: word_list(ZONE_ENDINGS),
            ministry_unit_endings: word_list(MINISTRY_UNIT_ENDINGS),
            section_words: word_list(SECTION_WORDS),
            not_measures: word_list(NOT_MEASURES),
            macro_regions: word_list(MACRO_REGIONS),
            place_areas: word_list(PLACE_AREAS),
            listed_place_facilities: word_list(LISTED_PLACE_FACILITIES),
            found_objects: word_list(FOUND_OBJECTS),
            search_verbs: word_list(SEARCH_VERBS),
            nouns: word_list(NOUNS),
            glued_words,
            never_glued,
            checked_money: word_list(CHECKED_MONEY),
            party_teams: word_list(PARTY_TEAMS),
            county_institutions: word_list(COUNTY_INSTITUTIONS),
            split_words: word_list(SPLIT_WORDS),
            university_departments: word_list(UNIVERSITY_DEPARTMENTS),
            university_services: word_list(UNIVERSITY_SERVICES),
            two_character_names: word_list(TWO_CHARACTER_NAMES).into_iter().collect(),
            host_kinds: word_list(HOST_KINDS),
            unit_kinds_after_lists: word_list(UNIT_KINDS_AFTER_LISTS),
            units_of_a_level: word_list(UNITS_OF_A_LEVEL),
            ethnic_groups,
            boilerplate,
            article_ends: word_list(ARTICLE_ENDS),
            own_unit_words: unit_descriptions
                .iter()
                .filter_map(|w| w.strip_prefix('+').map(str::to_string))
                .collect(),
            unit_descriptions: unit_descriptions
                .iter()
                .map(|w| w.trim_start_matches('+').to_string())
                .collect(),
            media: word_list(MEDIA),
            subunits: columns(SUBUNITS)
                .into_iter()
                .filter(|c| c.len() >= 2)
                .map(|c| {
                    let organisations = c[1].split_whitespace().map(str::to_string).collect();
                    (c[0].clone(), organisations)
                })
                .collect(),
            boilerplate_matcher,
            byline_matcher,
            departments,
            surnames: word_list(SURNAMES).into_iter().collect(),
            own_actions: word_list(OWN_ACTIONS).into_iter().collect(),
            enterprise_suffixes: word_list(ENTERPRISE),
            enterprise_short_forms: {
                let mut forms: Vec<(String, Vec<String>)> = columns(ENTERPRISE_SHORT)
                    .into_iter()
                    .filter(|c| c.len() >= 2)
                    .map(|c| {
                        let endings = c[1].split_whitespace().map(str::to_string).collect();
                        (c[0].clone(), endings)
                    })
                    .collect();
                forms.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
                forms
            },
            zone_short_forms: columns(ZONE_SHORT)
                .into_iter()
                .filter(|c| c.len() >= 2)
                .map(|c| (c[0].clone(), c[1..].to_vec()))
                .collect(),
            standing_prefixes: columns(STANDING_PREFIXES)
                .into_iter()
                .filter_map(|c| Some((c.first()?.clone(), c.get(1)?.clone())))
                .collect(),
            level_aliases: columns(LEVEL_ALIASES)
                .into_iter()
                .filter_map(|c| Some((c.first()?.clone(), c.get(1)?.chars().next()?)))
                .collect(),
            org_abbreviations: {
                let mut pairs: Vec<(String, String)> = columns(ORG_ABBREVIATIONS)
                    .into_iter()
                    .filter(|c| c.len() >= 2)
                    .map(|c| (c[0].clone(), c[1].clone()))
                    .collect();
                pairs.sort_by_key(|(short, _)| std::cmp::Reverse(short.chars().count()));
                pairs
            },
            central_hosts: word_list(CENTRAL_HOSTS),
            not_level_prefix,
            level_prefix_exceptions,
            gazetteer,
            region_patterns,
            region_full,
            county_short_patterns,
            county_short_alone,
            county_common_stems,
        }
    }

    /// Whether `word` names one of China's peoples (拉祜族, 朝鲜族), as ethnic_groups.txt lists
    /// them.
    pub fn is_ethnic_group(&self, word: &str) -> bool {
        self.ethnic_groups.iter().any(|g| g == word)
    }

    pub fn category_of(&self, word: &str) -> Option<&str> {
        self.action_index
            .get(word)
            .map(|&i| self.actions[i].1.as_str())
    }

    pub fn ends_with_org_suffix(&self, name: &str) -> bool {
        let Some(last) = name.chars().next_back() else {
            return false;
        };
        self.org_suffixes_by_last
            .get(&last)
            .is_some_and(|suffixes| suffixes.iter().any(|s| name.ends_with(s.as_str())))
            && !self.ends_like_no_organisation(name)
    }

    /// Whether a name ends in what looks like an organisation's ending but names people or
    /// a venue (干部, 会所: the ! lines of org_suffixes.txt).
    pub fn ends_like_no_organisation(&self, name: &str) -> bool {
        self.not_org_endings
            .iter()
            .any(|s| name.ends_with(s.as_str()))
    }

    /// Whether a name's opening 省/市/区/县 is no level abbreviation (市场监管局, 市民
    /// 服务中心), so no region goes in front of it.
    pub fn has_no_level_prefix(&self, name: &str) -> bool {
        self.not_level_prefix
            .iter()
            .any(|w| name.starts_with(w.as_str()))
            && !self
                .level_prefix_exceptions
                .iter()
                .any(|w| name.starts_with(w.as_str()))
    }

    pub fn is_boilerplate(&self, line: &str) -> bool {
        self.boilerplate_matcher.is_match(line)
    }

    /// Whether a county's short name found in the text names the county: an autonomous
    /// county's (澜沧) only standing alone, not running on into other characters (特木里镇,
    /// 三江源).
    pub fn short_name_stands(&self, short: &str, runs_on: bool) -> bool {
        !runs_on || !self.county_short_alone.contains(short)
    }

    /// Whether a sentence is a byline (来源:, 作者:…).
    pub fn is_byline(&self, sentence: &str) -> bool {
        self.byline_matcher.is_match(sentence)
    }

    /// Tags that replace jieba's own for words of its dictionary (`add_word` keeps a known
    /// word's tag): jieba tags 审计署 a verb, which would end the name 审计署驻武汉特派员办事处
    /// before it starts. The ministries written whole are organisations. They are no
    /// segmentation words: 应急管理部门 stays one word.
    pub fn forced_tags(&self) -> Vec<(String, &'static str)> {
        self.central_hosts
            .iter()
            .filter(|h| {
                h.chars().count() >= 3 && self.host_kinds.iter().any(|k| h.ends_with(k.as_str()))
            })
            .map(|h| (h.clone(), "nt"))
            .collect()
    }

    /// Words jieba should keep whole: body suffixes, verbs, posts, gazetteer names.
    pub fn segmentation_words(&self) -> Vec<(String, &'static str)> {
        let mut words: Vec<(String, &'static str)> = Vec::new();
        // 办公室 and 宣传部 name offices of any organisation; tagging them nt would change how
        // every other name ending in them is read.
        words.extend(
            self.body_suffixes
                .iter()
                .filter(|s| s.standing != OfficeStanding::Attached)
                .map(|s| (s.written.clone(), "nt")),
        );
        words.extend(self.fixed_bodies.iter().map(|f| (f.0.clone(), "nt")));
        words.extend(self.actions.iter().map(|a| (a.0.clone(), "v")));
        words.extend(self.posts.iter().map(|p| (p.clone(), "n")));
        words.extend(self.nouns.iter().map(|w| (w.clone(), "n")));
        words.extend(
            self.org_suffixes
                .iter()
                .filter(|s| s.chars().count() >= 2)
                .map(|s| (s.clone(), "n")),
        );
        // 住建局, 人社厅: abbreviated department names stay whole (else 住 and 建 are verbs
        // and a target list stops there).
        words.extend(
            self.departments
                .values()
                .flat_map(|(province, city)| [province, city])
                .filter(|name| name.chars().count() >= 3)
                .map(|name| (name.clone(), "nt")),
        );
        words.extend(
            self.gazetteer
                .divisions
                .iter()
                .map(|d| (d.name.clone(), "ns")),
        );
        words
    }
}

pub static LEXICON: Lazy<Lexicon> = Lazy::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_qualifies_counties_by_prefecture() {
        let g = &LEXICON.gazetteer;
        let fengxiang = g.lookup("凤翔区");
        assert_eq!(fengxiang.len(), 1, "one 凤翔区 in China");
        assert_eq!(g.qualified_name(fengxiang[0]), "宝鸡市凤翔区");
        let binhai = g.lookup("滨海新区")[0];
        assert_eq!(g.qualified_name(binhai), "天津市滨海新区");
        let leishan = g.lookup("雷山县")[0];
        assert_eq!(g.qualified_name(leishan), "黔东南苗族侗族自治州雷山县");
        let jiangsu = g.lookup("江苏")[0];
        assert_eq!(g.divisions[jiangsu].name, "江苏省");
    }

    #[test]
    fn autonomous_counties_are_found_by_their_written_short_form() {
        let g = &LEXICON.gazetteer;
        for (written, full) in [
            ("东乡县", "临夏回族自治州东乡族自治县"),
            ("积石山县", "临夏回族自治州积石山保安族东乡族撒拉族自治县"),
            ("长阳县", "宜昌市长阳土家族自治县"),
            ("鄂温克旗", "呼伦贝尔市鄂温克族自治旗"),
        ] {
            let hits = g.lookup(written);
            assert_eq!(hits.len(), 1, "{written}");
            assert_eq!(g.qualified_name(hits[0]), full);
        }
    }

    #[test]
    fn counties_gone_since_are_known_by_their_full_names_only() {
        let g = &LEXICON.gazetteer;
        let [changzhi_county] = g.lookup("长治县")[..] else {
            panic!("one 长治县");
        };
        assert!(g.divisions[changzhi_county].former);
        assert_eq!(g.qualified_name(changzhi_county), "长治市长治县");
        // Its stem stays the city's short name, and no former unit is a short name.
        assert!(g.lookup("长治").iter().all(|&d| !g.divisions[d].former));
        assert!(LEXICON
            .county_short_patterns
            .iter()
            .all(|(_, ds)| ds.iter().all(|&d| !g.divisions[d].former)));
        // A level changed keeps its stem (屯留县 → 屯留区): no former row for it.
        assert!(g.lookup("屯留县").is_empty());
    }

    #[test]
    fn every_lexicon_file_loads() {
        let l = &*LEXICON;
        assert!(l.body_suffixes.iter().any(|s| s.written == "纪检监察组"));
        assert_eq!(l.category_of("约谈"), Some("interview"));
        assert!(l.measures.first().map(|m| m.chars().count()) >= Some(2));
        assert!(l.surnames.contains("欧阳"));
        assert!(l.gazetteer.divisions.len() > 3000);
    }
}
