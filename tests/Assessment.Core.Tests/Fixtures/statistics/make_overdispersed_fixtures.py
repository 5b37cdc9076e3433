#!/usr/bin/python3
"""Reference values for OverdispersedRateTest, RateComparison's widened interval and p, and Dispersion.MonthPaired.

Run with the Debian interpreter (scipy, numpy, statsmodels):

    /usr/bin/python3 tests/Assessment.Core.Tests/Fixtures/statistics/make_overdispersed_fixtures.py

Written independently of the C# code, from the definitions:
- month-paired dispersion: a Poisson GLM (statsmodels) with a factor for each month pair and one for the period,
  phi = pearson_chi2 / df_resid, on the months with at least one event; also checked here against Pearson's
  chi-square of the 2 x M table (scipy.stats.chi2_contingency, correction=False);
- effective dispersion: phi_e = max(1, phi * (t.ppf(1 - a/2, d) / norm.ppf(1 - a/2))**2) (Korn and Graubard 1998),
  max(1, phi) when d = 0;
- interval: Clopper-Pearson on the effective counts x / phi_e (scipy beta.ppf), mapped to the rate ratio
  pi / (1 - pi) * T1 / T2;
- p: the smallest a at which that interval (at level 1 - a) excludes the null ratio k, i.e. the root of
  central_p(a) = a with central_p = 2 min(P(X >= s), P(X <= s)) = 2 min(betainc(s, f + 1, pi0), betainc(f, s + 1, 1 - pi0))
  at pi0 = k T2 / (T1 + k T2), found with scipy.optimize.brentq on log a (Fay 2010's "central" test, the dual of
  Clopper-Pearson).
Writes overdispersed_rate.json beside this script.
"""
import json
import math
import os

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import optimize, special, stats

HERE = os.path.dirname(os.path.abspath(__file__))


_T_CACHE = {}


def t_isf(alpha, df):
    """t with P(|T_df| > t) = alpha, solved in 40-digit arithmetic (mpmath) from P(|T| > t) = I_{df/(df+t^2)}(df/2, 1/2):
    scipy's t.isf is good only to about 1e-9 relative at 5 degrees of freedom."""
    key = (alpha, df)
    if key not in _T_CACHE:
        import mpmath
        with mpmath.workdps(40):
            a = mpmath.mpf(alpha)
            f = lambda t: mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, df / (df + t * t), regularized=True) - a
            t0 = mpmath.mpf(stats.t.isf(alpha / 2, df))  # good to ~1e-9: a bracket of +-1e-6 holds the root
            _T_CACHE[key] = float(mpmath.findroot(f, (t0 * (1 - mpmath.mpf("1e-6")), t0 * (1 + mpmath.mpf("1e-6"))), solver="illinois"))
    return _T_CACHE[key]


def effective(phi, df, alpha):
    if math.isnan(phi):
        return 1.0
    if df == 0:
        return max(1.0, phi)
    ratio = t_isf(alpha, df) / stats.norm.isf(alpha / 2)  # upper tails: 1 - a/2 rounds to 1 for tiny a
    return max(1.0, phi * ratio * ratio)


def interval(x1, t1, x2, t2, phi, df, level):
    alpha = 1 - level
    e = effective(phi, df, alpha)
    s, f = x2 / e, x1 / e
    low = stats.beta.ppf(alpha / 2, s, f + 1) if s > 0 else 0.0
    high = stats.beta.ppf(1 - alpha / 2, s + 1, f) if f > 0 else 1.0
    to_ratio = lambda p: p / (1 - p) * t1 / t2 if p < 1 else math.inf
    return to_ratio(low), to_ratio(high), e


def central(x1, t1, x2, t2, phi, df, k, alpha):
    e = effective(phi, df, alpha)
    s, f = x2 / e, x1 / e
    pi0 = k * t2 / (t1 + k * t2)
    upper = special.betainc(s, f + 1, pi0) if s > 0 else 1.0
    lower = special.betainc(f, s + 1, 1 - pi0) if f > 0 else 1.0
    return min(1.0, 2 * min(upper, lower))


def p_value(x1, t1, x2, t2, phi, df, k=1.0):
    if x1 + x2 == 0:
        return 1.0
    if math.isnan(phi) or df == 0:
        return central(x1, t1, x2, t2, phi, df, k, 0.05)
    h = lambda u: central(x1, t1, x2, t2, phi, df, k, math.exp(u)) - math.exp(u)
    low, high = math.log(1e-100), math.log(1 - 1e-9)
    if h(high) >= 0:
        return 1.0
    if h(low) <= 0:
        return central(x1, t1, x2, t2, phi, df, k, 1e-100)
    return math.exp(optimize.brentq(h, low, high, xtol=1e-14, rtol=1e-15, maxiter=500))


