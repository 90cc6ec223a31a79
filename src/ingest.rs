//! Reading article files: encodings, HTML to text, header metadata.

use std::path::{Path, PathBuf};

use once_cell::sync::Lazy;
use regex::Regex;
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Decode { path: PathBuf, reason: String },
    #[error("{path}: no such file or folder")]
    Missing { path: PathBuf },
    #[error("{path}: {reason}")]
    Extract { path: PathBuf, reason: String },
}

/// One article, decoded to UTF-8 text. Character offsets elsewhere refer to `text`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Document {
    pub id: String,
    pub path: PathBuf,
    pub title: String,
    /// ISO date (YYYY-MM-DD) when the header states one.
    pub published: Option<String>,
    pub source: Option<String>,
    pub encoding: String,
    pub text: String,
    /// Hex SHA-256 of `text`.
    pub hash: String,
}

const EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Expands files and folders (recursively) into article paths, sorted for stable output.
pub fn collect_paths(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut paths = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.is_dir() {
            walk(input, &mut paths, &mut errors);
        } else if input.is_file() {
            paths.push(input.clone());
        } else {
            errors.push(IngestError::Missing {
                path: input.clone(),
            });
        }
    }
    paths.sort();
    paths.dedup();
    (paths, errors)
}

fn walk(dir: &Path, paths: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(IngestError::Read {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, paths, errors);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            .unwrap_or(false)
        {
            paths.push(path);
        }
    }
}

pub fn read_document(path: &Path) -> Result<Document, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("document")
        .to_string();
    let is_html = matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("html") | Some("htm")
    );
    parse_document(&id, path, &bytes, is_html)
}

/// Builds a document from raw bytes; `is_html` forces HTML handling, otherwise markup is
/// stripped only when the text carries some (RSS dumps and scraped text often do).
pub fn parse_document(
    id: &str,
    path: &Path,
    bytes: &[u8],
    is_html: bool,
) -> Result<Document, IngestError> {
    let (raw, encoding) = decode(bytes).map_err(|reason| IngestError::Decode {
        path: path.to_path_buf(),
        reason,
    })?;
    let looks_like_markup = is_html || MARKUP_HINT.is_match(&raw);
    let (text, html_title) = if looks_like_markup {
        html_to_text(&raw)
    } else {
        (normalize_newlines(&raw), None)
    };
    if text.trim().is_empty() {
        return Err(IngestError::Decode {
            path: path.to_path_buf(),
            reason: "no text after decoding".into(),
        });
    }
    let header = parse_header(&text);
    // 标题_工作动态_某某纪委监委网站: a page's <title> often carries its section and site
    // after the headline; the headline the page shows is the title.
    let html_title = html_title.map(|t| {
        t.split(['_', '|', '｜'])
            .flat_map(|part| part.split(" - "))
            .next()
            .map(str::trim)
            .filter(|head| head.chars().count() >= 4 && head.len() < t.len() && text.contains(head))
            .map_or(t.clone(), str::to_string)
    });
    let title = html_title
        .filter(|t| !t.trim().is_empty())
        .or(header.title)
        .unwrap_or_else(|| id.to_string());
    let hash = hex(&Sha256::digest(text.as_bytes()));
    Ok(Document {
        id: id.to_string(),
        path: path.to_path_buf(),
        title,
        published: header.published,
        source: header.source,
        encoding,
        text,
        hash,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Detects the encoding rather than assuming one: BOMs first, then strict UTF-8, then
/// chardetng's guess among the legacy Chinese encodings.
fn decode(bytes: &[u8]) -> Result<(String, String), String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("invalid {} text", enc.name()));
        }
        return Ok((text.into_owned(), enc.name().to_string()));
    }
    let nul_count = bytes.iter().take(8192).filter(|&&b| b == 0).count();
    if nul_count > 0 {
        return Err("binary data (NUL bytes), not a text or HTML article".into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8".into()));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    // GB18030 is a superset of GBK; decoding with it accepts both.
    let enc = if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    };
    let (text, _, had_errors) = enc.decode(bytes);
    if had_errors {
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        if bad * 100 > text.chars().count().max(1) {
            return Err(format!(
                "not valid UTF-8 and not decodable as {} ({bad} bad characters)",
                enc.name()
            ));
        }
    }
    Ok((text.into_owned(), enc.name().to_string()))
}

