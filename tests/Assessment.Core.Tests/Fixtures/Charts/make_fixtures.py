#!/usr/bin/python3
"""Reference values for the chart data helpers, computed independently with numpy.

Run with the Debian interpreter that has numpy:  /usr/bin/python3 make_fixtures.py
Writes rolling_mean.json and lorenz.json next to this script.
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20260305)

# Trailing 12-month mean of a 30-month series of counts: numpy's 'valid' convolution gives the means
# of complete windows; the first 11 months have no complete window (null).
values = rng.poisson(1400, size=30).astype(float)
window = 12
means = np.convolve(values, np.ones(window) / window, mode="valid")
rolling = {
    "firstMonth": "2023-01",
    "window": window,
    "values": values.tolist(),
    "expected": [None] * (window - 1) + means.tolist(),
}

# Concentration curve: units sorted from the highest count down, cumulative shares of units and events.
counts = rng.negative_binomial(2, 0.05, size=92)
ordered = np.sort(counts)[::-1]
unit_share = np.arange(0, len(ordered) + 1) / len(ordered)
event_share = np.concatenate([[0.0], np.cumsum(ordered) / ordered.sum()])
lorenz = {
    "counts": counts.tolist(),
    "unitShare": unit_share.tolist(),
    "eventShare": event_share.tolist(),
}

with open(os.path.join(HERE, "rolling_mean.json"), "w") as f:
    json.dump(rolling, f, indent=1)
with open(os.path.join(HERE, "lorenz.json"), "w") as f:
    json.dump(lorenz, f, indent=1)
