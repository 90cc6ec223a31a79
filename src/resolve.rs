//! From mentions to facts: the document's home region, canonical region-qualified names,
//! parents and hosts, aliases folded into one body, subjects resolved for every count.

use std::collections::{HashMap, HashSet};

use crate::extract::{
    chars_end_with, is_han, is_number_char, is_regiment, is_town, written_as_corps_city,
    BodyMention, Mentions, OrgRef, RegionMention, RegionRef, TargetMention, LEVEL_CHARS,
    MINISTRY_KINDS, PARTY_ORGANS, SCHOOL_SHORT_FORMS, TOWN_LEVELS,
};
use crate::facts::{Body, DocFacts, Evidence, Fact, Person, RegionInfo, Supervision};
use crate::ingest::Document;
use crate::lexicon::{
    level_prefix, level_word, BodyKind, Level, AUTONOMOUS_REGION, DIVISION_LEVELS, LEXICON,
    PREFECTURE_AREA, PREFECTURE_AREA_WORD,
};

/// The canonical name of the central commission (SPEC.md).
const CENTRAL_COMMISSION: &str = "中央纪委国家监委";

/// The regions "省", "市", "区/县" mean in this document.
#[derive(Debug, Default, Clone)]
pub struct Home {
    pub province: Option<usize>,
    pub city: Option<usize>,
    pub county: Option<usize>,
}

impl Home {
    fn for_level(&self, c: char) -> Option<usize> {
        match c {
            '省' => self.province,
            // In a county-level city's own article (昆山市), 市纪委监委 and 全市 are that city's.
            // In an autonomous prefecture's (海西州), 市纪委监委 is no prefecture's: the
            // prefecture calls itself 州.
            '市' => {
                let city_named = |d: &usize| LEXICON.gazetteer.divisions[*d].name.ends_with('市');
                self.county
                    .filter(city_named)
                    .or(self.city.filter(city_named))
            }
            '州' | '盟' => self.city,
            PREFECTURE_AREA => self.city.filter(|&d| {
                LEXICON.gazetteer.divisions[d]
                    .name
                    .ends_with(PREFECTURE_AREA_WORD)
            }),
            // In an autonomous region's own articles 区纪委监委 and 全区 are the region's; in a
            // prefecture area's (大兴安岭地区, 阿勒泰地区), 全区 is the area's.
            '区' => self
                .county
                .or_else(|| self.for_level(PREFECTURE_AREA))
                .or_else(|| self.autonomous_region()),
            '县' | '旗' => self.county,
            AUTONOMOUS_REGION => self.autonomous_region(),
            _ => None,
        }
    }
    fn autonomous_region(&self) -> Option<usize> {
        self.province
            .filter(|&d| LEXICON.gazetteer.divisions[d].is_autonomous_region())
    }
    pub fn most_specific(&self) -> Option<usize> {
        self.county.or(self.city).or(self.province)
    }
}

/// How a commission's WeChat account opens its name before the place (清廉瑞昌, 清风武胜).
const WECHAT_ACCOUNT_OPENINGS: &[&str] = &["清廉", "清风", "廉洁", "廉政"];

/// A Corps city, named officially with its division (第八师石河子市).
fn is_corps_city(d: usize) -> bool {
    written_as_corps_city(&LEXICON.gazetteer.qualified_name(d))
}

/// Votes for the home region: names in the title and source line weigh most; a county
/// votes for its prefecture and province.
pub fn home_region(m: &Mentions) -> Home {
    let g = &LEXICON.gazetteer;
    let mut province: HashMap<usize, f64> = HashMap::new();
    let mut city: HashMap<usize, f64> = HashMap::new();
    let mut county: HashMap<usize, f64> = HashMap::new();
    let mut header_cities: Vec<usize> = Vec::new();
    // Cities the header names outside the province or county it also names.
    let mut other_cities: Vec<usize> = Vec::new();
    let mut header_province: Option<usize> = None;
    // 清风武胜 | 让乡村教师待遇“真金白银”落到实处 / 原创 武胜县纪委监委 … 四川: a city's short
    // name inside a word is no home when the header's province or county lies elsewhere.
    let header_places: Vec<usize> = m
        .regions
        .iter()
        .filter(|r| r.in_header && !r.short_county && r.divisions.len() == 1)
        .map(|r| r.divisions[0])
        .filter(|&d| g.divisions[d].level != Level::Prefecture)
        .collect();
    let consistent_with_header = |c: usize| {
        header_places.iter().all(|&d| match g.divisions[d].level {
            Level::Province => g.province_of(c) == d,
            _ => g.prefecture_of(d) == Some(c) || g.prefecture_of(d).is_none(),
        })
    };
    for r in &m.regions {
        let full = r
            .divisions
            .iter()
            .any(|&d| g.divisions[d].name == r.written);
        // A short name shared by a province and a city (吉林) is the province.
        let divisions: Vec<usize> = if r.divisions.len() > 1 {
            let provinces: Vec<usize> = r
                .divisions
                .iter()
                .copied()
                .filter(|&d| g.divisions[d].level == Level::Province)
                .collect();
            if provinces.is_empty() {
                r.divisions.clone()
            } else {
                provinces
            }
        } else {
            r.divisions.clone()
        };
        let weight = if r.in_header {
            3.0
        } else if full {
            1.0
        } else {
            0.5
        } / divisions.len() as f64;
        for &d in &divisions {
            let div = &g.divisions[d];
            match div.level {
                Level::Province => {
                    *province.entry(d).or_default() += weight;
                    if div.is_municipality() {
                        *city.entry(d).or_default() += weight;
                    }
                    if r.in_header && header_province.is_none() {
                        header_province = Some(d);
                    }
                }
                Level::Prefecture => {
                    *city.entry(d).or_default() += weight;
                    *province.entry(g.province_of(d)).or_default() += weight * 0.5;
                    if r.in_header && !header_cities.contains(&d) && !other_cities.contains(&d) {
                        if consistent_with_header(d) {
                            header_cities.push(d);
                        } else {
                            other_cities.push(d);
                        }
                    }
                }
                Level::County => {
                    *county.entry(d).or_default() += weight;
                    if let Some(p) = g.prefecture_of(d) {
                        *city.entry(p).or_default() += weight;
                    }
                    *province.entry(g.province_of(d)).or_default() += weight * 0.5;
                }
            }
        }
    }
    let best = |map: &HashMap<usize, f64>| -> Option<(usize, f64, f64)> {
        let mut v: Vec<(usize, f64)> = map.iter().map(|(k, v)| (*k, *v)).collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.first()
            .map(|&(k, s)| (k, s, v.get(1).map(|x| x.1).unwrap_or(0.0)))
    };
    let chars = &m.prepared.chars;
    let stands_alone = |r: &RegionMention| {
        let end = r.position + r.written.chars().count();
        let before = &chars[r.position.saturating_sub(2)..r.position];
        chars.get(end).is_none_or(|&c| !is_han(c))
            && (r.position == 0
                || !is_han(chars[r.position - 1])
                || WECHAT_ACCOUNT_OPENINGS
                    .iter()
                    .any(|w| w.chars().eq(before.iter().copied())))
    };
    // A county the header names (瑞昌：…) lets its city be home though the header also names
    // the province (a WeChat repost's 发表于江西).
    let header_county_city = |c: usize| {
        m.regions
            .iter()
            .filter(|r| r.in_header && (!r.short_county || stands_alone(r)))
            .any(|r| r.divisions.iter().any(|&d| g.prefecture_of(d) == Some(c)))
    };
    // 浙江省春晖中学 / 党建园地 / 【廉洁“微课堂”】延边：…: a city of another province the
    // header names, which the article names more than the header's province, is home (the
    // site's province above the headline is not).
    let vote = |m: &HashMap<usize, f64>, k: usize| m.get(&k).copied().unwrap_or(0.0);
    if let Some(p) = header_province {
        if let Some(&c) = other_cities
            .iter()
            .max_by(|&&a, &&b| vote(&city, a).total_cmp(&vote(&city, b)))
        {
            if vote(&city, c) > vote(&province, p) && g.province_of(c) != p {
                header_province = Some(g.province_of(c));
                header_cities = vec![c];
            }
        }
    }
    // 湘潭市中心医院 / 党建园地 / 【廉洁“微课堂”】张家界：…: of the cities the header names,
    // the one the article is about (named most) is home, not the site's above the headline.
    let mut header_city: Option<usize> = None;
    for &c in &header_cities {
        if header_city.is_none_or(|h| vote(&city, c) > vote(&city, h)) {
            header_city = Some(c);
        }
    }
    let mut home = Home::default();
    if let Some(c) = header_city {
        home.city = Some(c);
        home.province = Some(g.province_of(c));
    } else if let Some(p) = header_province {
        home.province = Some(p);
        if g.divisions[p].is_municipality() {
            home.city = Some(p);
        }
    } else if let Some((p, _, _)) = best(&province) {
        home.province = Some(p);
    }
    if home.city.is_none() {
        if let Some((c, score, second)) = best(&city) {
            let prov_score = home
                .province
                .and_then(|p| province.get(&p).copied())
                .unwrap_or(0.0);
            let same_province = home.province.map(|p| g.province_of(c) == p).unwrap_or(true);
            let dominant = score >= 3.0 && score >= 2.0 * second;
            if same_province
                && dominant
                && (header_province.is_none()
                    || g.divisions[c].is_municipality()
                    || header_county_city(c))
                && score >= prov_score * 0.8
            {
                home.city = Some(c);
            }
            if let Some(p) = home.province {
                if g.divisions[p].is_municipality() {
                    home.city = Some(p);
                }
            }
        }
    }
    // A county is home only when the title or source line names it.
    if let Some(c) = home.city {
        let in_city =
            |d: usize| g.divisions[d].level == Level::County && g.prefecture_of(d) == Some(c);
        // A county name other places share (朝阳区) counts when only one of them lies in
        // the home city; so does its short form standing alone (瑞昌：精准监督…, 清廉瑞昌
        // 2026-08-21), being the county the text names most (not 武夷山水, 乡村振兴).
        let header_county = m
            .regions
            .iter()
            .filter(|r| r.in_header && (!r.short_county || stands_alone(r)))
            .find_map(|r| {
                let mut inside = r.divisions.iter().copied().filter(|&d| in_city(d));
                let d = inside.next()?;
                inside.next().is_none().then_some(d)
            });
        let county_in_city: HashMap<usize, f64> = county
            .iter()
            .filter(|(d, _)| in_city(**d))
            .map(|(d, v)| (*d, *v))
            .collect();
        // 烟台市委巡察组向栖霞市反馈… / 作者：烟台市纪委监委: where the header names the
        // city's commission and no county's, the article is the city's though it is about
        // a county.
        let names_commission = |r: &RegionMention| {
            let after = chars.iter().skip(r.position + r.written.chars().count());
            ["纪委", "监委", "纪检监察"]
                .iter()
                .any(|w| w.chars().eq(after.clone().take(w.chars().count()).copied()))
        };
        let header_commission_of = |level: Level| {
            m.regions.iter().any(|r| {
                r.in_header
                    && !r.short_county
                    && names_commission(r)
                    && r.divisions.iter().any(|&d| g.divisions[d].level == level)
            })
        };
        let city_publishes =
            header_commission_of(Level::Prefecture) && !header_commission_of(Level::County);
        if let (Some(k), Some((best_county, _, _))) = (header_county, best(&county_in_city)) {
            if k == best_county && !city_publishes {
                home.county = Some(k);
            }
        }
    }
    // 五指山市, 仙桃市, 济源市: a county-level unit directly under its province has no city
    // above it; named in the header and most of the counties, it is home.
    if home.county.is_none() {
        let direct = |d: usize| {
            g.divisions[d].level == Level::County
                && g.prefecture_of(d).is_none()
                && home.province.is_none_or(|p| g.province_of(d) == p)
        };
        let header_direct = m
            .regions
            .iter()
            .filter(|r| r.in_header && (!r.short_county || stands_alone(r)))
            .find_map(|r| r.divisions.iter().copied().find(|&d| direct(d)));
        let best_county = best(&county).map(|(d, _, _)| d);
        // 严防节日“四风” 师市纪委监委打出监督“组合拳” / 发表于新疆: a header naming its place
        // only as 师市, a Corps division and its city, is the Corps city the text names most.
        let header_says_corps_city = || {
            m.prepared.sentences.iter().filter(|s| s.header).any(|s| {
                m.prepared.chars[s.start..s.end]
                    .windows(2)
                    .any(|w| w == ['师', '市'])
            })
        };
        if let Some(k) = header_direct
            .filter(|&k| best_county == Some(k))
            .or_else(|| {
                best_county.filter(|&k| direct(k) && is_corps_city(k) && header_says_corps_city())
            })
        {
            home.county = Some(k);
            home.province = Some(g.province_of(k));
        }
    }
    home
}

struct Resolver<'a> {
    m: &'a Mentions,
    home: Home,
    /// Canonical name of each body mention (None: not a body after all).
    names: Vec<Option<String>>,
    divisions: Vec<Option<usize>>,
    last_commission: Option<usize>,
    last_by_level: HashMap<char, usize>,
    /// `m.regions[first_region[s]..first_region[s + 1]]` are sentence `s`'s regions (they
    /// are found sentence by sentence), so a lookup in one sentence does not scan the
    /// whole document.
    first_region: Vec<usize>,
    /// Bodies whose region is written out (named or unlisted), by kind and the region's
    /// last character: the only candidates `same_level_body` can pick from.
    written_regions: HashMap<(BodyKind, char), Vec<usize>>,
    /// The university the article names first, in any name (吉林大学第一医院纪委 names
    /// 吉林大学): what a school's short form (学校纪委) stands for.
    article_university: Option<String>,
}

impl<'a> Resolver<'a> {
    /// The body the article writes first, and its index (see `extract::first_written`).
    fn first_written(&self) -> Option<(usize, &BodyMention)> {
        crate::extract::first_written(&self.m.bodies)
    }

    /// Whether the article is the university's own: its committee is the first body written
    /// (a ministry's article that names a university's unit in passing is not).
    fn university_leads_article(&self) -> bool {
        let university = self.article_university.as_deref();
        self.first_written().is_some_and(|(_, b)| {
            b.kind == BodyKind::EnterpriseOrSchoolCommittee
                && Some(b.name_part.as_str()) == university
        })
    }

