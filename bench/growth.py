"""How reading and extraction time grows when a hostile input doubles: each family is read
and extracted at n and 2n, and the ratio printed (about 2 is linear, about 4 quadratic).

    python bench/growth.py

A plain script, never a test: a timing ratio is for a person to read, not to assert.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing.extract import extract
from briefing.readers import read

FAMILIES: dict[str, Callable[[int], str]] = {
    "unclosed {{, [[ and <ref> (wikitext)": lambda n: (
        "= R =\n\n" + "{{a|" * n + " 5 victims in 2020 " + "<ref>x " * n + "[[a|" * n + "\n"
    ),
    "brackets nested deep": lambda n: "= R =\n\n" + "(" * n + " 5 victims in 2020 " + "[" * n,
    "a run of dots": lambda n: "= R =\n\nIt ended" + "." * n + " Then 5 victims in 2020.\n",
    "repeated section titles": lambda n: "= R =\n\n" + "== Same ==\n\nText.\n\n" * n,
    "a long paragraph without dates": lambda n: "= R =\n\n" + "They saw 5 victims. " * n + "\n",
    "numbers and dates in one paragraph": lambda n: (
        "= R =\n\n" + "In 2019 there were 41 victims, compared with 23 in 2018. " * n + "\n"
    ),
}
SIZES = (1000, 2000)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        print("| input | n | 2n | ratio |\n|---|---|---|---|")
        for name, make in FAMILIES.items():
            small, large = (_seconds(Path(folder), make(n)) for n in SIZES)
            print(f"| {name} | {small:.3f} s | {large:.3f} s | {large / small:.1f} |")


def _seconds(folder: Path, text: str) -> float:
    source = folder / ("r.wiki" if "{{" in text else "r.txt")
    source.write_text(text, encoding="utf-8")
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        extract(read(source))
        best = min(best, time.perf_counter() - started)
    return best


if __name__ == "__main__":
    main()
