#!/usr/bin/python3
"""Reference values for the hotspot orchestration tests of Assessment.Core (HotspotAnalysis).

Run from this folder with the system interpreter (numpy and scikit-learn from Debian):
    /usr/bin/python3 make_fixtures.py
Writes hotspots.json next to this script: synthetic snap points (British National Grid metres) with records by
month and crime type, and what the analysis must find for them, computed here from the raw records with numpy and
scikit-learn, never from the C# code under test:
  - events per 250 m grid cell over the assessment period and over the matched months, and the Gi* z-score of every
    cell (queen neighbourhood including the cell, binary weights, empty cells counted as zero);
  - DBSCAN cluster sizes with every event as its own point (no weights), eps 200 m, minPts max(10, ceil(1% of events));
  - Gini coefficient and the share of units holding half of the events over snap points (every snap point with a
    record in either period, zeros included) and over LSOAs (every listed LSOA, zeros included).
Snap points sit at least 20 m inside their cell and no two lie within 1 cm of exactly 200 m apart, so the C# side's
round trip through longitude/latitude (about a micrometre) cannot move a point across a cell edge or the eps boundary.
"""
import json
import math
import os

import numpy as np
import sklearn
from scipy.spatial.distance import pdist
from sklearn.cluster import DBSCAN

HERE = os.path.dirname(os.path.abspath(__file__))
CELL = 250.0
EPS = 200.0
TYPES = ["Violence and sexual offences", "Anti-social behaviour", "Shoplifting"]
VIOLENCE = {"Violence and sexual offences"}
MONTHS_2024 = [f"2024-{m:02d}" for m in range(1, 5)]
MONTHS_2025 = [f"2025-{m:02d}" for m in range(1, 13)]
MATCHED_2025 = MONTHS_2025[:4]
LSOAS = ["E01000001", "E01000002", "E01000003", "E01000004", "E01000005"]  # the last has no records


def make_places(rng):
    while True:
        cols = rng.integers(0, 24, size=260)
        rows = rng.integers(0, 16, size=260)
        e = 600000 + cols * CELL + rng.uniform(20, CELL - 20, size=260)
        n = 150000 + rows * CELL + rng.uniform(20, CELL - 20, size=260)
        # A dense centre: 12 snap points in and around one cell.
        hot_e = 602000 + rng.uniform(20, 480, size=12)
        hot_n = 152000 + rng.uniform(20, 480, size=12)
        e = np.concatenate([hot_e, e])
        n = np.concatenate([hot_n, n])
        e = np.round(e, 2)
        n = np.round(n, 2)
        xy = np.column_stack([e, n])
        if len(np.unique(xy, axis=0)) != len(xy):
            continue
        d = pdist(xy)
        if np.any(np.abs(d - EPS) < 0.01):
            continue
        inside = ((e - 600000) % CELL > 20) & ((e - 600000) % CELL < CELL - 20) & ((n - 150000) % CELL > 20) & ((n - 150000) % CELL < CELL - 20)
        # The dense centre is spread over two cells, so only its edge margin matters.
        if not np.all(inside):
            continue
        return xy


def make_records(rng, places):
    records = []
    for i, (e, n) in enumerate(places):
        hot = i < 12
        lsoa = LSOAS[(0 if e < 603000 else 1) + (0 if n < 152000 else 2)]
        location = f"On or near Street {i % 37}" if not hot else "On or near Market Street"
        for month in MONTHS_2024 + MONTHS_2025:
            for t, crime_type in enumerate(TYPES):
                rate = (2.5 if hot else 0.06) * (1.5 if t == 0 else 1.0)
                if hot and month in MONTHS_2024 and crime_type in VIOLENCE:
                    rate = 0.4  # violence at the centre is new in 2025
                count = int(rng.poisson(rate))
                if count > 0:
                    records.append([i, month, crime_type, location, lsoa, count])
    return records


def grid_counts(places, records, months, types, origin, shape):
    counts = np.zeros(shape)
    for place, month, crime_type, _, _, count in records:
        if month in months and (types is None or crime_type in types):
            e, n = places[place]
            col = int(math.floor((e - origin[0]) / CELL))
            row = int(math.floor((n - origin[1]) / CELL))
            counts[row, col] += count
    return counts


