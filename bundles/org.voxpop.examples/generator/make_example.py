#!/usr/bin/python3
"""Generate the bundled VoxPop example survey (SYNTHETIC data).

Run from the bundle folder org.voxpop.examples:

    /usr/bin/python3 generator/make_example.py

Writes data/poll2024.csv, data/poll2024.codebook.xmi and data/README.md.

Python 3 standard library only. Deterministic: one random.Random(20261123)
stream, consumed in a fixed order, and only through Random.random() (whose
Mersenne Twister output is stable across Python versions); all other
distributions are built from it here.

The design is loosely inspired by Korea-Japan public opinion polls. Nothing in
the file describes real people or real survey results.
"""

import math
import os
import random
import sys
from xml.sax.saxutils import quoteattr

SEED = 20261123
N_PER_COUNTRY = 1000          # 1 = Korea, 2 = Japan
YEAR = 2024

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")

# --------------------------------------------------------------------------
# TRUE parameters (documented in data/README.md, which is generated from these)
# --------------------------------------------------------------------------

# support_coop: logit P(support = 1) = SUPPORT_BETA . x
SUPPORT_BETA = [
    ("_cons", -4.0),
    ("threat_nk", 0.5),        # per step of the 1..4 scale
    ("threat_cn", 0.4),        # per step of the 1..4 scale
    ("age10", 0.15),           # per 10 years of age (= 0.015 per year)
    ("female", -0.3),
    ("2.edu", 0.3),            # vs edu = 1
    ("3.edu", 0.6),            # vs edu = 1
    ("ideology", 0.35),        # per step of the 1..5 scale
    ("2.country", 0.5),        # Japan vs Korea
]

# support_tri: logit P(support = 1) = TRI_BETA . x (trilateral Korea-US-Japan security cooperation). Drawn in
# a pass of its own after everything else, so that adding it left every other column unchanged.
TRI_BETA = [
    ("_cons", -3.6),
    ("threat_nk", 0.5),
    ("threat_cn", 0.6),
    ("age10", 0.10),
    ("female", -0.2),
    ("2.edu", 0.2),
    ("3.edu", 0.4),
    ("ideology", 0.40),
    ("2.country", 0.2),
]

# fav_japan (asked in Korea only): ordered logit,
#   P(fav_japan <= j) = logistic(FAV_CUTS[j-1] - FAV_BETA . x),  j = 1..4
FAV_BETA = [
    ("age10", -0.25),
    ("female", 0.1),
    ("2.edu", 0.2),
    ("3.edu", 0.4),
    ("ideology", 0.35),
    ("threat_cn", 0.3),
]
FAV_CUTS = [-0.5, 1.0, 2.5, 4.0]

# Missing codes, assigned MCAR after all substantive values are generated:
# (probability of 8 "Not sure", probability of 9 "No response")
MISSING_RATES = {
    "threat_nk": (0.040, 0.015),
    "threat_cn": (0.040, 0.015),
    "fav_japan": (0.060, 0.015),
    "support_coop": (0.050, 0.010),
    "support_tri": (0.060, 0.010),
}
NOT_ASKED = 7  # fav_japan for Japanese respondents

# Age: normal(mean, sd) rejected outside 18..85, then rounded down.
AGE_MEAN = {1: 47.0, 2: 50.0}
AGE_SD = 16.0

# Region shares by country (codes 1..5).
REGION_SHARE = {
    1: [0.50, 0.13, 0.10, 0.25, 0.02],
    2: [0.35, 0.17, 0.18, 0.18, 0.12],
}
# Shift of the latent ideology by region, Korea only (Jeolla progressive,
# Gyeongsang conservative); zero in Japan.
REGION_IDEOLOGY = {1: [0.0, 0.1, -0.7, 0.5, 0.0], 2: [0.0] * 5}