    /// The region string a mention's region resolves to, and the division when known.
    fn region(&self, r: &RegionRef, sentence: usize, position: usize) -> (String, Option<usize>) {
        let g = &LEXICON.gazetteer;
        match r {
            RegionRef::Named(chain, written) => {
                let pick = if chain.len() > 1
                    && g.divisions[chain[0]].name
                        == g.divisions[*chain.last().unwrap_or(&chain[0])].name
                {
                    // An ambiguous county named alone: prefer the one in the home region.
                    chain
                        .iter()
                        .copied()
                        .find(|&d| self.home.city.is_some() && g.prefecture_of(d) == self.home.city)
                        .or_else(|| {
                            chain
                                .iter()
                                .copied()
                                .find(|&d| Some(g.province_of(d)) == self.home.province)
                        })
                } else {
                    chain.last().copied()
                };
                match pick {
                    Some(d) => (g.qualified_name(d), Some(d)),
                    None => (written.clone(), None),
                }
            }
            RegionRef::Level(c) | RegionRef::Whole(c) => {
                if *c == '国' {
                    return ("全国".into(), None);
                }
                // 全区纪检监察机关 in a prefecture area's article (大兴安岭地区): the area's, not
                // a district named before, unless its own sentence names one.
                let whole_area = if matches!(r, RegionRef::Whole('区')) {
                    self.local_region('区', sentence, position)
                        .or_else(|| self.home.for_level(PREFECTURE_AREA))
                } else {
                    None
                };
                match whole_area
                    .or_else(|| self.level_region(*c, sentence, position))
                    .or_else(|| self.corps_city_before(r, position))
                {
                    Some(d) => (g.qualified_name(d), Some(d)),
                    None => (level_word(*c), None),
                }
            }
            RegionRef::This(c) => match self.last_by_level.get(c) {
                Some(&d) => (g.qualified_name(d), Some(d)),
                None => (format!("该{c}"), None),
            },
            RegionRef::Unlisted(name) => {
                if let Some(d) = self.county_ending_with(name, position) {
                    return (g.qualified_name(d), Some(d));
                }
                if let Some((d, written)) = renamed_county(name) {
                    return (written, Some(d));
                }
                let county_like = is_town(name);
                // 东莞市塘厦镇: a town written right after a city without counties is that
                // city's.
                let one_city = |r: &RegionMention| match r.divisions[..] {
                    [d] if g.divisions[d].level == Level::Prefecture => Some(d),
                    _ => None,
                };
                let city_written_before = || {
                    self.regions_before(position)
                        .take_while(|r| r.sentence == sentence)
                        .find(|r| r.position + r.written.chars().count() == position)
                        .and_then(one_city)
                };
                // 东莞市纪委监委派驻第三纪检监察组…。常平镇纪委…: so is one after such a city,
                // the last place named, whatever county was named before it.
                let city_without_counties_named_last = || {
                    self.regions_before(position)
                        .next()
                        .and_then(one_city)
                        .filter(|&d| !g.has_subdivisions(d))
                };
                let within = if county_like {
                    city_written_before()
                        .or_else(city_without_counties_named_last)
                        .or_else(|| self.local_region('县', sentence, position))
                        .or(self.home.county)
                        .or_else(|| self.county_named_before(None, position))
                        .or_else(|| self.county_named_outside_home_in_paragraph(sentence, position))
                } else {
                    None
                };
                match within.or(self.home.city) {
                    Some(d) => {
                        // (在会理县鹿厂镇 in a 2020 article, 龙海市角美镇 in a 2020 one: the
                        // county's name then.)
                        let region = if county_like {
                            self.county_named_then(d, None)
                        } else {
                            None
                        }
                        .unwrap_or_else(|| g.qualified_name(d));
                        // 市经济开发区 in a 周口市 article: the level written is the city's.
                        // 宝鸡市高新区: the place already opens with its city. 镇江新区,
                        // 荆门高新区: a zone named with its city's short name is called so
                        // (its official name), and is kept as written.
                        let div = &g.divisions[d];
                        // (四川天府新区, 郑州航空港经济综合实验区 in a 成都 article: so is one
                        // named with any province's or city's short name, its own city's
                        // included; short names run to four characters.)
                        let named_after_a_short_name = || {
                            name.char_indices().skip(2).take(3).any(|(k, _)| {
                                g.lookup(&name[..k]).iter().any(|&o| {
                                    g.divisions[o].level != Level::County
                                        && g.divisions[o].short.as_deref() == Some(&name[..k])
                                })
                            })
                        };
                        if !county_like && (named_after_a_short_name() || names_own_county(name, d))
                        {
                            return (name.clone(), None);
                        }
                        // 在沅江草尾镇，镇纪委…: a town written after its county's short
                        // name is named without it; 乳山寨镇 is a town of 乳山市 named after
                        // it, not 寨镇 (a town's own name has two characters at least).
                        let own = name.strip_prefix(div.name.as_str()).or_else(|| {
                            let short = div
                                .short
                                .as_deref()
                                .or_else(|| div.name.strip_suffix(['市', '县', '区', '旗']))
                                .filter(|short| county_like && short.chars().count() >= 2)?;
                            // (在多伦县多伦淖尔镇: after the county written in full, its
                            // short name opens the town's own, 多伦淖尔镇.)
                            let after_county_in_full = || {
                                let p = &self.m.prepared;
                                p.sentences.get(sentence).is_some_and(|s| {
                                    p.str_of(s.start, s.end)
                                        .contains(&format!("{}{name}", div.name))
                                })
                            };
                            name.strip_prefix(short)
                                .filter(|rest| rest.chars().count() >= 3 && !after_county_in_full())
                        });
                        let rest = match (own, county_like, region.chars().next_back()) {
                            (Some(rest), _, _) => rest,
                            (None, false, Some(level)) if name.chars().count() > 3 => {
                                name.strip_prefix(level).unwrap_or(name)
                            }
                            _ => name,
                        };
                        (format!("{region}{rest}"), None)
                    }
                    None => (name.clone(), None),
                }
            }
        }
    }

    /// The region a bare level (省, 市, 区…) written at `position` stands for: one named
    /// earlier in the sentence, else the document's own, else, for 市 in an article that is
    /// not about one city, the city named last before it.
    fn level_region(&self, c: char, sentence: usize, position: usize) -> Option<usize> {
        self.local_region(c, sentence, position)
            // 白碱滩区纪委监委…。区纪委副书记 in a Karamay article: the district just named,
            // not the autonomous region the bare 区 stands for in the region's own articles.
            .or_else(|| {
                (c == '区' && self.home.county.is_none() && self.home.city.is_some())
                    .then(|| self.county_named_before(Some(c), position))
                    .flatten()
            })
            // 在香格里拉，市纪委监委…。市纪委监委派驻第一纪检监察组… in a 州's article: a bare
            // 市 where the article's own city is no 市 is the county-level city the paragraph
            // named last.
            .or_else(|| {
                let g = &LEXICON.gazetteer;
                (c == '市' && self.home_city_is_no_shi())
                    .then(|| {
                        let paragraph = self.m.prepared.sentences[sentence].paragraph;
                        self.county_named_in(None, position, Some(paragraph))
                    })
                    .flatten()
                    .filter(|&d| g.divisions[d].name.ends_with('市'))
            })
            .or_else(|| self.home.for_level(c))
            .or_else(|| {
                ['市', '州', '盟']
                    .contains(&c)
                    .then(|| self.prefecture_named_before(position))
                    .flatten()
            })
            .or_else(|| {
                ['县', '旗', '区']
                    .contains(&c)
                    .then(|| self.county_named_before(Some(c), position))
                    .flatten()
            })
            // 格尔木市纪委监委…。市纪委监委派驻第三纪检监察组… in a prefecture's article: the
            // county-level city of the paragraph, else the prefecture after all.
            .or_else(|| {
                (c == '市')
                    .then(|| {
                        let paragraph = self.m.prepared.sentences[sentence].paragraph;
                        self.county_named_in(Some(c), position, Some(paragraph))
                            .or(self.home.city)
                    })
                    .flatten()
            })
    }

    /// 在第八师石河子市，…。师市纪委监委派驻第三纪检监察组… in the Corps' own article: 师市, a
    /// division and its city, is the one named last before it, where no level of the article's
    /// own is meant.
    fn corps_city_before(&self, r: &RegionRef, position: usize) -> Option<usize> {
        let written = self.m.prepared.chars.get(position..position + 2)?;
        if !matches!(r, RegionRef::Level('市')) || written != ['师', '市'] {
            return None;
        }
        self.regions_before(position)
            .filter(|r| r.divisions.len() == 1)
            .map(|r| r.divisions[0])
            .find(|&d| is_corps_city(d))
    }

    /// Whether the article's own city is a prefecture not called 市 (a 州, 盟 or 地区),
    /// so that a bare 市 in it can only be a county-level city.
    fn home_city_is_no_shi(&self) -> bool {
        self.home
            .city
            .is_some_and(|h| !LEXICON.gazetteer.divisions[h].name.ends_with('市'))
    }

