//! Synthetic corpus generator (`jiandu gen-corpus`) and benchmarks (`jiandu bench`).
//!
//! The generator recombines the real sentences of the seed articles: every seed sentence
//! becomes a template whose regions (gazetteer names), bare level words (省/市/县 in
//! 省纪委监委, 驻省…), host departments, dates, numbers, people and topic words are slots,
//! refilled per article from `data/gazetteer/divisions.tsv` and `data/lexicon/*`. Hand-written
//! sentences in the same style add the topics the seeds lack (乡村振兴, 安全生产, 医保基金,
//! 粮食购销, 巡察, 节日期间"四风"). Output is a pure function of (seed, document index), so
//! a corpus is byte-identical for a seed whatever the thread count, and the first N
//! documents of a larger corpus are the N-document corpus.
//!
//! The benchmark measures, in one run and on the same generated text: extraction
//! throughput (one thread, all threads) against jieba-rs segmentation alone and Python
//! jieba; `jiandu build` end to end at several corpus sizes (wall time, triples per second,
//! peak memory, store size, unchanged re-run); and the latency of every named query.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::Context;
use once_cell::sync::Lazy;
use rayon::prelude::*;
use regex::Regex;

use crate::lexicon::{Level, LEXICON};

// ---------------------------------------------------------------------------------------
// Command-line arguments
// ---------------------------------------------------------------------------------------

#[derive(Debug, clap::Args)]
pub struct GenCorpusArgs {
    /// Number of articles to write.
    #[arg(long, default_value_t = 1000)]
    pub docs: usize,
    /// Seed of the generator: the same seed writes byte-identical files.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Output folder (created; articles go to DIR/NNN/gen-NNNNNN.txt, 1000 per folder).
    #[arg(long)]
    pub out: PathBuf,
    /// Also write one single article of about this many megabytes (10^6 bytes) as
    /// DIR/big-<MB>mb.txt.
    #[arg(long)]
    pub big_mb: Option<f64>,
}

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Corpus sizes (documents) to `build`, comma-separated; empty skips the build part.
    #[arg(long, value_delimiter = ',', default_value = "1000,10000,100000")]
    pub docs: Vec<usize>,
    /// Sizes at which to time the named queries (default: every size >= 10000, or the
    /// largest size when all are smaller).
    #[arg(long, value_delimiter = ',')]
    pub query_docs: Option<Vec<usize>>,
    /// Runs per named query (p50/p95 are taken over them).
    #[arg(long, default_value_t = 20)]
    pub query_runs: usize,
    /// A query run slower than this is cancelled (seconds).
    #[arg(long, default_value_t = 60.0)]
    pub query_timeout: f64,
    /// Generator seed.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Documents in the throughput sample (default: min(1000, largest --docs)).
    #[arg(long)]
    pub sample_docs: Option<usize>,
    /// Repetitions of each throughput measurement (the fastest is reported).
    #[arg(long, default_value_t = 5)]
    pub repeat: usize,
    /// Also measure one single article of this many megabytes (`jiandu extract`).
    #[arg(long)]
    pub big_mb: Option<f64>,
    /// Give up on the big article after this many seconds.
    #[arg(long, default_value_t = 900.0)]
    pub big_timeout: f64,
    /// Skip the Python jieba comparison.
    #[arg(long)]
    pub skip_python: bool,
    /// Python interpreter with jieba 0.42.1 installed (`pip install jieba==0.42.1`).
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// Skip the throughput part.
    #[arg(long)]
    pub skip_throughput: bool,
    /// Skip the unchanged re-run of `build`.
    #[arg(long)]
    pub skip_rerun: bool,
    /// Working folder for corpora and stores (default: a new temporary folder, removed at
    /// the end unless --keep). A corpus already generated there with the same seed is
    /// reused; stores are always rebuilt from scratch.
    #[arg(long)]
    pub work: Option<PathBuf>,
    /// Keep the working folder.
    #[arg(long)]
    pub keep: bool,
    /// Also write the Markdown report to this file.
    #[arg(long)]
    pub report: Option<PathBuf>,
}

// ---------------------------------------------------------------------------------------
// Deterministic pseudo-random numbers (SplitMix64)
// ---------------------------------------------------------------------------------------

/// SplitMix64: tiny, fast and good enough to vary text; no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// An independent stream for document `index` of corpus `seed`.
    pub fn for_document(seed: u64, index: u64) -> Self {
        let mut r = Rng(seed ^ 0x6A09_E667_F3BC_C908);
        let a = r.next_u64();
        let mut r = Rng(a ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + ((self.next_u64() as u128 * (hi - lo + 1) as u128) >> 64) as u64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------

/// The seed articles, embedded so the generator's output does not depend on the working
/// folder.
const SEEDS: &[&str] = &[
    include_str!("../data/corpus/seeds/000_725d685e7e627845.txt"),
    include_str!("../data/corpus/seeds/001_10636b9a4e886a7f.txt"),
    include_str!("../data/corpus/seeds/002_d46297b3900efdb5.txt"),
    include_str!("../data/corpus/seeds/003_691348453c868709.txt"),
    include_str!("../data/corpus/seeds/004_20eab218d3ae6067.txt"),
];
const DEPARTMENTS: &str = include_str!("../data/lexicon/departments.tsv");
const SURNAMES: &str = include_str!("../data/lexicon/surnames.txt");

/// People named in the seeds; their mentions become person slots.
const SEED_PEOPLE: &[&str] = &[
    "欧阳艳",
    "高青岩",
    "张景隆",
    "邓修明",
    "谢凤杨",
    "王增田",
    "王显伟",
    "刘百川",
    "李金航",
    "付海燕",
    "刘曼霖",
    "赫军",
    "王燕",
    "赵丹",
    "梁武",
];

const GIVEN_NAME_CHARS: &str = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌辉玉萍鹏飞宇浩凯健俊帆峰晓东海波宁春林雪梅兰琳颖婷慧新立德永清云龙成忠学";
const ORDINALS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

#[derive(Debug, Clone)]
enum Piece {
    Lit(String),
    /// A gazetteer name: distinct keys get distinct divisions of that level in an article.
    Region {
        level: Level,
        short: bool,
        key: String,
    },
    /// The article's home region (its most specific division).
    Home,
    /// A bare level word as written in a seed (0 省, 1 市, 2 县/区), shifted to the article.
    LevelWord(u8),
    /// The article's own level word.
    HomeLevel,
    /// A host department; mentions with the same key name the same department.
    Dept(String),
    /// The department of this short name (departments.tsv), at the level just written.
    DeptNamed(String),
    /// A short department name in a list (工信、人社、市场监管).
    DeptShort,
    Topic,
    TopicObject,
    Person(String),
    NewPerson,
    MonthDay,
    Month,
    Year,
    Number {
        digits: usize,
        decimals: usize,
    },
    Range(u64, u64),
    Ordinal,
}

#[derive(Debug, Clone)]
struct Template {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone)]
struct SeedTemplates {
    /// The level the seed is written at (0 province, 1 city, 2 county).
    level: u8,
    title: Template,
    sentences: Vec<Template>,
    headings: Vec<Template>,
}

struct Topic {
    main: &'static [&'static str],
    object: &'static [&'static str],
    titles: &'static [&'static str],
    headings: &'static [&'static str],
    sentences: &'static [&'static str],
}

