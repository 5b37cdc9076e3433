#!/usr/bin/python3
"""Reference values for Assessment.Core.Statistics, computed with scipy/numpy.

Run from anywhere with the Debian interpreter (it has numpy and scipy):

    /usr/bin/python3 tests/Assessment.Core.Tests/Fixtures/statistics/make_fixtures.py

Each JSON file written next to this script holds inputs and scipy (or independent
numpy) outputs. NaN and infinities are written as the strings "NaN", "Infinity" and
"-Infinity" because JSON has no literal for them.

Written with scipy 1.10.1, numpy 1.24.2 and mpmath 1.2.1 (Debian bookworm packages).
mpmath (40 significant digits) gives a second, high-precision reference for the distribution
functions and the exact test: at a million events scipy's own betainc is only good to ~1e-9.
"""
import json
import math
import os

import mpmath as mp
import numpy as np
import scipy
from scipy import special, stats

HERE = os.path.dirname(os.path.abspath(__file__))
Z975 = float(special.ndtri(0.975))


def clean(value):
    """Makes a value JSON-safe: numpy scalars to Python, non-finite floats to strings."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [clean(v) for v in value]
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
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
    payload = {"generator": f"make_fixtures.py (scipy {scipy.__version__}, numpy {np.__version__})", **payload}
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(clean(payload), f, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- high precision (mpmath)
mp.mp.dps = 40


def mp_beta_regularized(a, b, x, y):
    """I_x(a, b) with y = 1 - x, from the Gauss hypergeometric series (all terms positive)."""
    a, b = mp.mpf(a), mp.mpf(b)
    if x <= (a + 1) / (a + b + 2):
        return x ** a * y ** b / (a * mp.beta(a, b)) * mp.hyp2f1(a + b, 1, a + 1, x, maxterms=10 ** 8)
    return 1 - mp_beta_regularized(b, a, y, x)


def mp_binomial(n, p):
    """pmf, cdf and sf of Binomial(n, p) for the double p, with q = 1 - p exactly."""
    p = mp.mpf(p)
    q = 1 - p

    def pmf(i):
        return mp.binomial(n, i) * p ** i * q ** (n - i) if 0 <= i <= n else mp.mpf(0)

    def cdf(k):
        return mp.mpf(0) if k < 0 else (mp.mpf(1) if k >= n else mp_beta_regularized(n - k, k + 1, q, p))

    def sf(k):
        return mp.mpf(1) if k < 0 else (mp.mpf(0) if k >= n else mp_beta_regularized(k + 1, n - k, p, q))

    return pmf, cdf, sf


def mp_binomtest(k, n, p):
    """scipy.stats.binomtest's two-sided algorithm (scipy/stats/_binomtest.py) with exact arithmetic."""
    pmf, cdf, sf = mp_binomial(n, p)
    rerr = mp.mpf(1 + 1e-7)
    d = pmf(k)

    def search(a, target, lo, hi):
        while lo < hi:
            mid = lo + (hi - lo) // 2
            value = a(mid)
            if value < target:
                lo = mid + 1
            elif value > target:
                hi = mid - 1
            else:
                return mid
        return lo if a(lo) <= target else lo - 1

    if k == p * n:
        return mp.mpf(1)
    if k < p * n:
        ix = search(lambda i: -pmf(i), -d * rerr, int(math.ceil(p * n)), n)
        y = n - ix + int(d * rerr == pmf(ix))
        value = cdf(k) + sf(n - y)
    else:
        ix = search(pmf, d * rerr, 0, int(math.floor(p * n)))
        value = cdf(ix) + sf(k - 1)
    return min(mp.mpf(1), value)


