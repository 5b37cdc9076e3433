#!/usr/bin/env python3
"""Writes reoffending-synthetic.csv: a SYNTHETIC Ministry of Justice proven-reoffending extract by local authority.

No real district-level extract ships with the samples, so this makes one in the published shape (quarterly cohorts,
adult and juvenile, with Kent and England and Wales comparator rows) and with magnitudes realistic for a district of
about 160,000 residents. The figures are invented. Fixed seed: the file is the same on every run.

    /usr/bin/python3 data-samples/synthetic/reoffending.py   # writes data-samples/reoffending-synthetic.csv
"""
import csv
import os
import random

SEED = 20261130
QUARTERS = [(2020, 4), (2020, 7), (2020, 10), (2021, 1), (2021, 4), (2021, 7), (2021, 10),
            (2022, 1), (2022, 4), (2022, 7), (2022, 10), (2023, 1)]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# (code, name, area type, adult cohort range, juvenile cohort range, adult rate, juvenile rate, reoffences per reoffender)
AREAS = [
    ("E07000106", "Canterbury", "Local authority", (100, 150), (10, 25), 0.275, 0.325, 3.4),
    ("E10000016", "Kent", "County", (2300, 2700), (200, 260), 0.262, 0.318, 3.5),
    ("K04000001", "England and Wales", "England and Wales", (95000, 105000), (5800, 6600), 0.255, 0.315, 3.6),
]
HEADER = ["Cohort period", "Area code", "Area name", "Area type", "Offender type",
          "Number of offenders in the measurable cohort", "Number of reoffenders", "Number of reoffences",
          "Proportion of offenders who reoffend (%)", "Average number of reoffences per reoffender"]


def period(year, month):
    last = month + 2
    return f"{MONTHS[month - 1]} {year} to {MONTHS[last - 1]} {year}"


def binomial(rng, n, p):
    return sum(1 for _ in range(n) if rng.random() < p) if n < 5000 else max(0, round(rng.gauss(n * p, (n * p * (1 - p)) ** 0.5)))


def main():
    rng = random.Random(SEED)
    rows = []
    for year, month in QUARTERS:
        for code, name, kind, adult, juvenile, adult_rate, juvenile_rate, frequency in AREAS:
            for offender, (low, high), rate in (("Adult", adult, adult_rate), ("Juvenile", juvenile, juvenile_rate)):
                offenders = rng.randint(low, high)
                reoffenders = binomial(rng, offenders, rate)
                reoffences = round(reoffenders * rng.uniform(frequency - 0.5, frequency + 0.5))
                row = [period(year, month), code, name, kind, offender, offenders, reoffenders, reoffences,
                       f"{100 * reoffenders / offenders:.1f}", f"{reoffences / reoffenders:.2f}" if reoffenders else "0.00"]
                rows.append(row)
    # The MoJ suppresses figures it cannot release; one juvenile quarter is suppressed here so the report shows how.
    suppressed = next(r for r in rows if r[1] == "E07000106" and r[4] == "Juvenile" and r[0].startswith("Oct 2021"))
    suppressed[6:10] = ["*", "*", "*", "*"]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reoffending-synthetic.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