/// Hand-written sentences in the seeds' style for the topics the seeds lack. Slots: {R} home
/// region, {L} its level word, {P}/{Ps} province (short), {C} a prefecture, {X} a county,
/// {H} a department, {H:农业农村} that department, {Hs} a short department name, {T} topic,
/// {O} topic object, {N:a-b} a number, {D} a date, {Y} the year, {NAME} a person, {CN} 一…十.
const TOPICS: &[Topic] = &[
    Topic {
        main: &["乡村振兴"],
        object: &["衔接资金", "惠农补贴资金", "帮扶项目资金"],
        titles: &[
            "{R}纪委监委:以有力监督护航乡村振兴",
            "聚焦{O} {R}纪委监委开展乡村振兴领域专项监督",
            "驻{L}{H:农业农村}纪检监察组推动乡村振兴政策落地见效",
        ],
        headings: &["紧盯惠农资金 织密监督网络", "压实主体责任 推动整改落地"],
        sentences: &[
            "{D},{R}纪委监委召开乡村振兴领域专项监督工作推进会,对{T}监督工作进行再部署、再推进。",
            "驻{L}{H:农业农村}纪检监察组围绕{O}使用、帮扶项目建设等重点开展专项监督检查,共开展监督检查{N:20-400}次,检查项目{N:10-300}个,发现问题{N:5-90}个,督促整改问题{N:3-80}个。",
            "{X}纪委监委组成{N:3-12}个监督检查组,深入{N:5-30}个乡镇、{N:20-200}个村(社区)开展“点穴式”监督,发现并督促整改问题{N:10-150}个。",
            "截至目前,全{L}各级纪检监察机关共查处乡村振兴领域腐败和作风问题{N:10-300}起,处理{N:10-400}人,其中给予党纪政务处分{N:5-200}人。",
            "{C}纪委监委向{N:2-8}个职能部门发送提醒函,督促落实{T}主体责任。",
            "驻{L}{H:农业农村}纪检监察组组长{NAME}带队到{X}实地督导{O}拨付使用情况。",
            "{X}纪委监委对{N:3-20}个村开展交叉检查,追缴违规发放的补贴资金{N:2-80}万元。",
            "针对发现的问题,{R}纪委监委约谈{N:2-15}名乡镇党委书记,下发纪检监察建议书{N:1-9}份。",
        ],
    },
    Topic {
        main: &["安全生产"],
        object: &["安全隐患", "重大事故隐患"],
        titles: &[
            "{R}纪委监委:压紧压实安全生产监管责任",
            "以监督“探头”守住安全生产底线",
            "{C}纪委监委开展安全生产专项监督",
        ],
        headings: &["紧盯重点行业 排查风险隐患", "严肃追责问责 倒逼责任落实"],
        sentences: &[
            "{D},{R}纪委监委联合{L}{H:应急}对{N:5-40}家重点企业开展安全生产专项督查,发现问题{N:5-60}个,当场责令整改{N:3-40}个。",
            "驻{L}{H:应急}纪检监察组督促驻在部门党组压实安全生产监管责任,开展明察暗访{N:5-60}次,督办{O}{N:5-120}项。",
            "{X}纪委监委紧盯矿山、危化品、燃气等重点行业,对{N:3-30}名履职不力的干部进行问责,其中给予党纪政务处分{N:1-12}人。",
            "全{L}纪检监察机关共查处安全生产领域失职失责问题{N:10-200}起,问责{N:10-300}人。",
            "{C}纪委监委第{CN}监督检查室对{X}安全生产工作开展专项监督,向{N:2-6}个单位发出提示函。",
            "驻{L}{H:住建}纪检监察组对{N:10-80}个在建工地开展“四不两直”暗访,发现{O}{N:5-50}处。",
            "{X}纪委监委对{N:2-9}家企业负责人进行集体约谈,责成举一反三、立行立改。",
        ],
    },
    Topic {
        main: &["医保基金监管", "医保基金使用"],
        object: &["医保基金", "医疗保障基金"],
        titles: &[
            "{R}纪委监委:守护好人民群众的“救命钱”",
            "驻{L}{H:医保}纪检监察组推动医保基金专项整治走深走实",
            "{R}开展医保基金使用专项监督",
        ],
        headings: &["聚焦欺诈骗保 靶向精准监督", "以案促改 堵塞监管漏洞"],
        sentences: &[
            "驻{L}{H:医保}纪检监察组联合驻{L}{H:卫健}纪检监察组对{N:10-120}家定点医药机构开展专项检查,发现问题{N:10-200}个,追回{O}{N:20-900}万元。",
            "{R}纪委监委聚焦欺诈骗保、挂床住院等突出问题,开展医保基金专项整治,立案{N:3-50}件,处分{N:2-40}人。",
            "{X}纪委监委督促{X}{H:医保}完善监管机制,下发整改通知书{N:1-8}份,约谈定点医院负责人{N:2-20}人。",
            "截至{D},全{L}共查处医保基金领域违纪违法问题{N:10-150}起,移送司法机关{N:1-15}人。",
            "{C}纪委监委第{CN}监督检查室对{N:5-30}家医院开展明察暗访,发现问题线索{N:2-25}条。",
        ],
    },
    Topic {
        main: &["粮食购销"],
        object: &["粮食库存", "储备粮"],
        titles: &[
            "{R}纪委监委深化粮食购销领域腐败问题专项整治",
            "守好“大国粮仓” {R}纪委监委强化粮食购销监督",
        ],
        headings: &["穿透式监督 摸清库存底数", "建章立制 推动长效常治"],
        sentences: &[
            "驻{L}粮食和储备局纪检监察组深入{N:10-90}个粮库开展“穿透式”监督,抽查{O}{N:5-60}万吨,发现问题{N:5-70}个。",
            "{R}纪委监委对粮食购销领域腐败问题开展专项整治,立案审查调查{N:3-60}件,给予党纪政务处分{N:2-40}人。",
            "{C}纪委监委向{C}{H:发改}党组发送纪检监察建议书{N:1-5}份,推动建立粮食购销监管长效机制。",
            "{X}纪委监委对{N:2-12}个国有粮食企业开展交叉检查,发现虚增库存、以陈顶新等问题{N:3-30}个。",
            "{D},{R}纪委监委召开粮食购销领域专项整治推进会,通报{N:2-8}起典型案例。",
        ],
    },
    Topic {
        main: &["巡察"],
        object: &["巡察反馈问题", "巡察发现问题"],
        titles: &[
            "{R}委第{CN}轮巡察完成进驻",
            "{R}纪委监委推动巡察整改落地见效",
            "以巡察利剑护航高质量发展",
        ],
        headings: &["上下联动 提升巡察质效", "抓实整改 做好“后半篇文章”"],
        sentences: &[
            "{D},{R}委第{CN}巡察组进驻{X}{H}党组开展常规巡察,巡察期间共受理来信来电来访{N:10-200}件次,个别谈话{N:20-180}人次。",
            "{R}委派出{N:3-15}个巡察组对{N:10-60}个村(社区)党组织开展巡察,发现问题{N:50-600}个,移交问题线索{N:5-60}件。",
            "针对{O},{X}纪委监委督促{N:5-30}个被巡察党组织立行立改问题{N:20-300}个,追责问责{N:2-30}人。",
            "{C}纪委监委对巡察移交的问题线索优先处置,立案{N:2-40}件,给予党纪政务处分{N:2-30}人。",
            "{R}纪委监委党风政风监督室对{N:3-12}个单位巡察整改情况开展监督检查,发现整改不到位问题{N:3-40}个。",
        ],
    },
    Topic {
        main: &["节日期间“四风”问题", "纠治“四风”"],
        object: &["公款吃喝", "违规收送礼品礼金"],
        titles: &[
            "{R}纪委监委紧盯节点纠治“四风”",
            "过廉洁节 {R}纪委监委开展节日期间明察暗访",
            "{C}通报{N:3-8}起违反中央八项规定精神典型问题",
        ],
        headings: &["紧盯关键节点 持续明察暗访", "通报曝光 释放越往后越严信号"],
        sentences: &[
            "{D}前夕,{R}纪委监委成立{N:3-12}个暗访组,对{N:20-150}家酒店、商超开展明察暗访,发现问题线索{N:2-30}条。",
            "中秋国庆期间,{X}纪委监委共查处违反中央八项规定精神问题{N:2-40}起,处理{N:2-50}人,点名道姓通报曝光典型问题{N:2-10}起。",
            "驻{L}{H}纪检监察组向驻在部门发出廉洁过节提醒函{N:1-6}份,开展谈话提醒{N:10-120}人次。",
            "{C}纪委监委通报{N:3-8}起{O}等典型问题。",
            "{X}纪委监委对{N:2-9}名违规操办婚丧喜庆事宜的党员干部进行谈话,给予党纪处分{N:1-5}人。",
        ],
    },
    Topic {
        main: &["疫情防控"],
        object: &["防疫物资"],
        titles: &[
            "{R}纪委监委强化疫情防控监督",
            "驻{L}{H:卫健}纪检监察组:把监督探头架设在战“疫”一线",
        ],
        headings: &["闻令而动 靠前监督", "严明纪律 从严问责"],
        sentences: &[
            "驻{L}{H:卫健}纪检监察组开展监督检查{N:10-900}次,检查单位{N:10-900}个,提出意见建议{N:5-60}个。",
            "{X}纪委监委发挥{N:5-20}个纪检监察组派驻优势,对各综合监督单位关卡值守、物资准备等情况开展督查{N:10-90}次,发现并督促整改问题{N:10-99}个。",
            "截至目前,全{L}纪检监察机关查处{T}有关问题{N:10-90}个,运用第一种形态处理{N:10-90}人。",
        ],
    },
];

/// Sentences that fit any topic.
const GENERIC: &[&str] = &[
    "{R}纪委监委把{T}监督作为重点任务,督促相关职能部门履行监管职责。",
    "下一步,{R}纪委监委将持续强化{T}监督,对发现的问题一查到底。",
    "{L}纪委常委、{L}监委委员{NAME}表示,要坚持问题导向,推动{T}各项工作落实落细。",
    "驻{L}{H}纪检监察组结合{T}开展监督检查{N:5-120}次,发现问题{N:2-60}个,提出意见建议{N:2-30}条。",
    "{Y}以来,{C}纪委监委共受理{T}领域信访举报{N:10-300}件,处置问题线索{N:5-200}件。",
    "{X}纪委监委督促{N:3-20}个职能部门建立问题、任务、责任“三张清单”,推动整改问题{N:5-90}个。",
];

/// Compiled generator data: seed templates, topics, gazetteer tree, departments, names.
struct Generator {
    seeds: Vec<SeedTemplates>,
    topics: Vec<CompiledTopic>,
    generic: Vec<Template>,
    provinces: Vec<usize>,
    children: Vec<Vec<usize>>,
    /// (short, province-level name, city-level name).
    departments: Vec<(String, String, String)>,
    single_surnames: Vec<String>,
    compound_surnames: Vec<String>,
    given: Vec<char>,
}

struct CompiledTopic {
    main: &'static [&'static str],
    object: &'static [&'static str],
    titles: Vec<Template>,
    headings: Vec<Template>,
    sentences: Vec<Template>,
}

static GENERATOR: Lazy<Generator> = Lazy::new(Generator::load);

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Generator {
    fn load() -> Self {
        let g = &LEXICON.gazetteer;
        let mut children = vec![Vec::new(); g.divisions.len()];
        // (Articles are generated about the statutory divisions of now.)
        for (i, d) in g
            .divisions
            .iter()
            .enumerate()
            .filter(|(_, d)| !d.former && !d.administered)
        {
            if let Some(p) = d.parent {
                children[p].push(i);
            }
        }
        let provinces = g
            .divisions
            .iter()
            .enumerate()
            .filter(|(i, d)| {
                d.level == Level::Province
                    && !children[*i].is_empty()
                    && !d.name.ends_with("特别行政区")
                    && !d.name.starts_with("台湾")
            })
            .map(|(i, _)| i)
            .collect();
        let departments = data_lines(DEPARTMENTS)
            .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
            .filter(|r| r.len() >= 3)
            .map(|r| (r[0].to_string(), r[1].to_string(), r[2].to_string()))
            .collect();
        let words: Vec<String> = data_lines(SURNAMES)
            .flat_map(str::split_whitespace)
            .map(str::to_string)
            .collect();
        let single_surnames = words
            .iter()
            .filter(|w| w.chars().count() == 1)
            .cloned()
            .collect();
        let compound_surnames = words
            .iter()
            .filter(|w| w.chars().count() == 2)
            .cloned()
            .collect();
        let topics = TOPICS
            .iter()
            .map(|t| CompiledTopic {
                main: t.main,
                object: t.object,
                titles: t.titles.iter().map(|s| parse_template(s)).collect(),
                headings: t.headings.iter().map(|s| parse_template(s)).collect(),
                sentences: t.sentences.iter().map(|s| parse_template(s)).collect(),
            })
            .collect();
        Generator {
            seeds: SEEDS.iter().map(|s| derive_seed(s)).collect(),
            topics,
            generic: GENERIC.iter().map(|s| parse_template(s)).collect(),
            provinces,
            children,
            departments,
            single_surnames,
            compound_surnames,
            given: GIVEN_NAME_CHARS.chars().collect(),
        }
    }
}

/// Parses a hand-written template (`{R}纪委监委…{N:3-12}个…`).
fn parse_template(s: &str) -> Template {
    let mut pieces = Vec::new();
    let mut rest = s;
    let mut lit = String::new();
    let mut dept_counter = 0;
    while let Some(open) = rest.find('{') {
        lit.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let slot = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        let piece = match slot {
            "R" => Piece::Home,
            "L" => Piece::HomeLevel,
            "P" => Piece::Region {
                level: Level::Province,
                short: false,
                key: "#P".into(),
            },
            "Ps" => Piece::Region {
                level: Level::Province,
                short: true,
                key: "#P".into(),
            },
            "C" => Piece::Region {
                level: Level::Prefecture,
                short: false,
                key: "#C".into(),
            },
            "X" => Piece::Region {
                level: Level::County,
                short: false,
                key: "#X".into(),
            },
            "H" => {
                dept_counter += 1;
                Piece::Dept(format!("#H{dept_counter}:{s}"))
            }
            "Hs" => Piece::DeptShort,
            "T" => Piece::Topic,
            "O" => Piece::TopicObject,
            "NAME" => Piece::NewPerson,
            "D" => Piece::MonthDay,
            "Y" => Piece::Year,
            "CN" => Piece::Ordinal,
            other => {
                if let Some(short) = other.strip_prefix("H:") {
                    Piece::DeptNamed(short.to_string())
                } else if let Some((a, b)) =
                    other.strip_prefix("N:").and_then(|r| r.split_once('-'))
                {
                    Piece::Range(a.parse().unwrap_or(1), b.parse().unwrap_or(9))
                } else {
                    Piece::Lit(format!("{{{other}}}"))
                }
            }
        };
        pieces.push(piece);
    }
    lit.push_str(rest);
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Template { pieces }
}