# ---------------------------------------------------------------- distributions
def distributions():
    binomial = []
    grid = [(0, 5, 0.5), (5, 10, 0.3), (16, 41, 0.5), (25, 41, 0.5), (1, 41, 0.5),
            (1350, 2550, 0.5), (1200, 2550, 0.5), (61000, 121000, 0.5), (60000, 121000, 0.5),
            (500000, 1000000, 0.5), (498000, 1000000, 0.5), (503500, 1000000, 0.5001),
            (3, 1000000, 1e-6), (0, 1000000, 1e-6), (1000, 4300, 0.5), (3300, 4300, 0.5),
            (7, 30, 1 / 3), (20, 50, 12 / 36), (1999999, 2000000, 0.5), (999, 1000, 0.999)]
    for k, n, p in grid:
        pmf, cdf, sf = mp_binomial(n, p)
        binomial.append({"k": k, "n": n, "p": p,
                         "pmf": stats.binom.pmf(k, n, p), "cdf": stats.binom.cdf(k, n, p),
                         "sf": stats.binom.sf(k, n, p),
                         "pmfHighPrecision": float(pmf(k)), "cdfHighPrecision": float(cdf(k)),
                         "sfHighPrecision": float(sf(k))})

    beta = []
    for a, b, x in [(16, 10, 0.4), (25, 17, 0.7), (1350, 1201, 0.52), (61000, 60001, 0.505),
                    (5, 1, 0.3), (0.5, 3.2, 0.1), (600000, 600001, 0.4995), (3.3, 7.7, 0.9),
                    (1e-3, 2.0, 0.5), (2.5, 1e-3, 0.5), (12.5, 9.1, 1e-4), (40, 60, 0.999)]:
        beta.append({"a": a, "b": b, "x": x, "value": special.betainc(a, b, x),
                     "highPrecision": float(mp_beta_regularized(a, b, mp.mpf(x), 1 - mp.mpf(x)))})
    beta_inverse = []
    for a, b, y in [(16, 26, 0.025), (26, 16, 0.975), (1350, 1201, 0.025), (61000, 60001, 0.975),
                    (1, 5, 0.025), (5.5, 3.2, 0.5), (600000, 600001, 0.025), (1, 1000000, 0.025),
                    (0.4, 2.6, 0.025), (2.6, 0.4, 0.975), (3.2, 4.1, 1e-12)]:
        beta_inverse.append({"a": a, "b": b, "y": y, "value": special.betaincinv(a, b, y)})

    gamma = []
    for a, x in [(5.5, 20.0), (10, 3.0), (50, 100), (500, 520), (0.5, 1e-3), (30000, 30500),
                 (1000000, 1001000), (1000000, 997000), (11.5, 19.675), (1, 700), (3, 0.01)]:
        gamma.append({"a": a, "x": x, "lower": special.gammainc(a, x), "upper": special.gammaincc(a, x),
                      "lowerHighPrecision": float(mp.gammainc(a, 0, x, regularized=True)),
                      "upperHighPrecision": float(mp.gammainc(a, x, mp.inf, regularized=True))})
    gamma_inverse = []
    for a, y in [(1, 0.975), (16, 0.025), (26, 0.975), (0.5, 0.3), (1000000, 0.025),
                 (1000001, 0.975), (3.5, 1e-10), (60000, 0.999)]:
        gamma_inverse.append({"a": a, "y": y, "value": special.gammaincinv(a, y)})

    write("distributions.json", {"binomial": binomial, "incompleteBeta": beta, "incompleteBetaInverse": beta_inverse,
                                 "incompleteGamma": gamma, "incompleteGammaInverse": gamma_inverse})


# ---------------------------------------------------------------- rate comparison
def exact_limits(k, n, level):
    """Clopper-Pearson limits for a proportion as exact beta quantiles."""
    alpha = (1 - level) / 2
    low = special.betaincinv(k, n - k + 1, alpha) if k > 0 else 0.0
    high = special.betaincinv(k + 1, n - k, 1 - alpha) if k < n else 1.0
    return low, high


def to_ratio(pi, t1, t2):
    return math.inf if pi >= 1 else pi / (1 - pi) * t1 / t2


