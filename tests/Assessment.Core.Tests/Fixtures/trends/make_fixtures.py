#!/usr/bin/python3
"""Reference values for the trend analysis (Assessment.Core.Trends, tables/yoy.csv).

Run with the Debian interpreter (it has numpy, scipy and matplotlib):

    /usr/bin/python3 tests/Assessment.Core.Tests/Fixtures/trends/make_fixtures.py

Everything here is computed independently of the C# code:
- sample_*.json: counts are made by reading data-samples/policeuk CSVs directly with the csv module (area = LSOA
  name starting "Canterbury ", as in data-samples/assessment.yaml); wards by testing each snap point against the
  ward polygons of data-samples/boundaries/canterbury-wards-2025.geojson with matplotlib's point-in-polygon;
  tests with scipy (binomtest, beta.ppf, false_discovery_control, norm).
- synthetic_yoy.json: hand-made monthly counts (overdispersion, zero counts, ties) and the same scipy tests;
  synthetic_yoy_shift.json: the same counts with about half of each 2025 file's rows without a location, so that
  verdicts flip against the located-share ratio k and become "data cannot tell".

Methods mirrored (METHODS.md section 2 and the report's methodology):
- like for like: a month of the assessment period is compared with the same month 12 months earlier when both are
  loaded and neither is likely incomplete (one force: total below 60% of the expected level and Poisson lower tail
  below 0.001, see incomplete_months);
- exact conditional test: binomtest(current, previous + current, 0.5) (equal months in both periods), kept as p_exact;
- dispersion: month-paired when the periods share calendar months (12-month periods) and both recorded something:
  Poisson GLM with month and period terms (statsmodels; ../statistics/make_overdispersed_fixtures.py),
  pearson_chi2 / (M - 1); otherwise about each period's mean / (2k - 2); a row with no estimable phi is not tested;
- the interval uses Clopper-Pearson beta quantiles with counts divided by phi_e = max(1, phi (t_df / z)^2), mapped to
  the rate ratio by pi / (1 - pi); p_value is its dual (widened_p);
- Benjamini-Hochberg q-values over the tested rows (not 0 against 0; by definition: scipy 1.10 has no
  false_discovery_control); verdict significant exactly when q <= 0.05;
- rows without a location: k = (1 - p2) / (1 - p1) from the shares of "No Location" rows in the compared months'
  files; a row whose verdict against k (its p replaced in the family) differs is "data cannot tell" and leaves the family;
(The trend tests and slopes are in ../statistics/make_slope_fixtures.py.)

Written with scipy 1.10.1, numpy 1.24.2, matplotlib 3.6.3 (Debian bookworm packages).
"""
import csv
import glob
import json
import math
import os
import sys

import matplotlib
import numpy as np
import scipy
from matplotlib.path import Path
from scipy import stats

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "statistics"))
import make_overdispersed_fixtures as overdispersed  # noqa: E402  (the dual p, phi_e and month-paired phi)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SAMPLES = os.path.join(ROOT, "data-samples")
LEVEL = 0.95
FDR = 0.05

THEMES = [  # the default themes: the Canterbury CSP priorities with their police.uk categories
    ("Disrupt serious and organised crime", ["Drugs", "Possession of weapons"]),
    ("Safeguarding and focus on vulnerable people", []),
    ("Support young people", []),
    ("Night-time economy and violence", ["Violence and sexual offences", "Public order"]),
    ("Disrupt anti-social behaviour", ["Anti-social behaviour", "Criminal damage and arson"]),
]


def clean(value):
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [clean(v) for v in value]
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    return value