# Post-stratification targets: population shares of sex x age group, per
# country (age groups 18-29, 30-39, 40-49, 50-59, 60-69, 70+). Each row sums to 1.
AGE_GROUPS = [(18, 29), (30, 39), (40, 49), (50, 59), (60, 69), (70, 85)]
POP_SHARE = {
    # country: {female: [shares by age group]}
    1: {0: [0.085, 0.080, 0.090, 0.095, 0.080, 0.065],
        1: [0.080, 0.075, 0.088, 0.095, 0.082, 0.085]},
    2: {0: [0.070, 0.065, 0.080, 0.080, 0.075, 0.115],
        1: [0.067, 0.063, 0.078, 0.079, 0.078, 0.150]},
}


# --------------------------------------------------------------------------
# random building blocks (only Random.random() is used)
# --------------------------------------------------------------------------

class Draw:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.spare = None

    def uniform(self):
        """A number in (0, 1)."""
        u = self.rng.random()
        while u == 0.0:
            u = self.rng.random()
        return u

    def normal(self):
        """Standard normal by Box-Muller (one pair per two calls)."""
        if self.spare is not None:
            z, self.spare = self.spare, None
            return z
        u1, u2 = self.uniform(), self.uniform()
        r = math.sqrt(-2.0 * math.log(u1))
        self.spare = r * math.sin(2.0 * math.pi * u2)
        return r * math.cos(2.0 * math.pi * u2)

    def logistic(self):
        u = self.uniform()
        return math.log(u / (1.0 - u))

    def bernoulli(self, p):
        return 1 if self.uniform() < p else 0

    def categorical(self, probs, codes=None):
        u = self.uniform()
        acc = 0.0
        for i, p in enumerate(probs):
            acc += p
            if u < acc:
                return codes[i] if codes else i + 1
        return codes[-1] if codes else len(probs)


def cut(latent, cuts):
    """1 + number of cutpoints below the latent value."""
    return 1 + sum(1 for c in cuts if latent > c)


def expit(x):
    return 1.0 / (1.0 + math.exp(-x))


def age_group(age):
    for g, (lo, hi) in enumerate(AGE_GROUPS):
        if lo <= age <= hi:
            return g
    raise ValueError(age)


def covariates(r):
    return {
        "_cons": 1.0,
        "threat_nk": r["threat_nk"],
        "threat_cn": r["threat_cn"],
        "age10": r["age"] / 10.0,
        "female": r["female"],
        "2.edu": 1.0 if r["edu"] == 2 else 0.0,
        "3.edu": 1.0 if r["edu"] == 3 else 0.0,
        "ideology": r["ideology"],
        "2.country": 1.0 if r["country"] == 2 else 0.0,
    }