def rate_comparison():
    cases = []
    grid = [
        # previous, T1, current, T2, dispersion, note
        (0, 12, 5, 12, 1.0, "zero previous"),
        (5, 12, 0, 12, 1.0, "zero current"),
        (16, 1, 25, 1, 1.0, "Wheeler 2018 worked example"),
        (25, 1, 16, 1, 1.0, "Wheeler example reversed"),
        (1200, 12, 1350, 12, 1.0, "typical annual crime type"),
        (1200, 12, 1350, 12, 2.5, "overdispersed"),
        (60000, 12, 61000, 12, 1.0, "force-level volume"),
        (60000, 12, 61000, 12, 4.0, "force-level, overdispersed"),
        (100, 12, 101, 12, 1.0, "p near 1"),
        (60000, 12, 60001, 12, 1.0, "p near 1, large"),
        (1000, 12, 1000, 12, 1.0, "no change, p exactly 1"),
        (30, 24, 20, 12, 1.0, "unequal exposure"),
        (1200, 24, 700, 12, 1.5, "unequal exposure, overdispersed"),
        (5, 10, 7, 14, 1.0, "unequal exposure, k equals p*n"),
        (10, 36, 8, 12, 1.0, "three-year baseline"),
        (1200, 1800000, 1350, 1824000, 1.0, "person-months exposure"),
        (500000, 12, 502000, 12, 1.0, "one million events"),
        (499000, 12, 501500, 12.5, 1.0, "one million events, unequal exposure"),
        (1000, 12, 3300, 12, 1.0, "tiny p (about 1e-281)"),
        (1000, 12, 3390, 12, 1.0, "p about 1e-300"),
        (1000, 12, 3430, 12, 1.0, "p near the smallest normal double"),
        (1000, 12, 3450, 12, 1.0, "p subnormal (about 6e-312)"),
        (1000, 12, 4000, 12, 1.0, "p underflows to zero"),
        (3, 12, 2, 12, 1.0, "small counts"),
        (1, 12, 0, 12, 3.0, "one event, overdispersed"),
        (0, 12, 1, 12, 3.0, "one event now, overdispersed"),
        (40, 12, 41, 12, 0.7, "underdispersed: exact interval stands"),
    ]
    for x1, t1, x2, t2, phi, note in grid:
        n = x1 + x2
        p0 = t2 / (t1 + t2)
        level = 0.95
        test = stats.binomtest(x2, n, p0)
        ci = test.proportion_ci(confidence_level=level, method="exact")
        low, high = exact_limits(x2, n, level)
        if phi > 1:
            alpha = (1 - level) / 2
            a, b = x2 / phi, x1 / phi
            wlow = special.betaincinv(a, b + 1, alpha) if x2 > 0 else 0.0
            whigh = special.betaincinv(a + 1, b, 1 - alpha) if x1 > 0 else 1.0
        else:
            wlow, whigh = low, high
        rate_ratio = (x2 / t2) / (x1 / t1) if x1 > 0 else (math.inf if x2 > 0 else math.nan)
        wald = None
        if x1 > 0 and x2 > 0:
            se = math.sqrt(max(phi, 1.0) * (1 / x1 + 1 / x2))
            wald = [rate_ratio * math.exp(-Z975 * se), rate_ratio * math.exp(Z975 * se)]
        cases.append({
            "note": note, "previousCount": x1, "previousExposure": t1, "currentCount": x2,
            "currentExposure": t2, "dispersion": phi, "confidenceLevel": level,
            "nullProportion": p0, "pValue": test.pvalue, "pValueHighPrecision": float(mp_binomtest(x2, n, p0)),
            "scipyProportionLow": ci.low, "scipyProportionHigh": ci.high,
            "proportionLow": low, "proportionHigh": high,
            "rateRatio": rate_ratio,
            "rateRatioLow": to_ratio(low, t1, t2), "rateRatioHigh": to_ratio(high, t1, t2),
            "widenedRateRatioLow": to_ratio(wlow, t1, t2), "widenedRateRatioHigh": to_ratio(whigh, t1, t2),
            "quasiPoissonWald": wald,
        })
    # The two-sided p-value on its own for awkward (k, n, p) including p far from 1/2.
    binomial_tests = []
    for k, n, p in [(3, 10, 0.3), (7, 10, 0.3), (0, 10, 0.3), (10, 10, 0.3), (1, 40, 0.9),
                    (50, 100, 0.5), (49, 100, 0.5), (480, 1000, 0.49), (20, 56, 1 / 3),
                    (12, 1000000, 1e-5), (1, 2, 0.5), (250000, 1000000, 0.2502)]:
        binomial_tests.append({"k": k, "n": n, "p": p, "pValue": stats.binomtest(k, n, p).pvalue,
                               "pValueHighPrecision": float(mp_binomtest(k, n, p))})
    write("rate_comparison.json", {"cases": cases, "binomialTests": binomial_tests})


