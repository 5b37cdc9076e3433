"""Independent reference values for the area profile of the sample run (Canterbury, 2025).

Reads the raw files, not the pipeline's outputs:
  * ../shared/data/geography/lookups/imd19-rank-by-lsoa11.csv (all 32,844 English LSOAs) and
    data-samples/imd19-rank-canterbury-lsoa11.csv: national IMD 2019 deciles, each LSOA placed in the tenth of
    England's ranking whose interval ((k-1)N/10, kN/10] holds its rank, with exact fractions;
  * data-samples/File_6_-_IoD2019_Population_Denominators.xlsx (openpyxl): Canterbury's total population;
  * data-samples/policeuk/kent/2025-*/…-street.csv: records by LSOA in 2025;
  * rates per 1,000 for LSOAs whose 2011 code is also a 2021 code (unchanged: no apportioning), with the exact
    Poisson (Garwood) interval from scipy.stats.chi2.

Run from the repository root: /usr/bin/python3 tests/Assessment.Cli.Tests/Fixtures/area-profile/make_fixture.py
"""
import csv
import glob
import json
import os
from collections import Counter
from fractions import Fraction

import openpyxl
from scipy.stats import chi2

ROOT = os.getcwd()
SHARED = os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "tests", "Assessment.Cli.Tests", "Fixtures", "area-profile", "area_profile.json")
N = 32844


def decile(rank):
    for k in range(1, 11):
        if Fraction((k - 1) * N, 10) < rank <= Fraction(k * N, 10):
            return k
    raise ValueError(rank)


def ranks(path):
    with open(path, newline="") as f:
        return {r["LSOA11CD"]: (r["LSOA11NM"], int(r["IMD19"]), r["LAD19CD"]) for r in csv.DictReader(f)}


england = ranks(os.path.join(SHARED, "geography", "lookups", "imd19-rank-by-lsoa11.csv"))
# Every English LSOA, ranks within 1..N (the file holds a few tied ranks, so not every rank appears once).
assert len(england) == N and all(1 <= v[1] <= N for v in england.values())
england_deciles = Counter(decile(v[1]) for v in england.values())
sample = ranks(os.path.join(ROOT, "data-samples", "imd19-rank-canterbury-lsoa11.csv"))
assert all(england[c] == v for c, v in sample.items())
canterbury_imd = {c: v for c, v in england.items() if v[2] == "E07000106"}
assert canterbury_imd.keys() == sample.keys()
canterbury_deciles = Counter(decile(v[1]) for v in sample.values())

book = openpyxl.load_workbook(os.path.join(ROOT, "data-samples", "File_6_-_IoD2019_Population_Denominators.xlsx"), read_only=True)
rows = book["Population Denominators"].iter_rows(values_only=True)
header = list(next(rows))
code_at, lad_at, total_at = header.index("LSOA code (2011)"), header.index("Local Authority District code (2019)"), header.index("Total population: mid 2015 (excluding prisoners)")
population = {r[code_at]: r[total_at] for r in rows if r[code_at] and r[lad_at] == "E07000106"}

counts = Counter()
for path in sorted(glob.glob(os.path.join(ROOT, "data-samples", "policeuk", "kent", "2025-*", "*-street.csv"))):
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            if r["LSOA code"]:
                counts[r["LSOA code"]] += 1

with open(os.path.join(ROOT, "data-samples", "boundaries", "canterbury-lsoa21.geojson")) as f:
    codes21 = {feat["properties"]["LSOA21CD"] for feat in json.load(f)["features"]}
unchanged = sorted(c for c in population if c in codes21)
lsoa_rates = []
for c in unchanged:
    x, p = counts[c], population[c]
    low = 0.0 if x == 0 else chi2.ppf(0.025, 2 * x) / 2
    high = chi2.ppf(0.975, 2 * x + 2) / 2
    lsoa_rates.append({"code": c, "records": x, "residents": p, "rate": 1000 * x / p, "ci_low": 1000 * low / p, "ci_high": 1000 * high / p})

fixture = {
    "england_decile_counts": [england_deciles[k] for k in range(1, 11)],
    "canterbury_lsoas11": len(sample),
    "canterbury_decile_counts": [canterbury_deciles[k] for k in range(1, 11)],
    "canterbury_deciles": {c: decile(v[1]) for c, v in sorted(sample.items())},
    "canterbury_population_2011_lsoas": sum(population.values()),
    "records_2025_with_lsoa": sum(counts[c] for c in codes21),
    "unchanged_lsoa_rates": lsoa_rates,
}
with open(OUT, "w") as f:
    json.dump(fixture, f, indent=1, sort_keys=True)
    f.write("\n")
print(OUT, fixture["england_decile_counts"], fixture["canterbury_decile_counts"], fixture["canterbury_population_2011_lsoas"], len(lsoa_rates))
