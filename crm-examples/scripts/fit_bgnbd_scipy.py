#!/usr/bin/env python3
"""The way lifetimes fits the BG/NBD, for the side-by-side with crmkit's ClvBenchmark.fitCdnow:
scipy's Nelder-Mead on the negative mean log-likelihood over every customer, parameters on the log
scale, from all ones (lifetimes' BetaGeoFitter._fit), same CDNOW summary as crmkit (calibration
1997-01-01..1997-09-30, weeks, repeat occasions = distinct days after the first).

usage: /usr/bin/python3 crm-examples/scripts/fit_bgnbd_scipy.py CDNOW_sample.txt [RUNS]
Needs Debian's python3-scipy (apt-get install -y python3-scipy).
"""
import sys
import time
from datetime import date

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln


def summary(path, end=date(1997, 9, 30)):
    days = {}
    with open(path) as f:
        for line in f:
            fields = line.split()
            if not fields:
                continue
            d = fields[2]
            day = date(int(d[:4]), int(d[4:6]), int(d[6:])).toordinal()
            if day <= end.toordinal():
                days.setdefault(fields[0], set()).add(day)
    x, tx, T = [], [], []
    for s in days.values():
        first, last = min(s), max(s)
        x.append(len(s) - 1)
        tx.append((last - first) / 7.0)
        T.append((end.toordinal() - first) / 7.0)
    return np.array(x, float), np.array(tx), np.array(T)


def negative_log_likelihood(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.mean(a1 + a2 + np.logaddexp(a3, a4))


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    x, tx, T = summary(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = minimize(negative_log_likelihood, x0=np.zeros(4), args=(x, tx, T), method="Nelder-Mead", tol=1e-7,
                          options={"maxiter": 4000})
        times.append(time.perf_counter() - start)
    r, alpha, a, b = np.exp(result.x)
    print("scipy Nelder-Mead: %d customers, r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.4f, %d evaluations, best of %d "
          "runs %.1f ms (median %.1f ms)" % (len(x), r, alpha, a, b, -result.fun * len(x), result.nfev, runs,
                                             min(times) * 1000, sorted(times)[len(times) // 2] * 1000))


if __name__ == "__main__":
    main()