    /// The regions named before `position`, the nearest first.
    fn regions_before(&self, position: usize) -> impl Iterator<Item = &RegionMention> + '_ {
        self.m
            .regions
            .iter()
            .rev()
            .filter(move |r| r.position < position)
    }

    /// 灵丘县纪委监委…。县纪委监委随后约谈县应急管理局 in a provincial or city article: the
    /// county (or banner; any county-level unit without `c`) named last before it.
    fn county_named_before(&self, c: Option<char>, position: usize) -> Option<usize> {
        self.county_named_in(c, position, None)
    }

    /// [`Self::county_named_before`], looking only inside `paragraph` when one is given.
    fn county_named_in(
        &self,
        c: Option<char>,
        position: usize,
        paragraph: Option<usize>,
    ) -> Option<usize> {
        if self.home.county.is_some() {
            return None;
        }
        let g = &LEXICON.gazetteer;
        let sentences = &self.m.prepared.sentences;
        // (在玛沁，县纪委监委…。县纪委监委派驻第二纪检监察组…: a county by its short name,
        // where its full name ends with the bare level.)
        let of_level = |r: &RegionMention, c: char| {
            r.written.ends_with(c)
                || (r.short_county
                    && r.divisions
                        .iter()
                        .any(|&d| g.divisions[d].name.ends_with(c)))
        };
        self.regions_before(position)
            .take_while(|r| paragraph.is_none_or(|p| sentences[r.sentence].paragraph == p))
            .filter(|r| c.is_none_or(|c| of_level(r, c)))
            .find_map(|r| {
                let inside = |d: &usize| {
                    g.divisions[*d].level == Level::County
                        && self
                            .home
                            .city
                            .is_none_or(|h| g.prefecture_of(*d) == Some(h))
                        && self.home.province.is_none_or(|h| g.province_of(*d) == h)
                };
                let mut found = r.divisions.iter().filter(|d| inside(d));
                let d = *found.next()?;
                found.next().is_none().then_some(d)
            })
    }

    /// 会同宜宾市珙县纪委监委，深入玉和苗族乡… in the article of the group at 中国石油 (home
    /// 北京): the county the paragraph named in full before a town, though outside the home
    /// city; no town lies in a city or municipality itself.
    fn county_named_outside_home_in_paragraph(
        &self,
        sentence: usize,
        position: usize,
    ) -> Option<usize> {
        let g = &LEXICON.gazetteer;
        let sentences = &self.m.prepared.sentences;
        let paragraph = sentences.get(sentence)?.paragraph;
        self.regions_before(position)
            .take_while(|r| sentences[r.sentence].paragraph == paragraph)
            .filter(|r| !r.short_county)
            .find_map(|r| match r.divisions[..] {
                [d] if g.divisions[d].level == Level::County => Some(d),
                _ => None,
            })
    }

    /// 六枝特区…。特区纪委监委还…: a county-level unit named in full before and written
    /// later by the kind of unit it is.
    fn county_ending_with(&self, written: &str, position: usize) -> Option<usize> {
        let g = &LEXICON.gazetteer;
        self.regions_before(position).find_map(|r| {
            let mut found = r.divisions.iter().copied().filter(|&d| {
                let name = g.divisions[d].name.as_str();
                g.divisions[d].level == Level::County
                    && name.len() > written.len()
                    && name.ends_with(written)
            });
            let d = found.next()?;
            found.next().is_none().then_some(d)
        })
    }

    /// 杭州市纪委监委…。其中，市纪委监委驻市体育局纪检监察组… in a provincial article.
    fn prefecture_named_before(&self, position: usize) -> Option<usize> {
        if self.home.city.is_some() {
            return None;
        }
        let g = &LEXICON.gazetteer;
        self.regions_before(position)
            .filter(|r| !r.short_county && r.divisions.len() == 1)
            .find_map(|r| {
                g.prefecture_of(r.divisions[0])
                    .filter(|&p| !g.divisions[p].is_municipality())
                    .filter(|&p| self.home.province.is_none_or(|h| g.province_of(p) == h))
            })
    }

    /// 在济宁市纪委监委指导下，市纪委监委…: a place (or commission) at `start` in a 在…下
    /// frame names who guides, not what a bare level at `position` after the frame stands for;
    /// so does one in a 按照…部署， frame (按照山南市纪委监委统一部署，全市纪检监察机关…).
    fn in_guidance_frame(&self, start: usize, position: usize) -> bool {
        let chars = &self.m.prepared.chars;
        let Some(span) = chars.get(start..position) else {
            return false;
        };
        let frame_closed = |ending: &[char]| {
            span.windows(ending.len() + 1)
                .any(|w| w[..ending.len()] == *ending && !is_han(w[ending.len()]))
        };
        let opened_by = |word: &str| chars_end_with(chars, start, word);
        let guided = start >= 1
            && chars[start - 1] == '在'
            && (start < 2 || !is_han(chars[start - 2]))
            && frame_closed(&['下']);
        guided
            || (["按照", "根据", "遵照"].iter().any(|w| opened_by(w))
                && [&['部', '署'][..], &['要', '求'], &['安', '排']]
                    .iter()
                    .any(|e| frame_closed(e)))
    }

    /// 在高台，县纪委监委…: a county whose stem is a common word (高台) or another place's
    /// name (朝阳), named by it where the clause opens with 在 and the bare level of the
    /// commission right after it says it is a county, within the article's own city (or,
    /// where no city is home, its province: 在朝阳，区纪委监委 in a 北京 article).
    fn county_by_common_stem_before(&self, c: char, position: usize) -> Option<usize> {
        let g = &LEXICON.gazetteer;
        let within_home = |d: usize| match (self.home.city, self.home.province) {
            (Some(city), _) => g.prefecture_of(d) == Some(city),
            (None, Some(province)) => g.province_of(d) == province,
            (None, None) => false,
        };
        let chars = &self.m.prepared.chars;
        let comma = position.checked_sub(1).filter(|&k| chars[k] == ',')?;
        let opening = chars[..comma].iter().rposition(|&ch| ch == '在')?;
        let stem = self.m.prepared.str_of(opening + 1, comma);
        let mut of_home = LEXICON
            .county_common_stems
            .get(stem)?
            .iter()
            .copied()
            .filter(|&d| within_home(d) && g.divisions[d].name.ends_with(c));
        match (of_home.next(), of_home.next()) {
            (Some(d), None) => Some(d),
            _ => None,
        }
    }

    /// A region of the given level named earlier in the same sentence (连云港市…到市红十字会).
    fn local_region(&self, c: char, sentence: usize, position: usize) -> Option<usize> {
        let g = &LEXICON.gazetteer;
        if c == AUTONOMOUS_REGION {
            // Only the document's own autonomous region is called that bare.
            return None;
        }
        let want = match c {
            '省' => Level::Province,
            '市' | '州' | '盟' | PREFECTURE_AREA => Level::Prefecture,
            _ => Level::County,
        };
        let regions = match (
            self.first_region.get(sentence),
            self.first_region.get(sentence + 1),
        ) {
            (Some(&a), Some(&b)) => &self.m.regions[a..b],
            _ => &[],
        };
        // 地区 and 盟 name a prefecture's kind, as 市 and 州 (which a city's short name may
        // carry: 苏州, 兴义市) do not.
        let names_its_kind = |d: usize| {
            matches!(c, PREFECTURE_AREA | '盟') && g.divisions[d].name.ends_with(&level_word(c))
        };
        let listed_place = |r: &RegionMention| {
            let chars = &self.m.prepared.chars;
            let len = r.written.chars().count();
            (r.position > 0 && chars[r.position - 1] == '、')
                || chars.get(r.position + len) == Some(&'、')
        };
        // (宁夏银川市发生燃气爆炸事故后，市纪委监委…: a place in a clause of time before the
        // bare level is where something happened, not the body's.)
        let in_time_clause = |r: &RegionMention| {
            let chars = &self.m.prepared.chars;
            let end = r.position + r.written.chars().count();
            (end..position.min(chars.len()))
                .find(|&k| matches!(chars[k], ',' | ';' | ':'))
                .is_some_and(|k| chars[k - 1] == '后')
        };
        regions
            .iter()
            .filter(|r| r.sentence == sentence && r.position < position)
            .filter(|r| !self.in_guidance_frame(r.position, position))
            .filter(|r| !in_time_clause(r))
            .filter_map(|r| {
                let chars = &self.m.prepared.chars;
                let len = r.written.chars().count();
                let opens_clause = r.position > 0
                    && chars[r.position - 1] == '在'
                    && chars.get(r.position + len) == Some(&',')
                    && r.position + len + 1 == position;
                // (在赣州，市纪委监委… in a ministry's article: a prefecture by its short name,
                // the clause naming it right before its bare level, whatever the home city.)
                let clause_prefecture = (opens_clause && want == Level::Prefecture)
                    .then(|| {
                        let mut prefectures = r
                            .divisions
                            .iter()
                            .copied()
                            .filter(|&d| g.divisions[d].level == Level::Prefecture);
                        match (prefectures.next(), prefectures.next()) {
                            (Some(d), None) => Some(d),
                            _ => None,
                        }
                    })
                    .flatten();
                // A short county name counts only inside the home city (沅江 in an Yiyang article).
                let d = if r.short_county {
                    // (伊宁县英塔木镇: the short 伊宁 inside the full name is the county the
                    // full name is, not the first of 伊宁市 and 伊宁县.)
                    let inside_full_name = regions
                        .iter()
                        .any(|o| !o.short_county && o.position == r.position);
                    // (在兴义，市纪委监委… in a 黔西南州 article: a county-level city by its
                    // short name where the article's own city is no 市.)
                    // (在高州，市纪委监委… in a 茂名市 article too: the clause names the
                    // city right before its bare 市.)
                    let county_city = c == '市' && (opens_clause || self.home_city_is_no_shi());
                    if (want != Level::County && !county_city) || inside_full_name {
                        return None;
                    }
                    match (self.home.city, self.home.province) {
                        (Some(city), _) => r
                            .divisions
                            .iter()
                            .copied()
                            .find(|&d| g.prefecture_of(d) == Some(city))
                            .or(clause_prefecture)?,
                        // (在任丘，市纪委监委… in a 河北省 article: the one county of that
                        // short name in the province.)
                        (None, Some(province)) if opens_clause => {
                            let mut of_province = r
                                .divisions
                                .iter()
                                .copied()
                                .filter(|&d| g.province_of(d) == province);
                            match (of_province.next(), of_province.next()) {
                                (Some(d), None) => d,
                                _ => return None,
                            }
                        }
                        _ => clause_prefecture?,
                    }
                } else if r.divisions.len() == 1 {
                    r.divisions[0]
                } else {
                    // (在喀什，地区纪委监委: of 喀什地区 and 喀什市, the one the bare level is.)
                    // (南京市…。在鼓楼区，区纪委监委: of the districts of that name, the one of
                    // the city named before it.)
                    let prefecture = (want == Level::County)
                        .then(|| {
                            self.home
                                .city
                                .or_else(|| self.prefecture_named_before(r.position))
                        })
                        .flatten();
                    let of_prefecture = |d: usize| {
                        g.divisions[d].level == Level::County
                            && prefecture.is_some_and(|p| g.prefecture_of(d) == Some(p))
                    };
                    let mut of_kind = r.divisions.iter().copied().filter(|&d| {
                        (g.divisions[d].level == Level::Prefecture && names_its_kind(d))
                            || of_prefecture(d)
                    });
                    match (of_kind.next(), of_kind.next()) {
                        (Some(d), None) => d,
                        _ => return None,
                    }
                };
                let div = &g.divisions[d];
                // (第八师石河子市: a Corps city named as it officially is, with its division;
                // 在喀什，地区纪委监委: a prefecture by its short name, where the bare level
                // says what kind of prefecture it is.)
                let full = div.name == r.written
                    || g.qualified_name(d) == r.written
                    || clause_prefecture == Some(d)
                    || (div.level == Level::Prefecture && names_its_kind(d));
                // 阿拉善盟露天煤矿…，市纪委监委 in a 鄂尔多斯市 article: a bare 市 is no league
                // or prefecture (盟, 州) where the article's own city is called 市.
                let same_word = !matches!(c, '市' | '州' | '盟')
                    || div.name.ends_with(c)
                    || self
                        .home
                        .city
                        .is_none_or(|h| !g.divisions[h].name.ends_with(c));
                match (want, div.level) {
                    (Level::Prefecture, Level::Prefecture) if full && same_word => Some(d),
                    // 格尔木市纪委监委对市交通运输局…: a county-level city named just before
                    // (not one of a list of places gone into: 对藤县、岑溪市开展交叉检查，…向市
                    // 医疗保障局党组 is the prefecture's bureau).
                    (Level::Prefecture, Level::County)
                        if (full || r.short_county)
                            && c == '市'
                            && div.name.ends_with('市')
                            && !listed_place(r) =>
                    {
                        Some(d)
                    }
                    (Level::County, Level::County) => Some(d),
                    // (在湖北，省纪委监委… in a ministry's article: the province just named.)
                    (Level::Province, Level::Province) if div.name.ends_with(c) => Some(d),
                    _ => None,
                }
            })
            .next_back()
    }

    /// 省卫健委 → 吉林省卫健委; names without a level abbreviation stay as written.
    /// The organisation of a person held to account, as fully as a body's region is
    /// written: 玛纳斯县包家店镇 → 昌吉回族自治州玛纳斯县包家店镇, 石牛江镇石牛江村 →
    /// 益阳市桃江县石牛江镇石牛江村 (its county from the sentence or the document).
    fn qualify_person_org(&self, written: &str, sentence: usize) -> String {
        let g = &LEXICON.gazetteer;
        // （二）温州市永嘉县桥头镇经济发展办公室原主任林建伟…: a numbered case heading's
        // number is no part of the organisation.
        let written = ["(", "（"]
            .iter()
            .find_map(|open| {
                let rest = written.strip_prefix(open)?;
                let close = rest.find([')', '）'])?;
                let number = &rest[..close];
                (!number.is_empty() && number.chars().all(crate::extract::is_numeral))
                    .then(|| rest[close..].trim_start_matches([')', '）']))
            })
            .unwrap_or(written);
        // 拱北海关所属闸口海关: the unit the person is in, not the one it belongs to.
        let written = match written.split_once("所属") {
            // (中粮粮谷控股有限公司所属某公司: a unit left unnamed is known by its owner,
            // below.)
            Some((owner, unit))
                if !owner.is_empty()
                    && !unit.starts_with('某')
                    && LEXICON.ends_with_org_suffix(unit) =>
            {
                unit
            }
            _ => written,
        };
        // 中远海运物流有限公司某分公司, 鞍钢集团矿业有限公司所属某选矿厂: a unit left unnamed
        // inside a named organisation is known by that organisation; one inside a place
        // (石牛江镇某村, 达日县某药店) stays, the place alone being nobody's employer.
        let written = match written.find('某') {
            Some(i) if i > 0 => {
                let owner = written[..i].trim_end_matches("所属");
                let place = owner
                    .chars()
                    .next_back()
                    .is_some_and(|c| LEVEL_CHARS.contains(&c) || c == '村')
                    || TOWN_LEVELS
                        .iter()
                        .chain(&["社区", "嘎查"])
                        .any(|w| owner.ends_with(w));
                if LEXICON.ends_with_org_suffix(owner) && !place {
                    owner
                } else {
                    written
                }
            }
            _ => written,
        };
        // 中国铁路兰州局集团有限公司嘉峪关工务段: the person is of the railway bureau; its
        // section (工务段, 车务段) is left out, as a university's department is.
        let written = match written.rfind("有限公司").map(|i| i + "有限公司".len()) {
            Some(end)
                if written.ends_with('段') && (3..=8).contains(&written[end..].chars().count()) =>
            {
                &written[..end]
            }
            _ => written,
        };
        // 县医保局基金监管股: the person is of the bureau; its section is left out.
        let written = match written.strip_suffix('股') {
            Some(section) => ["局", "委员会", "委", "厅", "院", "中心"]
                .iter()
                .filter_map(|u| section.rfind(u).map(|i| &written[..i + u.len()]))
                .max_by_key(|w| w.len())
                .unwrap_or(written),
            None => written,
        };
        let sentence_end = self
            .m
            .prepared
            .sentences
            .get(sentence)
            .map_or(usize::MAX, |s| s.end);
        // 日土县日松乡原副乡长…；该县住建局…原站长李红军: the county named before.
        if let Some(rest) = written.strip_prefix('该') {
            if let Some(c) = rest.chars().next().filter(|c| "县区市旗".contains(*c)) {
                let region = self
                    .local_region(c, sentence, usize::MAX)
                    .or_else(|| self.county_named_before(Some(c), sentence_end))
                    .or_else(|| self.home.for_level(c));
                if let Some(d) = region {
                    return format!("{}{}", g.qualified_name(d), &rest[c.len_utf8()..]);
                }
            }
        }
        // Whether the place written up to `end` runs on, with one more character, into a
        // county's name (荆州区, 巴州区).
        let names_county = |end: usize| {
            written[end..].chars().next().is_some_and(|c| {
                g.lookup(&written[..end + c.len_utf8()])
                    .iter()
                    .any(|&d| g.divisions[d].level == Level::County)
            })
        };
        // 凉山州昭觉县某村: an autonomous prefecture written short is named in full, as
        // bodies are.
        if let Some((end, d)) = written.match_indices('州').find_map(|(i, _)| {
            let end = i + '州'.len_utf8();
            let [d] = g.lookup(&written[..end])[..] else {
                return None;
            };
            let name = &g.divisions[d].name;
            // (巴州区医疗保障事务中心 in a 巴中市 article: 巴州 opens the county 巴州区.)
            (name.ends_with("自治州") && *name != written[..end] && !names_county(end))
                .then_some((end, d))
        }) {
            return format!("{}{}", g.divisions[d].name, &written[end..]);
        }
        // Already written from its prefecture (萍乡市湘东区人民医院), but not by a district
        // named after it (荆州区川店镇 opens with 荆州, a short form of 荆州市).
        if written
            .char_indices()
            .filter(|(_, c)| matches!(c, '市' | '州' | '盟'))
            .any(|(i, c)| {
                let end = i + c.len_utf8();
                g.lookup(&written[..end])
                    .iter()
                    .any(|&d| g.divisions[d].level == Level::Prefecture)
                    && !names_county(end)
            })
        {
            return written.to_string();
        }
        let qualified = self.qualify_unit(written, sentence, usize::MAX, None);
        if qualified != written {
            return qualified;
        }
        // A county-level place opening the name gets its prefecture.
        let counties: Vec<&str> = written
            .char_indices()
            .skip(1)
            .filter(|(_, c)| matches!(c, '县' | '区' | '市' | '旗'))
            .map(|(i, c)| &written[..i + c.len_utf8()])
            .collect();
        for place in counties.into_iter().rev() {
            // 大通县文物管理所: an autonomous county written short is named in full.
            let found: Vec<usize> = g
                .full_form(place)
                .iter()
                .copied()
                .filter(|&d| g.divisions[d].level == Level::County)
                .collect();
            let pick = match found.as_slice() {
                [one] => Some(*one),
                several => several
                    .iter()
                    .copied()
                    .find(|&d| self.home.city.is_some() && g.prefecture_of(d) == self.home.city),
            };
            if let Some(d) = pick {
                return format!("{}{}", g.qualified_name(d), &written[place.len()..]);
            }
            // 监利县黄歇口镇财政所 in a 2019 article: a county of another level since, named
            // as the article wrote it.
            if let Some((_, county)) = renamed_county(place) {
                return format!("{county}{}", &written[place.len()..]);
            }
        }
        // A town or township opening the name lies in the county the text is about.
        let regiment_end = written
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .find(|&e| is_regiment(&written[..e]));
        // (国网镇平县供电公司: a 镇 opening a county's name closes no town.)
        let opens_county = |e: usize| {
            written[e..].char_indices().any(|(i, c)| {
                let end = e + i + c.len_utf8();
                matches!(c, '县' | '区' | '市' | '旗')
                    && written[..e].char_indices().any(|(s, _)| {
                        g.lookup(&written[s..end])
                            .iter()
                            .any(|&d| g.divisions[d].level == Level::County)
                    })
            })
        };
        let town_end = TOWN_LEVELS
            .iter()
            .filter_map(|t| written.find(t).map(|i| i + t.len()))
            .filter(|&e| !opens_county(e))
            .chain(regiment_end)
            .min();
        // 同安区纪委监委查处西柯中学原总务处主任…: a county's school written alone is the
        // county's (only when the sentence names the county: no home county stands in).
        let institution = town_end.is_none()
            && written.chars().count() <= 10
            && LEXICON
                .county_institutions
                .iter()
                .any(|e| written.ends_with(e.as_str()));
        if institution {
            if let Some(county) = self.local_region('县', sentence, usize::MAX) {
                return format!("{}{written}", g.qualified_name(county));
            }
        }
        if let Some(end) = town_end {
            // (凉水河蒙古族乡: an ethnic township's name runs to seven.)
            if written[..end].chars().count() <= 7 {
                // (中和镇原副镇长 in a 儋州市 article: a city without counties holds its
                // towns itself.)
                if let Some(county) = self
                    .local_region('县', sentence, usize::MAX)
                    .or(self.home.county)
                    .or_else(|| self.county_named_before(None, sentence_end))
                    .or_else(|| self.home.city.filter(|&c| !g.has_subdivisions(c)))
                {
                    // 沙县高砂镇 in a 2020 article (沙县区 since): a county opening the name
                    // as the article wrote it, level and all, takes only its city.
                    let county_written = self.m.regions.iter().any(|r| {
                        r.divisions.contains(&county)
                            && r.written.ends_with(['县', '区', '市', '旗'])
                            && written.starts_with(r.written.as_str())
                    });
                    if let Some(city) = g.prefecture_of(county).filter(|_| county_written) {
                        return format!("{}{written}", g.qualified_name(city));
                    }
                    return format!("{}{written}", g.qualified_name(county));
                }
            }
        }
        written.to_string()
    }

    /// The county-level unit or city whose body `b` is, or whose body it belongs to, when
    /// its name ends with `level` (昆山市 or 忻州市 for 市, 东宝区 for 区).
    fn own_county_ending_with(&self, b: usize, level: char) -> Option<usize> {
        let g = &LEXICON.gazetteer;
        let mut at = Some(b);
        while let Some(i) = at {
            let body = &self.m.bodies[i];
            // 会同驻市能源局纪检监察组: a group written without its commission belongs to
            // the one of its host's level (see group_parent).
            let stationed_by = || {
                let host = body.host.as_deref().filter(|_| body.parent.is_none())?;
                let (c, _) = level_prefix(host)?;
                self.bare_level_region(i, c)
            };
            let division = match body.kind {
                BodyKind::ResidentGroup => self.divisions[i].or_else(stationed_by),
                _ => self.divisions[i],
            };
            if let Some(d) = division {
                let div = &g.divisions[d];
                // 忻州市纪委监委…对保德县、原平市…并向市能源局: a city's body means its own
                // city by a bare 市, whatever county-level city was named before.
                let own = self.bears_level(d, level)
                    && (div.level == Level::County
                        || (level == '市' && div.level == Level::Prefecture));
                return own.then_some(d);
            }
            at = body.parent;
        }
        None
    }

    /// The place of the commission or working committee that body `b` is or belongs to,
    /// as its resolved name writes it (贵阳市经开区 for 贵阳市经开区纪工委).
    fn own_place_of(&self, b: usize) -> Option<String> {
        let mut at = Some(b);
        while let Some(i) = at {
            let body = &self.m.bodies[i];
            if matches!(body.kind, BodyKind::Commission | BodyKind::WorkingCommittee) {
                let name = self.names[i].as_deref()?;
                return name.strip_suffix(body.suffix.as_str()).map(str::to_string);
            }
            at = body.parent;
        }
        None
    }

    fn qualify_unit(
        &self,
        written: &str,
        sentence: usize,
        position: usize,
        within: Option<usize>,
    ) -> String {
        let g = &LEXICON.gazetteer;
        // 驻兵团农业农村局纪检监察组: the Corps' bureau, named as 省 names a province's.
        if let Some((short, full)) = LEXICON
            .standing_prefixes
            .iter()
            .find(|(short, _)| written.starts_with(short.as_str()) && written.len() > short.len())
        {
            return format!("{full}{}", &written[short.len()..]);
        }
        let Some((first, level_len)) = level_prefix(written) else {
            return written.to_string();
        };
        if LEXICON.has_no_level_prefix(written) {
            return written.to_string();
        }
        let from_parent = within.and_then(|d| {
            let div = &g.divisions[d];
            match first {
                '省' => Some(g.province_of(d)),
                AUTONOMOUS_REGION => {
                    Some(g.province_of(d)).filter(|&p| g.divisions[p].is_autonomous_region())
                }
                // 瑞昌市纪委监委向市水利局…: a county-level city's own bureau.
                '市' if div.level == Level::County && self.bears_level(d, '市') => Some(d),
                '市' | '州' | '盟' | PREFECTURE_AREA => g.prefecture_of(d),
                _ => (div.level == Level::County).then_some(d),
            }
        });
        let region = from_parent.or_else(|| self.level_region(first, sentence, position));
        match region {
            Some(d) => {
                let name = g.qualified_name(d);
                let rest: String = written.chars().skip(level_len).collect();
                // 凤翔县纪委监委对县医疗保障经办中心… in a 2019 article: the county's level
                // then (凤翔区 since), and its name then.
                if let Some(county) = self.county_named_then(d, Some(first)) {
                    return format!("{county}{rest}");
                }
                // A province's name stands for any level word (省商务厅 and 自治区医保局 in
                // an autonomous region's article: 广西壮族自治区商务厅, …医保局).
                if name.ends_with(&level_word(first)) || g.divisions[d].level == Level::Province {
                    format!("{name}{rest}")
                } else {
                    format!("{name}{written}")
                }
            }
            None => written.to_string(),
        }
    }

    /// Whether division `d` is of level `level` (its name ends with it), or was when the
    /// article named it (龙海市纪委监委…对市医保局 in a 2020 article, 龙海区 since).
    fn bears_level(&self, d: usize, level: char) -> bool {
        LEXICON.gazetteer.divisions[d].name.ends_with(level)
            || self.county_named_then(d, Some(level)).is_some()
    }

    /// 会理县 in a 2020 article (会理市 since): county `d` qualified by the name the article
    /// wrote it with, when that is a former one (of level `level`, when given; never the
    /// level of its name now).
    fn county_named_then(&self, d: usize, level: Option<char>) -> Option<String> {
        self.m
            .regions
            .iter()
            .filter(|r| r.divisions == [d] && level.is_none_or(|l| r.written.ends_with(l)))
            .find_map(|r| renamed_county(&r.written).filter(|&(e, _)| e == d))
            .map(|(_, county)| county)
    }

    /// 河南分公司 after 中国电信股份有限公司江西分公司纪委, 四川省分行 after 中国农业银行…分行:
    /// a branch named by its place alone is a branch of the company whose branches' committees
    /// were named before it.
    /// (四川局 after 国家粮食和物资储备局山东局纪检组: so is a regional bureau named by its
    /// place, of the administration whose bureau was named before it.)
    fn branch_of_company_named_before(&self, i: usize, name: &str) -> Option<String> {
        let g = &LEXICON.gazetteer;
        let branch = ["分公司", "分行", "局"]
            .into_iter()
            .find(|w| name.ends_with(w))?;
        let owners: &[&str] = if branch == "局" {
            &["局"]
        } else {
            &["公司", "银行"]
        };
        if g.lookup(&name[..name.len() - branch.len()]).is_empty() {
            return None;
        }
        // (江苏省分行纪委 after 深入中国农业银行北京市分行: or whose branch the article named
        // as a unit overseen.)
        let earlier_bodies = (0..i).rev().filter_map(|j| self.names[j].as_deref());
        let units = self.m.targets.iter().map(|t| t.written.as_str());
        let owner = earlier_bodies.chain(units).find_map(|earlier| {
            let (before, _) = earlier.rsplit_once(branch)?;
            before
                .char_indices()
                .map(|(k, _)| k)
                .find(|&k| {
                    k > 0
                        && owners.iter().any(|w| before[..k].ends_with(w))
                        && !g.lookup(&before[k..]).is_empty()
                })
                .map(|k| format!("{}{name}", &before[..k]))
        });
        // (四川省分行纪委 in the article of the group at 中国农业银行: the company or bank the
        // article's group is stationed at.)
        owner.or_else(|| {
            let host = self.lead_groups_host()?;
            owners
                .iter()
                .any(|w| host.ends_with(w))
                .then(|| format!("{host}{name}"))
        })
    }

    /// The host of the central group stationed at a ministry, company or bank that leads the
    /// article (its first body written), as the group's name writes it out.
    fn lead_groups_host(&self) -> Option<&str> {
        let (_, lead) = self.first_written()?;
        let host = lead.host.as_deref()?;
        if lead.kind != BodyKind::ResidentGroup || level_prefix(host).is_some() {
            return None;
        }
        Some(self.host_written_out(host, ""))
    }

    /// 江苏分公司纪委, 附属同济医院纪委: an organisation written short whose full name the
    /// article writes elsewhere, after its company or school (中国电信股份有限公司江苏分公司,
    /// 华中科技大学同济医学院附属同济医院), is named in full.
    fn written_in_full(&self, short: &str) -> Option<String> {
        // (云南省第一人民医院 names its place: it is written in full already.)
        let names_its_place = short.char_indices().skip(2).any(|(k, c)| {
            let head = &short[..k + c.len_utf8()];
            DIVISION_LEVELS.contains(&c) && !LEXICON.gazetteer.lookup(head).is_empty()
        });
        if short.chars().count() < 4 || names_its_place {
            return None;
        }
        let written = self
            .m
            .targets
            .iter()
            .map(|t| t.written.as_str())
            .chain(
                self.m
                    .bodies
                    .iter()
                    .filter(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
                    .map(|b| b.name_part.as_str()),
            )
            .chain(self.m.people.iter().filter_map(|p| match &p.org {
                OrgRef::Written(org) => Some(org.as_str()),
                OrgRef::Body(_) => None,
            }));
        // (华东公司 after 中国航空油料有限责任公司华北公司、华东公司: a regional subsidiary
        // written short is its sibling's owner's.)
        let siblings: Vec<String> = great_region_opening(short)
            .filter(|(_, kind)| !kind.is_empty())
            .map(|(own_region, kind)| {
                LEXICON
                    .macro_regions
                    .iter()
                    .filter(|region| region.as_str() != own_region)
                    .map(|region| format!("{region}{kind}"))
                    .collect()
            })
            .unwrap_or_default();
        let written_with_owner = |name: &str, unit: &str| {
            // (…江苏分公司党委: the unit's party body names it too.)
            let (before, after) = name.rsplit_once(unit)?;
            let owner_ends = LEXICON
                .enterprise_suffixes
                .iter()
                .any(|w| before.ends_with(w.as_str()) && before.len() > w.len());
            (owner_ends && (after.is_empty() || PARTY_ORGANS.contains(&after)))
                .then(|| format!("{before}{short}"))
        };
        written
            .filter_map(|name| {
                written_with_owner(name, short).or_else(|| {
                    siblings
                        .iter()
                        .find_map(|sibling| written_with_owner(name, sibling))
                })
            })
            .max_by_key(|full| full.len())
    }

    fn commission_name(&self, region: &str, suffix: &str, division: Option<usize>) -> String {
        let town = division.is_none() && is_town(region);
        if town && suffix == "纪委监委" {
            format!("{region}纪委")
        } else {
            format!("{region}{suffix}")
        }
    }

    fn resolve_body(&mut self, i: usize) -> Option<String> {
        let b: &BodyMention = &self.m.bodies[i];
        if let Some(fixed) = &b.fixed {
            return Some(fixed.clone());
        }
        let (name, division) = match b.kind {
            BodyKind::Commission => {
                let r = b.region.as_ref()?;
                if let RegionRef::This(c) = r {
                    // 该区纪委监委: the commission of that level named last.
                    if let Some(&d) = self.last_by_level.get(c) {
                        let region = LEXICON.gazetteer.qualified_name(d);
                        // (该市纪委监委派驻第四纪检监察组紧盯市农业农村局: its groups' bare 市
                        // is its own city.)
                        self.divisions[i] = Some(d);
                        return Some(self.commission_name(&region, &b.suffix, Some(d)));
                    }
                    // 该镇纪委: towns are no divisions; the town's commission named last.
                    let town_commission = format!("{c}纪委");
                    return (0..i).rev().find_map(|j| {
                        self.names[j]
                            .as_ref()
                            .filter(|name| {
                                self.m.bodies[j].kind == BodyKind::Commission
                                    && name.ends_with(&town_commission)
                            })
                            .cloned()
                    });
                }
                // 佳木斯市纪委监委…向抚远市委发出提示函，明确由市纪委监委第六监督检查室牵头:
                // a bare level names the commission the sentence named in full before it, not a
                // place named since as what it acted on.
                // (市纪委副书记郭建平，古交市纪委书记闫志强，市纪委监委驻市应急管理局纪检监察组
                // 组长张丽君: what a bare level meant first in the sentence comes first.)
                let (region, d) = match r {
                    RegionRef::Level(c) => match self
                        .post_chained_commission(i)
                        .or_else(|| self.same_bare_level_before(i, *c))
                        .or_else(|| self.commission_written_before(i, *c))
                        // (在兴县，县纪委监委…: a place the sentence names comes first.)
                        .or_else(|| self.local_region(*c, b.sentence, b.start))
                        .or_else(|| self.county_by_common_stem_before(*c, b.start))
                        .or_else(|| self.same_bare_level_in_paragraph(i, *c))
                    {
                        Some(d) => (LEXICON.gazetteer.qualified_name(d), Some(d)),
                        None => self.region(r, b.sentence, b.start),
                    },
                    _ => self.region(r, b.sentence, b.start),
                };
                if region.chars().count() == 1
                    && ['区', '县'].contains(&region.chars().next().unwrap_or(' '))
                {
                    // 区纪工委 style alias: the one body of that level in this document.
                    if let Some(other) = self.same_level_body(b) {
                        return Some(other);
                    }
                }
                (self.commission_name(&region, &b.suffix, d), d)
            }
            BodyKind::WorkingCommittee => {
                let r = b.region.as_ref()?;
                let (region, d) = self.region(r, b.sentence, b.start);
                if region.chars().count() == 1 {
                    if let Some(other) = self.same_level_body(b) {
                        return Some(other);
                    }
                }
                let prefix = if !b.name_part.is_empty() {
                    // 省直机关 → 吉林省直机关
                    let level = match r {
                        RegionRef::Level(c) => Some(*c),
                        _ => None,
                    };
                    match (level, d) {
                        (Some(c), Some(_)) if region.ends_with(c) => {
                            format!("{region}{}", b.name_part)
                        }
                        (Some(c), None) => format!("{c}{}", b.name_part),
                        _ => format!("{region}{}", b.name_part),
                    }
                } else {
                    region
                };
                (format!("{prefix}{}", b.suffix), d)
            }
            BodyKind::EnterpriseOrSchoolCommittee
                if SCHOOL_SHORT_FORMS.contains(&b.name_part.as_str()) =>
            {
                (format!("{}纪委", self.article_university.as_ref()?), None)
            }
            // 第一附属医院纪委, 附属第二医院纪委 in a university's article: the university's
            // hospital, written without the university; so is 常州校区纪委 its campus.
            BodyKind::EnterpriseOrSchoolCommittee
                if self.article_university.is_some()
                    && (b.name_part.starts_with("附属")
                        || (b.name_part.starts_with('第') && b.name_part.contains("附属"))
                        // (湘雅三医院纪委, 口腔医院纪委: a hospital named alone.)
                        || (b.name_part.ends_with("医院")
                            && b.name_part.chars().count() >= 4
                            && hospital_named_alone(&b.name_part)
                            && self.university_leads_article())
                        || (b.name_part.ends_with("校区") && !b.name_part.contains("大学"))) =>
            {
                let university = self.article_university.as_deref().unwrap_or_default();
                // (附属同济医院纪委: the article may write the hospital in full elsewhere,
                // with its medical school.)
                let unit = self
                    .written_in_full(&b.name_part)
                    .unwrap_or_else(|| format!("{university}{}", b.name_part));
                (format!("{unit}纪委"), None)
            }
            BodyKind::EnterpriseOrSchoolCommittee => {
                let organs = self.organs_written_by_kind(i, &b.name_part);
                // (机关纪委 written bare outside a university's own article: whose organs
                // is not said.)
                if organs.is_none() && b.name_part == "机关" {
                    return None;
                }
                (
                    format!(
                        "{}{}",
                        organs
                            .or_else(|| self.ministrys_unit_written_by_kind(&b.name_part))
                            .or_else(|| self.branch_of_company_named_before(i, &b.name_part))
                            .or_else(|| self.written_in_full(&b.name_part))
                            .or_else(|| self.ministrys_institution(&b.name_part))
                            .unwrap_or_else(|| self.qualify_unit(
                                &b.name_part,
                                b.sentence,
                                b.start,
                                None
                            )),
                        // (云南省烟草专卖局（公司）纪检组: a company's discipline group.)
                        if b.suffix == "纪检组" {
                            "纪检组"
                        } else {
                            "纪委"
                        }
                    ),
                    None,
                )
            }
            BodyKind::Collective => {
                let r = b.region.as_ref()?;
                let (region, d) = self.region(r, b.sentence, b.start);
                (format!("{region}{}{}", b.name_part, b.suffix), d)
            }
            BodyKind::ResidentGroup => {
                let parent = self.group_parent(i)?;
                // 第五派驻纪检监察组 keeps its written order (the number holds the 驻).
                let infix = if b.name_part.ends_with('驻') {
                    ""
                } else if b.paizhu && b.host.is_none() {
                    // SPEC: a group with its host is written 驻 + host, however the text
                    // wrote it (派驻市卫健委纪检监察组); a numbered one keeps 派驻.
                    "派驻"
                } else {
                    "驻"
                };
                let host = b.host.clone().unwrap_or_else(|| b.name_part.clone());
                (format!("{parent}{infix}{host}{}", b.suffix), None)
            }
            BodyKind::InternalOffice => {
                let parent = self.office_parent(i);
                match parent {
                    Some(p) => (format!("{p}{}", b.name_part), None),
                    None => (b.name_part.clone(), None),
                }
            }
        };
        self.divisions[i] = division;
        Some(name)
    }

    fn same_level_body(&self, b: &BodyMention) -> Option<String> {
        let level = b.written.chars().next()?;
        let mut found: Option<String> = None;
        for &j in self.written_regions.get(&(b.kind, level))? {
            let other = &self.m.bodies[j];
            if other.start == b.start {
                continue;
            }
            let candidate = match self.names.get(j).cloned().flatten() {
                Some(name) => name,
                None => {
                    let (region, _) =
                        self.region(other.region.as_ref()?, other.sentence, other.start);
                    format!("{region}{}", other.suffix)
                }
            };
            if found.as_ref().is_some_and(|f| f != &candidate) {
                return None;
            }
            found = Some(candidate);
        }
        found
    }

    /// 市纪委常委…黄志强，台山市纪委副书记…陈国栋，驻市文化广电旅游体育局纪检监察组组长
    /// 梁静: a bare level means in one sentence what it meant first there, the region of a
    /// commission written with it before body `i`.
    fn same_bare_level_before(&self, i: usize, c: char) -> Option<usize> {
        let sentence = self.m.bodies[i].sentence;
        (0..i).rev().find_map(|j| {
            let o = &self.m.bodies[j];
            // (邓州市纪委副书记、市监委副主任: a bare level chained to a named one says
            // nothing of what the bare level means.)
            (o.sentence == sentence
                && o.kind == BodyKind::Commission
                && o.region == Some(RegionRef::Level(c))
                && self.post_chained_commission(j).is_none())
            .then_some(self.divisions[j])
            .flatten()
        })
    }

    /// 在喀什，地区纪委监委…。地区纪委监委派驻第二纪检监察组…: a bare level means what it
    /// meant in an earlier sentence of the same paragraph.
    fn same_bare_level_in_paragraph(&self, i: usize, c: char) -> Option<usize> {
        let sentences = &self.m.prepared.sentences;
        let b = &self.m.bodies[i];
        let paragraph = sentences[b.sentence].paragraph;
        (0..i)
            .rev()
            .take_while(|&j| sentences[self.m.bodies[j].sentence].paragraph == paragraph)
            .find_map(|j| {
                let o = &self.m.bodies[j];
                (o.sentence != b.sentence
                    && o.kind == BodyKind::Commission
                    && o.region == Some(RegionRef::Level(c)))
                .then_some(self.divisions[j])
                .flatten()
            })
    }

    /// 轮台县纪委副书记、县监委副主任某某: a bare commission written in a chain of one
    /// person's posts is the commission of the post before it.
    fn post_chained_commission(&self, i: usize) -> Option<usize> {
        let b = &self.m.bodies[i];
        let j = i.checked_sub(1)?;
        let o = &self.m.bodies[j];
        let chars = &self.m.prepared.chars;
        let chained = o.sentence == b.sentence
            && o.kind == BodyKind::Commission
            && b.start > o.end
            && chars[b.start - 1] == '、'
            && !chars[o.end..b.start - 1].iter().any(|c| !is_han(*c));
        if chained {
            self.divisions[j]
        } else {
            None
        }
    }

    /// The region of a commission written with its place (佳木斯市纪委监委) before body `i`
    /// in its sentence, when that place is of the level `c` a bare level names.
    fn commission_written_before(&self, i: usize, c: char) -> Option<usize> {
        let sentence = self.m.bodies[i].sentence;
        (0..i).rev().find_map(|j| {
            let o = &self.m.bodies[j];
            if o.sentence != sentence
                || o.kind != BodyKind::Commission
                || self.in_guidance_frame(o.start, self.m.bodies[i].start)
            {
                return None;
            }
            let d = match &o.region {
                Some(RegionRef::Named(_, written)) if written.ends_with(c) => self.divisions[j]?,
                _ => return None,
            };
            // (西藏自治区纪委监委…向区纪委监委报告: a bare 区 is a district, not a region.)
            let div = &LEXICON.gazetteer.divisions[d];
            let fits = match c {
                '省' => div.level == Level::Province,
                '市' => {
                    div.level == Level::Prefecture
                        || (div.level == Level::County && div.name.ends_with('市'))
                }
                '州' | '盟' => div.level == Level::Prefecture,
                _ => div.level == Level::County,
            };
            fits.then_some(d)
        })
    }

    /// The region a bare level written in body `i` (驻市文化广电旅游体育局) stands for.
    fn bare_level_region(&self, i: usize, c: char) -> Option<usize> {
        let b = &self.m.bodies[i];
        self.same_bare_level_before(i, c)
            .or_else(|| self.province_of_partner_before(i, c))
            .or_else(|| self.level_region(c, b.sentence, b.start))
    }

    /// 四川省纪委监委第七监督检查室会同驻省农业农村厅纪检监察组: a bare 省 means the province
    /// of the commission (or its office) named before it in the same sentence. (Elsewhere a
    /// bare 省 is the article's own province, whatever other province a sentence names.)
    fn province_of_partner_before(&self, i: usize, c: char) -> Option<usize> {
        if c != '省' {
            return None;
        }
        let g = &LEXICON.gazetteer;
        let sentence = self.m.bodies[i].sentence;
        (0..i).rev().find_map(|j| {
            let o = &self.m.bodies[j];
            if o.sentence != sentence {
                return None;
            }
            let commission = match o.kind {
                BodyKind::Commission => Some(j),
                BodyKind::InternalOffice => o.parent,
                _ => None,
            }?;
            let d = self.divisions[commission]?;
            (g.divisions[d].level == Level::Province && g.divisions[d].name.ends_with('省'))
                .then_some(d)
        })
    }

    fn group_parent(&self, i: usize) -> Option<String> {
        let b = &self.m.bodies[i];
        if let Some(p) = b.parent {
            return self.names[p].clone();
        }
        // (驻南方电网纪检监察组: a central enterprise by a short name that its full name,
        // 中国南方电网有限责任公司, opens as central bodies' names do.)
        let opens_as_central = |name: &str| {
            LEXICON
                .central_hosts
                .iter()
                .any(|c| name.starts_with(c.as_str()))
        };
        // (A host opening with a level, 省卫健委, is no central one: no need to write it out.)
        let central = b.host.as_deref().is_some_and(|h| {
            opens_as_central(h)
                || (level_prefix(h).is_none() && opens_as_central(&write_out_org_abbreviations(h)))
        });
        if central {
            return Some(CENTRAL_COMMISSION.to_string());
        }
        let level = b.host.as_deref().and_then(level_prefix);
        if let Some((c, _)) = level {
            if let Some(d) = self.bare_level_region(i, c) {
                return Some(commission_of(d));
            }
            // (广西壮族自治区纪委监委驻自治区统计局纪检监察组…。驻自治区统计局纪检监察组还…
            // in a ministry's article: the group of that host written in full before.)
            if let Some(parent) = self.parent_of_group_before(i, |o| o.host == b.host) {
                return parent;
            }
            return Some(format!("{}纪委监委", level_word(c)));
        }
        // 市纪委监委派驻第六纪检监察组…。派驻第六纪检监察组向…: the group named in full
        // before, whatever commission was named since.
        // (盐城市大丰区纪委监委聚焦…，派驻第三纪检监察组对…: unless the sentence named
        // another commission first, not only as the start of a group's name.)
        let commission_of_sentence = self.last_commission.filter(|&lc| {
            self.m.bodies[lc].sentence == b.sentence && !self.opens_group_name(lc, i)
        });
        if b.host.is_none() && !b.name_part.is_empty() && commission_of_sentence.is_none() {
            if let Some(parent) = self.parent_of_group_before(i, |o| o.name_part == b.name_part) {
                return parent;
            }
        }
        // (云南省纪委监委驻省应急管理厅纪检监察组…。派驻第二纪检监察组 in a 大理州 article: a
        // commission written only to open another's group at a host is not the one whose
        // numbered groups the article goes on with.)
        let opens_only_hosted_group = |lc: usize| {
            b.host.is_none()
                && self.home.most_specific().is_some()
                && self.groups_named_by(lc, i).any(|g| g.host.is_some())
        };
        // (海晏县纪委监委会同…。派驻第四纪检监察组对州卫生健康委员会…开展监督 in a 州's
        // article: a numbered group overseeing a level's units is that level's commission's,
        // where the commission named last is another level's.)
        let chars = &self.m.prepared.chars;
        let overseen_level = (b.host.is_none() && chars.get(b.end) == Some(&'对'))
            .then(|| chars.get(b.end + 1).copied())
            .flatten()
            .filter(|c| DIVISION_LEVELS.contains(c))
            .filter(|_| chars.get(b.end + 2).is_some_and(|&n| is_han(n)));
        if let Some(c) = overseen_level {
            let last_level = self
                .last_commission
                .and_then(|lc| self.names[lc].as_deref())
                .and_then(|n| n.strip_suffix("纪委监委"))
                .and_then(|r| r.chars().next_back());
            if last_level.is_some_and(|l| l != c) {
                if let Some(d) = self.bare_level_region(i, c) {
                    return Some(commission_of(d));
                }
            }
        }
        if let Some(lc) = self
            .last_commission
            .filter(|&lc| !opens_only_hosted_group(lc))
        {
            return self.names[lc].clone();
        }
        self.home.most_specific().map(commission_of)
    }

    /// The name of the parent of the last resident group before body `i` that `same` picks
    /// out (None inside when that parent went unnamed), if there is one.
    fn parent_of_group_before(
        &self,
        i: usize,
        same: impl Fn(&BodyMention) -> bool,
    ) -> Option<Option<String>> {
        let p = self.m.bodies[..i]
            .iter()
            .rev()
            .filter(|o| o.kind == BodyKind::ResidentGroup && same(o))
            .find_map(|o| o.parent)?;
        Some(self.names[p].clone())
    }

    /// Whether commission `j` is written only as the start of a resident group's name (中央纪委
    /// 国家监委驻教育部纪检监察组), among the bodies before body `before`.
    fn opens_group_name(&self, j: usize, before: usize) -> bool {
        self.groups_named_by(j, before).next().is_some()
    }

    /// The resident groups before body `before` whose names commission `j` opens.
    fn groups_named_by(&self, j: usize, before: usize) -> impl Iterator<Item = &BodyMention> {
        let c = &self.m.bodies[j];
        self.m.bodies[..before].iter().filter(move |g| {
            g.kind == BodyKind::ResidentGroup
                && (g.parent == Some(j) || (g.sentence == c.sentence && g.start == c.end))
        })
    }

    /// The parent of office `j` named earlier: the one written with it, else the one its
    /// resolved name opens with.
    fn parent_of_office(&self, j: usize) -> Option<String> {
        let o = &self.m.bodies[j];
        match o.parent {
            Some(p) => self.names[p].clone(),
            None => self.names[j]
                .as_deref()
                .and_then(|n| n.strip_suffix(o.name_part.as_str()))
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        }
    }

    /// Whether `commission` is that of a place above the article's own (its province, the
    /// city of its county, the Corps of a Corps city), where the article named its own
    /// commission before body `i`.
    fn above_home_named_before(&self, commission: &str, i: usize) -> bool {
        let Some(d) = self.home.most_specific() else {
            return false;
        };
        let home = commission_of(d);
        let corps = is_corps_city(d)
            && LEXICON
                .standing_prefixes
                .iter()
                .any(|(_, full)| commission.strip_prefix(full.as_str()) == Some("纪委监委"));
        commission != home
            && (corps
                || [self.home.province, self.home.city]
                    .into_iter()
                    .flatten()
                    .any(|d| commission_of(d) == commission))
            && self.names[..i].iter().flatten().any(|n| *n == home)
    }

    fn office_parent(&self, i: usize) -> Option<String> {
        let b = &self.m.bodies[i];
        if let Some(p) = b.parent {
            return self.names[p].clone();
        }
        // 纪检监察组第一监督检查室: an office written right after a group is the group's (the
        // group as first named, whose name is settled: a bare 纪检监察组 refers back to it).
        let group_before = self.m.bodies.iter().find(|o| {
            o.kind == BodyKind::ResidentGroup && o.sentence == b.sentence && o.end == b.start
        });
        if let Some(g) = group_before {
            let named = (0..i).find_map(|j| {
                let o = &self.m.bodies[j];
                (o.kind == BodyKind::ResidentGroup && o.host == g.host && o.parent == g.parent)
                    .then(|| self.names[j].clone())
                    .flatten()
            });
            if named.is_some() {
                return named;
            }
        }
        // The parent of the office named before it in the same sentence, else the last commission.
        for j in (0..i).rev() {
            let o = &self.m.bodies[j];
            if o.sentence != b.sentence {
                break;
            }
            // (该室会同四川省纪委监委第六监督检查室: not a partner's office, written after it.)
            if o.kind == BodyKind::InternalOffice && !(o.partner && o.start > b.start) {
                if let Some(p) = o.parent {
                    return self.names[p].clone();
                }
            }
            // 示范区纪工委监工委统筹第二监督检查室…: a working committee is no commission, but
            // its offices are its own.
            if o.kind == BodyKind::WorkingCommittee && self.names[j].is_some() {
                return self.names[j].clone();
            }
        }
        // 市纪委监委第二监督检查室主任刘春燕…。刘春燕：第二监督检查室牵头…: the office the
        // article named in full before, though another commission came between.
        // (纪检监察组第二监督检查室会同…三河市纪委监委…。第二监督检查室还…: the office the
        // group's name resolved.)
        let same_office = self.m.bodies[..i]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(j, o)| {
                (o.kind == BodyKind::InternalOffice && o.name_part == b.name_part && !o.partner)
                    .then(|| self.parent_of_office(j))
                    .flatten()
            });
        if same_office.is_some() {
            return same_office;
        }
        // 学校纪委第一纪检监察室…。第二纪检监察室…: an office named with its parent earlier,
        // with no commission named since, sets the parent of the offices that follow.
        // (学校纪委还与思明区纪委监委签订协议: a commission named as a partner is no actor
        // whose offices follow.)
        // (纪检监察组第一监督检查室深入…。检查中，第一监督检查室…: the office resolved
        // after the group written before it.)
        // (…学校纪委第二监督检查室…。中央纪委国家监委驻教育部纪检监察组来校…。第三监督检查室…:
        // nor does a commission that only opens a group's name.)
        let first_written = self.first_written();
        let led_by_central_group = first_written.is_some_and(|(k, g)| {
            g.kind == BodyKind::ResidentGroup
                && self.names[k]
                    .as_deref()
                    .is_some_and(|n| n.starts_with(CENTRAL_COMMISSION))
        });
        for (j, o) in self.m.bodies[..i].iter().enumerate().rev() {
            if o.kind == BodyKind::Commission && !o.partner && !self.opens_group_name(j, i) {
                break;
            }
            // (…会同吉林省纪委监委第四监督检查室…。第三监督检查室…: nor is a partner's office.)
            if o.kind != BodyKind::InternalOffice || o.partner {
                continue;
            }
            if let Some(p) = self.parent_of_office(j) {
                // (在中央纪委国家监委第五监督检查室指导下，纪检监察组…。第一监督检查室…: in a
                // central group's article, the central commission's office it names as its
                // guide lends the group's own offices nothing.)
                if led_by_central_group && p == CENTRAL_COMMISSION {
                    continue;
                }
                // (兵团纪委监委第四监督检查室会同师市纪委监委第二监督检查室…。党风政风监督室…:
                // in the article of a place whose own commission it named, the office of a
                // commission above it, come to work there, lends the offices after it
                // nothing.)
                if self.above_home_named_before(&p, i) {
                    continue;
                }
                return Some(p);
            }
        }
        // 第一监督检查室…第二监督检查室… (the group's) …在定西市安定区，区纪委监委…。7月，
        // 第三监督检查室…: where every office written bare so far was one group's, so is the
        // next, whatever commission acted between.
        let mut bare_offices_parents = self.m.bodies[..i]
            .iter()
            .enumerate()
            .filter(|(_, o)| o.kind == BodyKind::InternalOffice && !o.partner && o.parent.is_none())
            .filter_map(|(j, _)| self.parent_of_office(j));
        if let Some(group) = bare_offices_parents.next() {
            if group.ends_with("纪检监察组") && bare_offices_parents.all(|p| p == group) {
                return Some(group);
            }
        }
        // 中央纪委国家监委驻国务院国资委纪检监察组…。第二监督检查室聚焦…: where every
        // commission named so far only opened a group's name, the offices are the group's,
        // the first the article names.
        // (来源：中央纪委国家监委网站: a byline names the publisher, no actor.)
        let prefixes_only = (0..i).all(|j| {
            self.m.bodies[j].kind != BodyKind::Commission
                || self.m.prepared.sentences[self.m.bodies[j].sentence].byline
                || self.opens_group_name(j, i)
        });
        // (驻中国中化纪检监察组认真落实中央纪委国家监委…部署要求…第一监督检查室…: so in an
        // article that opens with a central group, where the central commission is named only
        // as the authority and no other commission acts.)
        let central_group_article = || {
            led_by_central_group
                && (0..i).all(|j| {
                    self.m.bodies[j].kind != BodyKind::Commission
                        || self.m.bodies[j].partner
                        || self.names[j].as_deref() == Some(CENTRAL_COMMISSION)
                })
        };
        // (东南大学纪委：紧盯… in the title, …中央纪委国家监委驻教育部纪检监察组到校开展
        // 检查…。第一监督检查室深入…: in an article that opens with a committee, the group
        // visiting it lends it no offices.)
        // (Committees are found after commissions in a sentence: the first written is the
        // one that starts first.)
        let opens_with_committee =
            first_written.is_some_and(|(_, b)| b.kind == BodyKind::EnterpriseOrSchoolCommittee);
        if (prefixes_only || central_group_article()) && !opens_with_committee {
            if let Some(group) = self.first_named_before(i, BodyKind::ResidentGroup) {
                return Some(group);
            }
        }
        // 欢迎访问合肥工业大学纪委办公室…网站 …第一监督检查室会同合肥市蜀山区纪委监委…: in a
        // committee's own article, where the only commission named was a partner, the
        // offices are the committee's.
        // (学校纪委深入贯彻中央纪委国家监委部署…第一监督检查室…: so in an article that opens
        // with the committee, whatever commission it names as an authority.)
        let partner_only = self
            .last_commission
            .is_none_or(|c| self.m.bodies[c].partner);
        if partner_only || opens_with_committee {
            if let Some(committee) =
                self.first_named_before(i, BodyKind::EnterpriseOrSchoolCommittee)
            {
                return Some(committee);
            }
        }
        // 克山县纪委监委对…开展专项检查。齐齐哈尔大学纪委对…。党风政风监督室对…: once
        // committees have acted since a county's commission, a bare office is the article's
        // own commission's, where the article named it.
        let last = self.last_commission?;
        let interrupted = self.m.bodies[last + 1..i]
            .iter()
            .any(|o| o.kind == BodyKind::EnterpriseOrSchoolCommittee && !o.partner);
        let home = self.home.most_specific().map(commission_of);
        if let Some(home) = home.filter(|h| {
            interrupted
                && self.names[last].as_ref() != Some(h)
                && self.names[..i].iter().flatten().any(|n| n == h)
        }) {
            return Some(home);
        }
        self.names[last].clone()
    }

    /// 部直属机关纪委, 部机关纪委 in the article of the group at 农业农村部: the ministry
    /// (or commission, administration) the article's group is at, written by its kind alone;
    /// 总局机关纪委 the same (国家市场监督管理总局), and 集团公司机关纪委 the company the
    /// article's central group is at, named as that group's name writes it; 学校机关纪委 the
    /// article's university.
    fn organs_written_by_kind(&self, i: usize, name_part: &str) -> Option<String> {
        let at = name_part.find("机关")?;
        let (kind, rest) = match name_part[..at].strip_suffix("直属") {
            Some(kind) => (kind, &name_part[kind.len()..]),
            None => (&name_part[..at], &name_part[at..]),
        };
        let by_ministry_kind =
            kind == "总局" || (kind.chars().count() == 1 && kind.starts_with(MINISTRY_KINDS));
        let host = if SCHOOL_SHORT_FORMS.contains(&kind)
            || (kind.is_empty() && self.university_leads_article())
        {
            self.article_university.clone()?
        } else if by_ministry_kind {
            self.ministry_of_kind(kind)?.to_string()
        } else if kind == "总行" {
            // (总行机关纪委 in the article of the group at 中国农业银行: the bank's head office.)
            let bank = self.lead_groups_host().filter(|h| h.ends_with("银行"))?;
            format!("{bank}{kind}")
        } else if LEXICON
            .enterprise_short_forms
            .iter()
            .any(|(form, endings)| *form == kind && endings.iter().any(|e| e == "公司"))
        {
            (0..i)
                .filter(|&j| self.m.bodies[j].kind == BodyKind::ResidentGroup)
                .find_map(|j| {
                    self.names[j]
                        .as_deref()?
                        .strip_prefix(CENTRAL_COMMISSION)?
                        .strip_prefix('驻')?
                        .strip_suffix("纪检监察组")
                        // (驻中国华能纪检监察组 in the title: the company written short.)
                        .filter(|host| host.ends_with("公司"))
                })?
                .to_string()
        } else {
            return None;
        };
        Some(format!("{host}{rest}"))
    }

    /// 部海事局纪委 in the article of the group at 交通运输部: a bureau of the ministry the
    /// article's group is at, the ministry written by its kind alone.
    fn ministrys_unit_written_by_kind(&self, name_part: &str) -> Option<String> {
        let unit = name_part.strip_prefix('部')?;
        if unit.chars().count() < 3 || !["局", "司", "中心"].iter().any(|e| unit.ends_with(e)) {
            return None;
        }
        let ministry = self.ministry_of_kind("部")?;
        Some(format!("{ministry}{unit}"))
    }

    /// 信息中心纪委, 药品审评中心纪委 in the article of the group stationed at a ministry or
    /// administration: the institution of that ministry named by its kind
    /// (退役军人事务部信息中心). A school or institute with a name of its own (铁道警察学院,
    /// 上海海关学院) and a company's units are written as they stand.
    fn ministrys_institution(&self, name_part: &str) -> Option<String> {
        // (长江水利委员会水文局监测总站: a unit of an organisation it names itself.)
        let kind_named = LEXICON.ministry_unit_endings.iter().any(|e| {
            name_part.strip_suffix(e.as_str()).is_some_and(|head| {
                !head.is_empty()
                    && !head
                        .char_indices()
                        .skip(1)
                        .map(|(k, _)| k)
                        .chain([head.len()])
                        .any(|k| LEXICON.ends_with_org_suffix(&head[..k]))
            })
        });
        // (全国农业技术推广服务中心, 复旦大学附属公共卫生临床中心: named in full.)
        let named_in_full = LEXICON
            .central_hosts
            .iter()
            .any(|h| name_part.starts_with(h.as_str()))
            || name_part.starts_with("全国")
            || name_part.contains("大学")
            || LEXICON
                .gazetteer
                .place_prefix_ends(name_part)
                .next()
                .is_some();
        if !kind_named || named_in_full || name_part.chars().count() < 4 {
            return None;
        }
        // Only the article the ministry's group leads (its group the first body written).
        let host = self.lead_groups_host()?;
        ["部", "局", "署", "委员会"]
            .iter()
            .any(|k| host.ends_with(k))
            .then(|| format!("{host}{name_part}"))
    }

    /// The ministry (commission, administration: `kind`) the article's first group stationed
    /// at one is at, as the group's name writes it (部 → 人力资源社会保障部).
    fn ministry_of_kind(&self, kind: &str) -> Option<&str> {
        let first = self
            .m
            .bodies
            .iter()
            .filter(|g| g.kind == BodyKind::ResidentGroup)
            .filter_map(|g| g.host.as_deref())
            .find(|host| {
                host.ends_with(kind) && host.chars().count() >= 3 && level_prefix(host).is_none()
            })?;
        Some(self.host_written_out(first, kind))
    }

    /// A group's host as another group's name writes it out, still ending in `kind`
    /// (驻国家医保局纪检监察组 in the headline, 驻国家医疗保障局纪检监察组 below), or as it
    /// stands.
    fn host_written_out<'h>(&'h self, host: &'h str, kind: &str) -> &'h str {
        let written_out = write_out_org_abbreviations(host);
        self.m
            .bodies
            .iter()
            .filter(|g| g.kind == BodyKind::ResidentGroup)
            .filter_map(|g| g.host.as_deref())
            .find(|h| *h != host && **h == written_out && h.ends_with(kind))
            .unwrap_or(host)
    }

    /// The name of the first body of `kind` named (and resolved) before body `i`.
    fn first_named_before(&self, i: usize, kind: BodyKind) -> Option<String> {
        (0..i).find_map(|j| {
            (self.m.bodies[j].kind == kind)
                .then(|| self.names[j].clone())
                .flatten()
        })
    }

    fn host_name(&self, i: usize) -> Option<String> {
        let b = &self.m.bodies[i];
        let host = b.host.as_ref()?;
        let within = b.parent.and_then(|p| self.divisions[p]).or_else(|| {
            let (c, _) = level_prefix(host)?;
            self.same_bare_level_before(i, c)
                .or_else(|| self.province_of_partner_before(i, c))
        });
        Some(self.qualify_unit(host, b.sentence, b.start, within))
    }
}