def write(name, payload):
    payload = {"generator": f"make_fixtures.py (scipy {scipy.__version__}, numpy {np.__version__}, matplotlib {matplotlib.__version__})", **payload}
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(clean(payload), f, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- months
def ordinal(month):
    y, m = month.split("-")
    return int(y) * 12 + int(m) - 1


def month_of(o):
    return f"{o // 12:04d}-{o % 12 + 1:02d}"


def span(first, last):
    return [month_of(o) for o in range(ordinal(first), ordinal(last) + 1)]


def incomplete_months(loaded, totals):
    """Months (one force) whose total is below 60% of the expected level, beyond Poisson chance.

    Expected = min(median of every other loaded month, median of the loaded same calendar months in other years);
    flagged when total < 0.6 * expected and stats.poisson.cdf(total, expected) < 0.001 (>= 2 other months needed).
    """
    months = span(min(loaded), max(loaded))
    flagged = set()
    for i, m in enumerate(months):
        if m not in loaded:
            continue
        others = [totals.get(months[j], 0) for j in range(len(months)) if j != i and months[j] in loaded]
        same = [totals.get(months[j], 0) for j in range(len(months)) if j != i and months[j] in loaded and abs(j - i) % 12 == 0]
        if len(others) < 2:
            continue
        expected = float(np.median(others))
        if same:
            expected = min(expected, float(np.median(same)))
        value = totals.get(m, 0)
        if expected > 0 and value / expected < 0.6 and stats.poisson.cdf(value, expected) < 0.001:
            flagged.add(m)
    return flagged


# ---------------------------------------------------------------- tests
def benjamini_hochberg(ps):
    """q_i = min over p_j >= p_i of min(1, m p_j / rank_j): scipy.stats.false_discovery_control(ps, method='bh')
    by its definition (that function is absent from the scipy 1.10 installed here)."""
    fdc = getattr(stats, "false_discovery_control", None)
    if fdc is not None:
        return [float(q) for q in fdc(ps, method="bh")]
    m = len(ps)
    ranked = sorted(range(m), key=lambda i: ps[i])
    rank = {i: r + 1 for r, i in enumerate(ranked)}
    return [min(min(1.0, m * ps[j] / rank[j]) for j in range(m) if rank[j] >= rank[i]) for i in range(m)]


def widened_interval(previous, current, phi, df):
    """Rate-ratio limits from Clopper-Pearson on the effective counts (equal exposures) and phi_e (make_overdispersed_fixtures)."""
    return overdispersed.interval(previous, 1, current, 1, phi, df, LEVEL)


def widened_p(previous, current, phi, df, k=1.0):
    """The p dual to the widened interval, against the rate ratio k (make_overdispersed_fixtures.p_value)."""
    return overdispersed.p_value(previous, 1, current, 1, phi, df, k)


def dispersion(previous_months, current_months):
    """About each period's mean: Pearson X^2 / (2k - 2) (periods that do not share calendar months)."""
    chi2 = 0.0
    groups = 0
    for values in (previous_months, current_months):
        if len(values) == 0:
            continue
        groups += 1
        mean = sum(values) / len(values)
        if mean > 0:
            chi2 += sum((x - mean) ** 2 / mean for x in values)
    df = len(previous_months) + len(current_months) - groups
    return (chi2 / df if df > 0 else math.nan), max(df, 0)


def paired_dispersion(previous_months, current_months):
    """Month-paired: Poisson GLM with month and period terms (statsmodels), pearson_chi2 / df_resid."""
    return overdispersed.month_paired(previous_months, current_months)


def verdict_of(q, ratio, null):
    if not q <= FDR:
        return "no significant change"
    return "significant increase" if ratio > null else "significant decrease"


def yoy_rows(series, compared, shift=12, located=1.0):
    """series: list of (level, key, {month: count}). Returns rows with p (allowing for phi), q over the tested rows,
    interval and verdict. located: the located-share ratio k = (1 - p2) / (1 - p1) of the one force's rows."""
    rows = []
    for level, key, counts in series:
        prev_months = [counts.get(month_of(ordinal(m) - shift), 0) for m in compared]
        curr_months = [counts.get(m, 0) for m in compared]
        previous, current = sum(prev_months), sum(curr_months)
        n = previous + current
        p_exact = stats.binomtest(current, n, 0.5).pvalue if n > 0 else 1.0
        # Month-paired only when both periods recorded something (otherwise the table fits exactly: phi = 0) and it
        # can be estimated; else about each period's mean; a row with no estimable phi is not tested.
        phi, df = math.nan, 0
        if shift % 12 == 0 and previous > 0 and current > 0:
            phi, df = paired_dispersion(prev_months, curr_months)
        if math.isnan(phi):
            phi, df = dispersion(prev_months, curr_months)
        if math.isnan(phi):
            df = 0
        if n > 0:
            low, high, e = widened_interval(previous, current, phi, df)
        else:
            low, high, e = 0.0, math.inf, overdispersed.effective(phi, df, 1 - LEVEL)
        ratio = current / previous if previous > 0 else (math.inf if current > 0 else math.nan)
        rows.append(dict(level=level, key=key, months_compared=len(compared), previous=previous, current=current,
                         rate_ratio=ratio, ci_low=low, ci_high=high, p_value=widened_p(previous, current, phi, df),
                         p_exact=p_exact, phi=phi, df_phi=df, widened=e > 1))
    family = [i for i, r in enumerate(rows) if r["previous"] + r["current"] > 0 and not math.isnan(r["phi"])]
    untold = set()
    while True:
        ps = [rows[i]["p_value"] for i in family]
        q = benjamini_hochberg(ps) if ps else []
        flips = []
        if located != 1.0:
            for j, i in enumerate(family):
                r = rows[i]
                replaced = list(ps)
                replaced[j] = widened_p(r["previous"], r["current"], r["phi"], r["df_phi"], located)
                if verdict_of(q[j], r["rate_ratio"], 1.0) != verdict_of(benjamini_hochberg(replaced)[j], r["rate_ratio"], located):
                    flips.append(i)
        if not flips:
            break
        untold.update(flips)
        family = [i for i in family if i not in flips]
    qs = dict(zip(family, q))
    for i, r in enumerate(rows):
        r["q_value"] = float(qs[i]) if i in qs else math.nan
        r["verdict"] = "data cannot tell" if i in untold else verdict_of(r["q_value"], r["rate_ratio"], 1.0)
    return rows


# ---------------------------------------------------------------- the Canterbury sample
def read_sample():
    """In-area rows, loaded months, and per month (all rows of the files, rows without a location)."""
    rows = []
    loaded = set()
    shares = {}
    for path in sorted(glob.glob(os.path.join(SAMPLES, "policeuk", "**", "*-street.csv"), recursive=True)):
        month = os.path.basename(path)[:7]
        loaded.add(month)
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                total, missing = shares.get(month, (0, 0))
                shares[month] = (total + 1, missing + (1 if not r["Longitude"] else 0))
                if r["LSOA name"].startswith("Canterbury "):
                    rows.append(r)
    return rows, loaded, shares


def located_ratio(compared, shift, rows_and_missing):
    """k = (1 - p2) / (1 - p1): p1, p2 the shares of rows without a location over the compared months' files."""
    def share(months):
        total = sum(rows_and_missing[m][0] for m in months)
        return sum(rows_and_missing[m][1] for m in months) / total
    return (1 - share(compared)) / (1 - share([month_of(ordinal(m) - shift) for m in compared]))


def ward_shapes():
    with open(os.path.join(SAMPLES, "boundaries", "canterbury-wards-2025.geojson"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    shapes = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        rings = [(Path(np.array(p[0])), [Path(np.array(h)) for h in p[1:]]) for p in polygons]
        shapes.append((feature["properties"]["WD25CD"], feature["properties"]["WD25NM"], rings))
    return shapes


def locate(shapes, lon, lat):
    hits = [(code, name) for code, name, rings in shapes
            if any(outer.contains_point((lon, lat)) and not any(h.contains_point((lon, lat)) for h in holes) for outer, holes in rings)]
    return min(hits) if hits else None


def sample():
    rows, loaded, shares = read_sample()
    counts = {}
    for r in rows:
        counts.setdefault(r["Crime type"], {}).setdefault(r["Month"], 0)
        counts[r["Crime type"]][r["Month"]] += 1
    totals = {}
    for by_month in counts.values():
        for m, c in by_month.items():
            totals[m] = totals.get(m, 0) + c
    flagged = incomplete_months(loaded, totals)
    usable = {m for m in loaded if m not in flagged}
    current = span("2025-01", "2025-12")
    compared = [m for m in current if m in usable and month_of(ordinal(m) - 12) in usable]

    types = sorted(counts, key=lambda t: (-sum(counts[t].get(m, 0) for m in current if m in usable), t))
    series = [("area", "All crime and ASB", totals)]
    series += [("crime_type", t, counts[t]) for t in types]
    for name, categories in THEMES:
        if categories:
            theme = {}
            for t in categories:
                for m, c in counts.get(t, {}).items():
                    theme[m] = theme.get(m, 0) + c
            series.append(("theme", name, theme))

    shapes = ward_shapes()
    where = {}
    ward_counts = {name: {} for _, name, _ in shapes}
    unassigned = 0
    for r in rows:
        if not r["Longitude"]:
            continue
        point = (float(r["Longitude"]), float(r["Latitude"]))
        if point not in where:
            where[point] = locate(shapes, *point)
        ward = where[point]
        if ward is None:
            unassigned += 1
            continue
        ward_counts[ward[1]][r["Month"]] = ward_counts[ward[1]].get(r["Month"], 0) + 1
    series += [("ward", name, ward_counts[name]) for name in sorted(ward_counts)]

    months = span(min(loaded), max(loaded))
    write("sample_yoy.json", {
        "note": "Canterbury sample (data-samples), period 2025-01..2025-12 against 2024-01..2024-12; counts read from the CSVs directly.",
        "loaded_months": sorted(loaded),
        "incomplete_months": sorted(flagged),
        "months_compared": compared,
        "ward_totals": {name: sum(c.values()) for name, c in ward_counts.items()},
        "unassigned_records": unassigned,
        "distinct_points": len(where),
        "unassigned_points": sum(1 for w in where.values() if w is None),
        "located_ratio": located_ratio(compared, 12, shares),
        "rows": yoy_rows(series, compared, located=located_ratio(compared, 12, shares)),
    })


# ---------------------------------------------------------------- synthetic comparisons
def synthetic():
    # Period: 6 months ending 2025-06 (current 2025-01..06, comparison 2024-07..12); all 18 months 2024-01..2025-06 loaded.
    months = span("2024-01", "2025-06")
    shapes = {
        "Stable": [48, 52, 50, 47, 55, 51, 49, 50, 53, 46, 52, 50, 51, 49, 54, 47, 50, 52],
        "Rising": [10, 9, 11, 10, 12, 10, 9, 11, 10, 12, 10, 11, 24, 26, 25, 23, 27, 25],
        "Overdispersed": [30, 70, 25, 80, 20, 75, 20, 80, 25, 90, 15, 85, 40, 120, 35, 130, 30, 110],
        "Appeared": [0] * 12 + [0, 1, 0, 2, 0, 1],
        "Vanished": [2, 3, 1, 2, 3, 2, 3, 2, 4, 1, 3, 2, 0, 0, 0, 0, 0, 0],
        "Tie A": [5, 6, 4, 5, 6, 5, 6, 5, 4, 6, 5, 7, 8, 7, 9, 8, 6, 9],
        "Tie B": [5, 6, 4, 5, 6, 5, 6, 5, 4, 6, 5, 7, 8, 7, 9, 8, 6, 9],
    }
    themes = [("Theme one", ["Stable", "Rising"])]
    counts = {t: {m: c for m, c in zip(months, values) if c > 0} for t, values in shapes.items()}
    totals = {m: sum(v[i] for v in shapes.values()) for i, m in enumerate(months)}
    loaded = set(months)
    flagged = incomplete_months(loaded, totals)
    usable = loaded - flagged
    current = span("2025-01", "2025-06")
    compared = [m for m in current if m in usable and month_of(ordinal(m) - 6) in usable]
    types = sorted(counts, key=lambda t: (-sum(counts[t].get(m, 0) for m in current if m in usable), t))
    series = [("area", "All crime and ASB", totals)] + [("crime_type", t, counts[t]) for t in types]
    for name, categories in themes:
        theme = {m: sum(counts[t].get(m, 0) for t in categories) for m in months}
        series.append(("theme", name, theme))
    write("synthetic_yoy.json", {
        "note": "Hand-made counts, 18 months 2024-01..2025-06, period 6 months ending 2025-06; the zero months of a type are absent from its counts.",
        "end_month": "2025-06",
        "period_months": 6,
        "months": months,
        "counts": shapes,
        "themes": [{"name": n, "crime_types": c} for n, c in themes],
        "incomplete_months": sorted(flagged),
        "months_compared": compared,
        # TrendInputs.Build gives each month's file 10 rows without a location beside the month's counts.
        "located_ratio": located_ratio(compared, 6, {m: (totals[m] + 10, 10) for m in months}),
        "rows": yoy_rows(series, compared, shift=6, located=located_ratio(compared, 6, {m: (totals[m] + 10, 10) for m in months})),
    })
    # The same counts with a shift in rows without a location: each file of the assessment period (2025) also holds
    # as many rows without a location as the month's in-area records, so about half its rows have none and k is
    # about one half. Counts that did not fall by half then rose against k: verdicts flip.
    shifted = {m: (2 * totals[m] + 10, totals[m] + 10) if m.startswith("2025") else (totals[m] + 10, 10) for m in months}
    write("synthetic_yoy_shift.json", {
        "note": "synthetic_yoy.json's counts; every 2025 file also holds as many rows without a location as its in-area records.",
        "located_ratio": located_ratio(compared, 6, shifted),
        "rows": yoy_rows(series, compared, shift=6, located=located_ratio(compared, 6, shifted)),
    })


if __name__ == "__main__":
    sample()
    synthetic()