def month_paired(previous, current):
    used = [i for i in range(len(previous)) if previous[i] + current[i] > 0]
    if len(used) < 2:
        return math.nan, max(0, len(used) - 1)
    y = np.array([v for i in used for v in (previous[i], current[i])], dtype=float)
    months = np.zeros((len(y), len(used)))
    for j in range(len(used)):
        months[2 * j, j] = months[2 * j + 1, j] = 1
    period = np.array([0, 1] * len(used), dtype=float)
    x = np.column_stack([months, period])
    if sum(current[i] for i in used) in (0, sum(previous[i] + current[i] for i in used)):
        return 0.0, len(used) - 1  # all events in one period: the fit is exact (the GLM's period term diverges)
    fit = sm.GLM(y, x, family=sm.families.Poisson()).fit(tol=1e-14)
    phi = fit.pearson_chi2 / fit.df_resid
    table = np.array([[previous[i] for i in used], [current[i] for i in used]], dtype=float)
    chi2 = stats.chi2_contingency(table, correction=False)[0]
    assert abs(chi2 / (len(used) - 1) - phi) <= 1e-8 * phi, (chi2, phi)
    return float(phi), int(fit.df_resid)


def clean(v):
    if isinstance(v, float) and math.isinf(v):
        return "Infinity"
    if isinstance(v, float) and math.isnan(v):
        return "NaN"
    return v


CASES = [
    # name, x1, t1, x2, t2, phi, df, null ratio, level
    ("canterbury shoplifting 528 to 825, phi 8.3 on 6 df", 528, 4, 825, 4, 8.3, 6, 1.0, 0.95),
    ("gorrell 363 to 450, phi 1.5 on 3 df", 363, 4, 450, 4, 1.5, 3, 1.0, 0.95),
    ("phi known (d = 0) equals the widened interval's central p", 120, 12, 160, 12, 2.0, 0, 1.0, 0.95),
    ("Poisson (phi NaN): central exact p", 40, 12, 62, 12, math.nan, 0, 1.0, 0.95),
    ("underdispersed estimate inflated by t on 3 df", 200, 12, 260, 12, 0.5, 3, 1.0, 0.95),
    ("large counts, 11 df", 12000, 12, 13100, 12, 2.5, 11, 1.0, 0.95),
    ("from zero", 0, 6, 9, 6, 1.7, 5, 1.0, 0.95),
    ("to zero", 7, 6, 0, 6, 1.2, 5, 1.0, 0.95),
    ("unequal exposures", 90, 24, 70, 12, 1.8, 7, 1.0, 0.90),
    ("against a located-share ratio k = 0.68", 900, 12, 640, 12, 1.3, 11, 0.68, 0.95),
    ("city asb 846 to 350 against k = 0.979", 846, 12, 350, 12, 3.0, 11, 0.979, 0.95),
]


def main():
    cases = []
    for name, x1, t1, x2, t2, phi, df, k, level in CASES:
        low, high, e = interval(x1, t1, x2, t2, phi, df, level)
        cases.append(dict(name=name, previousCount=x1, previousExposure=t1, currentCount=x2, currentExposure=t2, dispersion=clean(phi),
                          degreesOfFreedom=df, nullRatio=k, confidenceLevel=level, effectiveDispersion=e,
                          low=clean(low), high=clean(high), pValue=p_value(x1, t1, x2, t2, phi, df, k),
                          pValueAtOne=p_value(x1, t1, x2, t2, phi, df)))
    paired = []
    for name, previous, current in [
        ("seasonal, little noise", [30, 40, 55, 70, 65, 50, 35, 30, 45, 60, 75, 60], [33, 44, 58, 75, 70, 52, 40, 31, 49, 66, 80, 64]),
        ("noisy pairs", [30, 70, 25, 80, 20, 75], [40, 120, 35, 130, 30, 110]),
        ("a month with no events is left out", [5, 0, 7, 9], [6, 0, 2, 12]),
        ("all events in the current period", [0, 0, 0, 0], [1, 0, 2, 1]),
        ("one month with events", [3, 0], [4, 0]),
    ]:
        phi, df = month_paired(previous, current)
        paired.append(dict(name=name, previous=previous, current=current, phi=clean(phi), degreesOfFreedom=df))
    payload = {
        "generator": f"make_overdispersed_fixtures.py (scipy {scipy.__version__}, numpy {np.__version__}, statsmodels {statsmodels.__version__})",
        "cases": cases,
        "paired": paired,
    }
    with open(os.path.join(HERE, "overdispersed_rate.json"), "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