fn normalize_newlines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

static MARKUP_HINT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)</?(p|div|br|span|html|body|item|description|title|a|img|table|td|tr|li|h[1-6])\b[^>]*>|&(nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|#\d+|#x[0-9a-f]+);")
        .expect("static regex")
});
/// Elements whose text is no part of the article. Not `form`: content systems of many
/// universities' sites (VSB) wrap the article in `<form name="_newscontent_fromname">`;
/// a search form keeps no words once its button is dropped. Each element ends at its own
/// closing tag (a `</script>` does not end a `<nav>`).
const DROPPED_ELEMENTS: &[&str] = &[
    "script", "style", "nav", "footer", "noscript", "iframe", "select", "aside", "button",
];
static DROP_BLOCKS: Lazy<Regex> = Lazy::new(|| {
    let elements: Vec<String> = DROPPED_ELEMENTS
        .iter()
        .map(|e| format!(r"<{e}\b.*?</{e}\s*>"))
        .collect();
    Regex::new(&format!(r"(?is){}|<!--.*?-->", elements.join("|"))).expect("static regex")
});
static TITLE_TAG: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?is)<title[^>]*>(.*?)</title\s*>").expect("static regex"));
static BLOCK_TAG: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)</?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|item|description|blockquote|pre)\b[^>]*>")
        .expect("static regex")
});
static ANY_TAG: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?s)<[!/?]?[A-Za-z][^<>]*>").expect("static regex"));
static ENTITY: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+);").expect("static regex"));
static CDATA: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?s)<!\[CDATA\[(.*?)\]\]>").expect("static regex"));

/// Turns HTML (or text with leftover markup) into plain text, one block per line.
pub fn html_to_text(html: &str) -> (String, Option<String>) {
    let html = normalize_newlines(html);
    let html = CDATA.replace_all(&html, "$1");
    let title = TITLE_TAG.captures(&html).map(|c| {
        decode_entities(&ANY_TAG.replace_all(&c[1], ""))
            .trim()
            .to_string()
    });
    let body = TITLE_TAG.replace_all(&html, "\n");
    let body = DROP_BLOCKS.replace_all(&body, "\n");
    let body = BLOCK_TAG.replace_all(&body, "\n");
    let body = ANY_TAG.replace_all(&body, "");
    let body = decode_entities(&body);
    let mut out = String::with_capacity(body.len());
    let mut blank = 0;
    for line in body.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            if blank == 1 && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    (out, title)
}

fn decode_entities(s: &str) -> String {
    ENTITY
        .replace_all(s, |c: &regex::Captures| {
            let e = &c[1];
            let decoded = if let Some(num) = e.strip_prefix("#x").or_else(|| e.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = e.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32)
            } else {
                match e {
                    "nbsp" | "ensp" | "emsp" => Some(' '),
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "ldquo" => Some('“'),
                    "rdquo" => Some('”'),
                    "lsquo" => Some('‘'),
                    "rsquo" => Some('’'),
                    "mdash" => Some('—'),
                    "hellip" => Some('…'),
                    "middot" => Some('·'),
                    // (&copy; opens a page's footer: the line is furniture.)
                    "copy" => Some('©'),
                    "reg" => Some('®'),
                    "trade" => Some('™'),
                    "times" => Some('×'),
                    "bull" => Some('•'),
                    "laquo" => Some('«'),
                    "raquo" => Some('»'),
                    "ndash" => Some('–'),
                    _ => None,
                }
            };
            decoded
                .map(|ch| ch.to_string())
                .unwrap_or_else(|| c[0].to_string())
        })
        .into_owned()
}

#[derive(Debug, Default, PartialEq)]
pub struct Header {
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
}

/// The first non-empty lines where an unlabelled date is the article's own.
const HEADER_LINES: usize = 8;
/// How far down a labelled date (发布时间：…) is still the article's own, past navigation.
const HEADER_LINES_LABELLED: usize = 24;
const DATE_LABELS: &[&str] = &["发布时间", "发布日期", "时间：", "时间:", "日期"];
/// A line longer than this that happens to hold a date is body text, not a header's.
pub(crate) const HEADER_LINE_MAX_CHARS: usize = 80;