pub fn resolve(doc: &Document, m: &Mentions) -> DocFacts {
    let home = home_region(m);
    let mut r = Resolver {
        m,
        home: home.clone(),
        names: vec![None; m.bodies.len()],
        divisions: vec![None; m.bodies.len()],
        last_commission: None,
        last_by_level: HashMap::new(),
        article_university: article_university(m),
        first_region: first_region_per_sentence(m),
        written_regions: written_regions(m),
    };
    // Parents are taken as each body is met: "the last commission" means the last one
    // before it, not the last of the document.
    let mut parents: Vec<Option<String>> = vec![None; m.bodies.len()];
    for (i, parent) in parents.iter_mut().enumerate() {
        let name = r.resolve_body(i);
        r.names[i] = name;
        let b = &m.bodies[i];
        *parent = match b.kind {
            BodyKind::ResidentGroup => r.group_parent(i),
            BodyKind::InternalOffice => r.office_parent(i),
            _ => None,
        };
        if b.kind == BodyKind::Commission
            && r.names[i].is_some()
            && !matches!(b.region, Some(RegionRef::Unlisted(_)))
        {
            r.last_commission = Some(i);
        }
        if let Some(d) = r.divisions[i] {
            let div = &LEXICON.gazetteer.divisions[d];
            let c = div.name.chars().last().unwrap_or(' ');
            r.last_by_level.insert(c, d);
        }
    }
    // 驻农业银行纪检监察组 after 驻中国农业银行纪检监察组: a group of the same parent whose
    // host is the end of an earlier group's host is that group, written short.
    let mut shortened = vec![false; m.bodies.len()];
    let mut group_renamed: Vec<(String, String)> = Vec::new();
    // Each group's host, named once: the groups written short below, a group's host edge and
    // its targets written short (see same_department) all need it.
    let hosts: Vec<Option<String>> = (0..m.bodies.len())
        .map(|i| {
            (m.bodies[i].kind == BodyKind::ResidentGroup)
                .then(|| r.host_name(i))
                .flatten()
        })
        .collect();
    for i in 0..m.bodies.len() {
        let (Some(name), Some(host)) = (r.names[i].clone(), hosts[i].as_ref()) else {
            continue;
        };
        // 驻南方电网纪检监察组 after 中央纪委国家监委驻中国南方电网有限责任公司纪检监察组: a
        // group written with neither its commission nor a level before its host took the
        // last commission named only for want of another; the group whose host holds its
        // host is the one meant.
        let parent_guessed = m.bodies[i].parent.is_none()
            && m.bodies[i]
                .host
                .as_deref()
                .is_some_and(|h| level_prefix(h).is_none());
        // (驻市卫健委组 after 驻市卫生健康委纪检监察组, 驻国家卫生健康委纪检监察组 in the
        // headline before 驻国家卫生健康委员会纪检监察组: 委 and 委员会 end one name.)
        let committee_short = |h: &str| h.replace("委员会", "委");
        // (驻工商银行纪检监察组 in the headline, before 驻中国工商银行纪检监察组 below.)
        let fuller = (0..m.bodies.len()).filter(|&j| j != i).find_map(|j| {
            let other = r.names[j].as_ref()?;
            let other_host = hosts[j].as_ref()?;
            let same_group = if parents[j] == parents[i] {
                // (驻国家电网公司纪检监察组, 驻中国有色集团纪检监察组: the company's short name.)
                other_host.ends_with(host.as_str())
                    || committee_short(other_host) == committee_short(host)
                    || abbreviates(host, other_host)
                    // (驻中国移动纪检监察组 in the headline, 驻中国移动通信集团有限公司纪检监察组
                    // below: a company is called by the start of its name.)
                    || (other_host.starts_with(host.as_str())
                        && LEXICON
                            .enterprise_suffixes
                            .iter()
                            .any(|s| s.contains("公司") && other_host.ends_with(s.as_str())))
            } else {
                // (驻东风公司纪检监察组 in the headline: the company's short name.)
                parent_guessed
                    && (other_host.contains(host.as_str()) || abbreviates(host, other_host))
            };
            (same_group
                && other_host.len() > host.len()
                && host.chars().count() >= 3
                && other != &name)
                .then_some(j)
        });
        // 驻国家医保局纪检监察组 (the headline) and 驻国家医疗保障局纪检监察组: a host written
        // with the abbreviations of org_abbreviations.tsv is the host written out.
        let fuller = fuller.or_else(|| {
            let written_out = write_out_org_abbreviations(host);
            (written_out != *host)
                .then(|| {
                    // (驻市住房城乡建设局纪检监察组: the 和 of 住房和城乡建设局 may go
                    // unwritten.)
                    let wanted = committee_short(&written_out).replace('和', "");
                    // (驻国铁集团纪检监察组 with no commission before took the last one
                    // named only for want of another.)
                    (0..m.bodies.len()).find(|&j| {
                        j != i
                            && (parents[j] == parents[i] || parent_guessed)
                            // (驻市场监管总局纪检监察组 in the headline, 驻国家市场监督管理
                            // 总局纪检监察组 below: a central administration's 国家 unwritten.)
                            && hosts[j].as_deref().is_some_and(|h| {
                                let h = committee_short(h).replace('和', "");
                                h == wanted || h.strip_prefix("国家") == Some(wanted.as_str())
                            })
                            && r.names[j].as_ref().is_some_and(|other| other != &name)
                    })
                })
                .flatten()
        });
        if let Some(j) = fuller {
            // The group is one body: it takes the fuller one's name and parent (a parent
            // guessed for want of a commission before goes).
            let Some(fuller) = r.names[j].clone() else {
                continue;
            };
            parents[i] = parents[j].clone();
            if let Some(short) = r.names[i].replace(fuller.clone()) {
                group_renamed.push((short, fuller));
            }
            shortened[i] = true;
        }
    }
    // (驻工商银行纪检监察组 in the headline, its offices named after it: 纪检监察组第一监督检查室.)
    follow_renamed_parents(&group_renamed, &mut parents, &mut r.names);

    let mut zone_renamed: Vec<(String, String)> = Vec::new();
    // 经开区纪工委 after 张掖经济技术开发区纪工委: a zone's committee written with the zone's
    // bare short form is the one of that kind the article names in full (the longest name
    // when it names several).
    for i in 0..m.bodies.len() {
        let b = &m.bodies[i];
        let Some(RegionRef::Unlisted(written)) = &b.region else {
            continue;
        };
        if b.kind != BodyKind::WorkingCommittee {
            continue;
        }
        let Some((_, endings)) = LEXICON.zone_short_forms.iter().find(|(f, _)| f == written) else {
            continue;
        };
        let full = (0..m.bodies.len())
            .filter(|&j| j != i && m.bodies[j].kind == BodyKind::WorkingCommittee)
            .filter(
                |&j| !matches!(&m.bodies[j].region, Some(RegionRef::Unlisted(w)) if w == written),
            )
            .filter_map(|j| {
                let place = r.own_place_of(j)?;
                endings
                    .iter()
                    .any(|e| place.ends_with(e.as_str()) && place.len() > e.len())
                    .then(|| r.names[j].clone())
                    .flatten()
            })
            .max_by_key(|name| name.chars().count());
        if let Some(full) = full {
            if let Some(short) = r.names[i].replace(full.clone()) {
                zone_renamed.push((short, full));
            }
        }
    }
    // 示范区纪工委监工委统筹第二监督检查室: the offices and groups of a committee so renamed
    // follow it.
    follow_renamed_parents(&zone_renamed, &mut parents, &mut r.names);

    // 东兴农商银行纪委 after 广西东兴农村商业银行纪委: an enterprise's committee written with
    // its name abbreviated (org_abbreviations.tsv) or without the region opening it is the
    // one the article names in full.
    let enterprises: Vec<usize> = (0..m.bodies.len())
        .filter(|&i| m.bodies[i].kind == BodyKind::EnterpriseOrSchoolCommittee)
        .collect();
    let mut enterprise_renamed: Vec<(String, String)> = Vec::new();
    for &i in &enterprises {
        let Some(name) = r.names[i].clone() else {
            continue;
        };
        let written_out = write_out_org_abbreviations(&name);
        let fuller = enterprises
            .iter()
            .filter_map(|&j| r.names[j].as_ref())
            .filter(|other| {
                *other != &name
                    && other
                        .strip_suffix(written_out.as_str())
                        .is_some_and(|region| {
                            region.is_empty()
                                || !LEXICON.gazetteer.lookup(region).is_empty()
                                // 四川省分行纪委 after 中国农业银行四川省分行纪委: a branch
                                // named by its place, its bank left out.
                                || (LEXICON.ends_with_org_suffix(region)
                                    && LEXICON.gazetteer.place_prefix_ends(&name).next().is_some())
                                // 华西医院纪委 after 四川大学华西医院纪委: a university's
                                // hospital or college named without it.
                                || region.ends_with("大学")
                        })
            })
            .max_by_key(|other| other.chars().count())
            .cloned()
            .or_else(|| {
                // 水务集团纪委 after 都江堰市水务投资发展集团有限公司纪委: the only committee
                // whose organisation the short name abbreviates.
                let short = name.strip_suffix("纪委")?;
                let mut abbreviated = enterprises
                    .iter()
                    .filter_map(|&j| r.names[j].as_ref())
                    .filter(|other| {
                        other
                            .strip_suffix("纪委")
                            .is_some_and(|full| abbreviates(short, full))
                    });
                let found = abbreviated.next()?;
                abbreviated
                    .all(|other| other == found)
                    .then(|| found.clone())
            })
            .or_else(|| {
                // 湖北省分行纪委 in the article of the group at 中国进出口银行: a branch named
                // by its place alone is the branch of the one bank a group of the article is
                // stationed at.
                let place = name.strip_suffix("分行纪委")?;
                if LEXICON.gazetteer.lookup(place).is_empty() {
                    return None;
                }
                let mut banks = hosts.iter().flatten().filter(|host| host.ends_with("银行"));
                let bank = banks.next()?;
                banks
                    .all(|other| other == bank)
                    .then(|| format!("{bank}{name}"))
            });
        if let Some(fuller) = fuller {
            enterprise_renamed.push((name, fuller.clone()));
            r.names[i] = Some(fuller);
        }
    }
    // 集团纪委第一监督检查室 under a headline's 中广核集团纪委: the offices follow the
    // committee named in full.
    follow_renamed_parents(&enterprise_renamed, &mut parents, &mut r.names);

    let evidence = |sentence: usize| -> Evidence {
        let s = &m.prepared.sentences[sentence];
        let (text, start, end) = m.prepared.evidence(s);
        Evidence {
            sentence: text,
            start,
            end,
        }
    };

    let mut facts = DocFacts {
        doc: doc.id.clone(),
        title: doc.title.clone(),
        published: doc.published.clone(),
        source: doc.source.clone(),
        path: doc.path.display().to_string(),
        hash: doc.hash.clone(),
        region: home
            .most_specific()
            .map(|d| LEXICON.gazetteer.divisions[d].name.clone()),
        ..Default::default()
    };

    let mut body_index: HashMap<String, usize> = HashMap::new();
    let mut host_written_short: Vec<bool> = Vec::new();
    for (i, b) in m.bodies.iter().enumerate() {
        let Some(name) = r.names[i].clone() else {
            continue;
        };
        let parent = parents[i].clone();
        let host = r.host_name(i);
        let region = r.divisions[i].map(|d| LEXICON.gazetteer.qualified_name(d));
        match body_index.get(&name) {
            Some(&k) => {
                let existing: &mut Body = &mut facts.bodies[k];
                if !existing.aliases.contains(&b.written) {
                    existing.aliases.push(b.written.clone());
                }
                // (The headline's 驻国家医保局纪检监察组 named first: the host written in full
                // below is the group's.)
                if host_written_short[k] && !shortened[i] && host.is_some() {
                    existing.host = host;
                    host_written_short[k] = false;
                }
            }
            None => {
                body_index.insert(name.clone(), facts.bodies.len());
                host_written_short.push(shortened[i]);
                facts.bodies.push(Body {
                    name: name.clone(),
                    kind: b.kind.as_str().to_string(),
                    parent: parent.clone(),
                    host: host.clone(),
                    aliases: vec![b.written.clone()],
                    region,
                    evidence: evidence(b.sentence),
                });
            }
        }
        // A parent named only inside another name is still a body (SPEC §1).
        // (A group renamed after a fuller one keeps no parent it was only guessed to have.)
        if let Some(p) = parent.filter(|_| !shortened[i]) {
            if !body_index.contains_key(&p)
                && matches!(b.kind, BodyKind::ResidentGroup | BodyKind::InternalOffice)
            {
                body_index.insert(p.clone(), facts.bodies.len());
                host_written_short.push(false);
                facts.bodies.push(Body {
                    name: p.clone(),
                    kind: "commission".into(),
                    parent: None,
                    host: None,
                    aliases: Vec::new(),
                    region: None,
                    evidence: evidence(b.sentence),
                });
            }
        }
    }

    let mut seen_edges: HashSet<(String, String)> = HashSet::new();
    // 冶金学院纪委…督促冶金学院…, 院纪委对全院…开展监督: a committee acting within its own
    // organisation oversees no unit apart from itself.
    let own_committee = |agent: &str, target: &str| agent.strip_prefix(target) == Some("纪委");
    let mut add_edge = |facts: &mut DocFacts, agent: String, target: String, ev: Evidence| {
        if agent != target
            && !own_committee(&agent, &target)
            && seen_edges.insert((agent.clone(), target.clone()))
        {
            facts.supervises.push(Supervision {
                agent,
                target,
                evidence: ev,
            });
        }
    };
    for (i, b) in m.bodies.iter().enumerate() {
        if b.kind == BodyKind::ResidentGroup && !shortened[i] {
            if let (Some(agent), Some(host)) = (r.names[i].clone(), hosts[i].clone()) {
                add_edge(&mut facts, agent, host, evidence(b.sentence));
            }
        }
    }
    for t in &m.targets {
        let Some(agent) = r.names[t.agent].clone() else {
            continue;
        };
        // 赴朔州，对朔州市应急管理局…: a place named by its short name alone, where the same
        // sentence names a unit of it, is where the body went, not what it oversaw.
        let place_of_a_unit = LEXICON.gazetteer.names_by_short_form_only(&t.written)
            && m.targets.iter().any(|u| {
                u.sentence == t.sentence
                    && u.written.len() > t.written.len()
                    && u.written.starts_with(t.written.as_str())
            });
        if place_of_a_unit {
            continue;
        }
        let owned;
        let t = match owner_shared_with_item_before(m, t) {
            Some(written) => {
                owned = TargetMention {
                    written,
                    ..t.clone()
                };
                &owned
            }
            None => t,
        };
        // 大理市纪委监委…向市医疗保障局党组: the bare 市 of a county-level city's body is
        // that city; 东宝区纪委监委、掇刀区纪委监委分别向区农业农村局: the bare 区 of a
        // district's body is that district, whichever was named last.
        let own_county = t
            .written
            .chars()
            .next()
            .filter(|c| matches!(c, '市' | '区' | '县' | '旗'))
            .filter(|_| !LEXICON.has_no_level_prefix(&t.written))
            .and_then(|level| {
                let county = r.own_county_ending_with(t.agent, level)?;
                let name = r
                    .county_named_then(county, Some(level))
                    .unwrap_or_else(|| LEXICON.gazetteer.qualified_name(county));
                Some((&t.written[level.len_utf8()..], name))
            });
        // 铁岭经济开发区纪工委…督促区经济发展局: the bare 区 of a zone's working committee
        // is that zone, whatever district was named last.
        let own_zone = t
            .written
            .strip_prefix('区')
            .filter(|_| !LEXICON.has_no_level_prefix(&t.written))
            .filter(|_| m.bodies[t.agent].kind == BodyKind::WorkingCommittee)
            .and_then(|rest| {
                let place = r.own_place_of(t.agent)?;
                LEXICON
                    .zone_endings
                    .iter()
                    .any(|e| e.ends_with('区') && place.ends_with(e.as_str()))
                    .then(|| format!("{place}{rest}"))
            });
        let target = match (own_zone, own_county) {
            (Some(zone_unit), _) => zone_unit,
            (None, Some((rest, county))) => format!("{county}{rest}"),
            (None, None) => r.qualify_unit(&t.written, t.sentence, t.position, None),
        };
        // 经开区纪工委派驻第二纪检监察组…区市场监管局: a bare 区/县 no region was found for
        // is the place of the agent's own commission or working committee, when that place
        // is of the same level; 神农架林区纪委监委派驻第三纪检监察组…向林区林业管理局党组:
        // so is a bare 林区 or 特区.
        let target = match ["林区", "特区", "区", "县"]
            .iter()
            .find(|kind| t.written.starts_with(*kind))
        {
            Some(kind) if target == t.written && !LEXICON.has_no_level_prefix(&t.written) => r
                .own_place_of(t.agent)
                .filter(|place| {
                    place.ends_with(kind) && place.chars().count() > kind.chars().count()
                })
                .map(|place| format!("{place}{}", &t.written[kind.len()..]))
                .unwrap_or(target),
            _ => target,
        };
        // 车站街道纪工委…督促街道党政办立行立改: a bare 街道/镇/乡 is the agent's own town,
        // written as the article names it.
        let target = match ["街道", "镇", "乡"]
            .iter()
            .find(|kind| t.written.starts_with(*kind))
        {
            Some(kind) if target == t.written => match &m.bodies[t.agent].region {
                Some(RegionRef::Unlisted(town))
                    if town.ends_with(kind) && town.chars().count() > kind.chars().count() =>
                {
                    format!("{town}{}", &t.written[kind.len()..])
                }
                _ => target,
            },
            _ => target,
        };
        // 驻省政府国有资产监督管理委员会纪检监察组…监督推动省国资委机关…: the group's host,
        // written short, is named as the group names it.
        let target = match &hosts[t.agent] {
            Some(host) if same_department(host, &target) => host.clone(),
            _ => target,
        };
        // 向部党组提出意见建议9条 in the article of the group at 人力资源社会保障部: the party
        // group of the ministry (commission, administration) the group is at, written by its
        // kind alone.
        let mut chars = target.chars();
        let ministry = chars
            .next()
            .filter(|kind| {
                target == t.written
                    && "部委署".contains(*kind)
                    && PARTY_ORGANS.contains(&chars.as_str())
            })
            .and_then(|kind| r.ministry_of_kind(&target[..kind.len_utf8()]));
        let target = match ministry {
            Some(host) => format!("{host}{}", chars.as_str()),
            None => target,
        };
        if target == t.written && names_units_of_unnamed_places(&target) {
            continue;
        }
        // 深入中海浙江宁波液化天然气有限公司接收站储罐区: an area of a company's site (罐区,
        // 厂区, 新区) is the company.
        let target = match company_of_site_area(&target) {
            Some(company) => company.to_string(),
            None => target,
        };
        // 对水利部农村水利水电司…，督促农村水利水电司…: a department written after its
        // organisation was named with it is that organisation's.
        let target = match (target == t.written)
            .then(|| organisation_named_before(m, t))
            .flatten()
        {
            Some(full) => r.qualify_unit(&full, t.sentence, t.position, None),
            None => target,
        };
        add_edge(&mut facts, agent, target, evidence(t.sentence));
    }

    for c in &m.counts {
        let Some(agent) = r.names[c.agent].clone() else {
            continue;
        };
        facts.facts.push(Fact {
            agent,
            category: c.category.clone(),
            action: c.action.clone(),
            value: c.value,
            unit: c.unit.clone(),
            object: c.object.clone(),
            approx: c.approx,
            date: c.date.clone(),
            target: None,
            evidence: evidence(c.sentence),
        });
    }

    // 宝鸡市高新区纪工委…区城市管理执法局副局长: in an article about a development zone's
    // working committee, a bare 区 of a person's organisation is the zone; of its names
    // (宝鸡高新区 in the title, 宝鸡市高新区 below) the one with its city in full.
    let zone_of_article = (0..m.bodies.len())
        .filter(|&i| m.bodies[i].kind == BodyKind::WorkingCommittee)
        .filter_map(|i| r.own_place_of(i))
        .filter(|place| LEXICON.zone_endings.iter().any(|z| place.ends_with(z)))
        .reduce(|a, b| {
            if b.chars().count() > a.chars().count() {
                b
            } else {
                a
            }
        });
    // 后勤管理处饮食服务中心原副主任王立新 in a university's article: a department written
    // without its university is the university's, and goes into the post.
    // (The article's first body is the university's committee: a ministry's article
    // naming one is about the ministry.)
    let university_of_article = r
        .article_university
        .as_ref()
        .filter(|university| r.names.iter().flatten().next() == Some(&format!("{university}纪委")));
    let university_department = |w: &str| -> Option<String> {
        let university = university_of_article?;
        // (某附属医院心内科原主任: a hospital withheld is the university's, as a department.)
        if w.starts_with('某') && w.ends_with("医院") {
            return Some(university.clone());
        }
        let ending = LEXICON
            .university_departments
            .iter()
            .find(|e| w.ends_with(e.as_str()))?;
        // (餐厅 holds 厅, which elsewhere in the name marks a province's department.)
        let own_words = &w[..w.len() - ending.len()];
        (!["大学", "医院", "公司", "局", "委", "厅", "集团"]
            .iter()
            .any(|o| own_words.contains(o))
            && !LEXICON.central_hosts.iter().any(|h| w.contains(h.as_str()))
            && (level_prefix(w).is_none() || LEXICON.has_no_level_prefix(w))
            && LEXICON.gazetteer.place_prefix_ends(w).next().is_none())
        .then(|| university.clone())
    };
    // 第一附属医院心血管内科原主任 in a university's article: the university's hospital,
    // named with it (昆明医科大学第一附属医院).
    let university_hospital = |w: &str| -> Option<String> {
        let university = university_of_article?;
        let ordinal = w.strip_prefix('第').is_some_and(|rest| {
            rest.chars().next().is_some_and(|c| {
                crate::extract::is_numeral(c) && rest[c.len_utf8()..].starts_with("附属")
            })
        });
        ((w.starts_with("附属") || ordinal || hospital_named_alone(w)) && w.ends_with("医院"))
            .then(|| format!("{university}{w}"))
    };
    let mut seen_people: HashMap<(String, String), usize> = HashMap::new();
    for p in &m.people {
        let (department, hospital) = match &p.org {
            OrgRef::Written(w) => (
                university_department(w).map(|u| (u, w.clone())),
                university_hospital(w),
            ),
            OrgRef::Body(_) => (None, None),
        };
        let org = match &p.org {
            _ if department.is_some() => department
                .as_ref()
                .map(|(university, _)| university.clone()),
            OrgRef::Body(b) => r.names[*b].clone(),
            _ if hospital.is_some() => hospital,
            // 学校纪委通报…基建管理处原科长: the school written short is the article's
            // university; with none named, the person is left out.
            OrgRef::Written(w) if SCHOOL_SHORT_FORMS.contains(&w.as_str()) => {
                r.article_university.clone()
            }
            // The organisation is written right before the person, so any region named
            // earlier in the sentence qualifies it (光山县纪委监委对县市场监管局局长…).
            OrgRef::Written(w) => Some(
                zone_of_article
                    .as_ref()
                    .filter(|_| w.starts_with('区') && !LEXICON.has_no_level_prefix(w))
                    .map(|zone| format!("{zone}{}", &w['区'.len_utf8()..]))
                    .unwrap_or_else(|| r.qualify_person_org(w, p.sentence)),
            ),
        };
        let Some(org) = org else { continue };
        let roles: Vec<&str> = p
            .roles
            .iter()
            .filter(|(o, _)| match o {
                OrgRef::Body(b) => r.names[*b].as_deref() == Some(org.as_str()),
                OrgRef::Written(_) => true,
            })
            .map(|(_, role)| role.as_str())
            .collect();
        let role = match &department {
            Some((_, division)) => Some(format!("{division}{}", roles.join("、"))),
            None => (!roles.is_empty()).then(|| roles.join("、")),
        };
        let key = (p.name.clone(), org.clone());
        match seen_people.get(&key) {
            Some(&k) => {
                if facts.people[k].role.is_none() {
                    facts.people[k].role = role;
                }
            }
            None => {
                seen_people.insert(key, facts.people.len());
                facts.people.push(Person {
                    name: p.name.clone(),
                    org,
                    role,
                    held_to_account: p.held_to_account,
                    evidence: evidence(p.sentence),
                });
            }
        }
    }

    let g = &LEXICON.gazetteer;
    let mut region_codes: Vec<usize> = r.divisions.iter().flatten().copied().collect();
    region_codes.extend(home.most_specific());
    region_codes.sort();
    region_codes.dedup();
    let mut with_parents = Vec::new();
    for d in region_codes {
        let mut cur = Some(d);
        while let Some(c) = cur {
            with_parents.push(c);
            cur = g.parent(c);
        }
    }
    with_parents.sort();
    with_parents.dedup();
    facts.regions = with_parents
        .into_iter()
        .map(|d| {
            let div = &g.divisions[d];
            RegionInfo {
                name: g.qualified_name(d),
                code: div.code.clone(),
                level: div.level.as_str().to_string(),
                parent: div.parent.map(|p| g.qualified_name(p)),
                parent_code: div.parent.map(|p| g.divisions[p].code.clone()),
            }
        })
        .collect();
    restore_full_width_parentheses(&mut facts, &m.prepared.full_width_parenthesised());
    facts
}

