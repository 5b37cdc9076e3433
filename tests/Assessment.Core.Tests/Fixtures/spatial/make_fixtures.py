#!/usr/bin/python3
"""Reference values for the spatial and clustering tests of Assessment.Core.

Run from this folder with the system interpreter (numpy, scipy and scikit-learn from Debian):
    /usr/bin/python3 make_fixtures.py [path to shared data folder]
Writes *.json next to this script. Every expected value below comes from numpy / scipy / scikit-learn or from a
straightforward implementation of the published formula, never from the C# code under test.

bng_lsoa11.json is a sample of the 2011 LSOA boundary files' own BNG_E/BNG_N and LONG/LAT properties
(Office for National Statistics, Open Government Licence v3.0; contains OS data (c) Crown copyright and database right).
"""
import json
import math
import os
import sys

import numpy as np
import scipy
import sklearn
from scipy.spatial import cKDTree
from scipy.spatial.distance import cdist
from scipy.stats import norm
from sklearn.cluster import DBSCAN, KMeans
from sklearn.metrics import silhouette_score

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
VERSIONS = {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__}


def write(name, payload):
    payload = {"generator": "make_fixtures.py", "versions": VERSIONS, **payload}
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"))
    print("wrote", name)


def points_json(xy, w=None):
    w = np.ones(len(xy)) if w is None else w
    return [[float(x), float(y), float(wt)] for (x, y), wt in zip(xy, w)]


# ---------------------------------------------------------------- British National Grid: published ONS pairs
def bng_sample():
    folder = os.path.join(DATA, "geography", "boundaries", "lsoa11")
    rows = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            features = json.load(f)["features"]
        for feature in features[::7][:15]:
            p = feature["properties"]
            rows.append({"code": p["LSOA11CD"], "easting": p["BNG_E"], "northing": p["BNG_N"],
                         "longitude": p["LONG"], "latitude": p["LAT"]})
    write("bng_lsoa11.json", {"source": "ONS LSOA (2011) boundaries, Kent districts and Medway: BNG_E, BNG_N, LONG, LAT properties",
                              "licence": "Open Government Licence v3.0; contains OS data (c) Crown copyright and database right",
                              "points": rows})


# ---------------------------------------------------------------- Getis-Ord Gi*
def benjamini_hochberg(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    ranked = p[order] * m / np.arange(1, m + 1)
    q_sorted = np.minimum(1.0, np.minimum.accumulate(ranked[::-1])[::-1])
    q = np.empty(m)
    q[order] = q_sorted
    return q


def point_in_polygon(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring[:-1], ring[1:]):
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xc:
                inside = not inside
    return inside


def distance_to_segment(px, py, x1, y1, x2, y2):
    dx, dy = x2 - x1, y2 - y1
    t = max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))


def gi_star_reference(points, w, size, band, polygon=None):
    """Gi* written directly from the formula with a dense binary weights matrix."""
    minx, miny = points[:, 0].min(), points[:, 1].min()
    maxx, maxy = points[:, 0].max(), points[:, 1].max()
    if polygon is not None:
        ring = np.asarray(polygon)
        minx, miny, maxx, maxy = ring[:, 0].min(), ring[:, 1].min(), ring[:, 0].max(), ring[:, 1].max()
    ox, oy = math.floor(minx / size) * size, math.floor(miny / size) * size
    cols = int(math.floor((maxx - ox) / size)) + 1
    rows = int(math.floor((maxy - oy) / size)) + 1
    cells = []  # (col, row) row-major from the south-west, as SquareGrid orders them
    for r in range(rows):
        for c in range(cols):
            cx, cy = ox + (c + 0.5) * size, oy + (r + 0.5) * size
            if polygon is not None:
                ring = polygon
                gap = min(distance_to_segment(cx, cy, *ring[i], *ring[i + 1]) for i in range(len(ring) - 1))
                assert gap > 1e-3, "a cell centre lies on the polygon: choose other vertices"
                if not point_in_polygon(cx, cy, ring):
                    continue
            cells.append((c, r))
    index = {cr: i for i, cr in enumerate(cells)}
    n = len(cells)
    x = np.zeros(n)
    outside = 0
    for (px, py), wt in zip(points, w):
        key = (int(math.floor((px - ox) / size)), int(math.floor((py - oy) / size)))
        if key in index:
            x[index[key]] += wt
        else:
            outside += 1
    centres = np.array([[ox + (c + 0.5) * size, oy + (r + 0.5) * size] for c, r in cells])
    d = cdist(centres, centres)
    W = (d <= band * (1 + 1e-9)).astype(float)  # binary, self included
    xbar = x.mean()
    s = math.sqrt((x ** 2).mean() - xbar ** 2)
    wsum = W.sum(axis=1)
    w2sum = (W ** 2).sum(axis=1)
    z = (W @ x - xbar * wsum) / (s * np.sqrt((n * w2sum - wsum ** 2) / (n - 1)))
    p = 2 * norm.sf(np.abs(z))
    q = benjamini_hochberg(p)
    return {"originEasting": ox, "originNorthing": oy, "columns": cols, "rows": rows,
            "cells": [[c, r] for c, r in cells], "counts": x.tolist(), "pointsOutside": outside,
            "z": z.tolist(), "p": p.tolist(), "q": q.tolist()}


