"""Benchmark (not a test): one scenario of 100 measures on 15,000 synthetic buurten.

    .venv/bin/python benchmarks/bench_balance.py

Prints the time of the balance engine (core.balance.evaluate); the goal is < 100 ms.
"""

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veerkracht_plugin.core import balance  # noqa: E402


def city(n=15000, seed=7):
    rng = np.random.default_rng(seed)
    corp = rng.uniform(5, 80, n)
    return pd.DataFrame({
        "code": [f"BU{i:08d}" for i in range(n)],
        "gemeente": [f"GM{i % 340:04d}" for i in range(n)],
        "regio": [f"R{i % 340 // 10:02d}" for i in range(n)],
        "woningen": rng.integers(200, 4000, n),
        "p_corporatie": corp,
        "p_koop": rng.uniform(0, 100 - corp),
        "p_kwetsbaar": rng.uniform(0, 70, n),
        "klasse": rng.choice(["stabiel", "onder_druk", "gunstig", "problemen", "veerkrachtig"], n),
    })


def scenario(frame, count=100, seed=8):
    rng = np.random.default_rng(seed)
    codes = rng.choice(frame["code"].to_numpy(), count, replace=False)
    kinds = ["sloop", "nieuwbouw", "verkoop", "liberalisatie", "aankoop", "toewijzing"]
    rows = []
    for i, code in enumerate(codes):
        kind = kinds[i % len(kinds)]
        segment = {"sloop": "sociale_huur", "nieuwbouw": "sociale_huur", "aankoop": "koop"}.get(kind, "")
        amount = "" if kind == "toewijzing" else "1"
        share = "0.2" if kind == "toewijzing" else ""
        rows.append(("bench", code, kind, segment, amount, share))
    return pd.DataFrame(rows, columns=["scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel"])


def main():
    frame = city()
    table = balance.read_measures(scenario(frame))
    balance.evaluate(frame, table)  # warm-up
    times = []
    for _ in range(10):
        start = time.perf_counter()
        result = balance.evaluate(frame, table)
        times.append(time.perf_counter() - start)
    print(f"balance engine: {len(frame)} buurten, {len(table)} measures: "
          f"median {1000 * np.median(times):.1f} ms, best {1000 * min(times):.1f} ms (goal < 100 ms); "
          f"feasible: {result.haalbaar}")


if __name__ == "__main__":
    main()
