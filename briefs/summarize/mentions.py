"""People, places and organisations named in an article, without a downloaded model.

A name is a run of capitalised words ("Rustem Umerov", "Bank of England"). Its kind comes from the
first of these that applies:
- the shipped gazetteer (countries, major cities, regions, well-known organisations);
- a title inside the run: "Ukraine President Zelensky" is the place Ukraine and the person Zelensky;
- its own words: the last ("Defense Ministry", "Westmarch Aggregates": organisation; "Athens
  Olympics": other; "Ciragan Palace": place), the first ("River Thames": place; "Storm Ines": other),
  a place and a club word ("Leicester City": organisation; "Salford Town": the club in a sports story,
  else a place), or a known first name ("Jamie Firestone");
- the words around it: a role ("lawyer Jamie Firestone"), an appositive judged by its head noun
  ("Liam Cobb, the club's first-choice goalkeeper,"), an organisation marker ("computer firm Lenovo",
  "shares in Rolls-Royce"), a place marker ("the city of Kharkiv"), a known name it is listed with
  ("Toyota and Daihatsu"), "X said" ("X said its ..." is an organisation), "in X".
A nationality before a state's body names it though in lower case ("the Ukrainian air force").
When the evidence conflicts the name gets no kind ("other"): a person's name has no digit, acronym,
nationality, known place or organisation at its head, nor an event word inside it ("World Cup
Defoe"); a label ("Year 8", "a Band D bill", "the Mary Rose") is nobody's name; in a sports story a
city alone may be its club, so it is a place only after "in" or "near". Nationality adjectives
("Ukrainian") are not mentions, and a capitalised word that opens a sentence counts only when it is
known or named elsewhere mid-sentence.

Later short forms join the full name ("Umerov" -> "Rustem Umerov"; a place's name used as a person's
surname joins them too). Mentions are ranked by how often they occur plus a weight for their kind
(people, then cities and named sites, then organisations and countries), so the most telling names
come first, and capped at MAX_MENTIONS, at most MAX_OTHER of no kind. Captions may add people and
places (a photo's "in Istanbul, Turkey"), never organisations: a credit line is not the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefs.summarize.gazetteer import (
    CALENDAR,
    CITIES,
    CLUB_SUFFIXES,
    COUNTRIES,
    DEMONYMS,
    EVENTS,
    FIRST_NAMES,
    NOT_NAMES,
    ORG_CUES,
    ORG_HEADS,
    ORG_MARKERS,
    ORGANISATIONS,
    OTHER_CUES,
    OTHER_PREFIXES,
    PERSON_ROLES,
    PLACE_CUES,
    PLACE_MARKERS,
    PLACE_PREFIXES,
    PLACES,
    SPORT_WORDS,
    SURNAME_CUES,
    TITLES,
)
from briefs.summarize.model import Mention
from briefs.summarize.sentences import LONGEST, Document

MAX_MENTIONS = 24
MAX_OTHER = 4  # names of no known kind ("Also"), within MAX_MENTIONS

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_WORD = (
    rf"(?:(?:[{_UPPER}]\.){{2,}}|(?:Dr|Mr|Mrs|Ms|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|Rev|Jr|Mt)\."
    rf"|[{_UPPER}]\.(?=\s+[{_UPPER}])|[{_UPPER}][\w'’&-]*+(?![$£€]))"
)
_ARTICLE_WORD = rf"(?:al|el|ul|ad|as|ash|at|az)-[{_UPPER}][\w'’-]*"  # "Abdel Fattah al-Sisi"
_CONNECTOR = r"(?:(?:of|for)(?:\s+the)?|de|del|della|di|da|dos|du|van|von|der|den|la|le|bin|ibn|al|el|y|&)"
# _WORD after its first capital, for the first word of a run: a regex that opens with a character class
# lets the engine skip from capital to capital (one that opens with a lookahead tries every position).
# The title abbreviations are checked by looking back over the capital ("Mrs", "Capt").
_WORD_TAIL = (
    rf"(?:\.(?:[{_UPPER}]\.)+"
    r"|(?:\w(?<=Dr|Mr|Ms|St|Lt|Jr|Mt)|\w\w(?<=Mrs|Gen|Col|Sgt|Gov|Sen|Rep|Rev)|\w\w\w(?<=Capt|Prof))\."
    rf"|\.(?=\s+[{_UPPER}])|[\w'’&-]*+(?![$£€]))"
)
_RUN = re.compile(
    rf"[{_UPPER}](?<![\w-].)(?<!\w['’].){_WORD_TAIL}(?:\s+(?:{_CONNECTOR}\s+)?(?:{_WORD}|{_ARTICLE_WORD}))*"
)
_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_CONNECTORS = frozenset("of for the de del della di da dos du van von der den la le bin ibn al el y &".split())
_SPEECH = frozenset("said says told added explained insisted claimed warned admitted wrote argued".split())
_SAID = _SPEECH - {"told"}  # "said Jo Marr" is Jo Marr speaking, "told Channel Nine" is who heard it
_SPEAKS = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(_SPEECH)))
_DOUBLE_QUOTED = re.compile(r'["“]([A-Z][^"“”]{2,79}+)["”]')
# After a name, a noun that makes it the name of an event or a work ("the Sydney International tournament"),
# or a number that makes it a label ("BBC Radio 4", "Birmingham 2022"; not a score, "beat Aston Villa 3-1").
_EVENT_AFTER = re.compile(
    r"\s+(?:\d(?!\d*\s?[-–]\s?\d)|tournament|championships?|festival|competition|contest|series|film|movie"
    r"|album|novel|musical|exhibition)\b"
)
# Before a name, a noun that makes it the title of a work: "his last album, Genius Loves Company".
_WORK_NOUNS = frozenset(
    "album single song film movie novel book memoir musical opera series sitcom documentary programme game painting"
    " poem".split()
)
_WORK_BEFORE = re.compile(r"\b(?:%s),?\s+$" % "|".join(sorted(_WORK_NOUNS)))
# A capitalised preposition inside a sentence opens a title ("the On The Mat studio", "Back In Action").
_TITLE_OPENERS = tuple(f"{w} " for w in "on in at to by with from under over into".split())
_PLACE_PREPOSITIONS = frozenset("in near outside".split())
# The first word of a place's two-word name ("South Cerney", "St Albans", "Santa Monica").
_PLACE_WORDS = frozenset(
    "north south east west northern southern eastern western central new old upper lower great little"
    " st saint san santa los las port fort mount".split()
)
_PLACE_OF = tuple(f"{m} of" for m in PLACE_MARKERS)
_ORG_PHRASES = ("shares in", "analysts at", "economists at", "strategists at", "stake in", "chief executive of")
_PUNCTUATION = ",.;:!?()[]\"“”‘’'"
_NEXT = re.compile(r"^[\s,]*([\w'’-]*)")
# An appositive after a name: ", the club's first-choice goalkeeper," (up to three words before its head,
# none of them a preposition: ", an autobiographical film by writer-director ..." is not one).
_APPOSITIVE = (
    r"^,\s+(?:the|a|an|his|her|its|their|[\w-]+['’]s)\s+"
    r"(?:(?!(?:by|of|for|from|at|in|with|and|or|to)\b)[\w'’-]+\s+){0,3}"
)
_PERSON_AFTER = re.compile(
    r"^,\s+(?:who\b|aged\b|\d{1,3}(?=,|\s+years?\b))|%s(?:%s)\b" % (_APPOSITIVE, "|".join(sorted(PERSON_ROLES))),
    re.IGNORECASE,
)
_ORG_AFTER = re.compile(r"%s(?:%s|service)\b(?!\s+of\b)" % (_APPOSITIVE, "|".join(sorted(ORG_MARKERS))), re.IGNORECASE)
# "Ember Metro said its trams ...", "the firm said it would ...", "Kent said he ..." ("said it was" says nothing).
_PRONOUN_AFTER_SPEECH = re.compile(
    r"^[\s,]*[\w'’-]+\s+(its|it(?=\s+(?:would|will|plans|intends|expects|hopes)\b)|he|she|his|her)\b"
)
_NEIGHBOUR_BEFORE = re.compile(rf"([{_UPPER}][\w'’.-]*(?:\s[{_UPPER}][\w'’.-]*)?)\s+(?:and|or)\s+$")
_NEIGHBOUR_AFTER = re.compile(rf"^\s+(?:and|or)\s+([{_UPPER}][\w'’.-]*(?:\s[{_UPPER}][\w'’.-]*)?)")
_CUES = ORG_CUES | PLACE_CUES
_AND_NAMES = [  # known names with "and" in them, as they are written: "Trinidad and Tobago"
    " ".join(w if w == "and" else w.capitalize() for w in n.split())
    for n in sorted(PLACES | ORGANISATIONS, key=len, reverse=True)
    if " and " in n
]
_AND_KNOWN = re.compile("|".join(map(re.escape, _AND_NAMES)))
_AND_HEADS = frozenset(n.split(" and ")[0].split()[-1].lower() for n in _AND_NAMES)
_KNOWN = PLACES | ORGANISATIONS
_NEVER_NAMES = NOT_NAMES - PLACES
_SPLITTERS = re.compile(r"['’-]")
# Words that end a name inside a run: captions glued to the next sentence ("... wife Natasha In January").
_BREAKERS = frozenset(
    "if in he she it they we i his her their but when while because although however meanwhile"
    " visit click read share follow subscribe scroll".split()  # and a web page's furniture: "... Visit site"
)
_CALENDAR_OR_CONNECTOR = CALENDAR | _CONNECTORS | _BREAKERS
_PLURAL_NOUNS = frozenset("women men children people".split())  # "Liverpool Women's Hospital"
_GENERIC = _CUES | OTHER_CUES | TITLES | DEMONYMS
_OF_HEADS = ORG_HEADS | ORG_CUES | PLACE_CUES | OTHER_CUES | TITLES | PLACE_MARKERS
_PLACE_HEADS = frozenset({"republic", "kingdom", "city", "isle", "island", "islands", "gulf", "bay", "sea"})
_FOR_HEADS = ORG_HEADS | ORG_CUES
_TOWNS = PLACES - COUNTRIES  # a country in a match report is its national team: place is a fair reading
_AGENT_ENDINGS = ("ist", "er", "or", "ete", "ian")  # "Vocalist", "Singer", "Triathlete", "Comedian"
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish")
_NATIONAL = DEMONYMS | PLACES
_MONTH_SURNAMES = frozenset("may june april august".split())
_SURNAME_TITLES = frozenset("king prince bishop judge marshal".split())
_OCCASIONS = frozenset("summer christmas garden birthday launch leaving engagement wedding halloween dinner".split())
_PEERAGES = frozenset("prince princess duke duchess earl countess marquess marchioness viscount baron baroness".split())
_CAMEL = re.compile(r"[a-z]{4}[A-Z]")
_LOCATIVES = frozenset("in at near outside inside across around".split())
_NOT_IN_PERSON = (_CUES | OTHER_CUES | NOT_NAMES) - SURNAME_CUES - FIRST_NAMES
_AND_BEFORE = re.compile(rf"(?<![\w'’-])([{_UPPER}][a-z]+) and $")
# After a nationality, one of a state's own bodies, named in lower case: "the Turkish navy".
_INSTITUTION = re.compile(
    r" (?:air force|navy|army|parliament|embassy|coast ?guard|border guard|general staff"
    r"|(?:foreign|defen[cs]e|interior|justice|finance|health) ministry|security service|intelligence agency)\b"
)
_SPORT_EVIDENCE = 4  # distinct sport words in a story
_SPORT_SENTENCE = SPORT_WORDS | {"game", "against"}
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
_KIND_WEIGHT = {"person": 1.0, "place": 0.75, "organisation": 0.5, "other": 0.0}

_Found = tuple[str, str, bool, bool]  # name, kind, sure (not a guess), opens a sentence
# name, kind (None: the context decides), sure, opens a sentence, offset in its run, kind if the context is unsure
_Part = tuple[str, "str | None", bool, bool, int, str]


@dataclass
class _Candidate:
    name: str
    kind: str
    sure: bool
    count: int
    first: int  # order of first appearance


def extract(doc: Document) -> list[Mention]:
    """Up to MAX_MENTIONS names from the body (and people and places from captions), by salience."""
    pending: list[tuple[_Found, bool]] = []  # and "from a caption"
    mid_sentence: set[str] = set()
    decided: dict[str, tuple[str, bool]] = {}
    texts = [s.text for s in doc.sentences if s.kind in ("body", "caption") and len(s.text) <= LONGEST]
    story = _story(texts)
    for sentence in doc.sentences:
        if sentence.kind in ("body", "caption") and len(sentence.text) <= LONGEST:
            for found in _names_in(sentence.text, decided, story):
                pending.append((found, sentence.kind == "caption"))
                if not found[3]:
                    mid_sentence.add(found[0].lower())
    mid_sentence |= {found[0].rsplit(" ", 1)[-1].lower() for found, _ in pending if " " in found[0]}
    kept = [
        found
        for found, caption in pending
        if not (found[3] and not found[2] and " " not in found[0] and found[0].lower() not in mid_sentence)
        and not (caption and found[1] not in ("person", "place"))
    ]
    candidates = _merge(kept)
    for candidate in candidates:
        one_word = " " not in candidate.name
        if one_word and candidate.kind in ("organisation", "place") and _common_noun(candidate.name, story.text):
            candidate.kind = "other"
    return _rank(candidates)


def _common_noun(name: str, text: str) -> bool:
    """Whether the article also writes a one-word name in lower case ("Sisters In Crime ... crime",
    "local group Victims ... victims"): then it is a common noun written with a capital, not a name."""
    lower = name.lower()
    if lower in _KNOWN:
        return False
    at = text.find(lower)
    while at >= 0:  # as a whole word: "crime", not "crimes" or "war-crime"
        end = at + len(lower)
        if not _word_char(text[at - 1 : at]) and not _word_char(text[end : end + 1]):
            return True
        at = text.find(lower, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "-_"


@dataclass(frozen=True)
class _Story:
    """What the whole article says that a name's own sentence may not: whether it is about sport (there
    "Leicester" alone may be the club, "Salford City" is one) and the acronyms it spells out ("the
    Nursing and Midwifery Council (NMC)"), the only ones taken for organisations unless they speak."""

    sport: bool = False
    acronyms: frozenset[str] = frozenset()
    text: str = ""


def _story(texts: list[str]) -> _Story:
    text = " ".join(texts)
    # the sport words among the article's words (the set of matches only: the set of all its words costs more)
    sport_words = SPORT_WORDS.intersection(text.lower().replace(",", " ").replace(".", " ").split())
    acronyms = frozenset(
        found.group(1)
        for found in (_ACRONYM_IN_BRACKETS.finditer(text) if "(" in text else ())
        if "".join(w[0] for w in text[max(found.start() - 80, 0) : found.start()].split() if w[0].isupper()).endswith(
            found.group(1)
        )
    )
    return _Story(len(sport_words) >= _SPORT_EVIDENCE, acronyms, text)


def is_name_word(word: str) -> bool:
    """A capitalised word that can start a name (not "The", "Meanwhile", "Monday")."""
    return word[:1].isupper() and word.lower().strip(".,") not in NOT_NAMES


def names(phrase: str) -> list[tuple[str, str]]:
    """The names in a phrase, in order, each with its kind ("person", "place", "organisation" or
    "other"), judged from the phrase alone: "Hawks spokesperson Garin Narain" -> [("Hawks", "other"),
    ("Garin Narain", "person")]."""
    return [(name, kind) for name, kind, _, _ in _names_in(phrase, {})]


def _names_in(sentence: str, decided: dict[str, tuple[str, bool]], story: _Story = _Story()) -> list[_Found]:
    """The names in one sentence; `decided` remembers what the context said of a name, per article:
    a name's first mention is where its cue usually is ("lawyer Jamie Firestone")."""
    found: list[_Found] = []
    titles = _quoted_titles(sentence) if '"' in sentence or "“" in sentence else ()
    with_and: list[re.Match] = []  # known names with "and" in them, looked for once a run reaches one
    for run in _RUN.finditer(sentence):
        text = run.group()
        lower = text.lower()
        if lower in _NEVER_NAMES:  # "The", "But", "He": most runs, skipped cheaply
            continue
        base = run.start()
        if lower.startswith(_TITLE_OPENERS) and not _opens(sentence, base):
            found.append((text, "other", True, False))  # "at the On The Mat studio": a title, whatever its words
            continue
        if not with_and and sentence.startswith(" and ", run.end()) and lower.rsplit(" ", 1)[-1] in _AND_HEADS:
            with_and = list(_AND_KNOWN.finditer(sentence))
        if titles or with_and:
            if titles and any(a <= base < b for a, b in titles):
                found.append((text, "other", True, _opens(sentence, base)))
                continue
            if with_and:
                text, base = _cut_at_joined(run, with_and, found, sentence, decided, story)
                if not text:
                    continue
        if lower in DEMONYMS:  # "the Ukrainian air force": a state's body, named in lower case
            institution = _INSTITUTION.match(sentence, run.end())
            if institution:
                found.append((text + institution.group(), "organisation", True, _opens(sentence, run.start())))
        for words, offset in _split_run(text):
            start = base + offset
            if len(words[-1]) > 3 and words[-1].lower() in ORG_CUES and words[0].lower() not in _KNOWN:
                # "Nursing and Midwifery Council", but not "Glazer and Manchester United"
                joined = _AND_BEFORE.search(sentence, max(start - 40, 0), start)
                if joined and joined.group(1).lower() not in _NEVER_NAMES and joined.group(1).lower() not in _KNOWN:
                    words, start = (joined.group(1), "and", *words), joined.start()
            if len(words) > 2 and words[-1].lower() in FIRST_NAMES and _SPEAKS.match(sentence, run.end()):
                # "his daughter Princess Eugenie Sarah added": a caption glued to the sentence after it
                last = sentence.rindex(words[-1], start, run.end())
                found.extend(_classify(words[:-1], sentence, start, _opens(sentence, start), decided, story))
                words, start = words[-1:], last
            found.extend(_classify(words, sentence, start, _opens(sentence, start), decided, story))
    return found


def _cut_at_joined(
    run: re.Match, with_and: list[re.Match], found: list[_Found], sentence: str, decided: dict, story: _Story
) -> tuple[str, int]:
    """A known name with "and" in it ("Serbia and Montenegro") is one name, added to `found` where it
    starts; a run is cut before it ("Jelena Jankovic of | Serbia") and after it ("Tobago | Prime Minister
    Keith Rowley"). The run's text left and where it starts."""
    text, base = run.group(), run.start()
    for match in with_and:
        if base <= match.start() < base + len(text):
            words = tuple(match.group().split())
            found.extend(_classify(words, sentence, match.start(), _opens(sentence, match.start()), decided, story))
            text = text[: match.start() - base].rstrip()
        elif match.start() < base < match.end():
            rest = text[match.end() - base :]
            text, base = rest.lstrip(), match.end() + len(rest) - len(rest.lstrip())
    return text, base


def _quoted_titles(sentence: str) -> list[tuple[int, int]]:
    """Where a work's title is quoted: two to eight words in double quotes, every word of four letters or
    more capitalised ("Toast of the Town", "Back in Action"). What is named there is the work's."""
    return [
        (m.start(1), m.end(1))
        for m in _DOUBLE_QUOTED.finditer(sentence)
        if 1 < len(words := m.group(1).split()) <= 8 and all(w[0].isupper() for w in words if len(w) > 3)
    ]


def _opens(sentence: str, start: int) -> bool:
    """Whether a name at `start` is the first word of its sentence or of a quote or clause in it."""
    i = start - 1
    while i >= 0 and sentence[i].isspace():
        i -= 1
    return i < 0 or sentence[i] in ":;(—–\"“‘'" or sentence[i] == "-" and sentence[i - 1 : i] == " "


@lru_cache(maxsize=8192)
def _split_run(text: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """Split a run into names, with their offsets: at possessives ("Ukraine's | Security Service"),
    hyphenated adjectives ("Moscow-based"), days and months, pronouns and conjunctions, "of" after a
    name ("Nestor Kirchner | of Argentina") and "for" after one that is not an organisation's; drop words
    that cannot start a name ("The", "Meanwhile") and runs in capitals ("EMBARGOED UNTIL THE CLUB
    CONFIRMS"). Cached: runs recur."""
    if text[-1] in "'’" and text[-2:-1] != "s":  # "the ‘Islamic State’ group"
        text = text[:-1]
    if " " not in text:  # most runs: one word
        bare = text[:-2] if text.endswith(("'s", "’s")) else text.rstrip("'’")
        lower = bare.lower()
        if lower in NOT_NAMES and lower not in PLACES or len(bare) <= 1 or _breaks_name(bare, lower):
            return ()
        return (((bare,), 0),)
    lowered = text.lower()
    if lowered in _KNOWN:
        return ((tuple(text.split()), 0),)
    if text.isupper() and text.count(" ") > 1:
        return ()
    words = lowered.split()
    if (  # the common case, "Rustem Umerov": nothing to split or drop
        len(words) == 2
        and len(words[0]) > 1
        and not _SPLITTERS.search(text)
        and words[0] not in _NEVER_NAMES
        and _CALENDAR_OR_CONNECTOR.isdisjoint(words)
        and words[1] not in NOT_NAMES
    ):
        return ((tuple(text.split()), 0),)
    tokens = [(t.group(), t.start()) for t in _TOKEN.finditer(text)]
    segments: list[list[tuple[str, int]]] = [[]]
    for i, (word, offset) in enumerate(tokens):
        current = segments[-1]
        possessive = word.endswith(("'s", "’s")) or (i == len(tokens) - 1 and word.endswith(("s'", "s’")))
        bare = word[: -2 if word[-1] == "s" else -1] if possessive else word
        if possessive and _possessive_in_name(tokens, i, bare):  # "Liverpool Women's Hospital"
            bare, possessive = word, False
        lower = bare.lower()
        surname = lower in _MONTH_SURNAMES and current and current[-1][0].lower() in FIRST_NAMES
        if _breaks_name(bare, lower) and not surname:  # but "Theresa May", "Billy May"
            segments.append([])
            continue
        if not current and (lower in NOT_NAMES and lower not in PLACES or len(bare) == 1 or lower in _CONNECTORS):
            continue
        if lower == "of" and not _of_head(current[-1][0].lower()) and (
            current[0][0].lower() in FIRST_NAMES
            or " for " not in lowered and (_place_follows(tokens, i) or len(current) > 1)
        ):  # "Nestor Kirchner | of Argentina", "Richard Carlson | of the Carnegie Institution for Science"
            segments.append([])
            continue
        if lower == "for" and (current[-1][0].lower() not in _FOR_HEADS or _place_follows(tokens, i)):
            # "Office for National Statistics", but "Rangers | for Scotland"
            segments.append([])
            continue
        current.append((bare, offset))
        if possessive:
            segments.append([])
    named = []
    for segment in segments:
        while segment and (segment[-1][0].lower() in _CONNECTORS or _trails(segment[-1][0].lower())):
            segment.pop()  # "Diego Costa Clearly", "says Thompson A family drive"
        named.extend(_split_after_cue(segment) if len(segment) > 2 else [segment])
    return tuple((tuple(w for w, _ in s), s[0][1]) for s in named if s)


def _trails(lower: str) -> bool:
    """A word that ends no name ("Diego Costa Clearly", "Thompson A family", "... Photo"), though a month
    may be a surname ("Theresa May") and a company word ends a company's ("Sony Pictures")."""
    return lower in NOT_NAMES and lower not in CALENDAR and lower not in PLACES and lower not in _CUES


def _breaks_name(bare: str, lower: str) -> bool:
    """Days and months, pronouns and conjunctions ("In", "If"), and hyphenated adjectives ("Moscow-based")
    break a name."""
    hyphenated = "-" in bare and bare.rsplit("-", 1)[1].islower() and not lower.startswith("al-")
    return lower in CALENDAR or lower in _BREAKERS or hyphenated


def _possessive_in_name(tokens: list[tuple[str, int]], i: int, bare: str) -> bool:
    """"Liverpool Women's Hospital", "Renters' Union", "St Hild's School", "Guy's Hospital" are one name;
    "Ukraine's Security Service", "Navy's Diving Unit" and "Leeds's Harbour Park" are two."""
    rest = [w.lower() for w, _ in tokens[i + 1 :]]
    lower = bare.lower()
    if not rest or rest[-1] not in _CUES or lower in _KNOWN or lower in ORG_CUES:
        return False
    in_name = lower in _PLURAL_NOUNS or lower in TITLES or lower.endswith("s")
    return in_name or (tokens[i - 1][0] == "St" if i else len(rest) == 1)


def _of_head(word: str) -> bool:
    """A word that "of" continues: "Bank of", "Duchess of", "Friends of" (not "Kirchner of")."""
    return word in _OF_HEADS or word.removesuffix("s") in _OF_HEADS


def _place_follows(tokens: list[tuple[str, int]], i: int) -> bool:
    rest = [w.lower() for w, _ in tokens[i + 1 : i + 3] if w.lower() != "the"]
    return bool(rest) and rest[0].rstrip("'’s") in PLACES


def _starts_person(segment: list[tuple[str, int]], i: int) -> bool:
    """Whether a first name inside a run starts a new name: not in "Christopher Arthur Neville Kent" (a
    first name's middle names), "Mohammed bin Salman", "... Me You Will Shoot Yourself"."""
    word = segment[i][0].lower()
    return (
        word in FIRST_NAMES
        and word not in NOT_NAMES
        and segment[0][0].lower() not in FIRST_NAMES
        and segment[i - 1][0].lower() not in _CONNECTORS
    )


def _split_after_cue(segment: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """"Ukrainian Embassy WhatsApp": a name ends at its cue word when a known name follows; "UK Sport Rod
    Carr", "United Nations Samantha Power": a first name and a surname after two words start a person's
    name (a caption or a title glued to it)."""
    for i in range(1, len(segment) - 1):
        rest = " ".join(w for w, _ in segment[i + 1 :]).lower()
        if segment[i][0].lower() in _CUES and rest in _KNOWN:
            return [segment[: i + 1], segment[i + 1 :]]
        if i > 1 and _starts_person(segment, i):
            return [segment[:i], segment[i:]]
    return [segment]


def _classify(
    words: tuple[str, ...],
    sentence: str,
    start: int,
    opens: bool,
    decided: dict[str, tuple[str, bool]],
    story: _Story,
) -> list[_Found]:
    """One segment -> its mentions (a title splits "Ukraine President Zelensky" into two). Where the
    name's own words and its context disagree, it gets no kind ("other")."""
    found = []
    for name, kind, sure, part_opens, offset, fallback in _judge(words, opens):
        if kind == "club":  # "Salford City": the club in a sports story, else what its words say
            kind = "organisation" if story.sport else fallback
            club_city = name.lower() in ORGANISATIONS and not _locative(sentence, start + offset)
            if kind == "place" and (club_city or _sporty(sentence)):
                kind = "other"  # "Chelsea boots", "the home game against Ashcombe City": maybe the club
        elif kind is None and part_opens and " " not in name:
            kind = "other"  # a lone capital opening a sentence: kept only if named mid-sentence too
        elif kind is None:
            kind, sure = decided.get(name) or _kind_from_context(name, sentence, start + offset)
            if fallback == "person" and _surname_cue_at(name, sentence, start + offset):
                kind, sure = "place", True  # "in Victoria Park": the place, though Victoria is a first name
            elif not sure and fallback:
                kind, sure = fallback, True
            elif kind == "organisation" and not sure and name.isupper() and " " not in name:
                kind = "organisation" if story.sport or name in story.acronyms else "other"  # "a DRM scheme"
            decided[name] = kind, sure
        elif story.sport and kind == "place" and name.lower() in _TOWNS and not _locative(sentence, start + offset):
            kind, sure = "other", False  # "scored against Newcastle": the club or the city
        if kind == "person" and not _could_be_person(name):
            kind = "other"
        elif (
            kind == "place" and sure and name.lower() not in _KNOWN
            and _SPEAKS.match(sentence, start + offset + len(name))
        ):
            kind = "organisation"  # "The Brackwater Business Improvement District said": a place does not speak
        elif kind in ("organisation", "place") and name.lower() not in _KNOWN and (
            _EVENT_AFTER.match(sentence, start + offset + len(name))
            or _WORK_BEFORE.search(sentence, max(start + offset - 12, 0), start + offset)
        ):
            kind = "other"  # "the Sydney International tournament", "his last album, Genius Loves Company"
        found.append((name, kind, sure, part_opens))
    return found


def _sporty(sentence: str) -> bool:
    """Whether a sentence speaks of a game: there "Ashcombe City" may be the club, in any story."""
    return not _SPORT_SENTENCE.isdisjoint(sentence.lower().replace(",", " ").split())


def _surname_cue_at(name: str, sentence: str, start: int) -> bool:
    """"in Victoria Park": a place cue that is also a surname, after "in" or "at"."""
    return name.rsplit(" ", 1)[-1].lower() in SURNAME_CUES and _locative(sentence, start)


def _locative(sentence: str, start: int) -> bool:
    """Whether a name follows "in", "near" or "the city of": the place, not its club."""
    before = sentence[max(start - 16, 0) : start].lower().split()
    return bool(before) and (before[-1] in _LOCATIVES or " ".join(before[-2:]) in _PLACE_OF)


def _opener(word: str) -> bool:
    """A participle or adverb that opens a sentence before a name: "Neighbouring", "Laughing", "Injured"."""
    return word.endswith(("ing", "ed", "ly")) and word not in FIRST_NAMES


@lru_cache(maxsize=4096)
def _could_be_person(name: str) -> bool:
    """Whether a name can be a person's: no digit, acronym, adjective of nationality, known place or
    organisation at its head, nor a cue word inside it ("World Cup Defoe", "Swiss Alps", "BBC Scotland")."""
    words = name.split()
    lowered = [w.lower() for w in words]
    if len(words) > 4 or _DIGIT.search(name):
        return False
    if any(len(w) > 2 and w.isupper() and w.strip("IVX") for w in words):  # an acronym, not "Henry VIII"
        return False
    if lowered[0] in FIRST_NAMES or len(words[0]) <= 2 and words[0].isupper():  # "Henry VIII", "AP McCoy"
        return True
    if len(words) == 1 and _CAMEL.search(name):  # "HarperCollins", but "McCoy", "DiCaprio"
        return False
    if lowered[0] in DEMONYMS or lowered[-1] in DEMONYMS or lowered[0] in _KNOWN or " ".join(lowered[:2]) in _KNOWN:
        return False
    return not any(w in _NOT_IN_PERSON for w in lowered[:-1])


@lru_cache(maxsize=8192)
def _judge(words: tuple[str, ...], opens: bool) -> tuple[_Part, ...]:
    """What a name's own words say about it; kind None leaves it to the context. Cached: names recur
    within and across articles, and this part does not depend on the sentence."""
    lowered = [w.lower().rstrip(".") for w in words]
    name = " ".join(words)
    key = name.lower()
    if key in EVENTS:
        return ((name, "other", True, opens, 0, ""),)
    if key in ORGANISATIONS:  # "Chelsea" is a club in a sports story, a place elsewhere
        if key in CITIES:
            return ((name, "club", True, opens, 0, "place"),)
        return ((name, "organisation", True, opens, 0, ""),)
    if key in PLACES:
        return ((name, "place", True, opens, 0, ""),)
    if len(words) == 1 and (key in _GENERIC or key.rstrip("s") in _GENERIC or not key.strip("ivx")):
        return ()  # "the Ministry", "Italians", "MPs", "II": not a name
    titled = _title_span(lowered)
    if titled is not None:
        return _split_title(words, titled, opens)
    if opens and len(words) > 2 and lowered[1] == "of" and lowered[0].endswith("s") and not _of_head(lowered[0]):
        rest = 3 if lowered[2] == "the" and len(words) > 3 else 2  # "Members of the University": a plural noun
        shift = len(" ".join(words[:rest])) + 1
        return tuple((n, k, s, o, offset + shift, f) for n, k, s, o, offset, f in _judge(words[rest:], False))
    if opens and len(words) > 1 and lowered[1] not in _CONNECTORS:
        shift = len(words[0]) + 1
        for markers, role in ((PERSON_ROLES, "person"), (ORG_MARKERS, "organisation")):
            if lowered[0] in markers:  # "Actress Nicole Kidman", "Rival TotalEnergies"
                return tuple(
                    (n, role if k == "other" else k, True, o, offset + shift, role)
                    for n, k, _, o, offset, _ in _judge(words[1:], False)
                )
        known, first_name = " ".join(lowered[1:]) in _KNOWN, len(words) > 2 and lowered[1] in FIRST_NAMES
        if _opener(lowered[0]) and (known or first_name) or first_name and lowered[0].endswith(_AGENT_ENDINGS):
            # "Neighbouring Uganda" (not "Badminton England"), "Injured Rio Ferdinand", "Triathlete Charlotte Roach"
            return tuple((n, k, s, o, offset + shift, f) for n, k, s, o, offset, f in _judge(words[1:], False))
    if all(w in DEMONYMS or w in TITLES or w in NOT_NAMES for w in lowered):
        return ()  # "Deputy Prime Minister", "British TV"
    if _DIGIT.search(name) or (len(words) > 1 and lowered[0] in OTHER_PREFIXES):
        return ((name, "other", True, opens, 0, ""),)  # "H982 FKL", "Storm Ines": labels, not names
    if len(words) > 1 and all(w.isupper() for w in words):
        return ((name, "other", True, opens, 0, ""),)  # "HI VAE": a code or a shout, not an organisation
    if any(w in OTHER_CUES for w in lowered[:-1]):
        return ((name, "other", True, opens, 0, ""),)  # "World Cup Defoe": an event glued to a name
    club = _club(lowered)
    if club:
        return ((name, "club", True, opens, 0, club),)
    organisation_for = "for" in lowered  # kept only after an organisation's word: "Centres for Disease Control"
    # "Scottish SPCA", "US FDA": a nation's body; an unknown name before an acronym may be anything
    national = len(words) > 1 and words[-1].isupper() and words[-1].isalpha() and lowered[-1] not in NOT_NAMES
    national = national and all(w in _NATIONAL for w in lowered[:-1])
    surname = lowered[-1] in SURNAME_CUES and lowered[0] in FIRST_NAMES  # "Samantha Power", "Simon Church"
    party = lowered[-1] == "party" and len(lowered) > 1 and lowered[-2] in _OCCASIONS  # "Summer Party": an event
    org_cue = lowered[-1] in ORG_CUES and not surname and not party
    if org_cue or _head_of(lowered, ORG_HEADS) or organisation_for or national:
        return ((name, "organisation", True, opens, 0, ""),)
    if lowered[0] in ORGANISATIONS and " ".join(lowered[1:]) in PLACES:  # "BBC Scotland"
        return ((name, "organisation", True, opens, 0, ""),)
    if lowered[-1] in OTHER_CUES:
        return ((name, "other", True, opens, 0, ""),)
    if _head_of(lowered, _PLACE_HEADS) or (len(words) > 1 and lowered[0] in PLACE_PREFIXES):
        return ((name, "place", True, opens, 0, ""),)  # "Republic of Congo", "River Thames"
    if lowered[-1] in PLACE_CUES and lowered[-1] not in SURNAME_CUES:
        return ((name, "place", True, opens, 0, ""),)
    if lowered[0] in FIRST_NAMES and len(words) > 1:
        fallback = "person"
    elif len(words) == 1 and key.endswith("shire"):
        fallback = "place"
    else:
        fallback = ""
    return ((name, None, False, opens, 0, fallback),)


def _club(lowered: list[str]) -> str:
    """What a name that may be a sports club is outside a sports story ("" if it is not one): "Leicester
    City" is the club anywhere, "Salford City" a place, "Atlanta Hawks" nothing we can tell."""
    if len(lowered) < 2:
        return ""
    head, last = " ".join(lowered[:-1]), lowered[-1]
    town = head in PLACES and lowered[0] not in FIRST_NAMES
    if last in CLUB_SUFFIXES and last in PLACE_CUES:
        return "organisation" if town else "place"
    if town and last.endswith("s") and last not in _CUES and last not in OTHER_CUES:
        return "other"
    return ""


def _title_span(lowered: list[str]) -> tuple[int, int] | None:
    """Where the title words are: "US Secretary of State Antony Blinken" -> (1, 4)."""
    first = last = None
    i = 0
    while i < len(lowered):
        if lowered[i] in TITLES and (i == 0 or lowered[i - 1] != "of"):  # "Ministry of Justice": a domain
            first = i if first is None else first
            of_domain = i + 3 < len(lowered) and lowered[i + 1] == "of"  # "Secretary of State Antony Blinken"
            last = (i + 3 if lowered[i + 2] == "the" else i + 2) if of_domain else i  # "Lord of the Rings": no one
            i = last + 1
        else:
            i += 1
    if first is None or first == last == len(lowered) - 1 and lowered[last] in _SURNAME_TITLES:
        return None  # "Claudette King": a surname
    rest = lowered[last + 1 :]
    if any(w in _CUES or w in OTHER_CUES for w in rest) and not (len(rest) == 2 and rest[0] == "of"):
        return None  # "Prince of Wales Hospital" is no title, "Secretary of State" is one
    return first, last


def _split_title(words: tuple[str, ...], titled: tuple[int, int], opens: bool) -> tuple[_Part, ...]:
    first, last = titled
    found = _judge(words[:first], opens) if first else ()
    person = words[last + 1 :]
    if not person:  # "Argentine Economy Minister": a title without a name
        return found
    if person[0].lower() == "of" and words[last].lower() in _PEERAGES:  # "Duchess of Cambridge": a title
        return found
    if person[0].lower() == "of":  # "Mayor of London": the title's domain, not a person
        return found + _judge(tuple(w for w in person[1:] if w.lower() != "the") or person, False)
    return found + ((" ".join(person), "person", True, False, 0, ""),)


def _head_of(lowered: list[str], heads: frozenset[str]) -> bool:
    """"Bank of England", "Republic of Congo": a head word followed by "of"."""
    return "of" in lowered and any(w in heads and n == "of" for w, n in zip(lowered, lowered[1:]))


def _kind_from_context(name: str, sentence: str, start: int) -> tuple[str, bool]:
    """The kind the surrounding words give a name with no cue of its own, and how sure that is."""
    before_text, after = sentence[max(start - 40, 0) : start], sentence[start + len(name) : start + len(name) + 60]
    words = name.split()
    raw = before_text.split()[-2:]
    previous = [w.strip(_PUNCTUATION).lower() for w in raw]
    # a role or marker is a lower-case word: "the World Trade Organisation, Pascal Lamy" has none
    word = previous[-1] if raw and raw[-1][:1].islower() else ""
    phrase = " ".join(previous)
    following = _NEXT.match(after)
    next_word = following.group(1).lower() if following else ""
    if previous[-1:] and previous[-1].isdigit() or after[:2].strip().isdigit():
        return "other", True  # "Year 8", "the 156 Sportwagon": labels, not names
    if word in ("a", "an"):
        return "other", False  # "a GP appointment" (but "a Gareth Anscombe drop-goal": the first name says)
    if word in _WORK_NOUNS:
        return "other", True  # "the film Duane Hopwood"
    if word in PERSON_ROLES and word in ORG_MARKERS:  # "broadcaster BSkyB", "publisher Ann Cleeves": either
        word = ""
    if word in PERSON_ROLES or (word in _SAID and len(words) > 1 and not after.startswith(("'s", "’s"))):
        return "person", True
    appositive = _appositive(after)
    if word in ORG_MARKERS and len(words) > 1 and raw[0][:1].isupper():
        return "other", False  # "the Scottish Labour party Johann Lamont": the marker ends the name before
    if (word in ORG_MARKERS and not after.startswith(" of ")) or phrase in _ORG_PHRASES or next_word in ORG_MARKERS:
        return "organisation", True
    if appositive:
        return appositive, True
    if next_word in PLACE_MARKERS and name.endswith(_ADJECTIVE_ENDINGS):
        return "other", True  # "the Bavarian capital": an adjective
    if word in PLACE_MARKERS or phrase.endswith(_PLACE_OF) or next_word in PLACE_MARKERS:
        return "place", True
    if after.startswith(".") and after[1:2].isalpha():
        return "other", True  # "DailyMail.com": a website
    listed = before_text.endswith((" and ", " or "))
    for neighbour in (listed and _NEIGHBOUR_BEFORE.search(before_text), _NEIGHBOUR_AFTER.match(after)):
        known = neighbour.group(1).lower() if neighbour else ""
        if known in ORGANISATIONS or known.rsplit(" ", 1)[-1] in ORGANISATIONS:
            return "organisation", False
        if known in PLACES or known.rsplit(" ", 1)[-1] in PLACES:
            return "place", False
    speech = next_word in _SPEECH and after.startswith(" ")  # "in the Cotswolds, said" is not "X said"
    if len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha():
        return "organisation", speech  # sure when it speaks: "the BMA said"
    if word == "the" and not speech:  # "the Mary Rose", "the Harry Potter books": a thing, whatever its words
        return "other", True
    if speech:
        pronoun = _PRONOUN_AFTER_SPEECH.match(after)
        if pronoun:
            return ("organisation" if pronoun.group(1) in ("it", "its") else "person"), True
        if len(words) > 1:
            return ("person" if word != "the" else "organisation"), False
        return ("organisation" if word == "the" else "other"), False  # "Smith said": whose surname?
    if phrase == "according to":
        return "organisation", False
    if word in _PLACE_PREPOSITIONS and (len(words) == 1 or len(words) == 2 and words[0].lower() in _PLACE_WORDS):
        return "place", False  # "in Ardwick", "in South Cerney"; not "in Duane Hopwood", "in Podgorica Russia"
    return "other", False


def _appositive(after: str) -> str:
    """The kind an appositive after a name gives it, by its head: ", the club's first-choice goalkeeper,"
    is a person's, ", the firm behind the tests," an organisation's."""
    if not after.startswith(","):
        return ""
    person, organisation = _PERSON_AFTER.match(after), _ORG_AFTER.match(after)
    if person and after.startswith((" that ", " which "), person.end()):
        person = None  # ", the Brackwater chip designer that raised $45m": a thing, not a person
    if person and organisation:  # the longer match has the head; ", the biggest games publisher," says neither
        if person.end() == organisation.end():
            return ""
        return "person" if person.end() > organisation.end() else "organisation"
    return "person" if person else "organisation" if organisation else ""


def _merge(found: list[_Found]) -> list[_Candidate]:
    """One candidate per entity: short forms join the full name, the surest kind wins."""
    singles = {
        n
        for n, k, _, opens in found
        if " " not in n and not opens and k in ("other", "person") and n.lower() not in _KNOWN
    }
    found = [
        (n, "person", False, o)
        if k == "other" and not s and 2 <= len(n.split()) <= 3 and n.split()[-1] in singles
        and not (o and _opener(n.split()[0].lower())) and _could_be_person(n)
        else (n, k, s, o)
        for n, k, s, o in found
    ]  # "Takuo Miyagishima ... Miyagishima": a name used again by its last word is a person's (not "Laughing
    # Eugenie", nor "Badminton England", nor "in Roman Brackwater" where Brackwater is a place)
    people: dict[str, set[str]] = {}  # a word or a trailing part of a person's full name -> full names
    groups: dict[str, set[str]] = {}  # the first word of an organisation's name -> full names
    for n, k, *_ in found:
        words = n.split()
        if k == "person" and len(words) > 1:
            for i in range(len(words)):
                people.setdefault(words[i], set()).add(n)
                people.setdefault(" ".join(words[i:]), set()).add(n)
        elif k == "organisation" and len(words) > 1:
            groups.setdefault(words[0], set()).add(n)
    by_key: dict[str, _Candidate] = {}
    for order, (name, kind, sure, _) in enumerate(found):
        name, kind = _full_name(name, kind, sure, people, groups)
        candidate = by_key.get(name.lower())
        if candidate is None:
            by_key[name.lower()] = _Candidate(name, kind, sure, 1, order)
            continue
        candidate.count += 1
        if sure and not candidate.sure or (sure == candidate.sure and candidate.kind == "other"):
            candidate.kind, candidate.sure = kind, sure
    return list(by_key.values())


def _full_name(
    name: str, kind: str, sure: bool, people: dict[str, set[str]], groups: dict[str, set[str]]
) -> tuple[str, str]:
    """"Umerov" -> "Rustem Umerov", "Menatep" -> "Menatep Group", "Vladimir Putin" stays; a place's or
    an organisation's name that is a person's surname in the same story is theirs ("Christopher Kent ...
    Kent, 46, was bailed")."""
    owners = people.get(name, set()) - {name}
    if sure and kind in ("place", "organisation"):
        surnamed = {p for p in owners if p.endswith(" " + name)} if " " not in name else ()
        return (next(iter(surnamed)), "person") if len(surnamed) == 1 else (name, kind)
    if " " in name:  # a multi-word name only joins one that ends with it ("Vladimir Putin")
        owners = {p for p in owners if p.endswith(" " + name)}
    if len(owners) == 1:
        return next(iter(owners)), "person"
    if " " not in name and kind in ("other", "organisation") and len(groups.get(name, ())) == 1:
        return next(iter(groups[name])), "organisation"
    return name, kind


def _rank(candidates: list[_Candidate]) -> list[Mention]:
    ranked = sorted(candidates, key=lambda c: (-(c.count + _weight(c)), c.first))
    other = [c for c in ranked if c.kind == "other"][:MAX_OTHER]
    kept = [c for c in ranked if c.kind != "other" or c in other]
    return [Mention(c.name, c.kind) for c in kept[:MAX_MENTIONS]]


def _weight(candidate: _Candidate) -> float:
    """A city or a named site says more about a story than the country around it."""
    if candidate.kind == "place":
        key = candidate.name.lower()
        return 1.0 if key in CITIES else 0.5 if key in PLACES else 0.75
    return _KIND_WEIGHT[candidate.kind]