def gistar_fixtures():
    rng = np.random.default_rng(20250101)
    centres = np.array([[615200.0, 157300.0], [617900.0, 158600.0], [613800.0, 159900.0]])
    parts = [rng.normal(c, s, size=(k, 2)) for c, s, k in zip(centres, [250, 400, 150], [350, 250, 120])]
    parts.append(rng.uniform([612000, 155500], [620000, 161500], size=(500, 2)))
    pts = np.vstack(parts)
    # Snap to whole metres like police.uk map points, and put some points exactly on cell edges.
    pts = np.round(pts)
    pts[:40, 0] = np.round(pts[:40, 0] / 250) * 250
    pts[40:80, 1] = np.round(pts[40:80, 1] / 250) * 250
    w = rng.integers(1, 4, size=len(pts)).astype(float)
    polygon = [[612430.37, 155910.11], [619620.83, 156220.59], [619210.29, 160980.73], [616120.41, 161370.17],
               [612710.67, 160130.91], [612430.37, 155910.11]]
    cases = []
    for name, band, poly in [("queen", 250 * math.sqrt(2), None), ("band600", 600.0, None), ("boundaryQueen", 250 * math.sqrt(2), polygon)]:
        ref = gi_star_reference(pts, w, 250.0, band, poly)
        cases.append({"name": name, "cellSize": 250.0, "distanceBand": None if name != "band600" else 600.0,
                      "polygon": poly, **ref})
    write("gistar.json", {"points": points_json(pts, w), "cases": cases})


# ---------------------------------------------------------------- Chainey classification (sfhotspot rules)
def classify_reference(hot, cold, hotspot_prop=0.1, persistent_prop=0.8, recent_prop=0.2):
    t = hot.shape[1]
    recent = max(1, int(math.floor(recent_prop * t)))
    older = t - recent

    def category(sig):
        prop = sig.sum() / t
        recent_share = sig[older:].sum() / recent
        older_share = sig[:older].sum() / older
        if prop >= persistent_prop:
            return "persistent"
        if older_share < hotspot_prop and recent_share >= recent_prop:
            return "emerging"
        if older_share >= hotspot_prop and recent_share < hotspot_prop:
            return "former"
        if prop >= hotspot_prop:
            return "intermittent"
        return None

    out = []
    for i in range(hot.shape[0]):
        h, c = category(hot[i]), category(cold[i])
        if h and c:
            out.append("MixedHotAndColdspot")
        elif h:
            out.append(h.capitalize() + "Hotspot")
        elif c:
            out.append(c.capitalize() + "Coldspot")
        else:
            out.append("NoPattern")
    return out


def classify_fixtures():
    rng = np.random.default_rng(7)
    cases = []
    for periods in [4, 5, 10, 12, 36]:
        cells = 150
        # Per-cell tendencies so that every category turns up: some cells hot early, some late, some always.
        base = rng.uniform(0, 1, size=(cells, 1))
        trend = rng.uniform(-1, 1, size=(cells, 1)) * np.linspace(-1, 1, periods)[None, :]
        score = base + 0.6 * trend + rng.normal(0, 0.25, size=(cells, periods))
        z = np.where(score > 0.5, 1.0, -1.0) * rng.uniform(0.5, 5, size=(cells, periods))
        q = np.where(np.abs(score - 0.5) > 0.35, rng.uniform(0, 0.049, size=(cells, periods)), rng.uniform(0.051, 1, size=(cells, periods)))
        q[rng.uniform(size=(cells, periods)) < 0.02] = 0.05  # exactly the critical value: not significant
        z, q = np.round(z, 3), np.round(q, 4)
        hot = (z > 0) & (q < 0.05)
        cold = (z < 0) & (q < 0.05)
        cases.append({"periods": periods, "z": z.tolist(), "q": q.tolist(), "expected": classify_reference(hot, cold)})
    write("classify.json", {"cases": cases})


