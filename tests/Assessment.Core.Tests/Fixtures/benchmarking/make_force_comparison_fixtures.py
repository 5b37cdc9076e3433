#!/usr/bin/python3
"""Reference values for ForceComparisonAnalysis and OverdispersedRateInterval.

Run with the Debian interpreter (scipy, numpy, statsmodels):

    /usr/bin/python3 tests/Assessment.Core.Tests/Fixtures/benchmarking/make_force_comparison_fixtures.py

Written independently of the C# code, from the definitions:
- each partnership's monthly counts x_m are fitted by a Poisson GLM (statsmodels) with an intercept and the offset
  log(F_m / F), F_m the force's count in month m and F the force's total, so mu_m = O * F_m / F; phi = pearson_chi2 /
  df_resid (d = M - 1);
- phi_e = max(1, phi * (t.ppf(1 - a/2, d) / norm.ppf(1 - a/2))**2) (Korn and Graubard 1998);
- the interval of the rate: Garwood's exact Poisson interval on the effective count x / phi_e (scipy gamma.ppf),
  times phi_e, per 1,000 residents;
- the force rate: the sum of the partnerships' counts over the sum of their residents, per 1,000;
- "higher" / "lower" when the interval lies wholly above / below the force rate, else "similar"; rank 1 = highest rate.
Counts are drawn from a negative binomial with a fixed seed, so some partnerships are overdispersed.
Writes force_comparison.json beside this script.
"""
import json
import math
import os

import numpy as np
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHA = 0.05


def effective(phi, df):
    if math.isnan(phi):
        return 1.0
    ratio = stats.t.ppf(1 - ALPHA / 2, df) / stats.norm.ppf(1 - ALPHA / 2)
    return max(1.0, phi * ratio * ratio)


def dispersion(series, force_months):
    total = series.sum()
    if total == 0:
        return 0.0
    offset = np.log(force_months / force_months.sum())
    fit = sm.GLM(series, np.ones((len(series), 1)), family=sm.families.Poisson(), offset=offset).fit(tol=1e-14)
    return fit.pearson_chi2 / fit.df_resid


def interval(count, residents, phi_e):
    x = count / phi_e
    lower = 0.0 if count == 0 else stats.gamma.ppf(ALPHA / 2, x) * phi_e
    upper = stats.gamma.ppf(1 - ALPHA / 2, x + 1) * phi_e
    return lower / residents * 1000, upper / residents * 1000


def make_case(name, rng, partnerships, months, seasonal, mean_rates, dispersions, zero=None):
    shape = 1 + seasonal * np.sin(np.arange(months) * 2 * math.pi / 12)
    counts = {}
    for (code, residents), rate, size in zip(partnerships, mean_rates, dispersions):
        mean = residents * rate / 1000 / months * shape
        if size is None:
            counts[code] = rng.poisson(mean)
        else:
            counts[code] = rng.negative_binomial(size, size / (size + mean))
    if zero is not None:
        counts[zero] = np.zeros(months, dtype=int)
    force_months = sum(counts[c] for c, _ in partnerships).astype(float)
    force_rate = force_months.sum() / sum(r for _, r in partnerships) * 1000
    rows = []
    for code, residents in partnerships:
        series = counts[code].astype(float)
        phi = dispersion(series, force_months)
        phi_e = effective(phi, months - 1)
        count = int(series.sum())
        low, high = interval(count, residents, phi_e)
        verdict = "higher" if low > force_rate else "lower" if high < force_rate else "similar"
        rows.append({"code": code, "residents": residents, "monthly": [int(v) for v in counts[code]], "count": count,
                     "rate": count / residents * 1000, "dispersion": phi, "effectiveDispersion": phi_e,
                     "low": low, "high": high, "verdict": verdict})
    for rank, row in enumerate(sorted(rows, key=lambda r: (-r["rate"], r["code"])), start=1):
        row["rank"] = rank
    return {"name": name, "months": months, "forceRate": force_rate, "partnerships": rows}


def main():
    rng = np.random.default_rng(20261130)
    force = [("P01", 160000.0), ("P02", 120000.0), ("P03", 280000.0), ("P04", 95000.0), ("P05", 140000.0), ("P06", 210000.0)]
    cases = [
        make_case("six partnerships, mixed dispersion", rng, force, 12, 0.15,
                  [85, 70, 110, 60, 75, 90], [None, 40, 15, None, 8, 25]),
        make_case("small theme counts with a partnership of none", rng, force, 12, 0.3,
                  [1.2, 0.8, 2.5, 0.5, 1.0, 1.4], [None, None, 5, None, None, 3], zero="P04"),
        make_case("seven months, strong season", rng, force[:4], 7, 0.5,
                  [40, 55, 48, 30], [20, None, 10, None]),
    ]
    with open(os.path.join(HERE, "force_comparison.json"), "w", encoding="utf-8") as out:
        json.dump({"alpha": ALPHA, "cases": cases}, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