def linear(beta, x):
    return sum(b * x[name] for name, b in beta)


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def generate():
    d = Draw(SEED)
    rows = []
    rid = 0
    # Pass 1: respondents and substantive answers, one respondent at a time.
    for country in (1, 2):
        for _ in range(N_PER_COUNTRY):
            rid += 1
            r = {"id": rid, "country": country, "year": YEAR}
            while True:
                a = AGE_MEAN[country] + AGE_SD * d.normal()
                if 18.0 <= a < 86.0:
                    break
            r["age"] = int(math.floor(a))
            r["female"] = d.bernoulli(0.52)
            # education: younger respondents more often college-educated
            young = (60.0 - r["age"]) / 20.0
            p3 = expit(0.0 + 0.9 * young)
            p1 = expit(-2.2 - 1.2 * young)
            p2 = max(0.0, 1.0 - p1 - p3)
            r["edu"] = d.categorical([p1, p2, p3])
            r["region"] = d.categorical(REGION_SHARE[country])
            # ideology: latent normal, older more conservative
            lat = (0.02 * (r["age"] - 48) + REGION_IDEOLOGY[country][r["region"] - 1]
                   - 0.15 * r["female"] + d.normal())
            r["ideology"] = cut(lat, [-1.6, -0.5, 0.6, 1.7])
            # threats: latent normal, conservatives see more threat
            base_nk = 0.6 if country == 1 else 0.8
            base_cn = 0.2 if country == 1 else 0.5
            lat = base_nk + 0.25 * (r["ideology"] - 3) + 0.01 * (r["age"] - 48) + d.normal()
            r["threat_nk"] = cut(lat, [-1.3, -0.3, 0.8])
            lat = base_cn + 0.30 * (r["ideology"] - 3) + 0.005 * (r["age"] - 48) + d.normal()
            r["threat_cn"] = cut(lat, [-1.3, -0.3, 0.8])
            x = covariates(r)
            # fav_japan: ordered logit, Korean respondents only
            if country == 1:
                r["fav_japan"] = cut(linear(FAV_BETA, x) + d.logistic(), FAV_CUTS)
            else:
                r["fav_japan"] = NOT_ASKED
            # support_coop: binary logit
            r["support_coop"] = d.bernoulli(expit(linear(SUPPORT_BETA, x)))
            r["_x"] = x
            rows.append(r)

    # Pass 2: post-stratification weights (sex x age group within country)
    cells = {}
    for r in rows:
        key = (r["country"], r["female"], age_group(r["age"]))
        cells[key] = cells.get(key, 0) + 1
    for r in rows:
        c, f, g = r["country"], r["female"], age_group(r["age"])
        r["weight"] = POP_SHARE[c][f][g] * N_PER_COUNTRY / cells[(c, f, g)]

    # Pass 3: MCAR missing codes, variable by variable in a fixed order
    for var in ("threat_nk", "threat_cn", "fav_japan", "support_coop"):
        p8, p9 = MISSING_RATES[var]
        for r in rows:
            u = d.uniform()   # drawn for every respondent, asked or not
            if r[var] == NOT_ASKED:
                continue
            if u < p8:
                r[var] = 8
            elif u < p8 + p9:
                r[var] = 9

    # Pass 4: support_tri (binary logit), then its missing codes
    for r in rows:
        r["support_tri"] = d.bernoulli(expit(linear(TRI_BETA, r["_x"])))
    p8, p9 = MISSING_RATES["support_tri"]
    for r in rows:
        u = d.uniform()
        if u < p8:
            r["support_tri"] = 8
        elif u < p8 + p9:
            r["support_tri"] = 9
    return rows, cells


# --------------------------------------------------------------------------
# codebook
# --------------------------------------------------------------------------

NOT_SURE = (8, "Not sure", "notSure")
NO_RESPONSE = (9, "No response", "noResponse")
THREAT_CATS = [(1, "Not at all"), (2, "Not much"), (3, "Somewhat"), (4, "Very much"),
               NOT_SURE, NO_RESPONSE]

VARIABLES = [
    # name, label, level, questionText, categories
    ("id", "Respondent identifier", "nominal", None, None),
    ("country", "Country of interview", "nominal", None,
     [(1, "Korea"), (2, "Japan")]),
    ("year", "Survey year", None, None, None),
    ("age", "Age in years", None, "How old are you?", None),
    ("female", "Sex of respondent", "nominal", None, [(0, "Male"), (1, "Female")]),
    ("edu", "Highest level of education", "ordinal",
     "What is the highest level of education you have completed?",
     [(1, "Middle school or less"), (2, "High school"), (3, "College or more")]),
    ("region", "Region of residence", "nominal", None,
     [(1, "Seoul/Gyeonggi (KR) or Kanto (JP)"),
      (2, "Gangwon/Chungcheong (KR) or Chubu (JP)"),
      (3, "Jeolla (KR) or Kinki (JP)"),
      (4, "Gyeongsang (KR) or Chugoku/Shikoku/Kyushu (JP)"),
      (5, "Other: Jeju (KR) or Hokkaido/Tohoku/Okinawa (JP)")]),
    ("ideology", "Political ideology (self-placement)", "ordinal",
     "In politics, where would you place yourself, from very progressive to very conservative?",
     [(1, "Very progressive"), (2, "Somewhat progressive"), (3, "Moderate"),
      (4, "Somewhat conservative"), (5, "Very conservative")]),
    ("weight", "Post-stratification weight (sex x age group within country)", None, None, None),
    ("threat_nk", "Threat perception: North Korea", "ordinal",
     "How much of a threat is North Korea to our country?", THREAT_CATS),
    ("threat_cn", "Threat perception: China", "ordinal",
     "How much of a threat is China to our country?", THREAT_CATS),
    ("fav_japan", "Favourability of Japan", "ordinal",
     "Overall, is your impression of Japan favourable or unfavourable?",
     [(1, "Very unfavourable"), (2, "Somewhat unfavourable"),
      (3, "Neither favourable nor unfavourable"), (4, "Somewhat favourable"),
      (5, "Very favourable"), (NOT_ASKED, "Not asked (Japan sample)", "notAsked"),
      NOT_SURE, NO_RESPONSE]),
    ("support_coop", "Support for Korea-Japan security cooperation", "nominal",
     "Do you support security cooperation between Korea and Japan?",
     [(0, "Oppose"), (1, "Support"), NOT_SURE, NO_RESPONSE]),
    ("support_tri", "Support for Korea-US-Japan trilateral security cooperation", "nominal",
     "Do you support trilateral security cooperation between Korea, the United States and Japan?",
     [(0, "Oppose"), (1, "Support"), NOT_SURE, NO_RESPONSE]),
]
COLUMNS = [v[0] for v in VARIABLES]


