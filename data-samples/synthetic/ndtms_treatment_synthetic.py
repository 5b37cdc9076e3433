#!/usr/bin/env python3
"""Writes ../ndtms-treatment-synthetic.csv: SYNTHETIC adult drug and alcohol treatment figures in the NDTMS/OHID shape
(METHODS.md 4.4) for Canterbury (E07000106, about 160,000 residents) and England, 2017-18 to 2023-24.

No real district-level NDTMS file is published openly, so these numbers are made up. Their magnitudes follow the
published national picture scaled to a district of Canterbury's size: about 450 adults in treatment for opiates,
completion rates near 5% (opiate), 30-35% (non-opiate, alcohol) and re-presentation within six months of about
one in ten completions. Counts below 5 are suppressed ("*"), as NDTMS does. Fixed seed: the file is the same on
every run.  Usage: /usr/bin/python3 ndtms_treatment_synthetic.py
"""
import csv
import os

import numpy as np

SEED = 20251130
YEARS = ["2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24"]
# group: (in treatment, new presentations share, completion rate, re-presentation rate) for Canterbury
DISTRICT = {
    "opiate": (460, 0.18, 0.05, 0.14),
    "non-opiate": (115, 0.62, 0.32, 0.07),
    "alcohol": (240, 0.68, 0.36, 0.08),
    "non-opiate and alcohol": (125, 0.60, 0.29, 0.09),
}
ENGLAND = {
    "opiate": (138000, 0.16, 0.05, 0.17),
    "non-opiate": (31000, 0.63, 0.33, 0.06),
    "alcohol": (78000, 0.68, 0.36, 0.07),
    "non-opiate and alcohol": (40000, 0.61, 0.29, 0.08),
}


def rows(rng, code, name, groups, noise):
    for i, year in enumerate(YEARS):
        for group, (size, new_share, completion, represent) in groups.items():
            # a gentle drift over the years (numbers in treatment rose after 2021 in the published series)
            drift = 1.0 + 0.02 * (i - 3) + (0.04 if i >= 4 else 0.0)
            in_treatment = max(1, int(round(rng.normal(size * drift, size * noise))))
            new = rng.binomial(in_treatment, new_share)
            completions = rng.binomial(in_treatment, completion)
            re_presentations = rng.binomial(completions, represent)
            yield [year, code, name, group, in_treatment, new, completions, re_presentations]


def suppress(value):
    return "*" if isinstance(value, (int, np.integer)) and 0 < value < 5 else value


def main():
    rng = np.random.default_rng(SEED)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ndtms-treatment-synthetic.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["period", "area_code", "area_name", "substance_group", "in_treatment", "new_presentations",
                    "successful_completions", "re_presentations"])
        for row in rows(rng, "E07000106", "Canterbury", DISTRICT, 0.05):
            w.writerow(row[:4] + [suppress(v) for v in row[4:]])
        for row in rows(rng, "E92000001", "England", ENGLAND, 0.02):
            w.writerow(row)
    print(os.path.normpath(out))


if __name__ == "__main__":
    main()