# ---------------------------------------------------------------- intervals
def intervals():
    poisson = []
    for level in (0.95, 0.998):
        alpha = 1 - level
        z = special.ndtri(1 - alpha / 2)
        for x in [0, 1, 2, 5, 10, 16, 25, 100, 1000, 60000, 1000000]:
            low = stats.chi2.ppf(alpha / 2, 2 * x) / 2 if x > 0 else 0.0
            high = stats.chi2.ppf(1 - alpha / 2, 2 * x + 2) / 2
            # Byar's approximation as OHID's technical guide writes it.
            byar_low = x * (1 - 1 / (9 * x) - z / (3 * math.sqrt(x))) ** 3 if x > 0 else 0.0
            byar_high = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * math.sqrt(x + 1))) ** 3
            poisson.append({"count": x, "confidenceLevel": level, "exactLow": low, "exactHigh": high,
                            "byarLow": max(byar_low, 0.0), "byarHigh": byar_high})
    wilson = []
    for k, n in [(0, 10), (1, 10), (5, 10), (10, 10), (37, 120), (411, 1500), (3, 4), (1, 1), (9999, 10000)]:
        z = Z975
        p = k / n
        formula_low = (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)
        formula_high = (p + z * z / (2 * n) + z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)
        ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
        # The textbook formula (METHODS.md 2.1) and scipy's Newcombe form must agree.
        assert abs(formula_low - ci.low) <= 1e-12 and abs(formula_high - ci.high) <= 1e-12, (k, n)
        wilson.append({"successes": k, "trials": n, "confidenceLevel": 0.95,
                       "formulaLow": formula_low, "formulaHigh": formula_high,
                       "scipyLow": ci.low, "scipyHigh": ci.high})
    write("intervals.json", {"poisson": poisson, "wilson": wilson})


# ---------------------------------------------------------------- dispersion
def dispersion():
    rng = np.random.default_rng(20250101)
    cases = []

    def add(note, counts, groups):
        counts = np.asarray(counts, dtype=float)
        groups = np.asarray(groups)
        labels = sorted(set(groups.tolist()))
        means = np.empty_like(counts)
        for g in labels:
            means[groups == g] = counts[groups == g].mean()
        with np.errstate(invalid="ignore", divide="ignore"):
            terms = np.where(means > 0, (counts - means) ** 2 / means, 0.0)
        x2 = float(terms.sum())
        df = len(counts) - len(labels)
        phi = x2 / df
        cases.append({"note": note, "counts": counts.tolist(), "groups": groups.tolist(),
                      "pearsonChiSquare": x2, "degreesOfFreedom": df, "dispersion": phi,
                      "pValue": stats.chi2.sf(x2, df)})

    add("poisson, constant mean", rng.poisson(40, 24), [0] * 24)
    add("negative binomial, two periods", np.concatenate([rng.negative_binomial(5, 5 / 45, 12),
                                                          rng.negative_binomial(5, 5 / 50, 12)]), [0] * 12 + [1] * 12)
    add("seasonal means (calendar month groups)", rng.poisson(np.tile([30, 28, 35, 40, 45, 50, 52, 50, 44, 38, 33, 31], 3)),
        list(range(12)) * 3)
    add("a group of zeros", [0] * 6 + [3, 5, 2, 4, 6, 1], [0] * 6 + [1] * 6)
    write("dispersion.json", {"cases": cases})