/// Matchers used to turn seed sentences into templates.
struct Matchers {
    regions: AhoCorasick,
    /// (level, is the short form) per region pattern.
    region_info: Vec<(Level, bool)>,
    /// Canonical name per region pattern: a short and a full name share one slot key.
    region_keys: Vec<String>,
    departments: AhoCorasick,
    department_names: Vec<String>,
    shorts: AhoCorasick,
}

static MATCHERS: Lazy<Matchers> = Lazy::new(|| {
    let g = &LEXICON.gazetteer;
    let mut seen = std::collections::HashSet::new();
    let mut region_names = Vec::new();
    let mut region_keys = Vec::new();
    let mut region_info = Vec::new();
    for d in &g.divisions {
        // 城区, 郊区, 西区 are also plain words.
        let generic = d.name.chars().count() == 2 && d.name.ends_with('区');
        if !generic && seen.insert(d.name.clone()) {
            region_names.push(d.name.clone());
            region_keys.push(d.name.clone());
            region_info.push((d.level, false));
        }
    }
    for d in &g.divisions {
        if let Some(short) = &d.short {
            if seen.insert(short.clone()) {
                region_names.push(short.clone());
                region_keys.push(d.name.clone());
                region_info.push((d.level, true));
            }
        }
    }
    let mut department_names: Vec<String> = Vec::new();
    let mut shorts: Vec<String> = Vec::new();
    for l in data_lines(DEPARTMENTS) {
        let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
        if cols.len() < 3 {
            continue;
        }
        shorts.push(cols[0].to_string());
        for name in &cols[1..3] {
            if !department_names.iter().any(|n| n == name) {
                department_names.push(name.to_string());
            }
        }
    }
    let build = |p: &[String]| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(p)
            .expect("patterns build")
    };
    Matchers {
        regions: build(&region_names),
        region_info,
        region_keys,
        departments: build(&department_names),
        department_names,
        shorts: build(&shorts),
    }
});

static DATE_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]").expect("regex"));
static YEAR_RE: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?:19|20)\d{2}\s*年").expect("regex"));
static MONTH_RE: Lazy<Regex> = Lazy::new(|| Regex::new(r"\d{1,2}\s*月").expect("regex"));
static NUMBER_RE: Lazy<Regex> = Lazy::new(|| Regex::new(r"\d+(?:\.\d+)?").expect("regex"));
static LEVEL_BEFORE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"[省市区县](?:纪委|监委|纪工委|委|直|属|级|纪检|政府)").expect("regex")
});
static LEVEL_AFTER_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[驻全本该各][省市区县]").expect("regex"));
static HEADER_DATE_RE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}").expect("regex"));

/// Characters after which a level character starts a bare level word (省纪委监委, 向省…).
const LEVEL_CONTEXT: &str = "驻全本该各对向在和与及、,，:：;；“”(（)）为由经据从将把被给是到赴至并";

fn level_index(c: char) -> u8 {
    match c {
        '省' => 0,
        '市' => 1,
        _ => 2,
    }
}

/// Splits a seed into title, headings and sentence templates.
fn derive_seed(text: &str) -> SeedTemplates {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
        .collect();
    let non_empty: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    let date_line = non_empty
        .iter()
        .take(8)
        .copied()
        .find(|&i| HEADER_DATE_RE.is_match(lines[i]) && lines[i].chars().count() <= 80);
    let title_line = non_empty
        .iter()
        .take(4)
        .copied()
        .find(|&i| {
            !lines[i].contains('>')
                && !lines[i].contains("当前位置")
                && Some(i) != date_line
                && lines[i].chars().count() >= 8
        })
        .unwrap_or(non_empty.first().copied().unwrap_or(0));
    let body_start = date_line.unwrap_or(title_line) + 1;
    let mut counts = [0usize; 3];
    let mut sentences = Vec::new();
    let mut headings = Vec::new();
    let title = derive_sentence(lines.get(title_line).copied().unwrap_or(""), &mut counts);
    for line in &lines[body_start.min(lines.len())..] {
        if line.is_empty() || LEXICON.is_boilerplate(line) {
            continue;
        }
        let n = line.chars().count();
        if !line.contains(['。', '！', '？', '!', '?']) {
            if (4..=30).contains(&n) {
                headings.push(derive_sentence(line, &mut counts));
            }
            continue;
        }
        for s in split_seed_sentences(line) {
            let n = s.chars().count();
            if (8..=220).contains(&n) {
                sentences.push(derive_sentence(&s, &mut counts));
            }
        }
    }
    let level = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0) as u8;
    SeedTemplates {
        level,
        title,
        sentences,
        headings,
    }
}

fn split_seed_sentences(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '。' | '！' | '？' | '!' | '?' | '；') {
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end], '”' | '’' | '」') {
                end += 1;
            }
            out.push(
                chars[start..end]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_string(),
            );
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < chars.len() {
        let rest: String = chars[start..].iter().collect::<String>().trim().to_string();
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

struct Span {
    start: usize,
    end: usize,
    priority: u8,
    piece: Piece,
}

/// Turns one seed sentence into a template; counts the bare level words it uses.
fn derive_sentence(s: &str, level_counts: &mut [usize; 3]) -> Template {
    let m = &*MATCHERS;
    let chars: Vec<char> = s.chars().collect();
    let mut b2c = vec![0usize; s.len() + 1];
    for (ci, (bi, ch)) in s.char_indices().enumerate() {
        b2c[bi..bi + ch.len_utf8()].fill(ci);
    }
    b2c[s.len()] = chars.len();
    let mut spans: Vec<Span> = Vec::new();
    let mut add = |start: usize, end: usize, priority: u8, piece: Piece| {
        spans.push(Span {
            start: b2c[start],
            end: b2c[end],
            priority,
            piece,
        })
    };
    for x in DATE_RE.find_iter(s) {
        add(x.start(), x.end(), 0, Piece::MonthDay);
    }
    for x in YEAR_RE.find_iter(s) {
        add(x.start(), x.end(), 0, Piece::Year);
    }
    for x in MONTH_RE.find_iter(s) {
        add(x.start(), x.end(), 1, Piece::Month);
    }
    for name in SEED_PEOPLE {
        for (at, _) in s.match_indices(name) {
            add(at, at + name.len(), 0, Piece::Person(name.to_string()));
        }
    }
    for x in m.regions.find_iter(s) {
        let (level, short) = m.region_info[x.pattern().as_usize()];
        let key = m.region_keys[x.pattern().as_usize()].clone();
        add(x.start(), x.end(), 1, Piece::Region { level, short, key });
    }
    for x in m.departments.find_iter(s) {
        let key = m.department_names[x.pattern().as_usize()].clone();
        // 卫生健康委员会: the whole name is the department.
        let end = if key.ends_with('委') && s[x.end()..].starts_with("员会") {
            x.end() + "员会".len()
        } else {
            x.end()
        };
        add(x.start(), end, 2, Piece::Dept(key));
    }
    for x in m.shorts.find_iter(s) {
        let before = s[..x.start()].chars().next_back();
        let after = s[x.end()..].chars().next();
        if before == Some('、') || after == Some('、') || after == Some('等') {
            add(x.start(), x.end(), 3, Piece::DeptShort);
        }
    }
    for (word, piece) in [("疫情防控", Piece::Topic), ("防疫物资", Piece::TopicObject)] {
        for (at, _) in s.match_indices(word) {
            add(at, at + word.len(), 2, piece.clone());
        }
    }
    for x in NUMBER_RE.find_iter(s) {
        let text = x.as_str();
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        add(
            x.start(),
            x.end(),
            4,
            Piece::Number {
                digits: int.len(),
                decimals: frac.len(),
            },
        );
    }
    let level_context =
        |ci: usize| ci == 0 || LEVEL_CONTEXT.contains(chars[ci - 1]) || chars[ci - 1] == ' ';
    for x in LEVEL_BEFORE_RE.find_iter(s) {
        let ci = b2c[x.start()];
        if level_context(ci) {
            let c = chars[ci];
            add(
                x.start(),
                x.start() + c.len_utf8(),
                5,
                Piece::LevelWord(level_index(c)),
            );
        }
    }
    for x in LEVEL_AFTER_RE.find_iter(s) {
        let first = s[x.start()..]
            .chars()
            .next()
            .map(char::len_utf8)
            .unwrap_or(3);
        let c = s[x.start() + first..].chars().next().unwrap_or('省');
        add(
            x.start() + first,
            x.end(),
            5,
            Piece::LevelWord(level_index(c)),
        );
    }
    // A level character right before a department: 向省工信厅, 省卫健委办公室.
    let dept_starts: Vec<usize> = spans
        .iter()
        .filter(|sp| matches!(sp.piece, Piece::Dept(_) | Piece::DeptShort))
        .map(|sp| sp.start)
        .collect();
    for start in dept_starts {
        if start >= 1 && "省市区县".contains(chars[start - 1]) && level_context(start - 1) {
            spans.push(Span {
                start: start - 1,
                end: start,
                priority: 5,
                piece: Piece::LevelWord(level_index(chars[start - 1])),
            });
        }
    }
    spans.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(a.priority.cmp(&b.priority))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
    });
    let mut pieces = Vec::new();
    let mut at = 0;
    for sp in spans {
        if sp.start < at {
            continue;
        }
        if sp.start > at {
            pieces.push(Piece::Lit(chars[at..sp.start].iter().collect()));
        }
        if let Piece::LevelWord(l) = sp.piece {
            level_counts[l as usize] += 1;
        }
        pieces.push(sp.piece);
        at = sp.end;
    }
    if at < chars.len() {
        pieces.push(Piece::Lit(chars[at..].iter().collect()));
    }
    Template { pieces }
}

// ---------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------

/// One article being written: its region, level, topic, date and the slot fillings that
/// must stay consistent inside it.
struct Article<'g> {
    g: &'g Generator,
    rng: Rng,
    topic: usize,
    main: &'static str,
    province: usize,
    city: Option<usize>,
    county: Option<usize>,
    level: u8,
    seed_level: u8,
    year: u64,
    month: u64,
    day: u64,
    regions: HashMap<String, usize>,
    region_pools: HashMap<u8, (Vec<usize>, usize)>,
    depts: HashMap<String, usize>,
    people: HashMap<String, String>,
    /// The level of the region or level word just written (for department names).
    prev_level: Option<u8>,
    /// Templates already used in this article (by address), to avoid repeats.
    used: std::collections::HashSet<usize>,
}