/// 上海浦东发展(集团)有限公司纪委 → 上海浦东发展（集团）有限公司纪委: names are read from text
/// whose parentheses were folded to ASCII; they are written back as the article writes them.
fn restore_full_width_parentheses(facts: &mut DocFacts, inner: &[&str]) {
    if inner.is_empty() {
        return;
    }
    let restore = |name: &mut String| {
        if !name.contains('(') {
            return;
        }
        for i in inner {
            let ascii = format!("({i})");
            if name.contains(&ascii) {
                *name = name.replace(&ascii, &format!("（{i}）"));
            }
        }
    };
    for b in &mut facts.bodies {
        restore(&mut b.name);
        b.parent.iter_mut().for_each(&restore);
        b.host.iter_mut().for_each(&restore);
        b.aliases.iter_mut().for_each(&restore);
    }
    for s in &mut facts.supervises {
        restore(&mut s.agent);
        restore(&mut s.target);
    }
    for f in &mut facts.facts {
        restore(&mut f.agent);
        f.object.iter_mut().for_each(&restore);
        f.target.iter_mut().for_each(&restore);
    }
    for p in &mut facts.people {
        restore(&mut p.org);
    }
}

/// 深入国家矿山安全监察局山西局、陕西局: an item that is a place and an ending, after an item
/// of the same list that was an owner, a place and the same ending, is the same owner's
/// (国家矿山安全监察局陕西局; 中国农业银行江苏分行、浙江分行). So is an item that is an
/// ordinal and an ending (中国电子科技集团公司第十四研究所、第二十八研究所: the group's
/// 第二十八研究所).
fn owner_shared_with_item_before(m: &Mentions, t: &TargetMention) -> Option<String> {
    let g = &LEXICON.gazetteer;
    // (…华北公司、华东公司: or one of the country's great regions.)
    let is_place = |name: &str| {
        g.lookup(name)
            .iter()
            .any(|&d| g.divisions[d].level != Level::County)
            || LEXICON.macro_regions.iter().any(|region| region == name)
    };
    let ordinal = ordinal_opening(&t.written);
    let (head, ending) = ordinal
        .or_else(|| {
            g.place_prefix_ends(&t.written)
                .filter(|&k| is_place(&t.written[..k]))
                .map(|k| t.written.split_at(k))
                .last()
        })
        .or_else(|| great_region_opening(&t.written))?;
    // (An ending of a few characters: 局, 分行, 省分公司, 供电分公司.)
    if ending.chars().count() > 5 || !LEXICON.ends_with_org_suffix(ending) {
        return None;
    }
    // The item just before, one 、 away (an item extraction gave the owner already,
    // 中信银行北京分行、上海分行 → 中信银行上海分行, is written longer than it stands).
    if t.position == 0 || m.prepared.chars.get(t.position - 1) != Some(&'、') {
        return None;
    }
    let before = m
        .targets
        .iter()
        .filter(|u| u.sentence == t.sentence && u.agent == t.agent && u.position < t.position)
        .max_by_key(|u| u.position)?;
    // (…山西局、陕西局、贵州局: the item before may have taken the owner itself.)
    let before = owner_shared_with_item_before(m, before).unwrap_or_else(|| before.written.clone());
    let owner_and_head = before.strip_suffix(ending)?;
    let owner = if ordinal.is_some() {
        // (市第一人民医院、第二人民医院: an owner of one level word is qualified later.)
        let owner_and_ordinal = owner_and_head.trim_end_matches(is_number_char);
        (owner_and_ordinal.len() < owner_and_head.len()).then_some(())?;
        owner_and_ordinal
            .strip_suffix('第')
            .filter(|owner| !owner.is_empty())?
    } else {
        let owner = owner_and_head
            .char_indices()
            .map(|(k, _)| k)
            .filter(|&k| k > 0)
            .find(|&k| is_place(&owner_and_head[k..]))
            .map(|k| &owner_and_head[..k])?;
        (owner.chars().count() >= 2 && owner != head && !is_place(owner)).then_some(owner)?
    };
    Some(format!("{owner}{}", t.written))
}