def codebook_xmi():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<codebook:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
           ' xmlns:codebook="http://voxpop.org/codebook/1.0" name="poll2024"'
           ' title=%s country=%s year="%d" weightVariable="//@variables.%d">'
           % (quoteattr("VoxPop example: synthetic Korea-Japan public opinion poll 2024 (SYNTHETIC DATA)"),
              quoteattr("Korea and Japan"), YEAR, [v[0] for v in VARIABLES].index("weight"))]
    for name, label, level, question, cats in VARIABLES:
        attrs = 'name=%s label=%s' % (quoteattr(name), quoteattr(label))
        if name == "weight":
            attrs += ' weightType="postStratification"'
        if question:
            attrs += ' questionText=%s' % quoteattr(question)
        if level:
            attrs += ' measurementLevel="%s"' % level
        if not cats:
            out.append('  <variables %s/>' % attrs)
            continue
        out.append('  <variables %s>' % attrs)
        for cat in sorted(cats):
            code, clabel = cat[0], cat[1]
            kind = cat[2] if len(cat) > 2 else None
            line = '    <categories code="%r" label=%s' % (float(code), quoteattr(clabel))
            if kind:
                line += ' missingKind="%s"' % kind
            out.append(line + '/>')
        out.append('  </variables>')
    out.append('</codebook:Study>')
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------

def fmt(name, value):
    if name == "weight":
        return "%.6f" % value
    return str(value)


def write_csv(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(COLUMNS) + "\n")
        for r in rows:
            f.write(",".join(fmt(c, r[c]) for c in COLUMNS) + "\n")


def count(rows, var, code, country=None):
    return sum(1 for r in rows if r[var] == code and (country is None or r["country"] == country))


R_SNIPPET = """\
d <- read.csv("poll2024.csv")
s <- subset(d, support_coop <= 1 & threat_nk <= 4 & threat_cn <= 4)
f <- glm(support_coop ~ threat_nk + threat_cn + age + female + factor(edu) +
           ideology + factor(country), family = binomial, data = s)
t <- subset(d, support_tri <= 1 & threat_nk <= 4 & threat_cn <= 4)
g <- glm(support_tri ~ threat_nk + threat_cn + age + female + factor(edu) +
           ideology + factor(country), family = binomial, data = t)
k <- subset(d, country == 1 & fav_japan <= 5 & threat_cn <= 4)
p <- MASS::polr(factor(fav_japan) ~ age + female + factor(edu) + ideology + threat_cn,
                data = k, Hess = TRUE)
show <- function(title, n, cf, true) {
  cat(sprintf("%s, n = %d\\n%-18s %9s %9s %9s\\n", title, n, "term", "estimate", "se", "true"))
  cat(sprintf("%-18s %9.4f %9.4f %9.3f\\n", rownames(cf), cf[, 1], cf[, 2], true), sep = "")
}
show("support_coop, binary logit (glm)", nobs(f), coef(summary(f)),
     @SUPPORT_TRUE@)
cat("\\n")
show("support_tri, binary logit (glm)", nobs(g), coef(summary(g)),
     @TRI_TRUE@)
cat("\\n")
show("fav_japan, ordered logit (MASS::polr), Korea", nrow(k), coef(summary(p)),
     @FAV_TRUE@)
cat(R.version.string, "\\n", sep = "")
"""

