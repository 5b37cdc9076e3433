#!/usr/bin/env python3
"""Writes council-asb-cases-synthetic.csv: a synthetic council anti-social behaviour case log for Canterbury.

No council publishes its ASB case log, so the sample is made up, reproducibly (fixed seed), in the shape
docs/data-formats.md documents ("Council ASB case log"). Magnitudes are set for a district of about 160,000
residents: about 2,600 cases in 2024 and 2,450 in 2025, most of them noise and neighbour disputes, with graffiti
rising and street drinking falling between the years so the report has changes to show. Wards are Canterbury's
real 2025 wards (codes and names from boundaries/canterbury-wards-2025.geojson); coordinates are scattered around
each ward's published centroid, so they are plausible but are not real places of real cases.

Run from anywhere: /usr/bin/python3 data-samples/synthetic/generate_asb_cases.py
"""
import csv
import json
import math
import random
from datetime import date, timedelta
from pathlib import Path

SEED = 20251231
HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
OUT = SAMPLES / "council-asb-cases-synthetic.csv"

# Category as written in the log (canonical name first, then spellings case workers use), its yearly cases in
# 2024 and 2025, and the month of its seasonal peak (0 = none).
CATEGORIES = [
    (["Noise", "noise nuisance", "NOISE"], 900, 880, 7),
    (["Neighbour dispute", "neighbour nuisance"], 520, 530, 0),
    (["Rowdy behaviour", "youth nuisance", "rowdy and inconsiderate behaviour"], 330, 300, 8),
    (["Fly-tipping", "Fly tipping", "flytipping"], 260, 250, 6),
    (["Graffiti"], 120, 175, 0),
    (["Street drinking"], 140, 95, 7),
    (["Vehicle nuisance", "abandoned vehicle", "nuisance parking"], 150, 140, 0),
    (["Drug-related", "drugs"], 70, 60, 0),
    (["Begging"], 45, 40, 12),
    (["Dog-related", "dog fouling"], 40, 45, 0),
    (["Other"], 25, 20, 0),
]

# City-centre and coastal town wards carry more cases than the rural ones.
BUSY = {"Westgate": 3.0, "Northgate": 2.2, "Barton": 1.6, "Wincheap": 1.5, "St Stephen's": 1.3, "Gorrell": 1.8,
        "Heron": 1.9, "West Bay": 1.2, "Greenhill": 1.3, "Tankerton": 0.9, "Seasalter": 0.9}

AGENCIES = [("Council", 0.58), ("Canterbury City Council", 0.04), ("Housing association", 0.22), ("Police", 0.14), ("Other", 0.02)]


def wards():
    data = json.loads((SAMPLES / "boundaries" / "canterbury-wards-2025.geojson").read_text(encoding="utf-8"))
    return [(f["properties"]["WD25CD"], f["properties"]["WD25NM"], f["properties"]["LAT"], f["properties"]["LONG"],
             f["properties"]["BNG_E"], f["properties"]["BNG_N"]) for f in data["features"]]


def lsoa_by_ward(ward_list):
    """Each 2021 LSOA assigned to the ward whose centroid is nearest its vertices' mean: good enough for a sample."""
    data = json.loads((SAMPLES / "boundaries" / "canterbury-lsoa21.geojson").read_text(encoding="utf-8"))
    result = {w[0]: [] for w in ward_list}
    for f in data["features"]:
        geometry = f["geometry"]
        rings = geometry["coordinates"] if geometry["type"] == "Polygon" else [r for p in geometry["coordinates"] for r in p]
        points = [pt for ring in rings for pt in ring]
        lon = sum(p[0] for p in points) / len(points)
        lat = sum(p[1] for p in points) / len(points)
        nearest = min(ward_list, key=lambda w: (w[2] - lat) ** 2 + ((w[3] - lon) * math.cos(math.radians(lat))) ** 2)
        result[nearest[0]].append(f["properties"]["LSOA21CD"])
    return result


def month_weights(peak):
    if peak == 0:
        return [1.0] * 12
    return [1.0 + 0.35 * math.cos(2 * math.pi * (m + 1 - peak) / 12) for m in range(12)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for value, w in weighted:
        x -= w
        if x <= 0:
            return value
    return weighted[-1][0]


def main():
    rng = random.Random(SEED)
    ward_list = wards()
    lsoas = lsoa_by_ward(ward_list)
    ward_weights = [(w, BUSY.get(w[1], 0.6)) for w in ward_list]
    cases = []
    for spellings, n2024, n2025, peak in CATEGORIES:
        weights = month_weights(peak)
        for year, n in ((2024, n2024), (2025, n2025)):
            for _ in range(n):
                month = pick(rng, list(zip(range(1, 13), weights)))
                day = rng.randint(1, (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day)
                cases.append((date(year, month, day), spellings, pick(rng, ward_weights)))
    cases.sort(key=lambda c: c[0])

    rows = []
    for i, (reported, spellings, ward) in enumerate(cases, start=1):
        code, name, lat, lon, easting, northing = ward
        category = spellings[0] if rng.random() < 0.8 else rng.choice(spellings)
        where = rng.random()
        ward_code, ward_name = (code, name) if where < 0.6 else (code, "") if where < 0.8 else ("", name if rng.random() < 0.8 else name.upper())
        lsoa = rng.choice(lsoas[code]) if lsoas[code] and rng.random() < 0.3 else ""
        latitude = longitude = bng_e = bng_n = ""
        located = rng.random()
        if located < 0.40:
            latitude = f"{lat + rng.gauss(0, 0.004):.5f}"
            longitude = f"{lon + rng.gauss(0, 0.006):.5f}"
        elif located < 0.55:
            bng_e = str(round(easting + rng.gauss(0, 400)))
            bng_n = str(round(northing + rng.gauss(0, 400)))
        agency = pick(rng, AGENCIES)
        # Older cases are mostly closed; the last months' are mostly still open.
        age_days = (date(2025, 12, 31) - reported).days
        status = "Closed" if rng.random() < min(0.97, 0.15 + age_days / 120) else rng.choice(["Open", "Open", "In progress"])
        rows.append([f"ASB-{reported.year}-{i:05d}", reported.isoformat(), category, ward_code, ward_name, lsoa,
                     latitude, longitude, bng_e, bng_n, agency, status])

    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["case_reference", "date_reported", "category", "ward_code", "ward_name", "lsoa_code",
                         "latitude", "longitude", "easting", "northing", "agency", "status"])
        writer.writerows(rows)
    print(f"{OUT.name}: {len(rows)} cases")


if __name__ == "__main__":
    main()
