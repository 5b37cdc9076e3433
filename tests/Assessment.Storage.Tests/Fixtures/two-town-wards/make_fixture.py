"""Builds the two-"Town"-wards fixture from real data: Dartford's and Gravesham's "Town" wards (ONS ward boundaries,
May 2025, ../shared/data/geography/boundaries/ward25) and real Kent police.uk rows whose points lie in them, for
January-April 2024 and 2025. Run from this folder: python3 make_fixture.py"""
import csv, json, os

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "..", "shared", "data")
WARDS = {"E07000107": "E05012409", "E07000109": "E05014925"}  # Dartford Town, Gravesham Town
# Rows per month taken for each ward: different in each year so the comparison has a change to test.
TAKE = {("E05012409", 2024): 8, ("E05012409", 2025): 12, ("E05014925", 2024): 10, ("E05014925", 2025): 6}

features = []
for district, code in WARDS.items():
    with open(os.path.join(SHARED, "geography", "boundaries", "ward25", district + ".geojson")) as f:
        for feature in json.load(f)["features"]:
            if feature["properties"]["WD25CD"] == code:
                props = {k: feature["properties"][k] for k in ("WD25CD", "WD25NM", "LAD25CD", "LAD25NM")}
                features.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
with open("wards.geojson", "w") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f)

def rings(geometry):
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return polys

def inside(x, y, geometry):
    for poly in rings(geometry):
        count = 0
        for ring in poly:  # even-odd over outer ring and holes
            n = len(ring)
            for i in range(n):
                x1, y1 = ring[i]; x2, y2 = ring[(i + 1) % n]
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    count += 1
        if count % 2 == 1:
            return True
    return False

for year in (2024, 2025):
    for month in range(1, 5):
        name = f"{year}-{month:02d}"
        with open(os.path.join(SHARED, "policeuk", "kent", name, f"{name}-kent-street.csv"), newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            taken = {code: [] for code in WARDS.values()}
            for row in reader:
                if not row[4] or not row[5] or not row[8].startswith(("Dartford ", "Gravesham ")):
                    continue
                x, y = float(row[4]), float(row[5])
                for feature in features:
                    code = feature["properties"]["WD25CD"]
                    if len(taken[code]) < TAKE[(code, year)] and inside(x, y, feature["geometry"]):
                        taken[code].append(row)
        os.makedirs(os.path.join("policeuk", name), exist_ok=True)
        with open(os.path.join("policeuk", name, f"{name}-kent-street.csv"), "w", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            for code in WARDS.values():
                writer.writerows(taken[code])
        print(name, {c: len(r) for c, r in taken.items()}, {c: sorted({r[8].split(" ")[0] for r in rows}) for c, rows in taken.items()})
