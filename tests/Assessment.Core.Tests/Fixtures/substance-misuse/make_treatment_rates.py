#!/usr/bin/python3
"""Reference rates and 95% Wilson intervals for the synthetic treatment sample, computed with statsmodels and scipy.

    /usr/bin/python3 tests/Assessment.Core.Tests/Fixtures/substance-misuse/make_treatment_rates.py

Reads data-samples/ndtms-treatment-synthetic.csv and writes treatment-rates.json beside this script: for each
Canterbury and England row, the completion rate (successful completions / in treatment) and the re-presentation rate
(re-presentations / successful completions) with statsmodels' proportion_confint(method="wilson"), checked against
scipy's binomtest(k, n).proportion_ci(method="wilson"). Suppressed counts ("*") give no rate.
"""
import csv
import json
import os

from scipy import stats
from statsmodels.stats.proportion import proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "..", "data-samples", "ndtms-treatment-synthetic.csv")


def count(text):
    return None if text in ("*", "") else int(text)


def interval(k, n):
    if k is None or n is None or n == 0:
        return None
    lower, upper = proportion_confint(k, n, alpha=0.05, method="wilson")
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    assert abs(ci.low - lower) < 1e-12 and abs(ci.high - upper) < 1e-12
    return {"k": k, "n": n, "rate": k / n, "lower": float(lower), "upper": float(upper)}


def main():
    cases = []
    with open(SAMPLE, newline="") as f:
        for row in csv.DictReader(f):
            n, done, back = count(row["in_treatment"]), count(row["successful_completions"]), count(row["re_presentations"])
            cases.append({
                "period": row["period"], "area_code": row["area_code"], "substance_group": row["substance_group"],
                "in_treatment": n, "new_presentations": count(row["new_presentations"]),
                "successful_completions": done, "re_presentations": back,
                "completion": interval(done, n), "re_presentation": interval(back, done),
            })
    with open(os.path.join(HERE, "treatment-rates.json"), "w") as f:
        json.dump({"source": "data-samples/ndtms-treatment-synthetic.csv", "method": "statsmodels proportion_confint wilson, alpha 0.05", "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main()
