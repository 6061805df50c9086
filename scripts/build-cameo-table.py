#!/usr/bin/env python3
"""Builds dict/cameo/events.tsv, annals' own CAMEO event table, from the figures in
../shared/data/cameo/: names, roots and quad classes from cameo_codes.tsv, Goldstein
scores from the GDELT CAMEO-Goldstein table, PLOVER categories from cameo_codes.tsv
(which follows the 2021 CAMEO->PLOVER map; the two-way root 08 is split by code).

Run from the repository root: python3 scripts/build-cameo-table.py [SHARED_DIR]
"""
import csv, os, re, sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared")
base = os.path.join(shared, "data", "cameo")

gold = {}
with open(os.path.join(base, "GDELT.CAMEO.goldsteinscale.txt"), encoding="utf-8") as f:
    next(f)
    for line in f:
        p = line.split()
        if len(p) == 2:
            gold[p[0]] = float(p[1])

rows = []
with open(os.path.join(base, "cameo_codes.tsv"), encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        code = r["code"]
        plover = r["plover_event_2021"].strip()
        if plover == "CONCEDE|RETREAT":
            plover = "CONCEDE"
        if plover == "(dropped)":
            plover = ""
        g = gold.get(code, float(r["goldstein"]))
        name = r["name"].strip().strip('"').replace('""', '"')
        # "Use conventional military force, not specified below" -> the plain label.
        name = re.sub(r",?\s*not spec(ified)? below$", "", name)
        name = name.replace("matyerial", "material").replace("radiologicalweapons", "radiological weapons")
        rows.append((code, code[:2], name, r["quad_class"], f"{g:.1f}", plover))

out = os.path.join("dict", "cameo", "events.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# annals' CAMEO event table, built by scripts/build-cameo-table.py from the CAMEO\n")
    f.write("# codebook figures: code, root, label, quad class, Goldstein score, PLOVER category.\n")
    f.write("# An empty PLOVER field: PLOVER has no category for the code (roots 01 and 02).\n")
    f.write("code\troot\tlabel\tquad_class\tgoldstein\tplover\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} codes to {out}")
