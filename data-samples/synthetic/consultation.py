#!/usr/bin/env python3
"""Writes consultation-synthetic.csv: a SYNTHETIC residents' consultation extract for the prioritisation matrix.

Canterbury publishes no residents' survey of community-safety concerns, so this makes one in the shape the pipeline
reads (theme, share of respondents naming it as a concern, sample size). The themes are police.uk crime types and the
partnership's priority names; the shares are invented around levels typical of district community-safety surveys.
Fixed seed: the file is the same on every run.

    /usr/bin/python3 data-samples/synthetic/consultation.py   # writes data-samples/consultation-synthetic.csv
"""
import csv
import os
import random

SEED = 20261130
RESPONDENTS = 612
# (theme as the survey words it, typical share naming it)
THEMES = [
    ("Anti-social behaviour", 0.46),
    ("Drugs", 0.38),
    ("Violence and sexual offences", 0.31),
    ("Shoplifting", 0.22),
    ("Burglary", 0.27),
    ("Vehicle crime", 0.19),
    ("Criminal damage and arson", 0.21),
    ("Bicycle theft", 0.12),
    ("Public order", 0.10),
    ("Night-time economy and violence", 0.24),
    ("Safeguarding and focus on vulnerable people", 0.15),
    ("Support young people", 0.18),
]


def main():
    rng = random.Random(SEED)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "consultation-synthetic.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["theme", "share", "sample_size"])
        for theme, typical in THEMES:
            # Each theme was asked of everyone, but some respondents skipped the question.
            asked = RESPONDENTS - rng.randint(0, 40)
            named = sum(1 for _ in range(asked) if rng.random() < typical)
            writer.writerow([theme, f"{named / asked:.3f}", asked])


if __name__ == "__main__":
    main()