/// 第二十八研究所: an ordinal a name opens with, and the rest of the name.
fn ordinal_opening(name: &str) -> Option<(&str, &str)> {
    let digits = name.strip_prefix('第')?;
    let rest = digits.trim_start_matches(is_number_char);
    (rest.len() < digits.len() && !rest.is_empty()).then(|| name.split_at(name.len() - rest.len()))
}

/// The country's great region (华东) a name opens with (华东公司), and the rest of the name.
fn great_region_opening(name: &str) -> Option<(&str, &str)> {
    LEXICON
        .macro_regions
        .iter()
        .find_map(|region| Some((region.as_str(), name.strip_prefix(region.as_str())?)))
}

/// The company whose site's area (储罐区, 老厂区) a target names: the name up to its legal
/// form, when a few characters ending in 区 follow it.
fn company_of_site_area(target: &str) -> Option<&str> {
    if !target.ends_with('区') {
        return None;
    }
    crate::extract::COMPANY_FORMS.iter().find_map(|form| {
        let end = target.find(form)? + form.len();
        (target.len() > end && target[end..].chars().count() <= 6).then(|| &target[..end])
    })
}

/// The name an earlier target gave in full to a department written alone here: its
/// organisation (a ministry, a bureau, a company) written before it, no place.
fn organisation_named_before(m: &Mentions, t: &TargetMention) -> Option<String> {
    if t.written.chars().count() < 3 || level_prefix(&t.written).is_some() {
        return None;
    }
    // (深入云南电网有限责任公司昆明供电局…，约谈供电局分管负责人: a unit's kind alone
    // is the unit of that kind the sentence named.)
    let kind_alone = t.written.chars().count() <= 3;
    // (深入国家粮食和物资储备局黑龙江局…，向黑龙江局党组发送提示函: and the party body of a
    // unit named so is that unit's.)
    let (unit, party) = ["党组", "党委"]
        .iter()
        .find_map(|p| Some((t.written.strip_suffix(p)?, *p)))
        .filter(|(unit, _)| unit.chars().count() >= 3)
        .unwrap_or((t.written.as_str(), ""));
    m.targets
        .iter()
        .filter(|u| u.position < t.position)
        .find_map(|u| {
            let owned = |written: &str| {
                u.written.strip_suffix(written).is_some_and(|owner| {
                    owner.chars().count() >= 2
                        && ((LEXICON.ends_with_org_suffix(owner)
                            && !owner.ends_with(crate::extract::LEVEL_CHARS)
                            && !owner.ends_with('村'))
                            || (kind_alone && u.sentence == t.sentence))
                })
            };
            if owned(&t.written) {
                Some(u.written.clone())
            } else {
                (!party.is_empty() && owned(unit)).then(|| format!("{}{party}", u.written))
            }
        })
}

