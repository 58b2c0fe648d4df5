"""Sentence -> content terms (lower-cased, stop words dropped, crudely stemmed) for comparing sentences.

Every ranking method compares sentences by the words they share; "drones" and "drone", "talks" and
"talk" should count as one. A few suffix rules do that well enough for news English and cost far less
than a full stemmer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from string import punctuation

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")

STOP_WORDS = frozenset(
    """a about above across after again against ago all almost along already also although always am
    among an and another any anyone anything are around as at away back be became because become been
    before being below between both but by can could did do does doing done down during each either
    else even ever every few for from further get gets got had has have having he her here hers herself
    him himself his how however i if in into is it its itself just last least less like made make many
    may me might more most much must my myself near need never new next no nor not now of off often on
    once one only or other others our ours ourselves out over own per put rather really s said same say
    says see seen she should since so some still such t than that the their theirs them themselves then
    there these they this those though through thus to told too toward towards under until up upon us
    very was way we well were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself mr mrs ms dr year years time also according""".split()
)

# Punctuation -> space, then split: several times faster than a regular expression here. "Ukraine's"
# becomes "ukraine" and "s", a stop word. Most sentences are ASCII, which bytes.translate spaces out
# with a table look-up per character (str.translate makes a dict look-up of each).
_SPACE_OUT = str.maketrans(dict.fromkeys(punctuation + "‘’“”«»—–…£€•·", " "))
_SPACE_OUT_ASCII = bytes.maketrans(punctuation.encode(), b" " * len(punctuation))


_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude English stem: enough to merge most plurals and -ing/-ed forms ("talks", "talked",
    "talking" -> "talk"), not a linguist's stem ("drones" -> "dron" but "drone" stays)."""
    if len(word) <= 4:
        return word[:-1] if len(word) == 4 and word.endswith("s") and not word.endswith("ss") else word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)] + repl
    return word


def words(text: str) -> list[str]:
    """The words of a text, as written (for counting length)."""
    return _WORD.findall(text)


class _Terms(dict):
    """Lower-cased word -> its term, "" for a stop word: one dict look-up per word (words recur)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 1 << 16:  # bounded, as stem()'s cache is
            self.clear()
        term = self[word] = "" if word in STOP_WORDS else stem(word)
        return term


_TERMS = _Terms()


def terms(text: str) -> list[str]:
    """Content terms of a text, in order, with repeats."""
    lower = text.lower()
    spaced = lower.encode().translate(_SPACE_OUT_ASCII).decode() if lower.isascii() else lower.translate(_SPACE_OUT)
    return list(filter(None, map(_TERMS.__getitem__, spaced.split())))
