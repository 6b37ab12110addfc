#!/usr/bin/env python3
"""Reference values for src/fairness.rs, computed with statistics packages (issue 15).

Run once, by hand, to (re)produce the numbers written into tests/it/fairness.rs:

    python3 -m venv /tmp/refenv && /tmp/refenv/bin/pip install pingouin statsmodels scipy numpy pandas
    /tmp/refenv/bin/python scripts/reference_stats.py

The fixtures below are the same as the test's. Nothing here runs in CI.
"""
import numpy as np
import pandas as pd
import pingouin as pg
import scipy.stats as st
import statsmodels.formula.api as smf

# An incomplete, connected panel: 5 judges, 10 lessons, 3 judges a lesson (judges l%5, (l+1)%5, (l+3)%5).
TOTALS = [
    [88.0, 84.5, 90.0], [76.0, 71.0, 79.5], [92.5, 86.0, 95.0], [65.0, 60.5, 70.0], [81.0, 77.5, 85.0],
    [70.5, 66.0, 74.0], [85.0, 83.0, 91.5], [78.0, 72.5, 80.0], [95.0, 88.0, 96.5], [60.0, 58.5, 67.0],
]
# and two lessons scored by two judges only, so the judges' standard errors differ
EXTRA = [(10, [(0, 83.0), (2, 87.5)]), (11, [(1, 69.0), (4, 64.5)])]
rows = []
for l, ts in enumerate(TOTALS):
    for j, t in zip([l % 5, (l + 1) % 5, (l + 3) % 5], ts):
        rows.append({"lesson": f"L{l:02}", "judge": f"J{j}", "total": t})
for l, pairs in EXTRA:
    for j, t in pairs:
        rows.append({"lesson": f"L{l:02}", "judge": f"J{j}", "total": t})
df = pd.DataFrame(rows)

m = smf.ols("total ~ C(lesson) + C(judge, Sum)", data=df).fit()
ci = m.conf_int(alpha=0.05)
effects, ses, lows, highs = [], [], [], []
for j in range(4):
    name = f"C(judge, Sum)[S.J{j}]"
    effects.append(m.params[name]); ses.append(m.bse[name]); lows.append(ci.loc[name, 0]); highs.append(ci.loc[name, 1])
# the last judge's effect is minus the sum of the others (sum-to-zero); its SE from the covariance
cov = m.cov_params()
names = [f"C(judge, Sum)[S.J{j}]" for j in range(4)]
last_var = cov.loc[names, names].values.sum()
effects.append(-sum(effects[:4])); ses.append(np.sqrt(last_var))
t = st.t.ppf(0.975, m.df_resid)
lows.append(effects[4] - t * ses[4]); highs.append(effects[4] + t * ses[4])
print("severity model (statsmodels OLS total ~ C(lesson) + C(judge, Sum))")
print("  df_resid", m.df_resid, " sigma", np.sqrt(m.scale))
for j in range(5):
    print(f"  J{j} effect {effects[j]:.10f} se {ses[j]:.10f} ci [{lows[j]:.10f}, {highs[j]:.10f}]")
df["resid"] = m.resid
for j in range(5):
    r = df[df.judge == f"J{j}"].resid
    print(f"  J{j} residual rms {np.sqrt((r ** 2).mean()):.10f}")
print("  t(0.975, df)", t)

# agreement: each judge's totals against the other judges' means of the same lessons (scipy pearsonr)
for j in range(5):
    mine = df[df.judge == f"J{j}"]
    xs, ys = [], []
    for _, r in mine.iterrows():
        others = df[(df.lesson == r.lesson) & (df.judge != r.judge)].total
        xs.append(r.total); ys.append(others.mean())
    print(f"  J{j} agreement {st.pearsonr(xs, ys)[0]:.10f}")

# a complete block (6 lessons x 4 judges, with ties) for ICC(2,1), ICC(2,k) and Kendall's W
BLOCK = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
long = pd.DataFrame([{"lesson": i, "judge": j, "score": v} for i, r in enumerate(BLOCK) for j, v in enumerate(r)])
icc = pg.intraclass_corr(data=long, targets="lesson", raters="judge", ratings="score").set_index("Type")
print(icc.to_string())
# pingouin >= 0.5.5 names Shrout & Fleiss' ICC(2,1) / ICC(2,k) "ICC(A,1)" / "ICC(A,k)" (absolute agreement)
print("ICC(2,1)", repr(icc.loc["ICC(A,1)", "ICC"]), "ICC(2,k)", repr(icc.loc["ICC(A,k)", "ICC"]))
fr = pg.friedman(data=long, dv="score", within="lesson", subject="judge")
print("Kendall W (pingouin.friedman)", repr(fr["W"].iloc[0]))

# Spearman and Pearson on fixed vectors
a = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]
b = [2.0, 7.0, 1.0, 8.0, 2.0, 8.0, 1.0, 8.0]
print("spearman", repr(st.spearmanr(a, b)[0]), "pearson", repr(st.pearsonr(a, b)[0]))

# halo: the mean over a judge's lessons of the (population) SD of indicator scores as shares of weight
SHARES = [[0.9, 0.8, 0.85, 0.9], [0.5, 0.7, 0.6, 0.9], [1.0, 1.0, 0.95, 1.0]]
print("halo", repr(float(np.mean([np.std(s) for s in SHARES]))))