def gi_star(counts):
    rows, cols = counts.shape
    x = counts.ravel()
    n = x.size
    mean = x.mean()
    s = math.sqrt(((x - mean) ** 2).mean())
    z = np.zeros(counts.shape)
    for r in range(rows):
        for c in range(cols):
            block = counts[max(r - 1, 0):r + 2, max(c - 1, 0):c + 2]
            w = block.size
            spread = (n * w - w * w) / (n - 1)
            z[r, c] = 0.0 if s == 0 or spread <= 0 else (block.sum() - mean * w) / (s * math.sqrt(spread))
    return z


def concentration(values):
    x = np.sort(np.asarray(values, dtype=float))
    n, total = len(x), x.sum()
    gini = 2 * np.sum(np.arange(1, n + 1) * x) / (n * total) - (n + 1) / n
    descending = np.cumsum(x[::-1]) / total
    k = int(np.argmax(descending >= 0.5 - 1e-12)) + 1
    return {"gini": gini, "generalised_gini": max(n / total, 1) * (gini - 1) + 1, "share_holding_half": k / n, "units": n, "total": total}


def dbscan_sizes(places, records, months, types):
    rows = []
    for place, month, crime_type, _, _, count in records:
        if month in months and (types is None or crime_type in types):
            rows.extend([places[place]] * count)
    xy = np.array(rows)
    min_pts = max(10, math.ceil(0.01 * len(xy)))
    labels = DBSCAN(eps=EPS, min_samples=min_pts).fit(xy).labels_
    sizes = sorted((int(np.sum(labels == k)) for k in range(labels.max() + 1)), reverse=True)
    return {"min_points": min_pts, "sizes": sizes, "events": len(xy)}


def group_expectations(places, records, used, types, origin, shape):
    cells_current = grid_counts(places, records, MONTHS_2025, types, origin, shape)
    cells_before = grid_counts(places, records, MONTHS_2024, types, origin, shape)
    cells_after = grid_counts(places, records, MATCHED_2025, types, origin, shape)
    per_place = np.zeros(len(places))
    per_lsoa = {code: 0.0 for code in LSOAS}
    for place, month, crime_type, _, lsoa, count in records:
        if month in MONTHS_2025 and (types is None or crime_type in types):
            per_place[place] += count
            per_lsoa[lsoa] += count
    return {
        "cell_counts": cells_current.ravel().tolist(),
        "cell_z": gi_star(cells_current).ravel().tolist(),
        "matched_comparison_cell_counts": cells_before.ravel().tolist(),
        "matched_current_cell_counts": cells_after.ravel().tolist(),
        "matched_comparison_z": gi_star(cells_before).ravel().tolist(),
        "matched_current_z": gi_star(cells_after).ravel().tolist(),
        "dbscan": dbscan_sizes(places, records, MONTHS_2025, types),
        "snap_points": concentration(per_place[used]),
        "lsoas": concentration([per_lsoa[c] for c in LSOAS]),
    }


def main():
    rng = np.random.default_rng(20250101)
    places = make_places(rng)
    records = make_records(rng, places)
    # The grid covers the extent of every snap point with a record in either period, from a multiple of the cell size.
    used = sorted({r[0] for r in records})
    e = places[used, 0]
    n = places[used, 1]
    origin = (math.floor(e.min() / CELL) * CELL, math.floor(n.min() / CELL) * CELL)
    shape = (int(math.floor((n.max() - origin[1]) / CELL)) + 1, int(math.floor((e.max() - origin[0]) / CELL)) + 1)
    payload = {
        "generator": "make_fixtures.py",
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "cell_size": CELL,
        "lsoas": LSOAS,
        "places": [[float(x), float(y)] for x, y in places],
        "places_with_records": len(used),
        "records": records,
        "grid": {"origin_easting": origin[0], "origin_northing": origin[1], "rows": shape[0], "columns": shape[1]},
        "all": group_expectations(places, records, used, None, origin, shape),
        "violence": group_expectations(places, records, used, VIOLENCE, origin, shape),
    }
    with open(os.path.join(HERE, "hotspots.json"), "w") as f:
        json.dump(payload, f, separators=(",", ":"))
    print("wrote hotspots.json:", len(records), "records,", len(places), "places,", shape, "grid")


if __name__ == "__main__":
    main()