def r_vector(beta, cuts=()):
    """The true parameters in R's order and units (age per year, not per 10 years), as an R vector."""
    values = [value / 10 if name == "age10" else value for name, value in beta] + list(cuts)
    return "c(" + ", ".join("%g" % v for v in values) + ")"


# R's glm / polr on this data, pasted from the check in data/README.md.
# Plausibility only; re-run the R snippet and update this if the design changes.
R_CHECK = """\
support_coop, binary logit (glm), n = 1685
term                estimate        se      true
(Intercept)          -4.1983    0.4400    -4.000
threat_nk             0.4887    0.0729     0.500
threat_cn             0.4485    0.0668     0.400
age                   0.0085    0.0045     0.015
female               -0.1309    0.1191    -0.300
factor(edu)2          0.3309    0.2267     0.300
factor(edu)3          0.7085    0.2257     0.600
ideology              0.4221    0.0671     0.350
factor(country)2      0.5330    0.1195     0.500

support_tri, binary logit (glm), n = 1668
term                estimate        se      true
(Intercept)          -3.9931    0.4977    -3.600
threat_nk             0.6014    0.0832     0.500
threat_cn             0.5908    0.0776     0.600
age                   0.0110    0.0054     0.010
female               -0.1845    0.1425    -0.200
factor(edu)2          0.7999    0.2605     0.200
factor(edu)3          0.7965    0.2508     0.400
ideology              0.3019    0.0792     0.400
factor(country)2      0.1226    0.1413     0.200

fav_japan, ordered logit (MASS::polr), Korea, n = 865
term                estimate        se      true
age                  -0.0181    0.0046    -0.025
female                0.0276    0.1228     0.100
factor(edu)2          0.3987    0.2678     0.200
factor(edu)3          0.7267    0.2641     0.400
ideology              0.2543    0.0662     0.350
threat_cn             0.2680    0.0697     0.300
1|2                  -0.3207    0.4208    -0.500
2|3                   1.1234    0.4224     1.000
3|4                   2.5729    0.4306     2.500
4|5                   3.9230    0.4453     4.000
R version 4.2.2 Patched (2022-11-10 r83330)
"""


def binary_parameters(a, rows, outcome, beta):
    """The TRUE parameter table of a binary logit outcome and its observed share."""
    a("| term (Stata: `%s threat_nk threat_cn age female i.edu ideology i.country`) | true value |" % outcome)
    a("|---|---|")
    for name, b in beta:
        if name == "age10":
            a("| `age` (per year; = %g per 10 years) | %g |" % (b, b / 10.0))
        else:
            a("| `%s` | %g |" % (name, b))
    a("")
    a("Observed share supporting (among 0/1 answers): %.3f."
      % (count(rows, outcome, 1) / float(count(rows, outcome, 1) + count(rows, outcome, 0))))
    a("")