# ---------------------------------------------------------------- multiple testing
def benjamini_hochberg_reference(ps):
    """scipy.stats.false_discovery_control(ps, method='bh') as written in scipy >= 1.11
    (absent from the scipy 1.10 installed here), with NaN entries left out of m."""
    ps = np.asarray(ps, dtype=float)
    out = np.full_like(ps, np.nan)
    mask = ~np.isnan(ps)
    sub = ps[mask]
    if sub.size <= 1:
        out[mask] = sub
        return out
    fdc = getattr(stats, "false_discovery_control", None)
    if fdc is not None:
        out[mask] = fdc(sub, method="bh")
        return out
    order = np.argsort(sub)
    sorted_ps = sub[order] * (sub.size / np.arange(1, sub.size + 1))
    np.minimum.accumulate(sorted_ps[::-1], out=sorted_ps[::-1])
    adjusted = np.empty_like(sorted_ps)
    adjusted[order] = sorted_ps
    out[mask] = np.clip(adjusted, 0, 1)
    return out


def benjamini_hochberg_by_definition(ps):
    """q_i = min over j with p_j >= p_i of min(1, m p_j / rank_j): the definition, O(m^2)."""
    ps = np.asarray(ps, dtype=float)
    out = np.full_like(ps, np.nan)
    idx = [i for i in range(len(ps)) if not np.isnan(ps[i])]
    m = len(idx)
    ranked = sorted(idx, key=lambda i: ps[i])
    rank = {i: r + 1 for r, i in enumerate(ranked)}
    for i in idx:
        out[i] = min(min(1.0, m * ps[j] / rank[j]) for j in idx if rank[j] >= rank[i])
    return out


def holm_by_definition(ps):
    ps = np.asarray(ps, dtype=float)
    out = np.full_like(ps, np.nan)
    idx = [i for i in range(len(ps)) if not np.isnan(ps[i])]
    m = len(idx)
    ranked = sorted(idx, key=lambda i: ps[i])
    for r, i in enumerate(ranked):
        out[i] = max(min(1.0, (m - s) * ps[ranked[s]]) for s in range(r + 1))
    return out


def multiple_testing():
    rng = np.random.default_rng(7)
    vectors = [
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
         0.5719, 0.6528, 0.7590, 1.000],
        [0.5, 0.6, 0.1, 0.001],
        [0.01, 0.01, 0.04, 0.04, 0.2, 0.9],
        [0.03, float("nan"), 0.01, 0.5, float("nan"), 0.02],
        sorted(rng.uniform(0, 1, 40).tolist(), key=lambda _: rng.uniform()),
        (rng.uniform(0, 1, 30) ** 4).tolist(),
        [1e-300, 1e-10, 0.049, 1.0, 0.0],
    ]
    cases = []
    for ps in vectors:
        bh = benjamini_hochberg_reference(ps)
        bh_def = benjamini_hochberg_by_definition(ps)
        assert np.allclose(bh, bh_def, rtol=1e-14, atol=0, equal_nan=True), ps
        cases.append({"pValues": ps, "benjaminiHochberg": bh.tolist(), "holm": holm_by_definition(ps).tolist()})
    write("multiple_testing.json", {"cases": cases})


# ---------------------------------------------------------------- Mann-Kendall and Sen
def mann_kendall_reference(y):
    """Independent numpy Mann-Kendall (Gilbert 1987 ch. 16): NaN entries dropped."""
    y = np.asarray(y, dtype=float)
    y = y[~np.isnan(y)]
    n = len(y)
    s = int(np.sum(np.triu(np.sign(y[None, :] - y[:, None]), k=1))) if n > 1 else 0
    _, counts = np.unique(y, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - np.sum(counts * (counts - 1) * (2 * counts + 5))) / 18.0
    if s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = 2 * stats.norm.sf(abs(z))
    pairs = n * (n - 1) / 2
    tau_a = s / pairs if n > 1 else math.nan
    ties = np.sum(counts * (counts - 1) / 2)
    denominator = math.sqrt(pairs * (pairs - ties))
    tau_b = s / denominator if denominator > 0 else math.nan
    return {"n": n, "s": s, "varianceS": var, "z": z, "pValue": p, "tauA": tau_a, "tauB": tau_b}