/// 监利县 in a 2019 article: a county whose level changed since (监利市 in the gazetteer) is
/// that county, named as the article wrote it (its name then) after its city.
fn renamed_county(name: &str) -> Option<(usize, String)> {
    let g = &LEXICON.gazetteer;
    let d = g.former_county(name)?;
    let qualified = g.qualified_name(d);
    let parent = qualified.strip_suffix(g.divisions[d].name.as_str())?;
    Some((d, format!("{parent}{name}")))
}

/// 区纪委监委深入湾头镇、沙头镇，对镇便民服务中心开展监督; 约谈县区政府…: a level
/// character opening a target that no place of the article could stand for (no town or
/// county of the agent's own, no place the gazetteer knows: 镇江市, 乡城县) is every town or
/// county the sentence went to, none named.
fn names_units_of_unnamed_places(target: &str) -> bool {
    let g = &LEXICON.gazetteer;
    target.starts_with(['镇', '乡', '村', '县', '区'])
        && !LEXICON.has_no_level_prefix(target)
        && !target
            .char_indices()
            .skip(2)
            .take(7)
            .map(|(k, _)| &target[..k])
            .chain([target])
            // (镇海炼化: a district's name without its level.)
            .any(|place| {
                !g.lookup(place).is_empty()
                    || ["区", "县", "市"]
                        .iter()
                        .any(|level| !g.lookup(&format!("{place}{level}")).is_empty())
            })
}