/// Whether a line labels the date it gives (发布时间：…).
fn labels_date(line: &str) -> bool {
    DATE_LABELS.iter().any(|l| line.contains(l))
}

static HEADER_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
        .expect("static regex")
});
static SOURCE_LABEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:信息来源|来源|稿源|出处)\s*[:：]\s*([^\s:：|]{2,40})").expect("static regex")
});
static HEADER_NOISE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:发布时间|发布日期|时间|日期|浏览量|浏览次数|阅读|作者|来源|点击)\s*[:：]?\s*\d*|字体\s*[:：]?\s*[\[\]大中小\s]*|www\.[A-Za-z0-9.\-]+|\[|\]")
        .expect("static regex")
});

static RFC2822_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ((?:19|20)\d{2})\b")
        .expect("rfc 2822 date")
});

/// The date a `HEADER_DATE` match names, when its month and day are a calendar's.
fn calendar_date(c: &regex::Captures) -> Option<String> {
    let (y, m, d) = (&c[1], c[2].parse::<u32>().ok()?, c[3].parse::<u32>().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y}-{m:02}-{d:02}"))
}

/// Navigation lines (breadcrumbs, "当前位置") are not titles.
fn is_navigation(line: &str) -> bool {
    line.contains('>') || line.contains("当前位置") || line.contains('›') || line.contains('»')
}