impl<'g> Article<'g> {
    fn new(g: &'g Generator, mut rng: Rng) -> Self {
        let province = *rng.pick(&g.provinces);
        let municipality = LEXICON.gazetteer.divisions[province].is_municipality();
        let prefectures: Vec<usize> = g.children[province]
            .iter()
            .copied()
            .filter(|&c| LEXICON.gazetteer.divisions[c].level == Level::Prefecture)
            .collect();
        let roll = rng.below(100);
        let mut level = if roll < 35 {
            0
        } else if roll < 80 {
            1
        } else {
            2
        };
        if municipality && level == 1 {
            level = 2;
        }
        let mut city = None;
        let mut county = None;
        if level >= 1 && !prefectures.is_empty() {
            city = Some(*rng.pick(&prefectures));
        }
        if level == 2 {
            let parent = city.unwrap_or(province);
            let counties: Vec<usize> = g.children[parent].clone();
            if counties.is_empty() {
                level = 1;
            } else {
                county = Some(*rng.pick(&counties));
            }
        }
        if level == 1 && city.is_none() {
            level = 0;
        }
        let topic = rng.below(g.topics.len());
        let main = *rng.pick(g.topics[topic].main);
        let year = rng.range(2019, 2024);
        let month = rng.range(1, 12);
        let day = rng.range(1, 28);
        Article {
            g,
            rng,
            topic,
            main,
            province,
            city,
            county,
            level,
            seed_level: level,
            year,
            month,
            day,
            regions: HashMap::new(),
            region_pools: HashMap::new(),
            depts: HashMap::new(),
            people: HashMap::new(),
            prev_level: None,
            used: std::collections::HashSet::new(),
        }
    }

    fn home(&self) -> usize {
        self.county.or(self.city).unwrap_or(self.province)
    }

    /// The level word for level index `idx` (0 province, 1 city, 2 county) in this article.
    fn level_word(&self, idx: u8) -> &'static str {
        let g = &LEXICON.gazetteer;
        let p = &g.divisions[self.province];
        match idx {
            0 if p.is_municipality() => "市",
            0 if p.name.ends_with("自治区") => "自治区",
            0 => "省",
            1 if p.is_municipality() => "区",
            1 => "市",
            _ => match self.county {
                Some(c) if g.divisions[c].name.ends_with('区') => "区",
                _ => "县",
            },
        }
    }

    /// Divisions to hand out for a region level: the home one first, then the others.
    fn pool(&mut self, level: Level) -> Vec<usize> {
        let g = self.g;
        let divisions = &LEXICON.gazetteer.divisions;
        let mut out = Vec::new();
        match level {
            Level::Province => out.push(self.province),
            Level::Prefecture => {
                out.extend(self.city);
                let mut others: Vec<usize> = g.children[self.province]
                    .iter()
                    .copied()
                    .filter(|&c| Some(c) != self.city)
                    .collect();
                shuffle(&mut self.rng, &mut others);
                out.extend(others);
            }
            Level::County => {
                out.extend(self.county);
                let parent = self.city.unwrap_or(self.province);
                let mut others: Vec<usize> = g.children[parent]
                    .iter()
                    .copied()
                    .filter(|&c| Some(c) != self.county && divisions[c].level == Level::County)
                    .collect();
                if others.is_empty() {
                    for &p in &g.children[self.province] {
                        others.extend(g.children[p].iter().copied());
                    }
                }
                shuffle(&mut self.rng, &mut others);
                out.extend(others);
            }
        }
        if out.is_empty() {
            out.push(self.province);
        }
        out
    }

    fn region(&mut self, level: Level, key: &str) -> usize {
        if let Some(&d) = self.regions.get(key) {
            return d;
        }
        let slot = level as u8;
        if !self.region_pools.contains_key(&slot) {
            let pool = self.pool(level);
            self.region_pools.insert(slot, (pool, 0));
        }
        let (pool, next) = self.region_pools.get_mut(&slot).expect("pool");
        let d = pool[*next % pool.len()];
        *next += 1;
        self.regions.insert(key.to_string(), d);
        d
    }

    fn person(&mut self) -> String {
        let g = self.g;
        let mut name = if self.rng.chance(0.05) {
            self.rng.pick(&g.compound_surnames).clone()
        } else {
            // The first surnames in the list are the common ones.
            let common = g.single_surnames.len().min(120);
            g.single_surnames[self.rng.below(common)].clone()
        };
        let given = if self.rng.chance(0.3) { 1 } else { 2 };
        for _ in 0..given {
            name.push(*self.rng.pick(&g.given));
        }
        name
    }

    fn department(&mut self, index: usize, out: &str) -> String {
        let (_, province, city) = &self.g.departments[index];
        let provincial = self.prev_level == Some(0)
            || out.ends_with('省')
            || out.ends_with("自治区")
            || (self.level == 0 && out.ends_with('驻'));
        if provincial {
            province.clone()
        } else {
            city.clone()
        }
    }

    fn render(&mut self, t: &Template, out: &mut String) {
        let divisions = &LEXICON.gazetteer.divisions;
        for piece in &t.pieces {
            let mut level_here = None;
            match piece {
                Piece::Lit(s) => out.push_str(s),
                Piece::Region { level, short, key } => {
                    let d = self.region(*level, key);
                    let div = &divisions[d];
                    match (&div.short, short) {
                        (Some(s), true) => out.push_str(s),
                        _ => out.push_str(&div.name),
                    }
                    level_here = Some(div.level as u8);
                }
                Piece::Home => {
                    let d = self.home();
                    out.push_str(&divisions[d].name);
                    level_here = Some(divisions[d].level as u8);
                }
                Piece::LevelWord(l) => {
                    let shift = self.level as i32 - self.seed_level as i32;
                    let idx = (*l as i32 + shift).clamp(0, 2) as u8;
                    out.push_str(self.level_word(idx));
                    level_here = Some(idx);
                }
                Piece::HomeLevel => {
                    out.push_str(self.level_word(self.level));
                    level_here = Some(self.level);
                }
                Piece::Dept(key) => {
                    let index = match self.depts.get(key) {
                        Some(&i) => i,
                        None => {
                            let i = self.rng.below(self.g.departments.len());
                            self.depts.insert(key.clone(), i);
                            i
                        }
                    };
                    let name = self.department(index, out);
                    out.push_str(&name);
                }
                Piece::DeptNamed(short) => {
                    let index = self
                        .g
                        .departments
                        .iter()
                        .position(|d| &d.0 == short)
                        .unwrap_or(0);
                    let name = self.department(index, out);
                    out.push_str(&name);
                }
                Piece::DeptShort => {
                    let d = self.rng.pick(&self.g.departments).0.clone();
                    out.push_str(&d);
                }
                Piece::Topic => out.push_str(self.main),
                Piece::TopicObject => {
                    let o = *self.rng.pick(self.g.topics[self.topic].object);
                    out.push_str(o);
                }
                Piece::Person(key) => {
                    let name = match self.people.get(key) {
                        Some(n) => n.clone(),
                        None => {
                            let n = self.person();
                            self.people.insert(key.clone(), n.clone());
                            n
                        }
                    };
                    out.push_str(&name);
                }
                Piece::NewPerson => {
                    let n = self.person();
                    out.push_str(&n);
                }
                Piece::MonthDay => {
                    let (m, d) = self.earlier_day();
                    let _ = write!(out, "{m}月{d}日");
                }
                Piece::Month => {
                    let m = self.rng.range(1, self.month);
                    let _ = write!(out, "{m}月");
                }
                Piece::Year => {
                    let _ = write!(out, "{}年", self.year);
                }
                Piece::Number { digits, decimals } => {
                    let digits = (*digits).clamp(1, 9) as u32;
                    let lo = if digits == 1 {
                        1
                    } else {
                        10u64.pow(digits - 1)
                    };
                    let hi = 10u64.pow(digits) - 1;
                    // Most counts are small: skew towards the low end of the magnitude.
                    let span = hi - lo;
                    let v = lo + self.rng.range(0, span) * self.rng.range(1, 4) / 4;
                    let _ = write!(out, "{v}");
                    if *decimals > 0 {
                        out.push('.');
                        for _ in 0..*decimals {
                            let _ = write!(out, "{}", self.rng.below(10));
                        }
                    }
                }
                Piece::Range(a, b) => {
                    let v = self.rng.range(*a, *b);
                    let _ = write!(out, "{v}");
                }
                Piece::Ordinal => {
                    let ordinal: &str = self.rng.pick::<&str>(ORDINALS);
                    out.push_str(ordinal)
                }
            }
            self.prev_level = level_here;
        }
    }

    /// A month and day in the publication year, not after the publication date.
    fn earlier_day(&mut self) -> (u64, u64) {
        let m = self.rng.range(1, self.month);
        let d = if m == self.month {
            self.rng.range(1, self.day)
        } else {
            self.rng.range(1, 28)
        };
        (m, d)
    }

    fn header(&mut self) -> String {
        let (y, m, d) = (self.year, self.month, self.day);
        let hh = self.rng.range(7, 21);
        let mm = self.rng.range(0, 59);
        let ss = self.rng.range(0, 59);
        let home = &LEXICON.gazetteer.divisions[self.home()];
        let province = &LEXICON.gazetteer.divisions[self.province];
        let short = province.short.clone().unwrap_or(province.name.clone());
        let source = match self.rng.below(3) {
            0 => format!("{}纪委监委网站", home.name),
            1 => format!("{short}纪检监察网"),
            _ => format!("{short}日报"),
        };
        match self.rng.below(10) {
            0..=5 => format!("发布时间:{y}-{m:02}-{d:02} {hh:02}:{mm:02}"),
            6 => format!("来源:{source}      发布时间:{y}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}"),
            7 => format!("{y}/{m:02}/{d:02} {hh:02}:{mm:02}  {source}"),
            8 => format!(
                "时间:{y}.{m:02}.{d:02} {hh:02}:{mm:02}:{ss:02} [字体: 大 中 小] 阅读:{}",
                self.rng.range(1, 5000)
            ),
            _ => format!("{source} 发布时间:{y}-{m:02}-{d:02} {hh:02}:{mm:02} 浏览量:"),
        }
    }

    /// One sentence: from the topic's own sentences, the generic ones, or the seed's.
    fn sentence(&mut self, seed: usize, out: &mut String) {
        let g = self.g;
        let roll = self.rng.below(100);
        let own = if roll < 35 {
            self.fresh(&g.topics[self.topic].sentences)
        } else if roll < 45 {
            self.fresh(&g.generic)
        } else {
            None
        };
        match own {
            Some(t) => self.render(t, out),
            None => {
                let seed_templates = &g.seeds[seed];
                let t = match self.fresh(&seed_templates.sentences) {
                    Some(t) => t,
                    None => self.rng.pick(&seed_templates.sentences),
                };
                self.seed_level = seed_templates.level;
                self.render(t, out);
                self.seed_level = self.level;
            }
        }
    }

    /// A heading line, when an unused one is at hand.
    fn heading(&mut self, seed: usize, out: &mut String) -> bool {
        let g = self.g;
        if self.rng.chance(0.5) {
            if let Some(t) = self.fresh(&g.seeds[seed].headings) {
                self.seed_level = g.seeds[seed].level;
                self.render(t, out);
                self.seed_level = self.level;
                return true;
            }
        }
        match self.fresh(&g.topics[self.topic].headings) {
            Some(t) => {
                self.render(t, out);
                true
            }
            None => false,
        }
    }

    fn paragraph(
        &mut self,
        seed: usize,
        indent: &str,
        heading_allowed: bool,
        out: &mut String,
    ) -> bool {
        if heading_allowed && self.rng.chance(0.12) && self.heading(seed, out) {
            out.push_str("\n\n");
            return true;
        }
        out.push_str(indent);
        let n = 1 + self.rng.below(4);
        for _ in 0..n {
            self.sentence(seed, out);
        }
        out.push_str("\n\n");
        false
    }

    fn title(&mut self, seed: usize, out: &mut String) {
        let g = self.g;
        if self.rng.chance(0.25) {
            self.seed_level = g.seeds[seed].level;
            self.render(&g.seeds[seed].title, out);
            self.seed_level = self.level;
        } else {
            let t = self.rng.pick(&g.topics[self.topic].titles);
            self.render(t, out);
        }
        out.push('\n');
    }
}

