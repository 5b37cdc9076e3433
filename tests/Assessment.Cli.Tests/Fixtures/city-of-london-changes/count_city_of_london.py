"""Independent count of the City of London police.uk street files for the changes-section test.

Reads ../shared/data/policeuk/city-of-london/YYYY-MM/YYYY-MM-city-of-london-street.csv with the csv module (not the
pipeline) and counts, for 2022 and 2023, the rows whose LSOA name starts with "City of London ", by crime type. A row
that repeats an earlier row of its file field for field, with a non-empty Crime ID, is counted once (police.uk's files
sometimes repeat a crime; ASB rows have no Crime ID and are separate incidents even when identical). Writes counts.json
beside this script.

Run from the repository root: python3 tests/Assessment.Cli.Tests/Fixtures/city-of-london-changes/count_city_of_london.py
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
FOLDER = os.path.join(ROOT, "..", "shared", "data", "policeuk", "city-of-london")
PREFIX = "City of London "


def count_year(year):
    by_type = {}
    months = 0
    for month in range(1, 13):
        name = f"{year}-{month:02d}"
        path = os.path.join(FOLDER, name, f"{name}-city-of-london-street.csv")
        if not os.path.exists(path):
            sys.exit(f"missing {path}")
        months += 1
        seen = set()
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            crime_id, lsoa_name, crime_type = header.index("Crime ID"), header.index("LSOA name"), header.index("Crime type")
            for row in reader:
                if not row:
                    continue
                if row[crime_id]:
                    key = "\x01".join(row)
                    if key in seen:
                        continue
                    seen.add(key)
                if row[lsoa_name].startswith(PREFIX):
                    by_type[row[crime_type]] = by_type.get(row[crime_type], 0) + 1
    return {"months": months, "total": sum(by_type.values()), "by_crime_type": dict(sorted(by_type.items()))}


def main():
    counts = {"source": "police.uk street-level files, City of London Police, ../shared/data/policeuk/city-of-london",
              "area_prefix": PREFIX, "2022": count_year(2022), "2023": count_year(2023)}
    with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(counts, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