/// Reads title, publication date and source from the first lines, where the seeds show
/// several styles: `2020/02/21 16:25 新华报业网`, `发布时间:2022-05-20 13:15:00`,
/// `时间:2020.02.22 18:23:45`, `发布时间:2021-08-14 20:14`.
pub fn parse_header(text: &str) -> Header {
    let mut header = Header::default();
    // Dates written in full-width digits (２０２４－０５－２１) read as ASCII ones; only the
    // lines a header can be on are folded.
    let fold = |line: &str| -> String {
        line.chars()
            .map(|c| match c {
                '０'..='９' | '－' | '．' | '／' => {
                    char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
                }
                _ => c,
            })
            .collect()
    };
    let nonempty = || text.lines().map(str::trim).filter(|l| !l.is_empty());
    let head: Vec<String> = nonempty().take(HEADER_LINES_LABELLED).map(fold).collect();
    let tail: Vec<String> = nonempty()
        .collect::<Vec<_>>()
        .iter()
        .rev()
        .take(15)
        .map(|l| fold(l))
        .collect();
    let lines: Vec<&str> = head.iter().map(String::as_str).collect();
    for line in lines.iter().take(3) {
        if is_navigation(line) || HEADER_DATE.is_match(line) {
            continue;
        }
        header.title = Some(line.to_string());
        break;
    }
    for (k, line) in lines.iter().enumerate() {
        if let Some(c) = HEADER_DATE.captures(line) {
            // A long sentence that happens to contain a date is body text, not a header.
            if line.chars().count() > HEADER_LINE_MAX_CHARS {
                continue;
            }
            // Below a page's navigation menu (one line per item) only a labelled date is
            // the page's own.
            let labelled = labels_date(line);
            if k >= HEADER_LINES && !labelled {
                continue;
            }
            // 2025年7月16日 星期三 | 网站首页: a page's clock, today's date, not the article's.
            if !labelled && line.contains("星期") {
                continue;
            }
            header.published = calendar_date(&c);
            if header.source.is_none() {
                let rest = HEADER_DATE.replace(line, " ");
                let rest = HEADER_NOISE.replace_all(&rest, " ");
                let candidate = rest
                    .split_whitespace()
                    .find(|w| w.chars().count() >= 2 && !w.contains(':') && !w.contains('：'));
                header.source = candidate.map(str::to_string);
            }
            break;
        }
    }
    if header.published.is_none() {
        // RSS items date themselves the RFC 2822 way (Tue, 14 Mar 2023 08:00:00 +0800).
        if let Some(c) = lines
            .iter()
            .take(HEADER_LINES)
            .find_map(|l| RFC2822_DATE.captures(l))
        {
            let months = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let m = months.iter().position(|m| *m == &c[2]).map_or(0, |i| i + 1);
            if let Ok(d) = c[1].parse::<u32>() {
                if (1..=31).contains(&d) && m > 0 {
                    header.published = Some(format!("{}-{m:02}-{d:02}", &c[3]));
                }
            }
        }
    }
    if header.published.is_none() {
        // 发布者：纪委办公室　发布时间：2021-06-25 in a page's footer: a labelled date below
        // the article is its own where none stands above it.
        header.published = tail
            .iter()
            .filter(|l| l.chars().count() <= HEADER_LINE_MAX_CHARS && labels_date(l))
            .find_map(|l| HEADER_DATE.captures(l).and_then(|c| calendar_date(&c)));
    }
    if header.source.is_none() {
        for line in head.iter().take(HEADER_LINES).chain(tail.iter()) {
            if let Some(c) = SOURCE_LABEL.captures(line) {
                header.source = Some(c[1].to_string());
                break;
            }
        }
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_date_in_the_footer_when_none_stands_above() {
        let h = parse_header(
            "某大学纪委 | 纪检监察网\n首页　机构设置　工作动态\n当前位置：首页 > 工作动态\n学校纪委开展巡察整改监督\n　　3月，第一监督检查室对2020年第二轮巡察的6个单位开展专项检查。\n发布者：纪委办公室　发布时间：2021-06-25　浏览次数：\n【打印】【关闭】\n版权所有 某大学纪委",
        );
        assert_eq!(h.published.as_deref(), Some("2021-06-25"));
    }

    #[test]
    fn a_date_in_full_width_digits() {
        let h = parse_header("博白县医保基金监督\n发布时间：２０２４－０５－２１\n正文");
        assert_eq!(h.published.as_deref(), Some("2024-05-21"));
    }

    #[test]
    fn an_rss_item_dates_itself_the_rfc_2822_way() {
        let h = parse_header(
            "廉洁吉林\n长春市纪委监委开展专项监督\nTue, 14 Mar 2023 08:00:00 +0800\n正文",
        );
        assert_eq!(h.published.as_deref(), Some("2023-03-14"));
    }

    #[test]
    fn labelled_date_below_a_long_menu_is_the_pages() {
        let menu: String = [
            "首页",
            "工作动态",
            "审查调查",
            "政策法规",
            "纪法课堂",
            "廉政文化",
        ]
        .iter()
        .map(|item| format!("{item}\n"))
        .collect();
        let page = format!(
            "萍乡：护航安全生产\n网站首页 | 举报专区\n{menu}当前位置：首页 > 正文\n萍乡：护航安全生产\n\
             发布时间：2024-03-08 09:30  来源：萍乡市纪委监委\n今年以来，市纪委监委…\n"
        );
        let h = parse_header(&page);
        assert_eq!(h.published.as_deref(), Some("2024-03-08"));
        assert_eq!(h.source.as_deref(), Some("萍乡市纪委监委"));
        // Unlabelled, a date that far down is the body's.
        let body = format!("萍乡：护航安全生产\n{menu}{menu}2024年3月8日，市纪委监委召开会议。\n");
        assert_eq!(parse_header(&body).published, None);
    }

    #[test]
    fn header_styles_from_real_articles() {
        let h = parse_header("江苏省纪委监委前移关口\n2020/02/21 16:25  新华报业网  \n\n正文");
        assert_eq!(h.title.as_deref(), Some("江苏省纪委监委前移关口"));
        assert_eq!(h.published.as_deref(), Some("2020-02-21"));
        assert_eq!(h.source.as_deref(), Some("新华报业网"));

        let h = parse_header(
            "首页 > 新闻 > 要闻\n\n省直派驻机构统筹\n来源:      发布时间:2022-05-20 13:15:00\n",
        );
        assert_eq!(h.title.as_deref(), Some("省直派驻机构统筹"));
        assert_eq!(h.published.as_deref(), Some("2022-05-20"));

        let h = parse_header("党建园地 当前位置: 首页 > 医院概况\n【廉洁“微课堂”】天津:吹响督战号角\n时间:2020.02.22 18:23:45 [字体: ] 阅读:1\n");
        assert_eq!(h.published.as_deref(), Some("2020-02-22"));
        assert_eq!(
            h.title.as_deref(),
            Some("【廉洁“微课堂”】天津:吹响督战号角")
        );

        let h = parse_header(
            "扛起监督责任\n——综述\n中国益阳门户网 www.yiyang.gov.cn 发布时间:2021-08-14 20:14 浏览量:\n",
        );
        assert_eq!(h.published.as_deref(), Some("2021-08-14"));
        assert_eq!(h.source.as_deref(), Some("中国益阳门户网"));
    }

    #[test]
    fn gbk_and_big5_are_detected() {
        let text = "驻省卫健委纪检监察组开展监督检查1226次,检查单位1863个,发现问题46个。";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let doc = parse_document("g", Path::new("g.txt"), &gbk, false).expect("gbk decodes");
        assert_eq!(doc.text, text);
        let trad = "駐省衛健委紀檢監察組開展監督檢查1226次，檢查單位1863個，發現問題46個，督促整改問題30個。";
        let (big5, _, _) = encoding_rs::BIG5.encode(trad);
        let doc = parse_document("b", Path::new("b.txt"), &big5, false).expect("big5 decodes");
        assert_eq!(doc.text, trad);
    }

    #[test]
    fn binary_is_rejected_with_reason() {
        let err = parse_document("x", Path::new("x.txt"), &[0, 1, 2, 0, 159], false)
            .expect_err("binary must fail");
        assert!(err.to_string().contains("x.txt"));
        assert!(err.to_string().contains("binary"));
    }

    #[test]
    fn a_pages_title_drops_its_section_and_site() {
        let html = "<html><head><title>紧盯衔接资金 护航乡村振兴_工作动态_某市纪委监委网站</title></head><body><div>2025年7月16日 星期三 | 网站首页</div><h2>紧盯衔接资金 护航乡村振兴</h2><div>发布时间：2025-07-01 来源：某市纪委监委</div><p>今年以来，市纪委监委开展督查。</p></body></html>";
        let doc = parse_document("d", Path::new("d.html"), html.as_bytes(), true).expect("parses");
        assert_eq!(doc.title, "紧盯衔接资金 护航乡村振兴");
        assert_eq!(doc.published.as_deref(), Some("2025-07-01"));
        assert_eq!(doc.source.as_deref(), Some("某市纪委监委"));
    }

    #[test]
    fn html_keeps_body_and_title_drops_scripts() {
        let html = "<html><head><title>市纪委监委开展督查</title><script>var a='纪委';</script></head><body><nav>首页 | 要闻</nav><p>8月1日,市纪委监委&nbsp;督查组对赫山区开展督查。</p><footer>版权所有</footer></body></html>";
        let doc = parse_document("h", Path::new("h.html"), html.as_bytes(), true).expect("html");
        assert_eq!(doc.title, "市纪委监委开展督查");
        assert!(doc
            .text
            .contains("8月1日,市纪委监委 督查组对赫山区开展督查。"));
        assert!(!doc.text.contains("var a"));
        assert!(!doc.text.contains("版权所有"));
        assert!(!doc.text.contains("首页"));
    }

    #[test]
    fn an_article_inside_a_form_is_kept_and_a_search_button_dropped() {
        // The page layout of many universities' sites (VSB): the article sits in a form.
        let html = "<html><head><title>学校纪委开展食堂专项监督</title></head><body><div class=\"top\"><form class=\"search\" action=\"/search\"><input name=\"q\"><button>搜索</button></form><script>document.write(new Date());</script></div><form name=\"_newscontent_fromname\"><h1>学校纪委开展食堂专项监督</h1><div id=\"vsb_content\"><p>4月，学校纪委检查食堂15个。</p></div></form></body></html>";
        let doc = parse_document("f", Path::new("f.html"), html.as_bytes(), true).expect("html");
        assert!(
            doc.text.contains("4月，学校纪委检查食堂15个。"),
            "{}",
            doc.text
        );
        assert!(!doc.text.contains("搜索"));
        assert!(!doc.text.contains("document.write"));
    }
}
