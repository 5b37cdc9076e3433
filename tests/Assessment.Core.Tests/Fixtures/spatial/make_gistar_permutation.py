#!/usr/bin/python3
"""Reference values for the Gi* conditional permutation test (GiStarPermutation in Assessment.Core).

Run from this folder with the system interpreter (numpy from Debian):
    /usr/bin/python3 make_gistar_permutation.py
Writes gistar_permutation.json next to this script.

The grid is real: the Canterbury sample's 2025 crimes and ASB (data-samples/policeuk, Kent Police, Open Government
Licence v3.0) counted into 250 m squares of a 16 x 16 block around the city centre. Squares are laid out with a local
flat-earth scale (metres per degree at the block's latitude), which is enough for a realistic, sparse count grid: the
test takes the counts as given and does not place points itself.

The reference follows esda's G_Local(star=True) conditional randomisation (esda/crand.py, read, not imported): each
cell's own value is held and its w - 1 neighbours' values are drawn without replacement from the other n - 1 cells;
the pseudo p is one-sided in the direction of z, ties counted as extreme (esda's alternative "greater" for z > 0 and
"lesser" for z < 0): (extreme + 1) / (permutations + 1), here with 200,000 permutations per cell so that its own
Monte Carlo error is small against the tested code's. z is Gi* from its formula (queen neighbourhood, binary weights,
population standard deviation), as in make_fixtures.py.
"""
import csv
import glob
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "..", "data-samples", "policeuk", "kent")
CELL = 250.0
SIZE = 16
PERMUTATIONS = 200_000
CENTRE = (1.0790, 51.2797)  # Canterbury city centre, longitude and latitude


def counts():
    lon0, lat0 = CENTRE
    metres_lat = 111_132.0
    metres_lon = 111_320.0 * math.cos(math.radians(lat0))
    grid = np.zeros((SIZE, SIZE))
    for path in sorted(glob.glob(os.path.join(SAMPLE, "**", "2025-*-kent-street.csv"), recursive=True)):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if not row["Longitude"] or not row["LSOA name"].startswith("Canterbury "):
                    continue
                x = (float(row["Longitude"]) - lon0) * metres_lon
                y = (float(row["Latitude"]) - lat0) * metres_lat
                col = math.floor(x / CELL) + SIZE // 2
                r = math.floor(y / CELL) + SIZE // 2
                if 0 <= col < SIZE and 0 <= r < SIZE:
                    grid[r, col] += 1
    return grid


def neighbours(rows, cols):
    result = []
    for r in range(rows):
        for c in range(cols):
            result.append([rr * cols + cc for rr in range(r - 1, r + 2) for cc in range(c - 1, c + 2)
                           if 0 <= rr < rows and 0 <= cc < cols and (rr, cc) != (r, c)])
    return result


def gi_star(x, nbrs):
    n = len(x)
    mean = x.mean()
    s = math.sqrt(((x - mean) ** 2).mean())
    z = np.zeros(n)
    lag = np.zeros(n)
    for i in range(n):
        w = len(nbrs[i]) + 1
        lag[i] = x[i] + x[nbrs[i]].sum()
        spread = (n * w - w * w) / (n - 1)
        z[i] = 0.0 if s == 0 or spread <= 0 else (lag[i] - mean * w) / (s * math.sqrt(spread))
    return z, lag


def p_sim(x, nbrs, z, lag, rng):
    n = len(x)
    p = np.ones(n)
    max_card = max(len(b) for b in nbrs)
    # As esda's vec_permutations: one random subset of max_card of the n - 1 other positions per permutation, shared
    # by every cell (argpartition of uniform keys gives a uniform random subset).
    picks = np.argpartition(rng.random((PERMUTATIONS, n - 1)), max_card, axis=1)[:, :max_card]
    for i in range(n):
        if z[i] == 0:
            continue
        k = len(nbrs[i])
        others = np.delete(x, i)
        sims = x[i] + others[picks[:, :k]].sum(axis=1)
        extreme = np.sum(sims >= lag[i] - 1e-9) if z[i] > 0 else np.sum(sims <= lag[i] + 1e-9)
        p[i] = (extreme + 1) / (PERMUTATIONS + 1)
    return p


def main():
    rng = np.random.default_rng(20250101)
    grid = counts()
    x = grid.ravel()  # row 0 is the southern row, as in SquareGrid.Cells
    nbrs = neighbours(SIZE, SIZE)
    z, lag = gi_star(x, nbrs)
    p = p_sim(x, nbrs, z, lag, rng)
    payload = {
        "generator": "make_gistar_permutation.py",
        "versions": {"numpy": np.__version__},
        "source": "data-samples/policeuk/kent 2025 street-level crime and ASB, Canterbury LSOAs; Open Government Licence v3.0",
        "cell_size": CELL,
        "rows": SIZE,
        "columns": SIZE,
        "values": x.tolist(),
        "median": float(np.median(x)),
        "z": z.tolist(),
        "neighbourhood_sum": lag.tolist(),
        "permutations": PERMUTATIONS,
        "p_sim": p.tolist(),
    }
    with open(os.path.join(HERE, "gistar_permutation.json"), "w") as f:
        json.dump(payload, f, separators=(",", ":"))
    print("wrote gistar_permutation.json: total", x.sum(), "median", np.median(x), "cells with p_sim < 0.01:", int(np.sum(p < 0.01)))


if __name__ == "__main__":
    main()