def mann_kendall():
    rng = np.random.default_rng(42)
    months = np.arange(36)
    seasonal = 40 + 8 * np.sin(2 * np.pi * months / 12)
    series = {
        # Little, "A Mann-Kendall example (by hand)", College of the Holy Cross,
        # mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt: S = 54,
        # V = 14*13*33/18 - 2*1*9/18, Z = 53/sqrt(V) = 2.9058 (its p = .0018 is one-sided).
        "holy cross worked example": [12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7],
        "monthly counts with ties": rng.poisson(12, 24).tolist(),
        "rising monthly counts": rng.poisson(np.linspace(30, 45, 36)).tolist(),
        "falling with seasonality": rng.poisson(seasonal * np.linspace(1.1, 0.85, 36)).tolist(),
        "many ties": [3, 3, 3, 4, 4, 2, 2, 2, 2, 5, 5, 3],
        "with a missing month": [10, 12, float("nan"), 11, 15, 14, 13, 17],
    }
    cases = []
    for name, y in series.items():
        ref = mann_kendall_reference(y)
        clean_y = np.asarray(y, dtype=float)
        clean_y = clean_y[~np.isnan(clean_y)]
        kt = stats.kendalltau(np.arange(len(clean_y)), clean_y)
        # Kendall's tau-b against the time index is S over the tie-corrected pair count.
        assert abs(kt.statistic - ref["tauB"]) < 1e-14, name
        cases.append({"name": name, "values": y, **ref, "scipyKendallTauB": kt.statistic})

    seasonal_cases = []
    for name, y in [("36 months, seasonal and rising", rng.poisson(seasonal * np.linspace(0.9, 1.2, 36)).tolist()),
                    ("24 months, flat", rng.poisson(np.tile(seasonal[:12], 2)).tolist()),
                    ("30 months with a gap", [float("nan") if i == 17 else float(v)
                                              for i, v in enumerate(rng.poisson(seasonal[:30] * 1.0))])]:
        s = 0
        var = 0.0
        pairs = 0.0
        for season in range(12):
            ref = mann_kendall_reference(y[season::12])
            s += ref["s"]
            var += ref["varianceS"]
            pairs += ref["n"] * (ref["n"] - 1) / 2
        z = (s - 1) / math.sqrt(var) if s > 0 else ((s + 1) / math.sqrt(var) if s < 0 else 0.0)
        seasonal_cases.append({"name": name, "values": y, "period": 12, "s": s, "varianceS": var, "z": z,
                               "pValue": 2 * stats.norm.sf(abs(z)), "tau": s / pairs})

    sen = []
    for name, y, x in [("holy cross worked example", series["holy cross worked example"], None),
                       ("monthly counts with ties", series["monthly counts with ties"], None),
                       ("rising monthly counts", series["rising monthly counts"], None),
                       ("many ties", series["many ties"], None),
                       ("uneven x (a month missing)", [10, 12, 11, 15, 14, 13, 17], [0, 1, 3, 4, 5, 6, 7]),
                       ("odd number of slopes", [1, 4, 2], None)]:
        x_values = np.arange(len(y), dtype=float) if x is None else np.asarray(x, dtype=float)
        res = stats.theilslopes(y, x_values, alpha=0.95)
        slopes = sorted((y[j] - y[i]) / (x_values[j] - x_values[i]) for i in range(len(y)) for j in range(i + 1, len(y)))
        assert abs(np.median(slopes) - res[0]) < 1e-15, name
        # METHODS.md 2.3 written out: C = z*sqrt(Var S), M1 = (N' - C)/2, M2 = (N' + C)/2,
        # CI = [slope(M1), slope(M2 + 1)] (1-based ranks). scipy's theilslopes must be the same construction.
        _, tie_counts = np.unique(y, return_counts=True)
        n = len(y)
        var_s = (n * (n - 1) * (2 * n + 5) - np.sum(tie_counts * (tie_counts - 1) * (2 * tie_counts + 5))) / 18
        c = Z975 * math.sqrt(var_s)
        m1, m2 = (len(slopes) - c) / 2, (len(slopes) + c) / 2
        by_methods = (slopes[max(int(np.round(m1)) - 1, 0)], slopes[min(int(np.round(m2)), len(slopes) - 1)])
        assert np.allclose(by_methods, (res[2], res[3]), rtol=0, atol=0), (name, by_methods, res)
        sen.append({"name": name, "values": y, "x": x_values.tolist(), "confidenceLevel": 0.95,
                    "slope": res[0], "intercept": res[1], "low": res[2], "high": res[3]})
    write("trend.json", {"mannKendall": cases, "seasonalMannKendall": seasonal_cases, "senSlope": sen})