# ---------------------------------------------------------------- k-means and silhouette
def kmeans_fixtures():
    rng = np.random.default_rng(42)
    cases = []

    def blobs(centres, sds, sizes):
        return np.vstack([rng.normal(c, s, size=(k, 2)) for c, s, k in zip(centres, sds, sizes)])

    four = blobs([[615000, 157000], [618000, 157500], [616500, 160000], [613000, 160500]], [300, 400, 350, 250], [120, 90, 150, 60])
    overlapping = blobs([[615000, 157000], [616200, 157400], [615600, 158300]], [600, 500, 700], [200, 150, 180])
    weighted_xy = np.round(blobs([[615000, 157000], [617500, 158000], [614000, 159500], [618000, 160500], [616000, 161500]],
                                 [350, 300, 500, 250, 400], [80, 70, 90, 60, 50]))
    weighted_w = rng.integers(1, 9, size=len(weighted_xy)).astype(float)
    datasets = [("fourBlobs", four, None, [2, 3, 4, 5, 6]), ("overlapping", overlapping, None, [3, 6]),
                ("weightedSnapPoints", weighted_xy, weighted_w, [3, 5, 8])]
    for name, X, w, ks in datasets:
        fits = []
        for k in ks:
            km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X, sample_weight=w)
            labels = km.labels_
            D = cdist(X, X)
            sil = float(silhouette_score(D, labels, metric="precomputed"))
            entry = {"k": k, "inertia": float(km.inertia_), "labels": labels.tolist(), "silhouette": sil}
            if w is not None:
                # Weights read as counts: the silhouette of the data with each point repeated w times.
                reps = w.astype(int)
                Xe = np.repeat(X, reps, axis=0)
                le = np.repeat(labels, reps)
                entry["expandedSilhouette"] = float(silhouette_score(cdist(Xe, Xe), le, metric="precomputed"))
            fits.append(entry)
        selection = None
        if name == "fourBlobs":
            scores = {}
            for k in range(2, 9):
                km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
                scores[k] = float(silhouette_score(cdist(X, X), km.labels_, metric="precomputed"))
            selection = {"minK": 2, "maxK": 8, "silhouettes": scores, "bestK": max(scores, key=scores.get)}
        cases.append({"name": name, "points": points_json(X, w), "fits": fits, "selection": selection})
    write("kmeans.json", {"cases": cases})


# ---------------------------------------------------------------- DBSCAN
def dbscan_fixtures():
    rng = np.random.default_rng(99)
    cases = []

    def run(name, X, w, eps, min_samples):
        model = DBSCAN(eps=eps, min_samples=min_samples, algorithm="kd_tree").fit(X, sample_weight=w)
        core = np.zeros(len(X), dtype=bool)
        core[model.core_sample_indices_] = True
        cases.append({"name": name, "eps": eps, "minPoints": min_samples, "points": points_json(X, w),
                      "labels": model.labels_.tolist(), "core": core.tolist(),
                      "clusters": int(model.labels_.max() + 1)})

    # Blobs and background, one event per point.
    X = np.vstack([rng.normal([615000, 157000], 120, size=(300, 2)), rng.normal([616500, 157800], 90, size=(200, 2)),
                   rng.normal([615800, 159000], 200, size=(250, 2)), rng.uniform([613000, 155000], [619000, 161000], size=(400, 2))])
    run("blobsUnweighted", X, None, 100.0, 8)

    # Snap points: few distinct places, weights = events there, duplicates included.
    places = np.round(np.vstack([rng.normal([615000, 157000], 150, size=(150, 2)), rng.normal([617000, 158500], 250, size=(150, 2)),
                                 rng.uniform([613000, 155000], [619000, 161000], size=(200, 2))]))
    idx = rng.integers(0, len(places), size=700)
    Xs = places[idx]
    ws = rng.integers(1, 6, size=len(Xs)).astype(float)
    run("snapPointsWeighted", Xs, ws, 120.0, 15)

    # A border point within eps of cores of two clusters: it joins the cluster whose lowest core index is smaller.
    right = np.array([[615240.0, 157000.0], [615260.0, 157010.0], [615250.0, 156990.0], [615270.0, 157000.0]])
    left = np.array([[615060.0, 157000.0], [615040.0, 157010.0], [615050.0, 156990.0], [615030.0, 157000.0]])
    border = np.array([[615150.0, 157000.0]])
    run("sharedBorderPoint", np.vstack([right, border, left]), None, 95.0, 4)
    run("sharedBorderPointReversed", np.vstack([left, border, right]), None, 95.0, 4)

    # Larger and denser, fractional weights.
    Xl = np.vstack([rng.normal([615000, 157000], 150, size=(2500, 2)), rng.normal([617000, 158000], 400, size=(1500, 2)),
                    rng.uniform([612000, 154000], [620000, 162000], size=(2000, 2))])
    wl = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0], size=len(Xl))
    run("largerFractionalWeights", Xl, wl, 100.0, 20)
    write("dbscan.json", {"cases": cases})


