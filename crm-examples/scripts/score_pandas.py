#!/usr/bin/env python3
"""The idiomatic pandas version of crmkit's scoring job, for the side-by-side benchmark in the README.

Reads a CSV customer_id,date,amount (as written by io.crmkit.examples.benchmarks.SyntheticTransactions),
then: per-customer summary (groupby-agg), RFM quintile scores (rank + qcut), Pareto share and Gini
(sort + cumsum), ABC classes and the customer pyramid by rank. Prints the time of each step.

usage: score_pandas.py FILE [REPEATS]
"""
import sys
import time

import numpy as np
import pandas as pd


def job(path):
    t0 = time.perf_counter()
    df = pd.read_csv(path, dtype={"customer_id": "int64", "amount": "float64"}, parse_dates=["date"])
    t1 = time.perf_counter()
    as_of = pd.Timestamp("2026-01-01")
    summary = df.groupby("customer_id").agg(total=("amount", "sum"), purchases=("amount", "size"),
                                            last=("date", "max"))
    summary["recency"] = (as_of - summary["last"]).dt.days
    # Quintiles with ties sharing a score: rank(method="min") then qcut-like binning on the rank.
    n = len(summary)
    for col, asc, name in (("recency", False, "r"), ("purchases", True, "f"), ("total", True, "m")):
        ranks = summary[col].rank(method="min", ascending=asc)
        summary[name] = pd.cut((ranks - 1) / n, bins=[-0.1, 0.2, 0.4, 0.6, 0.8, 1.0], labels=[1, 2, 3, 4, 5],
                               right=False).astype(int)
    values = np.sort(summary["total"].to_numpy())
    total = values.sum()
    desc_cum = np.cumsum(values[::-1])
    share_for_80 = (np.searchsorted(desc_cum, 0.8 * total) + 1) / n
    gini = 2 * np.sum(np.arange(1, n + 1) * values) / (n * total) - (n + 1) / n
    before = (desc_cum - values[::-1]) / total
    abc = np.where(before < 0.8, "A", np.where(before < 0.95, "B", "C"))
    rank = summary["total"].rank(method="min", ascending=False)
    pyramid = pd.cut(rank, bins=[0, np.ceil(0.01 * n), np.ceil(0.05 * n), np.ceil(0.20 * n), n + 1],
                     labels=["key", "major", "ordinary", "small"])
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, share_for_80, gini, pd.Series(abc).value_counts().to_dict(), \
        pyramid.value_counts().to_dict()


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for i in range(repeats):
        read, score, share, gini, abc, pyramid = job(path)
        print(f"run {i + 1}: read_csv {read * 1000:.0f} ms, scoring {score * 1000:.0f} ms, "
              f"whole {(read + score) * 1000:.0f} ms; 80% of value from {share:.3f} of customers, "
              f"gini {gini:.3f}, abc {abc}, pyramid {pyramid}")


if __name__ == "__main__":
    main()