def readme(rows):
    n = len(rows)
    w = [r["weight"] for r in rows]
    L = []
    a = L.append
    a("# poll2024: a SYNTHETIC example survey")
    a("")
    a("**These data are synthetic.** They were produced by a random-number generator and")
    a("describe no real people and no real survey. The design is loosely inspired by")
    a("Korea-Japan public opinion polls; the numbers must not be cited as findings.")
    a("")
    a("- Files: `poll2024.csv` (data), `poll2024.codebook.xmi` (VoxPop codebook).")
    a("- Generator: `generator/make_example.py` (Python 3 standard library only).")
    a("- Command, from the bundle folder `org.voxpop.examples`:")
    a("  `/usr/bin/python3 generator/make_example.py`")
    a("- Seed: `random.Random(%d)`; only `Random.random()` is used, in a fixed order," % SEED)
    a("  so re-running reproduces the files byte for byte.")
    a("- %d respondents: %d in Korea (`country` = 1, ids 1-%d) and %d in Japan"
      % (n, N_PER_COUNTRY, N_PER_COUNTRY, N_PER_COUNTRY))
    a("  (`country` = 2, ids %d-%d); `year` = %d for all." % (N_PER_COUNTRY + 1, n, YEAR))
    a("- Comma-separated, one header line, `\\n` line ends, UTF-8. There are **no empty")
    a("  fields**: every missing answer is a labelled missing code (7, 8 or 9, below).")
    a("")
    a("## Variables")
    a("")
    a("| variable | meaning | values | level |")
    a("|---|---|---|---|")
    for name, label, level, question, cats in VARIABLES:
        if cats:
            vals = "; ".join("%d = %s%s" % (c[0], c[1], " (missing: %s)" % c[2] if len(c) > 2 else "")
                             for c in sorted(cats))
        elif name == "age":
            vals = "18-85"
        elif name == "weight":
            vals = "positive, mean %.6f, min %.3f, max %.3f; 6 decimals" % (sum(w) / n, min(w), max(w))
        elif name == "id":
            vals = "1-%d" % n
        else:
            vals = str(YEAR)
        text = label + (" - \"%s\"" % question if question else "")
        a("| `%s` | %s | %s | %s |" % (name, text, vals, level or "scale"))
    a("")
    a("## Missing codes")
    a("")
    a("- 8 = Not sure (`missingKind` notSure) and 9 = No response (noResponse) on")
    a("  `threat_nk`, `threat_cn`, `fav_japan`, `support_coop` and `support_tri`. They were assigned")
    a("  **after** all substantive answers were generated, independently of everything")
    a("  (MCAR), with these probabilities:")
    a("")
    a("  | variable | P(8) | P(9) | count of 8 | count of 9 |")
    a("  |---|---|---|---|---|")
    for var, (p8, p9) in MISSING_RATES.items():
        a("  | `%s` | %.3f | %.3f | %d | %d |" % (var, p8, p9, count(rows, var, 8), count(rows, var, 9)))
    a("")
    a("  (for `fav_japan` the probabilities apply to the Korean respondents only.)")
    a("- 7 = Not asked (notAsked) on `fav_japan`: the item was asked in Korea only, so")
    a("  all %d Japanese respondents have 7." % count(rows, "fav_japan", NOT_ASKED))
    a("- The generating models used the respondents' true (pre-missing) answers, so a")
    a("  complete-case analysis is unbiased for the parameters below.")
    a("")
    a("## How the data were generated")
    a("")
    a("Respondents are generated one at a time, Korea first, in this order:")
    a("")
    a("1. `age`: normal with mean %g (Korea) / %g (Japan) and sd %g, redrawn until in"
      % (AGE_MEAN[1], AGE_MEAN[2], AGE_SD))
    a("   [18, 86), rounded down.")
    a("2. `female`: Bernoulli(0.52).")
    a("3. `edu`: with y = (60 - age)/20, P(edu=3) = logistic(0.9y),")
    a("   P(edu=1) = logistic(-2.2 - 1.2y), P(edu=2) = the rest.")
    a("4. `region`: shares %s (Korea) and %s (Japan) for codes 1-5."
      % (REGION_SHARE[1], REGION_SHARE[2]))
    a("5. `ideology`: a standard normal plus 0.02(age - 48) - 0.15 female plus a region")
    a("   shift (Korea only: %s for codes 1-5), cut at -1.6, -0.5, 0.6, 1.7."
      % REGION_IDEOLOGY[1])
    a("6. `threat_nk`: a standard normal plus 0.6 (Korea) / 0.8 (Japan)")
    a("   + 0.25(ideology - 3) + 0.01(age - 48), cut at -1.3, -0.3, 0.8.")
    a("   `threat_cn`: the same with 0.2 (Korea) / 0.5 (Japan) + 0.30(ideology - 3)")
    a("   + 0.005(age - 48). (These are only the covariate process; the parameters to")
    a("   recover are those of the two outcome models below.)")
    a("7. `fav_japan` (Korea only), then `support_coop`, from the TRUE models below.")
    a("")
    a("Then `weight` and the missing codes; finally `support_tri` and its missing codes, from")
    a("the same covariates (a pass of its own, added later: the other columns are as before).")
    a("")
    a("### TRUE parameters: `support_coop` (binary logit)")
    a("")
    a("logit P(support_coop = 1) = b0 + b1 threat_nk + b2 threat_cn + b3 (age/10)")
    a("+ b4 female + b5 [edu = 2] + b6 [edu = 3] + b7 ideology + b8 [country = 2]")
    a("")
    binary_parameters(a, rows, "support_coop", SUPPORT_BETA)
    a("### TRUE parameters: `support_tri` (binary logit)")
    a("")
    a("The same form as `support_coop`, on the same covariates:")
    a("")
    binary_parameters(a, rows, "support_tri", TRI_BETA)
    a("### TRUE parameters: `fav_japan` (ordered logit, Korean respondents)")
    a("")
    a("P(fav_japan <= j) = logistic(cut_j - xb), j = 1..4, i.e. fav_japan = 1 + the")
    a("number of cutpoints below xb + e, e standard logistic (Stata `ologit`, R")
    a("`MASS::polr` parameterization).")
    a("")
    a("| term (Stata: `fav_japan age female i.edu ideology threat_cn if country == 1`) | true value |")
    a("|---|---|")
    for name, b in FAV_BETA:
        if name == "age10":
            a("| `age` (per year; = %g per 10 years) | %g |" % (b, b / 10.0))
        else:
            a("| `%s` | %g |" % (name, b))
    for j, c in enumerate(FAV_CUTS, 1):
        a("| `/cut%d` | %g |" % (j, c))
    a("")
    a("Distribution of fav_japan in Korea (codes 1-5): %s."
      % ", ".join(str(count(rows, "fav_japan", k, 1)) for k in range(1, 6)))
    a("")
    a("### `weight`")
    a("")
    a("Post-stratification to sex x age group (18-29, 30-39, 40-49, 50-59, 60-69, 70+)")
    a("within country: weight = target share x %d / respondents in the cell. The" % N_PER_COUNTRY)
    a("weights sum to %d within each country (mean 1 overall, up to the rounding to 6" % N_PER_COUNTRY)
    a("decimals). Targets (shares of the country's adults, male row then female row):")
    a("")
    for c, name in ((1, "Korea"), (2, "Japan")):
        a("- %s: male %s; female %s" % (name, POP_SHARE[c][0], POP_SHARE[c][1]))
    a("")
    a("The outcomes do not depend on the weight; weighted and unweighted estimates")
    a("estimate the same parameters.")
    a("")
    a("## Plausibility check with R")
    a("")
    a("Run in this folder. Complete cases only (codes 7, 8, 9 dropped); this checks the generator, it is")
    a("not a test fixture.")
    a("")
    a("```r")
    a(R_SNIPPET.replace("@SUPPORT_TRUE@", r_vector(SUPPORT_BETA)).replace("@TRI_TRUE@", r_vector(TRI_BETA))
      .replace("@FAV_TRUE@", r_vector(FAV_BETA, FAV_CUTS)).rstrip("\n"))
    a("```")
    a(R_CHECK.rstrip("\n"))
    a("```")
    return "\n".join(L) + "\n"


def main():
    rows, cells = generate()
    os.makedirs(DATA, exist_ok=True)
    write_csv(rows, os.path.join(DATA, "poll2024.csv"))
    with open(os.path.join(DATA, "poll2024.codebook.xmi"), "w", encoding="utf-8", newline="\n") as f:
        f.write(codebook_xmi())
    with open(os.path.join(DATA, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d rows; smallest weighting cell has %d respondents"
          % (len(rows), min(cells.values())), file=sys.stderr)


if __name__ == "__main__":
    main()
