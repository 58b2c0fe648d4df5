"""People, places and organisations named in an article, without a downloaded model.

A name is a run of capitalised words ("Rustem Umerov", "Bank of England"); its kind comes from, in
order: the shipped gazetteer (countries, major cities, regions, well-known organisations), a title
inside the run ("Ukraine President Zelensky" -> the place Ukraine and the person Zelensky), a role
word before it ("lawyer Jamie Firestone"), its last word ("Defense Ministry", "Ciragan Palace"), a
marker before it ("the city of Kharkiv"), a known first name, and what follows it ("Umerov said").
Nationality adjectives ("Ukrainian") are not mentions. A capitalised word that opens a sentence
counts only when it is known or named elsewhere in the article not at a sentence start.

Later short forms join the full name ("Umerov" -> "Rustem Umerov"). Mentions are ranked by how
often they occur, people first, then places, then organisations, and capped at MAX_MENTIONS.
Captions may add people and places (a photo's "in Istanbul, Turkey"), never organisations: a
caption's credit line is not part of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.summarize.gazetteer import (
    CALENDAR,
    CITIES,
    OTHER_CUES,
    DEMONYMS,
    FIRST_NAMES,
    NOT_NAMES,
    ORG_CUES,
    ORG_HEADS,
    ORGANISATIONS,
    PERSON_ROLES,
    PLACE_CUES,
    PLACE_MARKERS,
    PLACES,
    TITLES,
)
from briefs.summarize.model import Mention
from briefs.summarize.sentences import Document

MAX_MENTIONS = 15

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_WORD = rf"(?:(?:[{_UPPER}]\.){{2,}}|(?:Dr|Mr|Mrs|Ms|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|Rev|Jr|Mt)\.|[{_UPPER}]\.(?=\s+[{_UPPER}])|[{_UPPER}][\w'’&-]*+(?![$£€]))"
_CONNECTOR = r"(?:of(?:\s+the)?|de|del|della|di|da|dos|du|van|von|der|den|la|le|bin|ibn|al|el|y|&)"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_WORD})*")
_CONNECTORS = frozenset("of the de del della di da dos du van von der den la le bin ibn al el y &".split())
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_SPEECH = frozenset("said says told added explained insisted claimed warned admitted wrote argued".split())
_OPENING = re.compile(r"""(?:^|[:;(—–]|["“‘']|\s-)\s*$""")
_PREVIOUS_WORD = re.compile(r"([\w'’-]+)[^\w]*$")
_NEXT = re.compile(r"^[\s,]*([\w'’-]*)")
_PERSON_AFTER = re.compile(r"^,\s+(?:who\b|aged\b|\d{1,3}\b)")
_CUES = ORG_CUES | PLACE_CUES
_GENERIC = _CUES | OTHER_CUES | TITLES | DEMONYMS
_OF_HEADS = ORG_HEADS | ORG_CUES | PLACE_CUES | OTHER_CUES | TITLES | PLACE_MARKERS
_KNOWN = PLACES | ORGANISATIONS
# A city or a named site says more about a story than the country around it.
_KIND_WEIGHT = {"person": 1.0, "place": 0.75, "organisation": 0.5, "other": 0.0}


@dataclass
class _Candidate:
    name: str
    kind: str
    sure: bool  # from the gazetteer, a title, a role or a cue word, not a guess
    count: int
    first: int  # order of first appearance


def extract(doc: Document) -> list[Mention]:
    """Up to MAX_MENTIONS names from the body (and people and places from captions), by salience."""
    found: list[tuple[str, str, bool, bool]] = []  # name, kind, sure, from a caption
    known_mid_sentence: set[str] = set()
    pending: list[tuple[str, str, bool, bool, bool]] = []  # the same, plus "opens a sentence"
    for sentence in doc.sentences:
        if sentence.kind not in ("body", "caption"):
            continue
        caption = sentence.kind == "caption"
        for name, kind, sure, opens in _names_in(sentence.text):
            if not opens:
                known_mid_sentence.add(name.lower())
            pending.append((name, kind, sure, opens, caption))
    for name, kind, sure, opens, caption in pending:
        if opens and not sure and len(name.split()) == 1 and name.lower() not in known_mid_sentence:
            continue  # "Fierce fighting ...": just the first word of a sentence
        if caption and kind not in ("person", "place"):
            continue
        found.append((name, kind, sure, caption))
    return _rank(_merge(found))


def is_name_word(word: str) -> bool:
    """A capitalised word that can start a name (not "The", "Meanwhile", "Monday")."""
    return word[:1].isupper() and word.lower().strip(".,") not in NOT_NAMES


def person_name(words: list[str]) -> str | None:
    """Who an attribution phrase names: "Moscow-based US lawyer Jamie Firestone" -> "Jamie Firestone",
    "Ukraine President Zelensky" -> "Zelensky", "Russia's Defense Ministry" stays whole."""
    phrase = " ".join(w.strip("\"“”‘’()[]") for w in words)
    runs = [m for m in _RUN.finditer(phrase)]
    if not runs:
        return None
    names = [(name, kind) for m in runs for name, kind, _, _ in _classify_run(m.group(), phrase, m.start())]
    if not names:
        return None
    name, kind = names[-1]
    if kind == "organisation":
        possessor = re.search(rf"([\w-]+['’]s)\s+{re.escape(name)}$", phrase)
        return f"{possessor.group(1)} {name}" if possessor else name
    return name


def _names_in(sentence: str) -> list[tuple[str, str, bool, bool]]:
    """(name, kind, sure, opens a sentence) for every name in one sentence."""
    out: list[tuple[str, str, bool, bool]] = []
    for match in _RUN.finditer(sentence):
        out.extend(_classify_run(match.group(), sentence, match.start()))
    return out


def _classify_run(run: str, sentence: str, start: int) -> list[tuple[str, str, bool, bool]]:
    out = []
    offset = 0
    for segment in _segments(run):
        segment_start = start + run.find(segment[0], offset)
        offset = run.find(segment[0], offset) + len(segment[0])
        opens = bool(_OPENING.search(sentence[:segment_start]))
        out.extend(_classify(segment, sentence, segment_start, opens))
    return out


def _segments(run: str) -> list[list[str]]:
    """Split a run at possessives ("Ukraine's | Security Service"), hyphenated adjectives
    ("Moscow-based"), days and months; drop words that cannot start a name."""
    segments: list[list[str]] = []
    current: list[str] = []
    for word in run.split():
        possessive = _POSSESSIVE.search(word)
        bare = word[: possessive.start()] if possessive else word
        if bare.lower() in CALENDAR or ("-" in bare and bare.rsplit("-", 1)[1].islower() and bare[-1:].isalpha()):
            segments.append(current)
            current = []
            continue
        if not current and (bare.lower() in NOT_NAMES and bare.lower() not in PLACES or len(bare) == 1):
            continue
        if bare == "of" and current and current[-1].lower() not in _OF_HEADS:
            segments.append(current)  # "Nestor Kirchner | of Argentina", not "Bank of England"
            current = []
            continue
        current.append(bare)
        if possessive:
            segments.append(current)
            current = []
    segments.append(current)
    return [part for s in segments for part in _split_after_cue(_trim(s)) if part]


def _split_after_cue(words: list[str]) -> list[list[str]]:
    """"Ukrainian Embassy WhatsApp": a name ends at its cue word when another name follows."""
    if " ".join(words).lower() in _KNOWN:
        return [words]
    lowered = [w.lower() for w in words]
    for i in range(1, len(words) - 1):
        rest = lowered[i + 1 :]
        if lowered[i] in _CUES and rest[0] not in _CONNECTORS and not any(w in _CUES for w in rest):
            return [words[: i + 1], words[i + 1 :]]
    return [words]


def _trim(words: list[str]) -> list[str]:
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    return words


def _classify(words: list[str], sentence: str, start: int, opens: bool) -> list[tuple[str, str, bool, bool]]:
    """One segment -> its mentions: a title splits "Ukraine President Zelensky" into two."""
    lowered = [w.lower().rstrip(".") for w in words]
    name = " ".join(words)
    key = name.lower()
    if key in ORGANISATIONS:
        return [(name, "organisation", True, opens)]
    if key in PLACES:
        return [(name, "place", True, opens)]
    if len(words) == 1 and (key in _GENERIC or key.rstrip("s") in _GENERIC or key.strip("ivx") == ""):
        return []  # "the Ministry", "Italians", "MPs", "II": not a name
    if len(words) > 1 and lowered[0] in PERSON_ROLES and lowered[1] not in _CONNECTORS:
        return [(" ".join(words[1:]), "person", True, False)]  # "Actress Nicole Kidman"
    if lowered[-1] in ORG_CUES or any(w in ORG_HEADS and n == "of" for w, n in zip(lowered, lowered[1:])):
        return [(name, "organisation", True, opens)]
    titled = [i for i, w in enumerate(lowered) if w in TITLES]
    if titled and titled[-1] == len(words) - 1:  # "Argentine Economy Minister": a title, no name
        return _classify(words[: titled[0]], sentence, start, opens) if titled[0] else []
    if titled and not any(w in _CUES or w in OTHER_CUES for w in lowered[titled[-1] + 1 :]):
        before, person = words[: titled[0]], words[titled[-1] + 1 :]
        out = _classify(before, sentence, start, opens) if before else []
        if person[0] in _CONNECTORS:  # "Mayor of London": the title's domain, not a person
            return out + _classify(_trim(person[1:]) or person, sentence, start, False)
        return out + [(" ".join(person), "person", True, False)]
    if all(w in DEMONYMS or w in TITLES for w in lowered):
        return []
    if lowered[0] in FIRST_NAMES and len(words) > 1:
        return [(name, "person", True, opens)]
    if lowered[-1] in PLACE_CUES:
        return [(name, "place", True, opens)]
    if lowered[-1] in OTHER_CUES:
        return [(name, "other", True, opens)]
    previous = _PREVIOUS_WORD.search(sentence[:start])
    before = previous.group(1).lower() if previous else ""
    if before in PERSON_ROLES or before in _SPEECH and len(words) > 1:
        return [(name, "person", True, opens)]
    if before in PLACE_MARKERS or sentence[:start].rstrip().lower().endswith(tuple(f"{m} of" for m in PLACE_MARKERS)):
        return [(name, "place", True, opens)]
    if len(words) == 1 and len(name) > 1 and name.isupper():
        return [(name, "organisation", False, opens)]
    after = sentence[start + len(name) :]
    following = _NEXT.match(after)
    if following and following.group(1).lower() in _SPEECH or _PERSON_AFTER.match(after):
        return [(name, "person" if len(words) > 1 or _PERSON_AFTER.match(after) else "organisation", False, opens)]
    if before in ("in", "near") and len(words) == 1:
        return [(name, "place", False, opens)]
    return [(name, "other", False, opens)]


def _merge(found: list[tuple[str, str, bool, bool]]) -> list[_Candidate]:
    """One candidate per entity: short forms join the full name, the surest kind wins."""
    singles = {n for n, _, _, _ in found if " " not in n}
    found = [
        (n, "person", False, c) if k == "other" and not s and 2 <= n.count(" ") + 1 <= 3 and n.split()[-1] in singles
        else (n, k, s, c)
        for n, k, s, c in found
    ]  # "Takuo Miyagishima ... Miyagishima": a name used again by its last word is a person's
    people = [n for n, k, _, _ in found if k == "person" and " " in n]
    groups = [n for n, k, _, _ in found if k == "organisation" and " " in n]
    by_key: dict[str, _Candidate] = {}
    for order, (name, kind, sure, _) in enumerate(found):
        canonical, kind = _full_name(name, kind, sure, people, groups)
        candidate = by_key.get(canonical.lower())
        if candidate is None:
            by_key[canonical.lower()] = _Candidate(canonical, kind, sure, 1, order)
            continue
        candidate.count += 1
        if sure and not candidate.sure or (sure == candidate.sure and candidate.kind == "other"):
            candidate.kind, candidate.sure = kind, sure
    return list(by_key.values())


def _full_name(name: str, kind: str, sure: bool, people: list[str], groups: list[str]) -> tuple[str, str]:
    if " " not in name and not (sure and kind in ("place", "organisation")):
        owners = {p for p in people if name in p.split()}
        if len(owners) == 1:
            return owners.pop(), "person"
        owners = {g for g in groups if g.split()[0] == name}
        if len(owners) == 1:
            return owners.pop(), "organisation"
    else:
        owners = {p for p in people if p != name and p.endswith(" " + name)}
        if kind == "person" and len(owners) == 1:
            return owners.pop(), "person"
    return name, kind


def _rank(candidates: list[_Candidate]) -> list[Mention]:
    ranked = sorted(candidates, key=lambda c: (-(c.count + _weight(c)), c.first))
    return [Mention(c.name, c.kind) for c in ranked[:MAX_MENTIONS]]


def _weight(candidate: _Candidate) -> float:
    if candidate.kind == "place":
        key = candidate.name.lower()
        return 1.0 if key in CITIES else 0.5 if key in PLACES else 0.75
    return _KIND_WEIGHT[candidate.kind]