impl Article<'_> {
    /// A template from `from` not used yet in this article, if one is found quickly.
    fn fresh<'t>(&mut self, from: &'t [Template]) -> Option<&'t Template> {
        if from.is_empty() {
            return None;
        }
        for _ in 0..8 {
            let t = self.rng.pick(from);
            if self.used.insert(t as *const Template as usize) {
                return Some(t);
            }
        }
        None
    }
}

fn shuffle<T>(rng: &mut Rng, v: &mut [T]) {
    for i in (1..v.len()).rev() {
        let j = rng.below(i + 1);
        v.swap(i, j);
    }
}

/// Article `index` of the corpus generated with `seed`: a title line, a date header line,
/// then paragraphs separated by blank lines.
pub fn generate_article(seed: u64, index: u64) -> String {
    let g = &*GENERATOR;
    let mut a = Article::new(g, Rng::for_document(seed, index));
    let primary = a.rng.below(g.seeds.len());
    let mut out = String::with_capacity(4096);
    a.title(primary, &mut out);
    let header = a.header();
    out.push_str(&header);
    out.push_str("\n\n");
    let indent = *a.rng.pick(&["  ", "\u{3000}\u{3000}", ""]);
    let paragraphs = 3 + a.rng.below(12);
    let mut heading_allowed = true;
    for p in 0..paragraphs {
        let seed_for_paragraph = if a.rng.chance(0.8) {
            primary
        } else {
            a.rng.below(g.seeds.len())
        };
        let last = p + 1 == paragraphs;
        let heading = a.paragraph(
            seed_for_paragraph,
            indent,
            heading_allowed && !last,
            &mut out,
        );
        heading_allowed = !heading;
    }
    if a.rng.chance(0.3) {
        let editor = a.person();
        let _ = writeln!(out, "(责任编辑:{editor})");
    }
    out
}

/// One long article of at least `bytes` bytes (one region; the topic changes every 200
/// paragraphs, as in a yearly report).
pub fn generate_big_article(seed: u64, bytes: usize) -> String {
    let g = &*GENERATOR;
    let mut a = Article::new(g, Rng::for_document(seed, u64::MAX));
    let mut out = String::with_capacity(bytes + 4096);
    let primary = a.rng.below(g.seeds.len());
    a.title(primary, &mut out);
    let header = a.header();
    out.push_str(&header);
    out.push_str("\n\n");
    let mut n = 0usize;
    let mut heading_allowed = true;
    while out.len() < bytes {
        if n % 200 == 199 {
            a.topic = a.rng.below(g.topics.len());
            a.main = *a.rng.pick(g.topics[a.topic].main);
            // A new section: its sentences may be used again.
            a.used.clear();
        }
        let seed_for_paragraph = a.rng.below(g.seeds.len());
        heading_allowed = !a.paragraph(seed_for_paragraph, "  ", heading_allowed, &mut out);
        n += 1;
    }
    out
}

/// Where document `index` of a generated corpus lives under its folder.
pub fn article_path(dir: &Path, index: usize) -> PathBuf {
    dir.join(format!("{:03}", index / 1000))
        .join(format!("gen-{index:06}.txt"))
}

/// Writes documents `0..docs` under `dir` in parallel; returns the bytes written.
pub fn write_corpus(dir: &Path, docs: usize, seed: u64) -> anyhow::Result<u64> {
    for folder in 0..docs.div_ceil(1000) {
        std::fs::create_dir_all(dir.join(format!("{folder:03}")))
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    let bytes: anyhow::Result<Vec<u64>> = (0..docs)
        .into_par_iter()
        .map(|i| {
            let text = generate_article(seed, i as u64);
            let path = article_path(dir, i);
            std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
            Ok(text.len() as u64)
        })
        .collect();
    Ok(bytes?.iter().sum())
}

pub fn gen_corpus_cli(args: GenCorpusArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating {}", args.out.display()))?;
    let bytes = write_corpus(&args.out, args.docs, args.seed)?;
    println!(
        "{} articles, {:.1} MB, seed {}, in {} ({:.1} s)",
        args.docs,
        bytes as f64 / 1e6,
        args.seed,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    if let Some(mb) = args.big_mb {
        let text = generate_big_article(args.seed, (mb * 1e6) as usize);
        let path = args.out.join(format!("big-{}mb.txt", mb));
        std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
        println!(
            "1 article of {:.1} MB in {}",
            text.len() as f64 / 1e6,
            path.display()
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Benchmark
// ---------------------------------------------------------------------------------------

/// Splits text the way extraction does before segmenting (blanks dropped; a sentence ends
/// at 。!?;！？； or a line break) so that the floor segments the same sentences.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if matches!(
            c,
            ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{200b}' | '\r'
        ) {
            continue;
        }
        let end = matches!(c, '。' | '!' | '?' | '！' | '？' | ';' | '；' | '\n');
        if c != '\n' {
            cur.push(c);
        }
        if end {
            if !cur.trim().is_empty() {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.clear();
            }
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// Nearest-rank percentile.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn timed<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let t = Instant::now();
    let r = f();
    (t.elapsed().as_secs_f64(), r)
}

/// What a measured subprocess did.
struct Measured {
    seconds: f64,
    peak_kb: Option<u64>,
    success: bool,
    timed_out: bool,
    stdout: String,
    stderr: String,
}

fn read_vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Runs `exe args` with stdout/stderr to files; peak memory from `/usr/bin/time -v` when
/// present, otherwise by polling the child's VmHWM. Kills (only) that child on timeout.
fn run_measured(
    exe: &Path,
    args: &[std::ffi::OsString],
    work: &Path,
    timeout: Duration,
) -> anyhow::Result<Measured> {
    let out_path = work.join("cmd.stdout");
    let err_path = work.join("cmd.stderr");
    let time_path = work.join("cmd.time");
    let gnu_time = Path::new("/usr/bin/time");
    let use_time = gnu_time.exists();
    let mut cmd = if use_time {
        let mut c = Command::new(gnu_time);
        c.arg("-v").arg("-o").arg(&time_path).arg(exe);
        c
    } else {
        Command::new(exe)
    };
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path)?)
        .stderr(std::fs::File::create(&err_path)?);
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .with_context(|| format!("running {}", exe.display()))?;
    let mut polled: Option<u64> = None;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if !use_time {
            if let Some(kb) = read_vm_hwm(child.id()) {
                polled = Some(polled.map_or(kb, |p| p.max(kb)));
            }
        }
        if started.elapsed() > timeout {
            timed_out = true;
            // /usr/bin/time's own child first, then the process we started.
            let children =
                std::fs::read_to_string(format!("/proc/{0}/task/{0}/children", child.id()))
                    .unwrap_or_default();
            for pid in children.split_whitespace() {
                let _ = Command::new("kill").arg("-9").arg(pid).status();
            }
            let _ = child.kill();
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let seconds = started.elapsed().as_secs_f64();
    let peak_kb = if use_time {
        std::fs::read_to_string(&time_path).ok().and_then(|t| {
            t.lines()
                .find(|l| l.contains("Maximum resident set size"))
                .and_then(|l| l.rsplit(':').next())
                .and_then(|v| v.trim().parse().ok())
        })
    } else {
        polled
    };
    Ok(Measured {
        seconds,
        peak_kb,
        success: status.success() && !timed_out,
        timed_out,
        stdout: std::fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
    })
}

fn dir_size(path: &Path) -> u64 {
    let mut total = 0;
    if let Ok(entries) = std::fs::read_dir(path) {
        for e in entries.flatten() {
            let Ok(meta) = e.metadata() else { continue };
            if meta.is_dir() {
                total += dir_size(&e.path());
            } else {
                total += meta.len();
            }
        }
    }
    total
}

/// Paths that cover documents `0..n` of a generated corpus: whole folders, then files.
fn corpus_paths(dir: &Path, n: usize) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = (0..n / 1000).map(|f| dir.join(format!("{f:03}"))).collect();
    paths.extend((n / 1000 * 1000..n).map(|i| article_path(dir, i)));
    paths
}

/// Numbers from `jiandu build`'s summary line.
#[derive(Debug, Default, Clone)]
struct BuildLine {
    documents: u64,
    unchanged: u64,
    failed: u64,
    actions: u64,
    triples: u64,
    compact_seconds: f64,
}

fn parse_build_line(stdout: &str) -> Option<BuildLine> {
    static LINE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(\d+) documents \((\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) failed\), (\d+) bodies, (\d+) actions, (\d+) triples written")
            .expect("regex")
    });
    static COMPACTING: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"\(compacting the store ([0-9.]+) s\)").expect("regex"));
    let c = LINE.captures(stdout)?;
    let n = |i: usize| c[i].parse::<u64>().unwrap_or(0);
    Some(BuildLine {
        documents: n(1),
        unchanged: n(4),
        failed: n(5),
        actions: n(7),
        triples: n(8),
        compact_seconds: COMPACTING
            .captures(stdout)
            .and_then(|c| c[1].parse().ok())
            .unwrap_or(0.0),
    })
}

struct ThroughputRow {
    what: String,
    threads: String,
    seconds: f64,
    cpu: f64,
    mb_per_s: f64,
    note: String,
}

struct BuildRow {
    docs: usize,
    corpus_mb: f64,
    seconds: f64,
    /// Of `seconds`, compacting the store after loading.
    compact_seconds: f64,
    triples: u64,
    actions: u64,
    peak_mb: Option<f64>,
    store_mb: f64,
    rerun_seconds: Option<f64>,
    rerun_unchanged: Option<u64>,
    ok: bool,
    error: String,
}