/// 水务集团 for 都江堰市水务投资发展集团有限公司, 农发集团 for …农业发展投资集团有限公司: a
/// company's short name keeps characters of its name and the kind it is (集团, 公司), in order.
fn abbreviates(short: &str, full: &str) -> bool {
    let chars: Vec<char> = short.chars().collect();
    // 中国铁建股份有限公司 is written out with its legal form: no short name of 中国铁建重工集团
    // 股份有限公司 (nor 广东电网有限责任公司 of its 茂名供电局).
    if chars.len() < 4
        || full.chars().count() <= chars.len()
        || crate::extract::COMPANY_FORMS
            .iter()
            .any(|f| short.ends_with(f))
    {
        return false;
    }
    let Some(kind) = ["集团", "公司"].into_iter().find(|k| short.ends_with(k)) else {
        return false;
    };
    let Some(at) = full.find(chars[0]) else {
        return false;
    };
    let rest = &full[at..];
    let mut in_order = rest.chars();
    rest.contains(kind) && chars.iter().all(|c| in_order.any(|f| f == *c))
}

/// 杭州湾上虞经济技术开发区 in a Shaoxing article: a zone whose name holds the name of a
/// county of the city (上虞) is named by its place, and kept as written.
fn names_own_county(zone: &str, city: usize) -> bool {
    let g = &LEXICON.gazetteer;
    let chars: Vec<char> = zone.chars().collect();
    (0..chars.len()).any(|i| {
        (2..=4).any(|len| {
            let Some(part) = chars.get(i..i + len) else {
                return false;
            };
            let part: String = part.iter().collect();
            chars.len() > i + len + 2
                && ["区", "县", "市", "旗"].iter().any(|kind| {
                    g.lookup(&format!("{part}{kind}")).iter().any(|&c| {
                        g.divisions[c].level == Level::County && g.prefecture_of(c) == Some(city)
                    })
                })
        })
    })
}

/// The first university named in the article, as the start of an organisation's name up to
/// its 大学 (吉林大学第一医院 → 吉林大学; 大学生 is no university).
fn article_university(m: &Mentions) -> Option<String> {
    let committees = m
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::EnterpriseOrSchoolCommittee)
        .map(|b| (b.start, b.name_part.as_str()));
    let targets = m.targets.iter().map(|t| (t.position, t.written.as_str()));
    committees
        .chain(targets)
        .filter_map(|(at, name)| {
            let k = name.find("大学")?;
            let mut end = k + "大学".len();
            // 中国地质大学(武汉): a university whose name carries its city in brackets.
            if let Some(rest) = name[end..].strip_prefix('(') {
                if let Some((city, _)) = rest.split_once(')') {
                    if (2..=4).contains(&city.chars().count()) && city.chars().all(is_han) {
                        end += 1 + city.len() + 1;
                    }
                }
            }
            (name[..k].chars().count() >= 2
                && name[..k].chars().all(is_han)
                && !name[end..].starts_with('生'))
            .then(|| (at, name[..end].to_string()))
        })
        .min_by_key(|&(at, _)| at)
        .map(|(_, university)| university)
}

/// Where each sentence's regions start in `m.regions` (one entry per sentence, plus the end).
fn first_region_per_sentence(m: &Mentions) -> Vec<usize> {
    let sentences = m.prepared.sentences.len();
    let mut first = Vec::with_capacity(sentences + 1);
    let mut r = 0;
    for s in 0..=sentences {
        while r < m.regions.len() && m.regions[r].sentence < s {
            r += 1;
        }
        first.push(r);
    }
    first
}

fn written_regions(m: &Mentions) -> HashMap<(BodyKind, char), Vec<usize>> {
    let mut out: HashMap<(BodyKind, char), Vec<usize>> = HashMap::new();
    for (j, b) in m.bodies.iter().enumerate() {
        if let Some(RegionRef::Unlisted(name)) | Some(RegionRef::Named(_, name)) = &b.region {
            if let Some(last) = name.chars().last() {
                out.entry((b.kind, last)).or_default().push(j);
            }
        }
    }
    out
}

/// The whole language side for one document.
pub fn facts_for(doc: &Document) -> DocFacts {
    let mentions = crate::extract::extract(doc);
    resolve(doc, &mentions)
}

/// `facts_for`, with a rule that fails on text it did not foresee reported as that
/// document's failure: one such article must not end a run over a year's corpus.
pub fn try_facts_for(doc: &Document) -> Result<DocFacts, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| facts_for(doc))).map_err(|payload| {
        let reason = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("a rule failed");
        format!("extraction failed ({reason})")
    })
}

/// The bodies whose parent was renamed (short → full) follow it: their parent, and their own
/// names, which open with it.
fn follow_renamed_parents(
    renamed: &[(String, String)],
    parents: &mut [Option<String>],
    names: &mut [Option<String>],
) {
    for (short, full) in renamed {
        for (parent, name) in parents.iter_mut().zip(names.iter_mut()) {
            if parent.as_ref() == Some(short) {
                *parent = Some(full.clone());
                if let Some(own) = name.as_ref().and_then(|n| n.strip_prefix(short.as_str())) {
                    *name = Some(format!("{full}{own}"));
                }
            }
        }
    }
}

/// 吉林省政府国有资产监督管理委员会 and 吉林省国资委: one department, the government's
/// name and the short forms aside.
fn same_department(a: &str, b: &str) -> bool {
    let key = |name: &str| write_out_org_abbreviations(&name.replace("政府", ""));
    a != b && key(a) == key(b)
}

/// 口腔医院, 湘雅二医院: a unit named alone, no place or university before it (in a
/// university's article, the university's hospital).
fn hospital_named_alone(w: &str) -> bool {
    w.chars().count() <= 8
        && !w.contains(['和', '、'])
        && !w.contains("大学")
        && level_prefix(w).is_none()
        && LEXICON.gazetteer.place_prefix_ends(w).next().is_none()
}

/// The commission of division `d`, by its qualified name (益阳市赫山区纪委监委).
fn commission_of(d: usize) -> String {
    format!("{}纪委监委", LEXICON.gazetteer.qualified_name(d))
}

/// An organisation's name with the short forms inside it written out (东兴农商银行 →
/// 东兴农村商业银行).
fn write_out_org_abbreviations(name: &str) -> String {
    let mut out = name.to_string();
    for (short, full) in &LEXICON.org_abbreviations {
        if out.contains(short.as_str()) && !out.contains(full.as_str()) {
            // 国家管网集团: the kind written after the short form is the full name's own.
            let with_kind = ["集团", "公司"]
                .iter()
                .map(|kind| format!("{short}{kind}"))
                .find(|written| {
                    out.contains(written.as_str()) && full.contains(&written[short.len()..])
                });
            out = out.replace(with_kind.as_deref().unwrap_or(short), full);
        }
    }
    out
}
