#!/usr/bin/python3
"""Reference values for the trend slopes and the Laney control chart, computed with numpy/scipy only.

    /usr/bin/python3 tests/Assessment.Core.Tests/Fixtures/statistics/make_slope_fixtures.py

Writes, next to this script:
  seasonal_kendall.json  seasonal Kendall slope (Hirsch, Slack & Smith 1982) and Sen's slope, each with the
                         interval that inverts its own continuity-corrected Mann-Kendall test (Gilbert 1987,
                         sections 16.5 and 17.3), on synthetic and real series;
  laney.json             Laney (2002) u'-chart limits on synthetic and real series;
  col_trend.json         the City of London trend tests and the area's control chart, from the raw police.uk
                         files in ../shared/data/policeuk/city-of-london (28 months, 2021-09 .. 2023-12).

pymannkendall is not used: every formula is written out here from the papers, in a different shape from the C#
(the interval is found by evaluating S(beta) at every slope value and between them, not by counting ranks).
Real police.uk data: Open Government Licence v3.0 (City of London Police).
"""
import csv
import glob
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

from make_fixtures import clean

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared", "data")
SAMPLES = os.path.join(ROOT, "data-samples")
FDR = 0.05


def write(name, payload):
    payload = {"generator": f"make_slope_fixtures.py (scipy {scipy.__version__}, numpy {np.__version__})", **payload}
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(clean(payload), f, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- Mann-Kendall pieces
def mk_variance(y):
    """Var(S) with the tie correction, Gilbert (1987) eq. 16.4; y without missing values."""
    n = len(y)
    if n < 2:
        return 0.0
    _, t = np.unique(y, return_counts=True)
    return (n * (n - 1) * (2 * n + 5) - np.sum(t * (t - 1) * (2 * t + 5))) / 18.0


def pairs(x, y):
    """Pairwise slopes (y_j - y_i)/(x_j - x_i) for x_j > x_i, and sgn(y_j - y_i)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    i, j = np.triu_indices(len(y), k=1)
    return (y[j] - y[i]) / (x[j] - x[i]), np.sign(y[j] - y[i])


def seasonal_pieces(values, period):
    """Within-season slopes, S and Var(S) summed over seasons (Hirsch et al. 1982; Gilbert 1987 section 17.3)."""
    values = np.asarray(values, dtype=float)
    slopes, s, var = [], 0, 0.0
    for season in range(period):
        idx = np.arange(season, len(values), period)
        idx = idx[~np.isnan(values[idx])]
        d, sg = pairs(idx, values[idx])
        slopes.extend(d.tolist())
        s += int(sg.sum())
        var += mk_variance(values[idx])
    return np.sort(np.array(slopes)), s, var


def plain_pieces(values):
    values = np.asarray(values, dtype=float)
    idx = np.arange(len(values))[~np.isnan(values)]
    d, sg = pairs(idx, values[idx])
    return np.sort(d), int(sg.sum()), mk_variance(values[idx])


def p_value(s, var):
    if s == 0 or var <= 0:
        return 1.0
    z = (s - 1 if s > 0 else s + 1) / math.sqrt(var)
    return 2 * stats.norm.sf(abs(z))


def confidence_set(slopes, var, level):
    """The set {beta : |S(beta)| - 1 <= C}, C = z * sqrt(Var S), by brute force: S(beta) = sum sgn(d - beta)
    evaluated at every distinct slope, between consecutive ones, and beyond both ends."""
    if len(slopes) == 0:
        return dict(lower=math.nan, upper=math.nan, lowerOpen=False, upperOpen=False)
    c = stats.norm.ppf(1 - (1 - level) / 2) * math.sqrt(var)
    values = np.unique(slopes)
    # Points in order: below all, v1, (v1+v2)/2, v2, ..., vK, above all. Each is (beta, kind, value it belongs to).
    points = [(values[0] - 1.0, "below", None)]
    for k, v in enumerate(values):
        points.append((v, "value", v))
        if k + 1 < len(values):
            points.append(((v + values[k + 1]) / 2, "gap", v))
    points.append((values[-1] + 1.0, "above", None))
    inside = [abs(np.sign(slopes - beta).sum()) - 1 <= c for beta, _, _ in points]
    first = inside.index(True)
    last = len(inside) - 1 - inside[::-1].index(True)
    beta, kind, v = points[first]
    if kind == "below":
        lower, lower_open = -math.inf, False
    elif kind == "value":
        lower, lower_open = v, False
    else:
        lower, lower_open = v, True
    beta, kind, v = points[last]
    if kind == "above":
        upper, upper_open = math.inf, False
    elif kind == "value":
        upper, upper_open = v, False
    else:
        # The gap after v is in the set but the next value is not: the supremum is that next value, open.
        upper, upper_open = points[last + 1][0], True
    return dict(lower=lower, upper=upper, lowerOpen=lower_open, upperOpen=upper_open)


def slope_case(name, values, seasonal, levels, period=12):
    slopes, s, var = seasonal_pieces(values, period) if seasonal else plain_pieces(values)
    p = p_value(s, var)
    intervals = []
    for level in levels:
        cs = confidence_set(slopes, var, level)
        excludes = (cs["lower"] > 0 or cs["upper"] < 0 or (cs["lower"] == 0 and cs["lowerOpen"])
                    or (cs["upper"] == 0 and cs["upperOpen"]))
        # The duality the C# promises, checked here on the reference itself.
        assert excludes == (p < 1 - level), (name, level, cs, p)
        intervals.append(dict(level=level, **cs))
    return dict(name=name, values=values, period=period, seasonal=seasonal, slope=float(np.median(slopes)) if len(slopes) else math.nan,
                pairCount=len(slopes), s=s, varianceS=var, pValue=p, intervals=intervals)


# ---------------------------------------------------------------- Laney u'-chart
def laney(counts, exposures, start, length):
    """Laney (2002): z_i = (u_i - ubar)/sqrt(ubar/n_i); sigma_z = mean|z_i - z_{i-1}| / 1.128 over consecutive
    present baseline periods; limits ubar +- 3 sigma_z sqrt(ubar/n_i), the lower clamped at 0."""
    c = np.asarray(counts, dtype=float)
    n = np.asarray(exposures, dtype=float)
    base = np.arange(start, start + length)
    present = base[~np.isnan(c[base])]
    ubar = c[present].sum() / n[present].sum()
    u = c / n
    sigma = np.sqrt(ubar / n)
    z = (u - ubar) / sigma
    mr = [abs(z[i] - z[i - 1]) for i in base[1:] if not math.isnan(z[i]) and not math.isnan(z[i - 1])]
    sigma_z = float(np.mean(mr)) / 1.128
    upper = ubar + 3 * sigma_z * sigma
    lower = np.maximum(ubar - 3 * sigma_z * sigma, 0.0)
    with np.errstate(invalid="ignore"):
        above = (u > upper).tolist()
        below = (u < lower).tolist()
    return dict(centre=ubar, sigmaZ=sigma_z, lower=lower.tolist(), upper=upper.tolist(), above=above, below=below)


# ---------------------------------------------------------------- real series
def month_span(first, last):
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def read_counts(folder, prefix):
    """{crime type: {month: in-area rows}} straight from police.uk street files. A crime row (non-empty Crime ID) that
    repeats an earlier line of its file byte for byte is counted once, as the pipeline loads it once (README, "How
    loading works"); repeated ASB rows are separate incidents and all count."""
    counts = {}
    for path in sorted(glob.glob(os.path.join(folder, "**", "*-street.csv"), recursive=True)):
        with open(path, newline="", encoding="utf-8") as f:
            lines = f.read().splitlines()
        header = next(csv.reader([lines[0]]))
        seen = set()
        for line in lines[1:]:
            r = dict(zip(header, next(csv.reader([line]))))
            if r["Crime ID"]:
                if line in seen:
                    continue
                seen.add(line)
            if r["LSOA name"].startswith(prefix):
                by_month = counts.setdefault(r["Crime type"], {})
                by_month[r["Month"]] = by_month.get(r["Month"], 0) + 1
    return counts


def benjamini_hochberg(ps):
    ps = np.asarray(ps, dtype=float)
    m = len(ps)
    order = np.argsort(ps, kind="stable")
    q = np.empty(m)
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, ps[i] * m / rank)
        q[i] = running
    return q


def city_of_london():
    counts = read_counts(os.path.join(SHARED, "policeuk", "city-of-london"), "City of London ")
    months = month_span("2021-09", "2023-12")
    series = {"All crime and ASB": [sum(c.get(m, 0) for c in counts.values()) for m in months]}
    for t in sorted(counts):
        series[t] = [counts[t].get(m, 0) for m in months]
    rows = []
    for key, values in series.items():
        v = [float(x) for x in values]
        slopes, s, var = seasonal_pieces(v, 12)
        rows.append(dict(level="area" if key == "All crime and ASB" else "crime_type", key=key, values=values,
                         s=s, variance_s=var, p_value=p_value(s, var), slopes=slopes))
    q = benjamini_hochberg([r["p_value"] for r in rows])
    significant = int(np.sum(q <= FDR))
    level = 1 - max(significant, 1) * FDR / len(rows)
    for r, qv in zip(rows, q):
        cs = confidence_set(r.pop("slopes"), r["variance_s"], level)
        slopes, _, _ = seasonal_pieces([float(x) for x in r["values"]], 12)
        r.update(q_value=float(qv), slope=float(np.median(slopes)), ci_level=level, ci_low=cs["lower"], ci_high=cs["upper"],
                 ci_low_open=cs["lowerOpen"], ci_high_open=cs["upperOpen"])
        up = r["s"] > 0
        r["verdict"] = ("increasing" if up else "decreasing") if qv <= FDR and r["s"] != 0 else "no clear trend"
    area = [float(x) for x in series["All crime and ASB"]]
    baseline = months.index("2023-01")
    chart = laney(area, [1.0] * len(area), 0, baseline)
    write("col_trend.json", {
        "note": "City of London, LSOA names starting 'City of London ', months 2021-09..2023-12 (all complete); seasonal "
                "Mann-Kendall, seasonal Kendall slope and Benjamini-Yekutieli level over the area and every crime type; "
                "Laney chart of the area with the 16 months before 2023-01 as baseline.",
        "months": months, "rows": rows, "slope_fdr_significant": significant, "area_chart": dict(baseline_months=baseline, **chart),
    })
    return series, months


def sample_area():
    """The Canterbury sample's area totals, 2024-01 .. 2025-12, NaN for the eight months not in the sample."""
    counts = read_counts(os.path.join(SAMPLES, "policeuk"), "Canterbury ")
    months = month_span("2024-01", "2025-12")
    loaded = {m for c in counts.values() for m in c}
    return [float(sum(c.get(m, 0) for c in counts.values())) if m in loaded else math.nan for m in months]


def main():
    col, _ = city_of_london()
    rng = np.random.default_rng(2026)
    t = np.arange(48)
    season = 1 + 0.25 * np.sin(2 * np.pi * t / 12)
    levels = [0.95, 0.99]
    seasonal_cases = [
        slope_case("City of London all crime and ASB, 28 months", [float(v) for v in col["All crime and ASB"]], True, levels),
        slope_case("City of London theft from the person, 28 months", [float(v) for v in col["Theft from the person"]], True, levels),
        slope_case("City of London anti-social behaviour, 28 months", [float(v) for v in col["Anti-social behaviour"]], True, levels),
        slope_case("City of London bicycle theft, 28 months (small counts, many ties)", [float(v) for v in col["Bicycle theft"]], True, levels),
        slope_case("48 months, seasonal and rising", rng.poisson(60 * season * np.linspace(1, 1.4, 48)).astype(float).tolist(), True, levels),
        slope_case("36 months, seasonal and flat", rng.poisson(40 * season[:36]).astype(float).tolist(), True, levels),
        slope_case("30 months with missing months", [math.nan if i in (5, 17, 18) else float(v)
                                                    for i, v in enumerate(rng.poisson(25 * season[:30]))], True, levels),
        slope_case("24 months of small counts", rng.poisson(2, 24).astype(float).tolist(), True, levels),
        slope_case("quarterly, 12 quarters", rng.poisson([30, 50, 40, 20] * 3).astype(float).tolist(), True, levels, period=4),
    ]
    sen_cases = [
        slope_case("Canterbury sample area totals, 24 months with 8 missing", sample_area(), False, levels),
        slope_case("18 rising months", rng.poisson(np.linspace(20, 35, 18)).astype(float).tolist(), False, levels),
        slope_case("12 months of small counts", rng.poisson(3, 12).astype(float).tolist(), False, levels),
        slope_case("ties at the bound", [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3], False, levels),
    ]
    write("seasonal_kendall.json", {"seasonal": seasonal_cases, "sen": sen_cases})

    area = [float(v) for v in col["All crime and ASB"]]
    counts = rng.poisson(np.concatenate([50 * season[:24] * rng.gamma(8, 1 / 8, 24), 65 * season[24:36]])).astype(float).tolist()
    exposures = np.linspace(9.5, 10.5, 36).round(3).tolist()
    with_gap = list(counts)
    with_gap[4] = math.nan
    laney_cases = [
        dict(name="City of London all crime and ASB, 16-month baseline", counts=area, exposures=[1.0] * len(area), baselineStart=0,
             baselineLength=16, **laney(area, [1.0] * len(area), 0, 16)),
        dict(name="overdispersed counts with exposure", counts=counts, exposures=exposures, baselineStart=0, baselineLength=24,
             **laney(counts, exposures, 0, 24)),
        dict(name="baseline with a missing month", counts=with_gap, exposures=[1.0] * 36, baselineStart=0, baselineLength=24,
             **laney(with_gap, [1.0] * 36, 0, 24)),
    ]
    write("laney.json", {"cases": laney_cases})


if __name__ == "__main__":
    main()
