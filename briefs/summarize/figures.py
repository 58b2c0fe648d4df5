"""Numeric facts in an article, each with what it counts: "more than 40 Russian planes destroyed".

What counts as a figure:
- a number in digits, money ("$1.2bn", "£479m") or a percentage ("3.5%", "12 per cent") together with
  the noun phrase it counts ("162 Ukrainian drones"), a unit attribute ("a 1,000-kilometre front
  line") or, for money, percentages and measures with nothing after them, the words just before it
  ("shares rose 3.5%");
- a number word from "two" up ("eight Russian regions", "hundreds of people", "three-year long war");
  "one" only as an attribute ("a one-year ban"), since it is mostly a pronoun;
- "52 out of the 80 drones" is one figure, and so is a change "from 2.2% to 1.6%".

Not figures: dates, years and times (June 1, 2025, 10 a.m.), ordinals ("second round"), ages
("29-year-old", "aged 29"), scores ("3-1"), labels after a name ("Boeing 747", "No. 10") and spans
of time that are not an attribute of a thing ("two weeks", "24 hours"; "a three-year war" counts). A
bare number with nothing it counts ("Lindsey, 29") is skipped: the reader could not tell what it is.

`text` uses only words of the sentence. A past-tense verb just before the number moves after the
noun phrase ("destroyed 40 planes" -> "40 planes destroyed") so every figure reads the same way.
A bracketed conversion ("$900m (£479m) loan") belongs to the first amount. At most MAX_FIGURES, in
article order (so the lead's figures win), and an amount already listed is not listed again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from briefs.summarize.model import Figure
from briefs.summarize.sentences import LONGEST, Document

MAX_FIGURES = 6

# Number words as a trie on the first letter (case-insensitive only there): much faster than a flat
# alternation under re.IGNORECASE.
_NUMBER_WORDS = (
    r"[Tt](?:wo|hree|hirteen|hirty|en|welve|wenty|housands?)|[Ff](?:our(?:teen)?|orty|ive|ifteen|ifty)"
    r"|[Ss](?:ix(?:teen|ty)?|even(?:teen|ty)?)|[Ee](?:ight(?:een|y)?|leven)|[Nn]ine(?:teen|ty)?"
    r"|[Hh]undreds?|[Dd]ozens|[Mm]illions|[Bb]illions|[Aa]\s+(?:dozen|hundred|thousand)"
)
_NUMBER_START = re.compile(r"[$£€¥₹\d]+")
_NUMBER_STEMS = (
    "two three four five six seven eight nine ten eleven twelve thirt twent fort fift hundred thousand "
    "dozen million billion one-"
).split() + ["a dozen", "a hundred", "a thousand"]
_CURRENCY_PREFIX = re.compile(r"(?:US|HK|NZ|A|C)$")
_ONE_UNITS = "year|month|week|day|hour|minute|metre|meter|mile|kilometre|kilometer|point|goal|match|game"
_MAGNITUDE = r"(?:bn|mn|m|k|tn|(?:\s(?:million|billion|trillion|thousand))\b)"
_PERCENT = r"(?:\s?%|\s(?:per\s?cent|percent|pc)\b)"
_UNIT = r"(?:km|kg|mph|ft|cm|mm|mg|lbs?|kmh|mw|gw)\b"
_HYPHEN_UNIT = r"(?:-[a-z]+(?:-[a-z]+)?)"

_QUANTITY = re.compile(
    rf"""(?<![\w.,/:'’-])
    (?P<value>
        (?P<money>(?:US|A|C|HK|NZ)?[$£€¥₹])?
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?P<magnitude>{_MAGNITUDE})?(?P<percent>{_PERCENT})?(?P<unit>{_UNIT})?
      | (?P<word>(?:{_NUMBER_WORDS}|[Oo]ne(?=-(?:{_ONE_UNITS})\b))(?:-(?:one|two|three|four|five|six|seven|eight|nine)\b)?
         (?:\s(?:million|billion)\b)?)
    )
    (?P<attribute>{_HYPHEN_UNIT})?
    (?P<of>\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\b)?
    (?![\w'’]|-\d|:\d|\.\d)""",
    re.VERBOSE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A word right before a number that makes it a date or a label: "June 1", "No. 10", "aged 29".
_LABELS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september
    oct october nov november dec december no nos number aged age""".split()
)
_DATE_AFTER = re.compile(
    rf"^(?:\s+{_MONTH}\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|[ecmp][sd]?t\b|utc\b|hrs\b|o'clock))",
    re.IGNORECASE,
)
_CONVERSION = re.compile(r"\d[\w%]*(?:\s+[a-z]+)?\s*\([^()]{0,25}$")  # "$900m (£479m)", "6.5bn euros ($8.6bn; £4.5bn)"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MODIFIERS = frozenset(
    """more than|fewer than|less than|over|under|about|around|almost|nearly|roughly|approximately|some|
    at least|at most|up to|as many as|just|just over|just under|only|an estimated|a further|another|a|an|
    the""".replace("\n", "").replace("    ", "").split("|")
)
_SPACED = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S")
_STOP = frozenset(
    """a an the of in on at to for from by with over under into onto across along against about around
    than as and or but nor so yet if that which who whom whose this these those there here it its they
    them their he she his her we our you your i me my is are was were be been being has have had will
    would can could may might must should shall do does did not no per each every all both some any
    more most less least very also just only still even after before since during while until when
    where why how up down out off than deep inside outside between among within without""".split()
)
_IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel aircraft troops cattle sheep fish deer".split()
)
_TIME_UNITS = frozenset(
    """second seconds minute minutes hour hours day days night nights week weeks weekend weekends month
    months year years decade decades century centuries""".split()
)
_PAST_IRREGULAR = frozenset("hit struck shot lost sold cut spent built sent won held brought caught".split())
_RANGE = re.compile(r"\s+(?:to|and)\s+|\s?[-–]\s?")
_MEASURE = re.compile(r"\D*\d[\d,.]*\s?(?:bn|mn|m|k|tn|million|billion|trillion|%|per\s?cent|percent)\b|[$£€¥₹]", re.I)
_CLAUSE_BREAK = re.compile(r"[;:()\"“”\d]")
_CLAUSE_WORDS = frozenset("and but which who that while with said says".split())
_SPEECH = frozenset("said added claimed warned noted explained insisted stated reported announced".split())
_VERB_AFTER = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:[a-z]{2,}ed|%s)\b" % "|".join(sorted(_PAST_IRREGULAR))
)


def extract(doc: Document) -> list[Figure]:
    """Up to MAX_FIGURES figures from the body, in article order, without repeats."""
    figures: list[Figure] = []
    seen: set[str] = set()
    for sentence, starts in _candidates(doc):
        for figure in _figures_in(sentence, starts):
            key = figure.value.lower() if _MEASURE.match(figure.value) else figure.text.lower()
            if key in seen:
                continue
            seen.add(key)
            figures.append(figure)
            if len(figures) == MAX_FIGURES:
                return figures
    return figures


def _candidates(doc: Document) -> list[tuple[str, list[int]]]:
    """Each body sentence that may hold a number, with where one may start: a digit or currency
    sign, or a number word. Found over the whole body at once, which is several times faster than
    letting `_QUANTITY` scan every character of every sentence."""
    sentences = [s.text for s in doc.body if len(s.text) <= LONGEST]
    text = "\n".join(sentences)
    found = [m.start() for m in _NUMBER_START.finditer(text)]
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lowers to two characters: keep positions aligned
        lower = "".join(c.lower()[0] for c in text)
    for stem in _NUMBER_STEMS:
        at = lower.find(stem)
        while at >= 0:
            found.append(at)
            at = lower.find(stem, at + 1)
    offsets = [0]
    for sentence in sentences:
        offsets.append(offsets[-1] + len(sentence) + 1)
    by_sentence: dict[int, list[int]] = {}
    for at in sorted(set(found)):
        i = bisect_right(offsets, at) - 1
        by_sentence.setdefault(i, []).append(at - offsets[i])
    return [(sentences[i], starts) for i, starts in sorted(by_sentence.items())]


def _figures_in(sentence: str, starts: list[int]) -> list[Figure]:
    found: list[Figure] = []
    end = -1
    for match in _matches(sentence, starts):
        if found and end >= 0 and _RANGE.fullmatch(sentence[end : match.start()]):
            last = found[-1]  # "from 2.2% to 1.6%": one change, one figure
            found[-1] = Figure(last.value, f"{last.text}{sentence[end : match.end()]}", sentence)
            end = match.end()
            continue
        figure = _figure(sentence, match)
        end = match.end() if figure is not None else -1
        if figure is not None:
            found.append(figure)
    return found


def _matches(sentence: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`_QUANTITY` tried at each possible start ("US$1bn" starts before its sign), without overlaps."""
    end = 0
    for start in starts:
        if start < end:
            continue
        if sentence.startswith("$", start):
            prefix = _CURRENCY_PREFIX.search(sentence, max(start - 2, 0), start)
            start = prefix.start() if prefix else start
        match = _QUANTITY.match(sentence, start)
        if match:
            end = match.end()
            yield match


def _figure(sentence: str, match: re.Match[str]) -> Figure | None:
    before, after = sentence[: match.start()], sentence[match.end() :]
    value = match.group("value")
    attribute = (match.group("attribute") or "").lower()
    if _is_not_a_count(match, before, after, attribute):
        return None
    measured = bool(match.group("money") or match.group("percent") or match.group("unit") or attribute)
    if match.group("money"):
        after = _skip_conversion(after)
    noun_words, noun_end = _noun_phrase(after, counts_of=bool(match.group("word")) and not attribute)
    noun = " ".join(noun_words)
    head = noun_words[-1].rstrip("'’") if noun_words else ""
    if head.lower() in _TIME_UNITS and not attribute:
        return None  # "two weeks", "24 hours": a span of time, not a count
    if head[:1].isupper():
        return None  # "Three Little Bops": part of a name
    start = _modifier_start(sentence, match.start())
    quantity = sentence[start : match.end()]
    if not noun:
        context = _context(before[:start])
        if not measured or not context:
            return None  # a bare "£21.8bn" says nothing about what it measures
        return Figure(value=value, text=context + quantity, sentence=sentence)
    if match.group("word") and not (attribute or _is_plural(noun_words[-1]) or noun_words[0].lower() == "of"):
        return None
    verb = _verb_before(before[:start])
    text = f"{quantity} {noun}"
    if verb:
        text = f"{text} {verb}"
    else:
        text += _verb_after(after[noun_end:])
    return Figure(value=value, text=text, sentence=sentence)


def _is_not_a_count(match: re.Match[str], before: str, after: str, attribute: str) -> bool:
    """Dates, years, times, ages, labels like "Boeing 747"."""
    if attribute.endswith(("-old", "thirds", "quarters", "fifths", "tenths")) or attribute in ("-th", "-st", "-nd", "-rd"):
        return True
    digits = match.group("digits")
    plain = digits and not (match.group("money") or match.group("percent") or match.group("magnitude"))
    if plain and _YEAR.fullmatch(digits):
        return True
    words = before[-40:].split()
    previous = words[-1] if words else ""
    if previous.lower().rstrip(".,") in _LABELS or _DATE_AFTER.match(after):
        return True
    if "(" in before[-25:] and _CONVERSION.search(before[-40:]):
        return True
    return bool(
        plain
        and previous[:1].isupper()
        and before.strip() != previous  # a capital at sentence start is just the first word
        and previous.lower() not in _MODIFIERS
    )


def _modifier_start(sentence: str, end: int) -> int:
    """Where "more than", "about", "a" ... before the number at `end` begin."""
    words = list(_SPACED.finditer(sentence, max(end - 40, 0), end))
    start, i = end, len(words)
    while i:
        for k in (3, 2, 1):
            if k <= i and " ".join(w.group() for w in words[i - k : i]).lower() in _MODIFIERS:
                i -= k
                start = words[i].start()
                break
        else:
            break
    return start


def _skip_conversion(after: str) -> str:
    """'$900m (£479m) loan': the bracketed conversion belongs to the first amount."""
    conversion = re.match(r"\s*\([^()]{1,20}\)", after)
    return after[conversion.end() :] if conversion else after


def _noun_phrase(after: str, *, counts_of: bool) -> tuple[list[str], int]:
    """What the number counts: up to four words after it, ending at the first plural noun.

    Returns the words and where they end in `after`. `counts_of` lets "hundreds of people" through.
    """
    words: list[str] = []
    end = 0
    for token in _WORD.finditer(after, 0, 80):
        word, lower = token.group(), token.group().lower()
        if counts_of and not words and lower == "of":
            words.append(word)
            continue
        if not word[0].isalpha() or lower in _STOP:
            break
        if word[0].isupper() and any(w[0].islower() for w in words if w != "of"):
            break  # "15-time Grammy winner | Alicia Keys"
        if lower.endswith("ly") and not words or words and lower.endswith("ed"):
            break  # "deep", "built in the square": past the noun phrase
        words.append(word)
        end = token.end()
        if _is_plural(word) or len(words) == 4:
            break
    return ([], 0) if words in ([], ["of"]) else (words, end)


def _is_plural(word: str) -> bool:
    lower = word.lower().rstrip("'’")
    if lower in _IRREGULAR_PLURALS:
        return True
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _verb_before(before: str) -> str:
    previous = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if not previous.isalpha() or not previous.islower():
        return ""
    if previous.endswith("ed") and len(previous) > 4 or previous in _PAST_IRREGULAR:
        return previous
    return ""


def _verb_after(rest: str) -> str:
    """'80 drones launched', '40 planes were destroyed': the participle right after the noun phrase."""
    verb = _VERB_AFTER.match(rest)
    if verb is None or verb.group().split()[-1] in _SPEECH:
        return ""
    return " " + " ".join(verb.group().split())


def _context(before: str) -> str:
    """Up to eight words before a bare amount, back to a clause boundary: what it measures."""
    words: list[str] = []
    commas = 0
    for token in reversed(before.split()[-12:]):
        commas += token.endswith(",")
        if token in ("-", "–", "—") or _CLAUSE_BREAK.search(token) or commas == 2:
            break
        if token.strip(",.;:()\"'“”‘’").lower() in _CLAUSE_WORDS:
            break
        words.append(token)
        if len(words) == 8:
            break
    words.reverse()
    while words and words[0].strip(",").lower() in _STOP:
        words.pop(0)
    return " ".join(words).rstrip(",") + " " if words else ""