# ---------------------------------------------------------------- Clark-Evans
def clark_evans_fixtures():
    rng = np.random.default_rng(5)
    cases = []
    for name, X, w, area in [
        ("randomUnweighted", rng.uniform([613000, 155000], [619000, 161000], size=(400, 2)), None, 36e6),
        ("clusteredWeighted", np.round(np.vstack([rng.normal([615000, 157000], 200, size=(150, 2)), rng.uniform([613000, 155000], [619000, 161000], size=(100, 2))])),
         rng.integers(1, 4, size=250).astype(float), 36e6),
    ]:
        wi = np.ones(len(X), dtype=int) if w is None else w.astype(int)
        Xe = np.repeat(X, wi, axis=0)  # expand by weight
        d, _ = cKDTree(Xe).query(Xe, k=2)
        nn = d[:, 1]
        N = len(Xe)
        observed = nn.mean()
        expected = 0.5 * math.sqrt(area / N)
        se = 0.26136 * math.sqrt(area / N ** 2)
        z = (observed - expected) / se
        cases.append({"name": name, "area": area, "points": points_json(X, wi.astype(float)), "events": N,
                      "observed": observed, "expected": expected, "ratio": observed / expected, "z": z,
                      "p": float(2 * norm.sf(abs(z))), "sharedShare": float((nn == 0).mean())})
    write("clark_evans.json", {"cases": cases})


# ---------------------------------------------------------------- Concentration
def concentration_fixtures():
    rng = np.random.default_rng(11)
    cases = []
    vectors = [("poissonDense", rng.poisson(4, size=200)), ("negativeBinomialSparse", rng.negative_binomial(0.3, 0.4, size=500)),
               ("fewerCrimesThanUnits", np.concatenate([rng.poisson(0.05, size=300), [5, 3, 2]])),
               ("worked10Places5Crimes", np.array([3, 1, 1, 0, 0, 0, 0, 0, 0, 0]))]
    for name, x in vectors:
        x = x.astype(float)
        n, c = len(x), x.sum()
        # Independent of the rank formula the C# uses: Gini from the mean absolute difference.
        gini = np.abs(x[:, None] - x[None, :]).sum() / (2 * n * n * x.mean())
        generalised = max(n / c, 1) * (gini - 1) + 1
        desc = np.sort(x)[::-1]
        share = np.concatenate([[0.0], np.cumsum(desc) / c])
        units = np.arange(0, n + 1) / n

        def holding(s):
            k = int(np.argmax(share >= s - 1e-12))
            return float(units[k])
        cases.append({"name": name, "counts": x.tolist(), "gini": float(gini), "generalisedGini": float(generalised),
                      "lorenzUnits": units.tolist(), "lorenzCrime": share.tolist(), "holding50": holding(0.5), "holding25": holding(0.25)})
    write("concentration.json", {"cases": cases})


if __name__ == "__main__":
    bng_sample()
    gistar_fixtures()
    classify_fixtures()
    kmeans_fixtures()
    dbscan_fixtures()
    clark_evans_fixtures()
    concentration_fixtures()
