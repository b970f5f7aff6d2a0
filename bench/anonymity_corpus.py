"""Benchmark: the anonymity guard (`app.domain.anonymity.check_text`) on the labelled test corpus, and its
time on 10 KB, 100 KB and 1 MB of text.

    python bench/anonymity_corpus.py [--repeat 5]

a) Corpus (tests/unit/anonymity_corpus*.py, loaded by path), for the generated, the first hand-written,
   the blind hand-written texts and the blind names-only holdout apart: for each kind of identifying
   data, how many items are marked and the share that a BLOCK finding covers (and the share found as that
   very kind); for the warning kinds, the share found at all; for the clean texts, the share blocked and
   the share warned.
b) Time: texts made of corpus text and runs of random digits, cut to 2 KB (a summary, checked on every
   keystroke), 10 KB, 100 KB and 1 MB, best of `--repeat` runs, against the time to normalise and split
   the same text; then 1 MB of pathological input (one long word, a thousand-fold repeated name, "@"s,
   digits, birth cues) to show that no input makes it slow. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from app.domain.anonymity import Severity, check_text

WORD = re.compile(r"\w+")
TESTS = Path(__file__).resolve().parents[1] / "tests" / "unit"


def load(name: str) -> ModuleType:
    if str(TESTS.parents[1]) not in sys.path:
        sys.path.append(str(TESTS.parents[1]))  # the corpus modules import their parts as tests.unit.*
    spec = importlib.util.spec_from_file_location(name, TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def corpus_parts(module: ModuleType, blind: ModuleType, holdout: ModuleType) -> dict[str, list[Any]]:
    """The generated texts, the first hand-written ones, and the blind ones, apart: the generated half is
    built from the guard's own cue words, so only the hand-written texts say how people really write."""
    return {
        "generated (from the guard's cue words)": [module.parse(text) for text in module.generated()],
        "hand-written with the guard": [module.parse(text) for text in module.HANDWRITTEN],
        "hand-written blind (issue 14)": [module.parse(text) for text in blind.BLIND],
        "hand-written blind, names only (holdout)": [module.parse(text) for text in holdout.HOLDOUT],
    }


def corpus_figures(module: ModuleType, name: str, cases: list[Any]) -> None:
    print(f"{name}: {len(cases)} texts")
    results = [(case, check_text(case.text)) for case in cases]
    print(f"  {'kind':<13} {'items':>5} {'blocked':>8} {'as kind':>8}")
    for kind in module.BLOCK_KINDS:
        blocked = same = total = 0
        for case, findings in results:
            for item in case.items:
                if item.kind != kind:
                    continue
                covering = [f for f in findings if f.start < item.end and item.start < f.end]
                total += 1
                blocked += any(f.severity is Severity.BLOCK for f in covering)
                same += any(f.kind.value == kind for f in covering)
        if total:
            print(f"  {kind:<13} {total:>5} {percent(blocked, total):>8} {percent(same, total):>8}")
    for kind in module.WARN_KINDS:
        items = [(item, findings) for case, findings in results for item in case.items if item.kind == kind]
        hits = sum(any(f.start < i.end and i.start < f.end for f in fs) for i, fs in items)
        if items:
            print(f"  {kind:<13} {len(items):>5} {'warned':>8} {percent(hits, len(items)):>8}")
    clean = [(case, findings) for case, findings in results if case.clean]
    blocked = sum(any(f.severity is Severity.BLOCK for f in findings) for _, findings in clean)
    warned = sum(bool(findings) for _, findings in clean) - blocked
    print(
        f"  clean texts {len(clean)}: blocked {percent(blocked, len(clean))}, "
        f"warned {percent(warned, len(clean))}\n"
    )


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def mixed_text(module: ModuleType, size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    corpus_text = " ".join(case.text for case in module.corpus())
    parts: list[str] = []
    length = 0
    while length < size:
        start = rng.randrange(len(corpus_text))
        part = corpus_text[start : start + rng.randint(200, 3000)]
        if rng.random() < 0.3:
            part += " " + "".join(rng.choice("0123456789  -.") for _ in range(rng.randint(10, 400)))
        parts.append(part + " ")
        length += len(part) + 1
    return "".join(parts)[:size]


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def timings(module: ModuleType, repeat: int) -> None:
    print(f"\nTime per text (best of {repeat}); baseline: NFKC and a split into words of the same text")
    targets = {2_000: "≤ 5 ms, per keystroke in the form", 1_000_000: "≤ 1 s"}
    for size in (2_000, 10_000, 100_000, 1_000_000):
        text = mixed_text(module, size)
        seconds = best_of(repeat, lambda text=text: check_text(text))  # type: ignore[misc]
        baseline = best_of(repeat, lambda text=text: WORD.findall(unicodedata.normalize("NFKC", text)))  # type: ignore[misc]
        target = f", target {targets[size]}" if size in targets else ""
        print(
            f"  corpus + digits {size / 1000:>6g} KB: {seconds * 1000:8.1f} ms "
            f"({seconds / baseline:5.1f} × baseline, {len(check_text(text))} findings{target})"
        )
    rng = random.Random(2)
    pathological = {
        "one 1 MB word": "A" + "a" * 999_999,
        '"Emma " repeated': "Emma " * 200_000,
        '"Vestre " repeated': "Vestre " * 142_857,
        '"Søndergade 1 "': "Søndergade 1 " * 76_923,
        '"a@" repeated': "a@" * 500_000,
        '"født " repeated': "født " * 200_000,
        "random digits": "".join(rng.choice("0123456789") for _ in range(1_000_000)),
        "2-digit groups": " ".join(f"{rng.randint(10, 99)}" for _ in range(333_333)),
        "spaces": " " * 1_000_000,
    }
    print(f"\nPathological 1 MB texts (best of {min(repeat, 3)}):")
    for name, text in pathological.items():
        seconds = best_of(min(repeat, 3), lambda text=text: check_text(text))  # type: ignore[misc]
        print(f"  {name:<20} {seconds * 1000:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    module, blind, holdout = (load(f"anonymity_corpus{part}") for part in ("", "_blind", "_holdout"))
    for name, cases in corpus_parts(module, blind, holdout).items():
        corpus_figures(module, name, cases)
    timings(module, args.repeat)


if __name__ == "__main__":
    main()