# ---------------------------------------------------------------- control charts
def control_chart_reference(values, kind, baseline_start, baseline_length, exposures=None,
                            shift=8, trend=6):
    values = np.asarray(values, dtype=float)
    base = slice(baseline_start, baseline_start + baseline_length)
    n = len(values)
    if kind == "c":
        centre = values[base].mean()
        sigma = np.full(n, math.sqrt(centre))
        plotted = values
    elif kind == "u":
        exposures = np.asarray(exposures, dtype=float)
        centre = values[base].sum() / exposures[base].sum()
        sigma = np.sqrt(centre / exposures)
        plotted = values / exposures
    else:
        centre = values[base].mean()
        moving_ranges = np.abs(np.diff(values[base]))
        sigma = np.full(n, moving_ranges.mean() / 1.128)
        plotted = values
    upper = centre + 3 * sigma
    lower = centre - 3 * sigma
    if kind in ("c", "u"):
        lower = np.maximum(lower, 0.0)
    flags = [set() for _ in range(n)]
    for i in range(n):
        if plotted[i] > upper[i]:
            flags[i].add("AboveUpperLimit")
        if plotted[i] < lower[i]:
            flags[i].add("BelowLowerLimit")
    side = np.sign(plotted - centre)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and side[j + 1] == side[i] and side[i] != 0:
            j += 1
        if side[i] != 0 and j - i + 1 >= shift:
            for t in range(i, j + 1):
                flags[t].add("Shift")
        i = j + 1
    for direction in (1, -1):
        i = 0
        while i < n:
            j = i
            while j + 1 < n and direction * (plotted[j + 1] - plotted[j]) > 0:
                j += 1
            if j - i + 1 >= trend:
                for t in range(i, j + 1):
                    flags[t].add("Trend")
            i = j + 1 if j > i else i + 1
    for i in range(n - 2):
        for direction in (1, -1):
            beyond = [t for t in range(i, i + 3) if direction * (plotted[t] - centre) > 2 * sigma[t]]
            if len(beyond) >= 2:
                for t in beyond:
                    flags[t].add("TwoOfThreeBeyondTwoSigma")
    return {"centre": centre, "lower": lower.tolist(), "upper": upper.tolist(), "plotted": plotted.tolist(),
            "flags": [sorted(f) for f in flags]}


def control_charts():
    rng = np.random.default_rng(2024)
    counts = np.concatenate([rng.poisson(30, 24), rng.poisson([31, 33, 36, 38, 41, 44, 46, 47, 49, 52, 54, 58])]).tolist()
    population = (np.linspace(150000, 152400, 36)).round().tolist()
    drifting = np.concatenate([rng.normal(50, 4, 24), 50 + np.arange(1, 13) * 1.5]).round(1).tolist()
    cases = [
        {"name": "c-chart, rising final year", "kind": "c", "values": counts, "baselineStart": 0, "baselineLength": 24,
         **control_chart_reference(counts, "c", 0, 24)},
        {"name": "u-chart per resident", "kind": "u", "values": counts, "exposures": population, "baselineStart": 0,
         "baselineLength": 24, **control_chart_reference(counts, "u", 0, 24, exposures=population)},
        {"name": "XmR, drifting", "kind": "xmr", "values": drifting, "baselineStart": 0, "baselineLength": 24,
         **control_chart_reference(drifting, "xmr", 0, 24)},
    ]
    write("control_charts.json", {"cases": cases})


