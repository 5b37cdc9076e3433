"""Builds the LSOA-vintage fixture: real Kent Police rows of Dartford and Gravesham (November and December 2025,
police.uk, 2021 LSOA codes) with each code rewritten to the 2011 LSOA code of the row, and Dartford's 2021 LSOA codes
as the area's list.

A 2021 code that is also a 2011 code is an unchanged LSOA (ONS keeps the code of an unchanged LSOA) and is kept. Any
other row takes the 2011 LSOA whose polygon holds its point, found with a plain ray-casting point-in-polygon test over
every 2011 LSOA of the 13 Kent and Medway districts; a snapped point that falls in none takes the LSOA whose boundary is
nearest. Nothing here uses the pipeline's lookup or mapping code.

Run from the repository root:  python3 tests/Assessment.Cli.Tests/Fixtures/lsoa-vintage/make_fixture.py
Source: police.uk and ONS boundaries in ../shared/data. Contains public sector information licensed under the Open
Government Licence v3.0; contains OS data (c) Crown copyright and database right.
"""
import csv
import glob
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "data"))
MONTHS = ["2025-11", "2025-12"]
PREFIXES = ("Dartford ", "Gravesham ")
AREA_DISTRICT = "E07000107"  # Dartford


def rings_of(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return polygons  # each polygon: [outer, hole, hole, ...]


def inside_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def inside_polygon(x, y, polygon):
    return inside_ring(x, y, polygon[0]) and not any(inside_ring(x, y, hole) for hole in polygon[1:])


def segment_distance(x, y, a, b):
    (ax, ay), (bx, by) = a[:2], b[:2]
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == 0 and dy == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def boundary_distance(x, y, polygons):
    return min(segment_distance(x, y, ring[i - 1], ring[i]) for polygon in polygons for ring in polygon for i in range(1, len(ring)))


def main():
    lsoa11 = []
    for path in sorted(glob.glob(os.path.join(SHARED, "geography", "boundaries", "lsoa11", "*.geojson"))):
        for feature in json.load(open(path, encoding="utf-8"))["features"]:
            polygons = rings_of(feature["geometry"])
            xs = [p[0] for polygon in polygons for p in polygon[0]]
            ys = [p[1] for polygon in polygons for p in polygon[0]]
            lsoa11.append((feature["properties"]["LSOA11CD"], feature["properties"]["LSOA11NM"], polygons, (min(xs), min(ys), max(xs), max(ys))))
    codes11 = {code for code, _, _, _ in lsoa11}

    def code11_of(x, y):
        holding = [(code, name) for code, name, polygons, (x0, y0, x1, y1) in lsoa11
                   if x0 <= x <= x1 and y0 <= y <= y1 and any(inside_polygon(x, y, p) for p in polygons)]
        if holding:
            return min(holding)
        near = min(lsoa11, key=lambda f: boundary_distance(x, y, f[2]))
        return near[0], near[1]

    rewritten = by_point = by_nearest = 0
    for month in MONTHS:
        source = os.path.join(SHARED, "policeuk", "kent", month, f"{month}-kent-street.csv")
        target_dir = os.path.join(HERE, "policeuk", month)
        os.makedirs(target_dir, exist_ok=True)
        with open(source, encoding="utf-8", newline="") as f:
            lines = f.read().splitlines()
        out = [lines[0]]
        for line in lines[1:]:
            cells = line.split(",")
            if len(cells) != 12 or not cells[8].startswith(PREFIXES):
                continue
            if cells[7] not in codes11:
                x, y = float(cells[4]), float(cells[5])
                code, name = code11_of(x, y)
                holds = any(c == code and any(inside_polygon(x, y, p) for p in polys) for c, _, polys, _ in lsoa11)
                by_point += holds
                by_nearest += not holds
                cells[7], cells[8] = code, name
                rewritten += 1
            out.append(",".join(cells))
        with open(os.path.join(target_dir, f"{month}-kent-street.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(out) + "\n")

    area = json.load(open(os.path.join(SHARED, "geography", "boundaries", "lsoa21", f"{AREA_DISTRICT}.geojson"), encoding="utf-8"))
    with open(os.path.join(HERE, "dartford-lsoa21.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(feat["properties"]["LSOA21CD"] for feat in area["features"])) + "\n")
    print(f"rows rewritten to a 2011 code: {rewritten} ({by_point} by point in polygon, {by_nearest} by nearest boundary)")


if __name__ == "__main__":
    main()