struct QueryRow {
    name: String,
    docs: usize,
    rows: usize,
    runs: usize,
    first_ms: f64,
    p50_ms: f64,
    p95_ms: f64,
    max_ms: f64,
    error: Option<String>,
}

#[derive(Default)]
struct Targets {
    extract_vs_floor: Option<f64>,
    python_vs_extract: Option<f64>,
    scaling: Option<f64>,
    largest_build: Option<(usize, f64, Option<f64>)>,
    rerun_fraction: Option<(usize, f64)>,
    worst_query: Option<(usize, String, f64)>,
}

fn machine_line() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mem_gib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0 / 1024.0)
        .unwrap_or(0.0);
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!(
        "{cores} cores ({cpu}), {mem_gib:.0} GiB RAM, rayon threads: {}",
        rayon::current_num_threads()
    )
}

/// Today's UTC date, from the system clock (civil-from-days).
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    let (y, m, d) = crate::civil_from_days(secs.div_euclid(86_400));
    format!("{y}-{m:02}-{d:02}")
}

const PYTHON_JIEBA: &str = r#"
import sys, time
try:
    import jieba
except ImportError:
    print("ERROR jieba is not installed (pip install jieba==0.42.1)")
    sys.exit(0)
jieba.setLogLevel(60)
jieba.initialize()
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
jieba.lcut(lines[0])
t = time.perf_counter()
n = 0
for line in lines:
    n += len(jieba.lcut(line))
print("OK", time.perf_counter() - t, n, jieba.__version__)
"#;