# ---------------------------------------------------------------- seasonality and completeness
def seasonality():
    rng = np.random.default_rng(99)
    shape = np.array([0.9, 0.85, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 0.98, 0.95, 0.97])
    series = rng.poisson(np.tile(shape * 100, 3)[5:]).astype(float)  # starts in June: a partial first year
    n = len(series)
    years = []
    end = n
    while end - 12 >= 0:
        years.append(series[end - 12:end])
        end -= 12
    first_month = 6  # calendar month of series[0]
    ratios = np.zeros(12)
    for block_end in range(n, 11, -12):
        block = series[block_end - 12:block_end]
        for offset in range(12):
            calendar = (first_month - 1 + block_end - 12 + offset) % 12
            ratios[calendar] += block[offset] / block.mean()
    index = ratios / len(years)
    rolling = [None if i < 11 else float(series[i - 11:i + 1].sum()) for i in range(n)]
    gappy = series.copy()
    gappy[20] = np.nan
    rolling_gappy = [None if i < 11 or np.isnan(gappy[i - 11:i + 1]).any() else float(gappy[i - 11:i + 1].sum())
                     for i in range(n)]

    def completeness(values, fraction=0.6, tail=0.001, season=12):
        # Expected = min(median of every other present month, median of the same calendar month in other years);
        # flagged when value < fraction * expected and the Poisson lower tail P(X <= value | expected) < tail.
        values = np.asarray(values, dtype=float)
        out = []
        for i in range(len(values)):
            others = [values[j] for j in range(len(values)) if j != i and not np.isnan(values[j])]
            same = [values[j] for j in range(len(values)) if j != i and not np.isnan(values[j]) and abs(j - i) % season == 0]
            if len(others) < 2 or np.isnan(values[i]):
                out.append({"expected": math.nan, "ratio": math.nan, "tail": math.nan, "flagged": False})
                continue
            expected = float(np.median(others))
            if same:
                expected = min(expected, float(np.median(same)))
            if not expected > 0:
                out.append({"expected": expected, "ratio": math.nan, "tail": math.nan, "flagged": False})
                continue
            ratio = values[i] / expected
            p = float(stats.poisson.cdf(values[i], expected))
            out.append({"expected": expected, "ratio": ratio, "tail": p, "flagged": bool(ratio < fraction and p < tail)})
        return out

    monthly = series.copy()
    monthly[-1] = round(monthly[-1] * 0.45)  # the latest month only partly published
    monthly[10] = round(monthly[10] * 0.55)
    run = rng.poisson(30, 24).astype(float)
    run[6:12] = 2
    small = rng.poisson(3, 24).astype(float)
    small[5] = 0
    small[17] = 1
    write("seasonality.json", {
        "seasonalIndex": {"values": series.tolist(), "firstMonth": "2022-06", "index": index.tolist(),
                          "yearsUsed": len(years)},
        "rollingTotal": {"values": series.tolist(), "totals": rolling, "gappyValues": gappy.tolist(),
                         "gappyTotals": rolling_gappy},
        "incompleteMonths": {"values": monthly.tolist(), "fraction": 0.6, "tail": 0.001,
                             "months": completeness(monthly)},
        # A run of six near-empty months (a recording system down for half a year) in two years of about 30 a month.
        "incompleteRun": {"values": run.tolist(), "months": completeness(run)},
        # A force with about 3 in-area rows a month: 0 or 1 in a month is chance, not a gap.
        "incompleteSmall": {"values": small.tolist(), "months": completeness(small)},
    })


if __name__ == "__main__":
    distributions()
    rate_comparison()
    intervals()
    dispersion()
    multiple_testing()
    mann_kendall()
    control_charts()
    seasonality()
    print("fixtures written to", HERE)
