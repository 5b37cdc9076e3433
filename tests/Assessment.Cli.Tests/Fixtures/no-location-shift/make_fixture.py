"""Builds policeuk/ from the real Kent rows of ../../../../../shared/cases/partial-force-coverage (Kent files only):
in every 2025 file, every third data row loses its coordinates and LSOA ("No Location"), so the share of rows
without a location rises from the 2024 files' share to about a third. Run with /usr/bin/python3 from this folder."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "cases", "partial-force-coverage", "policeuk")
TARGET = os.path.join(HERE, "policeuk")

for month in sorted(os.listdir(SOURCE)):
    name = f"{month}-kent-street.csv"
    source = os.path.join(SOURCE, month, name)
    if not os.path.exists(source):
        continue
    os.makedirs(os.path.join(TARGET, month), exist_ok=True)
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    blank = [header.index(c) for c in ("Longitude", "Latitude", "LSOA code", "LSOA name")]
    location = header.index("Location")
    for i, row in enumerate(rows[1:]):
        if month.startswith("2025") and i % 3 == 0:
            for c in blank:
                row[c] = ""
            row[location] = "No Location"
    with open(os.path.join(TARGET, month, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