fn python_jieba(python: &str, sentences_file: &Path) -> Result<(f64, String), String> {
    let out = Command::new(python)
        .arg("-c")
        .arg(PYTHON_JIEBA)
        .arg(sentences_file)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{python}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().last().unwrap_or("").to_string();
    let mut parts = line.split_whitespace();
    match parts.next() {
        Some("OK") => {
            let secs: f64 = parts
                .next()
                .and_then(|s| s.parse().ok())
                .ok_or("unreadable timing")?;
            let _tokens = parts.next();
            let version = parts.next().unwrap_or("?").to_string();
            Ok((secs, version))
        }
        Some("ERROR") => Err(line.trim_start_matches("ERROR ").to_string()),
        _ => Err(format!(
            "python failed: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        )),
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

pub fn bench_cli(_store: &Path, args: BenchArgs) -> anyhow::Result<()> {
    let exe = std::env::current_exe().context("locating the jiandu binary")?;
    let (work, temporary) = match &args.work {
        Some(w) => (w.clone(), false),
        None => {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0);
            (
                std::env::temp_dir().join(format!("jiandu-bench-{}-{nanos}", std::process::id())),
                true,
            )
        }
    };
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let result = run_bench(&exe, &work, &args);
    if temporary && !args.keep {
        let _ = std::fs::remove_dir_all(&work);
    }
    let report = result?;
    print!("{report}");
    if let Some(path) = &args.report {
        std::fs::write(path, &report).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

fn progress(msg: &str) {
    eprintln!("bench: {msg}");
}

fn run_bench(exe: &Path, work: &Path, args: &BenchArgs) -> anyhow::Result<String> {
    let mut sizes = args.docs.clone();
    sizes.retain(|&n| n > 0);
    sizes.sort_unstable();
    sizes.dedup();
    let largest = sizes.last().copied().unwrap_or(0);
    let sample_docs = args.sample_docs.unwrap_or(largest.clamp(1, 1000).max(1));
    let mut report = String::new();
    let mut targets = Targets::default();
    let mut command = String::from("jiandu bench");
    let _ = write!(
        command,
        " --docs {} --seed {} --query-runs {} --repeat {}",
        if sizes.is_empty() {
            "0".to_string()
        } else {
            sizes
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(",")
        },
        args.seed,
        args.query_runs,
        args.repeat
    );
    if let Some(q) = &args.query_docs {
        let _ = write!(
            command,
            " --query-docs {}",
            q.iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(",")
        );
    }
    if args.sample_docs.is_some() {
        let _ = write!(command, " --sample-docs {sample_docs}");
    }
    if let Some(b) = args.big_mb {
        let _ = write!(command, " --big-mb {b}");
    }
    if args.skip_python {
        command.push_str(" --skip-python");
    }
    if args.skip_throughput {
        command.push_str(" --skip-throughput");
    }
    if args.skip_rerun {
        command.push_str(" --skip-rerun");
    }
    let _ = writeln!(report, "# jiandu bench\n");
    let _ = writeln!(report, "* command: `{command}`");
    let _ = writeln!(report, "* date: {} (UTC)", today());
    let _ = writeln!(report, "* machine: {}", machine_line());
    let _ = writeln!(report, "* load average at start: {}", load_average());
    let _ = writeln!(
        report,
        "* jiandu {} (extractor {})\n",
        env!("CARGO_PKG_VERSION"),
        crate::store::extractor_version()
    );

    // Corpus: generated once, reused across sizes (document i is the same in every size).
    let corpus = work.join(format!("corpus-seed{}", args.seed));
    let marker = corpus.join("generated.txt");
    let need = largest.max(sample_docs);
    let have: usize = std::fs::read_to_string(&marker)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    if have < need {
        progress(&format!(
            "generating {need} documents in {}",
            corpus.display()
        ));
        let (secs, bytes) = timed(|| write_corpus(&corpus, need, args.seed));
        let bytes = bytes?;
        std::fs::write(&marker, need.to_string())?;
        progress(&format!("generated {:.1} MB in {secs:.1} s", mb(bytes)));
    }

    if !args.skip_throughput {
        throughput(
            exe,
            work,
            args,
            &corpus,
            sample_docs,
            &mut report,
            &mut targets,
        )?;
    }

    if !sizes.is_empty() {
        let query_sizes: Vec<usize> = match &args.query_docs {
            Some(q) => q.clone(),
            None => {
                let big: Vec<usize> = sizes.iter().copied().filter(|&n| n >= 10_000).collect();
                if big.is_empty() {
                    vec![largest]
                } else {
                    big
                }
            }
        };
        let mut build_rows = Vec::new();
        let mut query_rows = Vec::new();
        for &n in &sizes {
            let row = build_size(exe, work, args, &corpus, n)?;
            progress(&format!(
                "{n} documents: {:.1} s, {} triples, peak RSS {} MB, store {:.0} MB, re-run {} s",
                row.seconds,
                row.triples,
                row.peak_mb.map_or("?".into(), |m| format!("{m:.0}")),
                row.store_mb,
                row.rerun_seconds.map_or("—".into(), |s| format!("{s:.2}"))
            ));
            let ok = row.ok;
            build_rows.push(row);
            if ok && query_sizes.contains(&n) {
                query_rows.extend(query_latency(work, args, n)?);
            }
            let _ = std::fs::remove_dir_all(work.join(format!("store-{n}")));
        }
        write_build_table(&mut report, &build_rows, &mut targets);
        write_query_table(&mut report, &query_rows, args, &mut targets);
    }
    write_targets(&mut report, &targets);
    let _ = writeln!(report, "Load average at the end: {}.", load_average());
    Ok(report)
}

/// CPU time (user + system) this process has used so far, in seconds.
fn cpu_seconds() -> f64 {
    // Fields 14 and 15 of /proc/self/stat, in clock ticks (100 per second on Linux).
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some((f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?) / 100.0)
        })
        .unwrap_or(f64::NAN)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "?".into())
}

/// The fastest of `repeat` runs (wall time, and the CPU time of that run): on a shared
/// machine the fastest run is the one least disturbed by other work.
fn measure(repeat: usize, f: &dyn Fn() -> usize) -> (f64, f64) {
    let mut runs: Vec<(f64, f64)> = (0..repeat.max(1))
        .map(|_| {
            let cpu = cpu_seconds();
            let (s, n) = timed(f);
            std::hint::black_box(n);
            (s, cpu_seconds() - cpu)
        })
        .collect();
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    runs[0]
}

fn throughput(
    exe: &Path,
    work: &Path,
    args: &BenchArgs,
    corpus: &Path,
    sample_docs: usize,
    report: &mut String,
    targets: &mut Targets,
) -> anyhow::Result<()> {
    use crate::extract::{extract, Prepared};
    use crate::resolve::{facts_for, resolve};
    use crate::segment::{cut, tag};
    progress(&format!("throughput on {sample_docs} documents"));
    let docs: Vec<crate::Document> = (0..sample_docs)
        .map(|i| {
            let path = article_path(corpus, i);
            crate::ingest::read_document(&path).map_err(anyhow::Error::from)
        })
        .collect::<anyhow::Result<_>>()?;
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let doc_sentences: Vec<Vec<String>> = docs.iter().map(|d| sentences(&d.text)).collect();
    // The sentences exactly as extraction prepares them (simplified, blanks dropped).
    let prepared_sentences: Vec<Vec<String>> = docs
        .iter()
        .map(|d| {
            let p = Prepared::new(d);
            p.sentences.iter().map(|s| p.text(s.start, s.end)).collect()
        })
        .collect();
    // Warm up: lexicon, jieba dictionary, regexes, converters.
    let warm = facts_for(&docs[0]);
    let facts_in_sample: usize = docs.par_iter().map(|d| facts_for(d).facts.len()).sum();
    let repeat = args.repeat.max(1);
    let threads = rayon::current_num_threads();
    let rate = |s: f64| mb(bytes) / s;
    let mut rows: Vec<ThroughputRow> = Vec::new();
    let mut row = |what: &str, threads: usize, (secs, cpu): (f64, f64), note: String| {
        rows.push(ThroughputRow {
            what: what.to_string(),
            threads: threads.to_string(),
            seconds: secs,
            cpu,
            mb_per_s: rate(secs),
            note,
        });
    };
    progress("jieba-rs segmentation, 1 thread");
    let cut_1 = measure(repeat, &|| {
        doc_sentences.iter().flatten().map(|s| cut(s)).sum()
    });
    progress("jieba-rs segmentation, all threads");
    let cut_n = measure(repeat, &|| {
        doc_sentences
            .par_iter()
            .map(|ss| ss.iter().map(|s| cut(s)).sum::<usize>())
            .sum()
    });
    progress("extraction, 1 thread");
    let ext_1 = measure(repeat, &|| {
        docs.iter().map(|d| facts_for(d).facts.len()).sum()
    });
    progress("extraction, all threads");
    let ext_n = measure(repeat, &|| {
        docs.par_iter().map(|d| facts_for(d).facts.len()).sum()
    });
    progress("extraction stages, 1 thread");
    let tag_1 = measure(repeat, &|| {
        prepared_sentences
            .iter()
            .flatten()
            .map(|s| tag(s).len())
            .sum()
    });
    let cut_prepared_1 = measure(repeat, &|| {
        prepared_sentences.iter().flatten().map(|s| cut(s)).sum()
    });
    let prepare_1 = measure(repeat, &|| {
        docs.iter().map(|d| Prepared::new(d).sentences.len()).sum()
    });
    let extract_1 = measure(repeat, &|| {
        docs.iter().map(|d| extract(d).counts.len()).sum()
    });
    let mentions: Vec<crate::extract::Mentions> = docs.iter().map(extract).collect();
    let resolve_1 = measure(repeat, &|| {
        docs.iter()
            .zip(&mentions)
            .map(|(d, m)| resolve(d, m).facts.len())
            .sum()
    });
    drop(mentions);
    let floor = cut_1.0;
    row(
        "jieba-rs segmentation alone (`segment::cut` per sentence, HMM on)",
        1,
        cut_1,
        "floor".into(),
    );
    row(
        "jieba-rs segmentation alone",
        threads,
        cut_n,
        format!("{:.2}× the 1-thread rate", cut_1.0 / cut_n.0),
    );
    row(
        "extraction (`resolve::facts_for`)",
        1,
        ext_1,
        format!("costs {:.2}× segmentation", ext_1.0 / floor),
    );
    row(
        "extraction",
        threads,
        ext_n,
        format!("{:.2}× the 1-thread rate", ext_1.0 / ext_n.0),
    );
    targets.extract_vs_floor = Some(ext_1.0 / floor);
    targets.scaling = Some(ext_1.0 / ext_n.0);
    if !args.skip_python {
        progress("Python jieba");
        let file = work.join("sentences.txt");
        let all: Vec<&str> = doc_sentences.iter().flatten().map(String::as_str).collect();
        std::fs::write(&file, all.join("\n"))?;
        match python_jieba(&args.python, &file) {
            Ok((secs, version)) => {
                row(
                    &format!("Python jieba {version} `jieba.lcut` per sentence (HMM on; dictionary load excluded)"),
                    1,
                    (secs, f64::NAN),
                    format!(
                        "extraction (1 thread) is {:.1}× faster; jieba-rs cut {:.1}× faster",
                        secs / ext_1.0,
                        secs / floor
                    ),
                );
                targets.python_vs_extract = Some(secs / ext_1.0);
            }
            Err(e) => row(
                &format!("Python jieba: not measured ({e})"),
                1,
                (f64::NAN, f64::NAN),
                String::new(),
            ),
        }
    }
    let share = |s: f64| format!("{:.0} % of extraction", 100.0 * s / ext_1.0);
    let mut stages: Vec<ThroughputRow> = Vec::new();
    let mut stage = |what: &str, (secs, cpu): (f64, f64), note: String| {
        stages.push(ThroughputRow {
            what: what.to_string(),
            threads: "1".into(),
            seconds: secs,
            cpu,
            mb_per_s: rate(secs),
            note,
        });
    };
    stage(
        "`extract::Prepared::new` (simplify, fold, split sentences)",
        prepare_1,
        share(prepare_1.0),
    );
    stage(
        "`segment::tag` on the prepared sentences (what extraction runs)",
        tag_1,
        format!(
            "{}; {:.2}× `segment::cut` on the same sentences ({:.3} s)",
            share(tag_1.0),
            tag_1.0 / cut_prepared_1.0,
            cut_prepared_1.0
        ),
    );
    stage(
        "`extract::extract` (prepare + tag + mention finding)",
        extract_1,
        format!(
            "{}; mention finding alone ≈ {:.3} s",
            share(extract_1.0),
            extract_1.0 - prepare_1.0 - tag_1.0
        ),
    );
    stage(
        "`resolve::resolve` (given the mentions)",
        resolve_1,
        share(resolve_1.0),
    );
    if let Some(big_mb) = args.big_mb {
        let dir = work.join("big");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("big-{big_mb}mb.txt"));
        progress(&format!("big article ({big_mb} MB)"));
        let text = generate_big_article(args.seed, (big_mb * 1e6) as usize);
        std::fs::write(&path, &text)?;
        let big_bytes = mb(text.len() as u64);
        let big_sentences = sentences(&text);
        drop(text);
        let cpu = cpu_seconds();
        let (cut_secs, _) = timed(|| big_sentences.iter().map(|s| cut(s)).sum::<usize>());
        let cut_cpu = cpu_seconds() - cpu;
        drop(big_sentences);
        rows.push(ThroughputRow {
            what: format!("one {big_bytes:.0} MB article: jieba-rs segmentation alone"),
            threads: "1".into(),
            seconds: cut_secs,
            cpu: cut_cpu,
            mb_per_s: big_bytes / cut_secs,
            note: String::new(),
        });
        let m = run_measured(
            exe,
            &[
                "extract".into(),
                path.clone().into_os_string(),
                "--format".into(),
                "jsonl".into(),
            ],
            work,
            Duration::from_secs_f64(args.big_timeout),
        )?;
        let facts = m
            .stdout
            .lines()
            .filter(|l| l.contains(r#""type":"fact""#))
            .count();
        rows.push(ThroughputRow {
            what: format!(
                "one {big_bytes:.0} MB article: `jiandu extract --format jsonl` (subprocess)"
            ),
            threads: "1 (one document)".into(),
            seconds: m.seconds,
            cpu: f64::NAN,
            mb_per_s: if m.success {
                big_bytes / m.seconds
            } else {
                f64::NAN
            },
            note: if m.timed_out {
                format!("not finished after {:.0} s (killed)", args.big_timeout)
            } else if !m.success {
                format!("failed: {}", m.stderr.lines().last().unwrap_or(""))
            } else {
                format!(
                    "{facts} facts; costs {:.1}× segmentation; peak RSS {}",
                    m.seconds / cut_secs,
                    m.peak_kb
                        .map(|k| format!("{:.0} MB", k as f64 / 1024.0))
                        .unwrap_or_else(|| "?".into())
                )
            },
        });
    }
    let _ = writeln!(
        report,
        "## Extraction throughput\n\nSample: the first {} generated documents (seed {}), {:.2} MB of UTF-8 article text, {} sentences; {} facts extracted (first document: {} bodies, {} facts). MB/s = article bytes / wall seconds (10^6 bytes); fastest of {} runs; in-process, documents already read and decoded. CPU s is this process's user+system time during the run: CPU s well below wall s × threads means the cores were shared with other work.\n",
        docs.len(),
        args.seed,
        mb(bytes),
        doc_sentences.iter().map(Vec::len).sum::<usize>(),
        facts_in_sample,
        warm.bodies.len(),
        warm.facts.len(),
        repeat
    );
    write_throughput_rows(report, &rows);
    let _ = writeln!(
        report,
        "Where extraction's time goes (same sample, 1 thread, each stage timed on its own):\n"
    );
    write_throughput_rows(report, &stages);
    Ok(())
}

fn write_throughput_rows(report: &mut String, rows: &[ThroughputRow]) {
    let _ = writeln!(report, "| what | threads | wall s | CPU s | MB/s | notes |");
    let _ = writeln!(report, "|---|---|---:|---:|---:|---|");
    for r in rows {
        let _ = writeln!(
            report,
            "| {} | {} | {} | {} | {} | {} |",
            r.what,
            r.threads,
            fmt_f(r.seconds, 3),
            fmt_f(r.cpu, 2),
            fmt_f(r.mb_per_s, 2),
            r.note
        );
    }
    report.push('\n');
}

fn fmt_f(v: f64, digits: usize) -> String {
    if v.is_finite() {
        format!("{v:.digits$}")
    } else {
        "—".into()
    }
}

fn build_size(
    exe: &Path,
    work: &Path,
    args: &BenchArgs,
    corpus: &Path,
    n: usize,
) -> anyhow::Result<BuildRow> {
    let store = work.join(format!("store-{n}"));
    let _ = std::fs::remove_dir_all(&store);
    let paths = corpus_paths(corpus, n);
    let corpus_bytes: u64 = (0..n)
        .map(|i| {
            std::fs::metadata(article_path(corpus, i))
                .map(|m| m.len())
                .unwrap_or(0)
        })
        .sum();
    let mut cmd_args: Vec<std::ffi::OsString> = vec![
        "--store".into(),
        store.clone().into_os_string(),
        "build".into(),
    ];
    cmd_args.extend(paths.into_iter().map(PathBuf::into_os_string));
    progress(&format!("build {n} documents"));
    let first = run_measured(exe, &cmd_args, work, Duration::from_secs(24 * 3600))?;
    let line = parse_build_line(&first.stdout);
    let mut row = BuildRow {
        docs: n,
        corpus_mb: mb(corpus_bytes),
        seconds: first.seconds,
        compact_seconds: line.as_ref().map_or(0.0, |l| l.compact_seconds),
        triples: line.as_ref().map_or(0, |l| l.triples),
        actions: line.as_ref().map_or(0, |l| l.actions),
        peak_mb: first.peak_kb.map(|k| k as f64 / 1024.0),
        store_mb: mb(dir_size(&store)),
        rerun_seconds: None,
        rerun_unchanged: None,
        ok: first.success
            && line
                .as_ref()
                .is_some_and(|l| l.documents == n as u64 && l.failed == 0),
        error: String::new(),
    };
    if !row.ok {
        row.error = format!(
            "build failed: {}",
            first.stderr.lines().last().unwrap_or("").trim()
        );
        return Ok(row);
    }
    progress(&format!(
        "built {n} documents in {:.1} s; re-running",
        first.seconds
    ));
    if !args.skip_rerun {
        let again = run_measured(exe, &cmd_args, work, Duration::from_secs(24 * 3600))?;
        if let Some(l) = parse_build_line(&again.stdout) {
            row.rerun_seconds = Some(again.seconds);
            row.rerun_unchanged = Some(l.unchanged);
        }
    }
    Ok(row)
}

fn query_latency(work: &Path, args: &BenchArgs, n: usize) -> anyhow::Result<Vec<QueryRow>> {
    use crate::query::{self, Dataset};
    progress(&format!("query latency at {n} documents"));
    let store = crate::store::GraphStore::open_read_only(&work.join(format!("store-{n}")))?;
    let mut rows = Vec::new();
    let timeout = Duration::from_secs_f64(args.query_timeout);
    for q in query::named_queries() {
        let text = q.bind(&[])?;
        let mut times = Vec::new();
        let mut rows_seen = 0;
        let mut error = None;
        let mut runs = args.query_runs.max(1);
        let mut run = 0;
        while run < runs {
            let token = oxigraph::sparql::CancellationToken::new();
            let (tx, rx) = std::sync::mpsc::channel::<()>();
            let canceller = {
                let token = token.clone();
                std::thread::spawn(move || {
                    if rx.recv_timeout(timeout).is_err() {
                        token.cancel();
                    }
                })
            };
            let started = Instant::now();
            let result = query::evaluate(&store.store, &text, &Dataset::default(), Some(token))
                .and_then(count_results);
            let secs = started.elapsed().as_secs_f64();
            let _ = tx.send(());
            let _ = canceller.join();
            match result {
                Ok(n) => {
                    rows_seen = n;
                    times.push(secs * 1000.0);
                }
                Err(e) => {
                    error = Some(if secs >= timeout.as_secs_f64() {
                        format!("cancelled after {:.0} s", timeout.as_secs_f64())
                    } else {
                        e.to_string()
                    });
                    break;
                }
            }
            // Keep the whole run bounded: a query slower than 2 s gets 3 runs.
            if run == 0 && secs > 2.0 {
                runs = runs.min(3);
            }
            run += 1;
        }
        let first = times.first().copied().unwrap_or(f64::NAN);
        let mut sorted = times.clone();
        sorted.sort_by(f64::total_cmp);
        progress(&format!(
            "{} at {n}: {} rows, p95 {} ms{}",
            q.name,
            rows_seen,
            fmt_f(percentile(&sorted, 95.0), 1),
            error
                .as_deref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default()
        ));
        rows.push(QueryRow {
            name: q.name.clone(),
            docs: n,
            rows: rows_seen,
            runs: times.len(),
            first_ms: first,
            p50_ms: percentile(&sorted, 50.0),
            p95_ms: percentile(&sorted, 95.0),
            max_ms: sorted.last().copied().unwrap_or(f64::NAN),
            error,
        });
    }
    Ok(rows)
}

/// Consumes every solution (or triple) of a result; returns how many there were.
fn count_results(
    results: oxigraph::sparql::QueryResults<'_>,
) -> Result<usize, crate::query::QueryError> {
    use oxigraph::sparql::QueryResults;
    let mut n = 0;
    match results {
        QueryResults::Solutions(solutions) => {
            for s in solutions {
                std::hint::black_box(s.map_err(crate::query::evaluation_error)?);
                n += 1;
            }
        }
        QueryResults::Graph(triples) => {
            for t in triples {
                std::hint::black_box(t.map_err(crate::query::evaluation_error)?);
                n += 1;
            }
        }
        QueryResults::Boolean(_) => n = 1,
    }
    Ok(n)
}

fn write_build_table(report: &mut String, rows: &[BuildRow], targets: &mut Targets) {
    let _ = writeln!(
        report,
        "## `jiandu build` end to end\n\nEach size is built into a fresh on-disk store by the jiandu binary as a subprocess (`jiandu --store S build PATHS`); wall time of the whole process, of which compacting the store once loaded (a first build compacts it, see README); peak memory is the process's maximum resident set size; store size is the store folder on disk after the process exits; the re-run is the same command again on the unchanged corpus.\n"
    );
    let _ = writeln!(
        report,
        "| documents | corpus MB | wall s | of which compacting s | docs/s | triples written | triples/s | actions | peak RSS MB | store MB | re-run s | re-run % of first |"
    );
    let _ = writeln!(
        report,
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for r in rows {
        if !r.ok {
            let _ = writeln!(
                report,
                "| {} | {:.1} | {:.1} | | | | | | | | | {} |",
                r.docs, r.corpus_mb, r.seconds, r.error
            );
            continue;
        }
        let rerun = r
            .rerun_seconds
            .map(|s| format!("{s:.2}"))
            .unwrap_or_else(|| "—".into());
        let pct = r
            .rerun_seconds
            .map(|s| {
                let unchanged = r.rerun_unchanged.unwrap_or(0);
                let note = if unchanged as usize == r.docs {
                    String::new()
                } else {
                    format!(" ({unchanged} unchanged!)")
                };
                format!("{:.1} %{note}", 100.0 * s / r.seconds)
            })
            .unwrap_or_else(|| "—".into());
        let _ = writeln!(
            report,
            "| {} | {:.1} | {:.1} | {:.1} | {:.0} | {} | {:.0} | {} | {} | {:.0} | {} | {} |",
            r.docs,
            r.corpus_mb,
            r.seconds,
            r.compact_seconds,
            r.docs as f64 / r.seconds,
            r.triples,
            r.triples as f64 / r.seconds,
            r.actions,
            r.peak_mb
                .map(|m| format!("{m:.0}"))
                .unwrap_or_else(|| "?".into()),
            r.store_mb,
            rerun,
            pct
        );
    }
    report.push('\n');
    if let Some(r) = rows.iter().rfind(|r| r.ok) {
        targets.largest_build = Some((r.docs, r.seconds, r.peak_mb));
        if let Some(s) = r.rerun_seconds {
            targets.rerun_fraction = Some((r.docs, s / r.seconds));
        }
    }
}

fn write_query_table(
    report: &mut String,
    rows: &[QueryRow],
    args: &BenchArgs,
    targets: &mut Targets,
) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        report,
        "## Named query latency\n\nEvery named query bound with its default parameters, evaluated in-process on the read-only store and every solution consumed; {} runs each (a query slower than 2 s gets 3), first run reported apart (cold cache), p50/p95 nearest-rank over all runs.\n",
        args.query_runs
    );
    let _ = writeln!(
        report,
        "| query | documents | rows | runs | first ms | p50 ms | p95 ms | max ms |"
    );
    let _ = writeln!(report, "|---|---:|---:|---:|---:|---:|---:|---:|");
    for r in rows {
        let _ = writeln!(
            report,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            r.name,
            r.docs,
            r.rows,
            r.runs,
            fmt_f(r.first_ms, 1),
            fmt_f(r.p50_ms, 1),
            fmt_f(r.p95_ms, 1),
            match &r.error {
                Some(e) => e.clone(),
                None => fmt_f(r.max_ms, 1),
            }
        );
    }
    report.push('\n');
    let largest = rows.iter().map(|r| r.docs).max().unwrap_or(0);
    targets.worst_query = rows
        .iter()
        .filter(|r| r.docs == largest)
        .map(|r| {
            let p95 = if r.error.is_some() {
                f64::INFINITY
            } else {
                r.p95_ms
            };
            (r.docs, r.name.clone(), p95)
        })
        .max_by(|a, b| a.2.total_cmp(&b.2));
}

fn write_targets(report: &mut String, t: &Targets) {
    let _ = writeln!(report, "## Targets\n");
    let _ = writeln!(report, "| target | measured | met |");
    let _ = writeln!(report, "|---|---|---|");
    let yes = |b: bool| if b { "yes" } else { "**no**" };
    if let Some(r) = t.extract_vs_floor {
        let _ = writeln!(
            report,
            "| extraction ≤ 2× jieba-rs segmentation (1 thread) | {r:.2}× | {} |",
            yes(r <= 2.0)
        );
    }
    if let Some(r) = t.python_vs_extract {
        let _ = writeln!(
            report,
            "| extraction ≥ 10× faster than Python jieba segmentation | {r:.1}× | {} |",
            yes(r >= 10.0)
        );
    }
    if let Some(r) = t.scaling {
        let _ = writeln!(
            report,
            "| all threads ≥ 1.7× one thread (2 cores) | {r:.2}× | {} |",
            yes(r >= 1.7)
        );
    }
    if let Some((n, s, peak)) = t.largest_build {
        let _ = writeln!(
            report,
            "| build of {n} documents < 3 min{} | {s:.1} s | {} |",
            if n < 100_000 {
                " (target is for 100k)"
            } else {
                ""
            },
            yes(s < 180.0)
        );
        if let Some(p) = peak {
            let _ = writeln!(
                report,
                "| peak memory of that build < 2 GB | {p:.0} MB | {} |",
                yes(p < 2000.0)
            );
        }
    }
    if let Some((n, f)) = t.rerun_fraction {
        let _ = writeln!(
            report,
            "| unchanged re-run < 10% of the first build ({n} documents) | {:.1} % | {} |",
            f * 100.0,
            yes(f < 0.10)
        );
    }
    if let Some((n, name, p95)) = &t.worst_query {
        let _ = writeln!(
            report,
            "| every named query p95 < 200 ms ({n} documents) | worst: {name} {} | {} |",
            if p95.is_finite() {
                format!("{p95:.1} ms")
            } else {
                "did not finish".into()
            },
            yes(*p95 < 200.0)
        );
    }
    report.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_spread() {
        let mut a = Rng::for_document(1, 7);
        let mut b = Rng::for_document(1, 7);
        let mut c = Rng::for_document(1, 8);
        let xs: Vec<u64> = (0..8).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..8).map(|_| b.next_u64()).collect();
        let zs: Vec<u64> = (0..8).map(|_| c.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs, zs);
        let mut r = Rng::new(3);
        for _ in 0..1000 {
            assert!(r.below(7) < 7);
            let v = r.range(5, 9);
            assert!((5..=9).contains(&v));
        }
    }

    #[test]
    fn seed_sentences_become_templates_with_slots() {
        let mut counts = [0; 3];
        let t = derive_sentence(
            "2月19日,江苏省纪委监委驻省工信厅纪检监察组开展监督检查1226次,向省工信、人社等部门发送提醒函。",
            &mut counts,
        );
        let has = |f: &dyn Fn(&Piece) -> bool| t.pieces.iter().any(f);
        assert!(has(&|p| matches!(p, Piece::MonthDay)), "{t:?}");
        assert!(has(&|p| matches!(
            p,
            Piece::Region {
                level: Level::Province,
                ..
            }
        )));
        assert!(has(&|p| matches!(p, Piece::Dept(_))));
        assert!(has(&|p| matches!(p, Piece::DeptShort)));
        assert!(has(&|p| matches!(p, Piece::Number { digits: 4, .. })));
        assert!(counts[0] >= 2, "{counts:?}");
    }

    #[test]
    fn articles_have_title_date_and_paragraphs() {
        for i in 0..20 {
            let text = generate_article(5, i);
            let lines: Vec<&str> = text.lines().collect();
            assert!(lines.len() >= 4, "{text}");
            let header = crate::ingest::parse_header(&text);
            assert!(header.published.is_some(), "{text}");
            assert!(header.title.is_some());
            assert!(!text.contains('{'), "{text}");
        }
        assert_eq!(generate_article(5, 3), generate_article(5, 3));
        assert_ne!(generate_article(5, 3), generate_article(6, 3));
    }

    #[test]
    fn sentences_split_like_extraction() {
        let s = sentences("标题\n  第一句。第二句!\n\n第三句;第四句");
        assert_eq!(s, vec!["标题", "第一句。", "第二句!", "第三句;", "第四句"]);
    }

    #[test]
    fn percentiles_use_nearest_rank() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 10.0);
        assert_eq!(percentile(&v, 95.0), 19.0);
        assert_eq!(percentile(&v, 100.0), 20.0);
    }

    #[test]
    fn build_summary_line_parses() {
        let l = parse_build_line("5 documents (5 added, 0 replaced, 0 unchanged, 0 failed), 60 bodies, 89 actions, 2875 triples written, 0.41 s").expect("parses");
        assert_eq!(l.documents, 5);
        assert_eq!(l.triples, 2875);
        assert_eq!(l.compact_seconds, 0.0);
        let l = parse_build_line("5 documents (5 added, 0 replaced, 0 unchanged, 0 failed), 60 bodies, 89 actions, 2875 triples written, 0.41 s (compacting the store 0.12 s)").expect("parses");
        assert_eq!(l.compact_seconds, 0.12);
    }
}
