"""Attribution cues: the words next to a quotation that say who spoke it.

A cue is the phrase on one side of a speech verb ("said", "told", "warned", "can be heard saying"):
- after a quoted stretch (the end of a quotation, or where one is interrupted): `"...," said X`,
  `"...," X said`, `"...," X, an analyst at a bank, told Reuters`, `"...," said the museum's
  director, Catriona Doyle`, `'...,' McHenry can be heard saying`, `"...," according to X`;
- before it, in the same sentence: `X said: "`, `X told the agency: "`, `X warned that there was "`,
  `X said both sides "`, `according to X, "`, and `..., saying: "`, whose speaker is the subject of
  the sentence.
A verb after "to" ("declined to say") or after "which"/"that" ("a letter which said") is not an
attribution. What a cue's phrase names (a person, an organisation, "he", a description) is for
`speakers` to decide. Verbs are found by word and set look-up, not by a regular expression of fifty
alternatives tried at every position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERBS = frozenset(
    """said says say added adds told tells explained explains stated states insisted insists claimed
    claims warned warns noted notes admitted admits continued continues wrote writes argued argues asked
    asks replied replies responded responds commented comments declared declares announced announces
    tweeted tweets recalled recalls concluded concludes acknowledged acknowledges confirmed confirms
    revealed reveals stressed stresses conceded concedes agreed agrees complained complains joked jokes
    urged urges suggested suggests maintained maintains remarked remarks reported reports posted posts
    shouted shouts screamed yelled pleaded boasted boasts quipped quips blasted slammed whispered
    emphasised emphasized predicted predicts vowed vows called calls described describes dubbed branded
    labelled labeled remembers remembered sang sings describe""".split()
)
# Participles: `..., saying: "` takes the sentence's subject; `X can be heard saying` its own.
PARTICIPLES = frozenset(
    """saying adding telling insisting warning explaining writing noting claiming arguing stating
    tweeting posting declaring admitting replying responding recalling joking urging confirming
    revealing stressing complaining""".split()
)
# What someone writes, whose words speak for its author: "according to a statement on X's website",
# "a letter written by X which said", "the latest WHO report said".
DOCUMENTS = frozenset(
    """statement report letter website post tweet note fax message blog email e-mail memo column essay
    filing""".split()
)
_BACK_VERBS = frozenset("fires fired hit hits hitting".split())  # "McHenry then fires back: '..."
# Words between a speaker and the verb: `X can be heard saying`, `X was quoted as saying`, `X then added`.
_AUXILIARIES = frozenset(
    """can could may might will would shall should must be been being is was were are has have had
    heard seen quoted as then later also reportedly previously once recently simply just not did does
    do today yesterday""".split()
)
_LEADING = frozenset("and but so then yet also now".split())
_PASSIVE = frozenset("is are was were be been being".split())
_WORD = re.compile(r"\w[\w'’-]*")
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr prof gen lt col sgt capt rev gov sen rep".split())
# Where an attribution clause stops: a paragraph, a new quote mark, a semicolon or a sentence end. Both
# patterns open with one character class, the stop's first character, then say (looking back at it) what
# must follow which: the regex engine then skips from one such character to the next, where a choice of
# patterns is tried at every position (three to four times the instructions).
_STOP = re.compile(r"[\n“”\"«»;'‘.!?](?:(?<=[\n“”\"«»;])|(?<=\s['‘])(?=\w)|(?<=[.!?])(?=[\s'’]|$))")
# Where the clause before a quote starts: a paragraph, a quote mark, a semicolon, a sentence end.
_START = re.compile(r"[\n“”\"«»;.!?](?:(?<=[\n“”\"«»;])|(?<=[.!?])['’”\"]*\s)")
_ACCORDING = re.compile(r"\baccording\s+to\s+([^,;:]{1,80}?),?\s*$", re.IGNORECASE)
_SUBJECT_WINDOW = 400  # characters before a verb searched for its subject
_MAX_SUBJECT = 140  # characters: "Birgit Kuhlhoff, an analyst at a bank in Frankfurt," and no more
_MAX_COMPLEMENT = 80  # characters between a verb and the quote it leads into: `said both sides "`
_MAX_DOCUMENT = 8  # words from a document's name to a "which" after it: "a letter written by Ms Ratcliffe which"
_MAX_LABEL = 8  # words of a speaker's label before a colon: "England batsman Ian Bell:"
_MAX_TAIL = 8  # words after the verb of an attribution that is all there is between two quoted stretches


@dataclass(frozen=True)
class Cue:
    phrase: str  # the words that name or point to the speaker: "Gerard Pique", "he", "the museum's director, X"
    side: str  # "subject" (`X said`), "object" (`said X`) or "source" (`according to X`)
    at: int  # where the phrase starts in the text

    @property
    def pronoun(self) -> str | None:
        """ "he" or "she" when that is the speaker the cue gives (`he said`, `said she`)."""
        first = self.phrase.split(",")[0].strip().lower()
        return first if first in ("he", "she") else None


def after(text: str, start: int, *, asked: bool = False) -> Cue | None:
    """The attribution right after a quoted stretch that ends at `start` (past its closing mark).
    `asked`: the stretch ended on "?" or "!", so a capital after it may start a new sentence; only a
    short subject then counts (`"Why?" Smith asked.`, not `"...!" Another woman, ..., WABC reported.`)."""
    parsed = _after(text, start, _clause_end(text, start))
    if parsed is None:
        return None
    cue, _, lead = parsed
    if asked and cue.side == "subject" and (len(lead.split()) > 4 or "," in lead):
        return None
    return cue


def only_attribution(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, between two quoted stretches, is nothing but the first one's
    attribution (`," he said, "`, `,' added the defender. '`), so both are one quotation."""
    stretch = text[start:end]
    if not stretch.strip():
        return True
    if stretch.rstrip()[-1:] not in ",.!?;—–-":
        return False  # `... The attendant replies: '`, `, X said they were '`: leads into the next quote
    clause_end = _clause_end(text, start)
    if stretch[clause_end - start :].strip(" \n,.;—–-"):
        return False
    parsed = _after(text, start, clause_end)
    return parsed is not None and parsed[1] <= _MAX_TAIL


def before(text: str, end: int, floor: int) -> Cue | None:
    """The attribution leading into a quote whose opening mark is at `end`, in the same sentence and
    not before `floor` (the end of the previous quoted stretch)."""
    start = _clause_start(text, end, floor)
    if not text[start:end].strip() and text[floor:start].rstrip().endswith(":"):
        start = _clause_start(text, len(text[:start].rstrip()), floor)  # `X told the BBC:` ¶ `"...`
    clause = text[start:end]
    according = _ACCORDING.search(clause)
    if according:
        return Cue(according.group(1), "source", start + according.start(1))
    words = list(_WORD.finditer(clause))
    for i in range(len(words) - 1, -1, -1):
        verb = words[i]
        if len(clause) - verb.end() > _MAX_COMPLEMENT:
            return None
        if not _is_verb(words, i, clause) and not _verb_before_colon(words, i, clause):
            continue
        previous = words[i - 1].group().lower() if i else ""
        went_on = previous == "to" and i > 1 and words[i - 2].group().lower() == "on"  # "went on to say"
        if previous in ("which", "that") and i > 1:  # "a letter written by X which said": X's words
            document = _document(clause[: words[i - 1].start()])
            return Cue(document, "source", start + clause.rfind(document, 0, verb.start())) if document else None
        if previous in ("to", "which", "that") and not went_on:
            return None  # "declined to say", "a report which said": not who spoke
        if went_on and i > 2:  # the subject of "went" in "X went on to say"
            return Cue(_subject(clause[: words[i - 3].start()]), "subject", start)
        if previous == "and" and any(verbish(w.group()) for w in words[: i - 1]):  # "He turned to them and added:"
            subject = _sentence_subject(clause[: words[i - 1].start()])
            return Cue(subject, "subject", start + max(clause.find(subject), 0)) if subject else None
        if previous == "who" and "," in clause[verb.end() :]:
            return None  # "X, who announced his resignation on Monday, denied using it '...": not what X said
        if previous == "who":  # "Kevin Hart, who said: ..." speaks for "Kevin Hart"
            phrase = _subject(clause[: words[i - 1].start()])
        elif verb.group().lower() in PARTICIPLES and previous not in _AUXILIARIES:
            phrase = _sentence_subject(clause)  # "Woodley gave a speech, saying"
        else:
            phrase = _subject(clause[: verb.start()])
        return Cue(phrase, "subject", start + max(clause.rfind(phrase, 0, verb.start()), 0))
    return _label(clause, start)


def _document(text: str) -> str | None:
    """The document a relative clause after `text` is about, with the words that may name its author
    ("a letter written by Ms Ratcliffe"), when one ends `text`; otherwise None."""
    words = text.split()[-_MAX_DOCUMENT:]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower().strip(",") in DOCUMENTS), None)
    if at is None or any(_ends_clause(w) and w.lower() not in WRITTEN for w in words[at + 1 :]):
        return None
    return " ".join(words[max(0, at - 2) :]).strip(",")


def _label(clause: str, start: int) -> Cue | None:
    """`Scotland head coach Vern Cotter: "...`: a short noun phrase with a name and no verb, then a
    colon, speaks the quote (an interview's answers set out)."""
    label = clause.rstrip()
    words = label[:-1].split()
    if not label.endswith(":") or not 2 <= len(words) <= _MAX_LABEL or not words[-1][:1].isupper():
        return None
    if any(verbish(w) or w.lower() in CLAUSE_WORDS or w.endswith((",", ";")) for w in words):
        return None
    return Cue(" ".join(words), "subject", start + clause.find(words[0]))


def inside(sentence: str) -> list[Cue]:
    """Every attribution in a sentence without quote marks, in order: `X said (that) ...`, `...,
    said X, who ...`, `..., X said.`"""
    cues = []
    words = list(_WORD.finditer(sentence))
    for i, verb in enumerate(words):
        if not _is_verb(words, i, sentence) or i and words[i - 1].group().lower() in ("to", "which", "that"):
            continue
        if _names_a_thing(words, i):
            continue  # "a preacher called Richard Cole": nobody speaks
        rest = sentence[verb.end() :].strip(" ,.")
        if verb.group().lower() in _INVERTED and sentence[: verb.start()].rstrip().endswith(","):
            cues.append(Cue(rest, "object", verb.end()))  # `..., said Dr David Tourgeman`
        else:
            cues.append(Cue(_subject(sentence[: verb.start()]), "subject", 0))
    return cues


def _names_a_thing(words: list[re.Match[str]], i: int) -> bool:
    """Whether "called" at `i` gives something a name ("a project called Lifeline") rather than
    reporting words ("Smith called Jones a liar")."""
    following = words[i + 1].group() if i + 1 < len(words) else ""
    return words[i].group().lower() == "called" and i > 0 and words[i - 1].group().islower() and following[:1].isupper()


def _after(text: str, start: int, end: int) -> tuple[Cue, int, str] | None:
    """The cue in `text[start:end]` right after a closing mark, how many words follow its verb, and
    the words before it."""
    clause = text[start:end]
    lead = len(clause) - len(clause.lstrip(" ,;:—–-"))
    body = clause[lead:]
    according = _ACCORDING.match(body + ",")  # `"...," according to X.`
    if body.lower().startswith("according to ") and according:
        return Cue(according.group(1), "source", start + lead + according.start(1)), 0, ""
    words = list(_WORD.finditer(body))
    for i, verb in enumerate(words):
        if verb.start() > _MAX_SUBJECT:
            return None
        if not _is_verb(words, i, body):
            continue
        if i and words[i - 1].group().lower() == "to":
            return None
        if i == 0:  # `said X`: the speaker follows the verb
            phrase = body[verb.end() :].strip(" ,")
            return (Cue(phrase, "object", start + lead + verb.end() + 1), 0, "") if phrase else None
        subject = _subject(body[: verb.start()])
        tail = len(words) - i - 1 - (verb.group().lower() in _BACK_VERBS)
        return Cue(subject, "subject", start + lead), tail, body[: verb.start()]
    return None


def _verb_before_colon(words: list[re.Match[str]], i: int, text: str) -> bool:
    """`Kvyat shrugged: "`: any past-tense verb right before the colon that leads into a quote."""
    word = words[i].group()
    return (
        i > 0
        and word.islower()
        and word.endswith("ed")
        and text[words[i].end() :].strip() == ":"
        and words[i - 1].group()[:1].isupper()
    )


def _is_verb(words: list[re.Match[str]], i: int, text: str) -> bool:
    word = words[i].group().lower()
    if i and word.endswith("ed") and words[i - 1].group().lower() in _PASSIVE:
        return False  # "an exchange was agreed", "it is claimed": nobody speaks
    if word in VERBS or word in PARTICIPLES:
        return True
    return word in _BACK_VERBS and i + 1 < len(words) and words[i + 1].group().lower() == "back"


def _subject(text: str) -> str:
    """The subject in the words before a speech verb: the words next to the verb, after any other
    clause ("... but Tymon told them ... and officers" -> "officers", "what she" -> "she"), without
    auxiliaries and adverbs ("McHenry can be heard" -> "McHenry"); then back over appositives
    ("Birgit Kuhlhoff, an analyst at a bank,"), skipping relative clauses ("..., which handed out the
    bans,"), up to where another clause ends ("..., while opponents")."""
    words = text[-_SUBJECT_WINDOW:].split()
    if words and words[-1].lower() in ("he", "she"):
        return words[-1]  # "In a letter to his constituency chairman he (wrote)"
    if len(text) > _SUBJECT_WINDOW:
        words = words[1:]  # the first is cut; with no clause break after it, the subject is unknown
        if not any(_ends_clause(w) or w.endswith(",") for w in words):
            return ""
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].lower().endswith("ly")):
        words.pop()
    parts = [p.split() for p in " ".join(words).split(",") if _WORD.search(p)]
    kept: list[str] = []
    for part in reversed(parts):
        lowered = [w.lower() for w in part]
        if lowered[0] in ("who", "which", "whose") and (len(part) == 1 or part[1].islower() or kept):
            continue  # an appositive relative clause, "..., which handed out the bans,"
        cut = max((i + 1 for i, w in enumerate(part) if _ends_clause(w)), default=0)
        if part[cut:]:
            kept.append(" ".join(part[cut:]))
        if cut or lowered[-1] in ("he", "she") and len(part) == 1:
            break
    phrase = ", ".join(reversed(kept)).split()
    while phrase and phrase[0].lower() in _LEADING:
        phrase.pop(0)
    return " ".join(phrase)


def _sentence_subject(clause: str) -> str:
    """The name or pronoun the clause a participle hangs on opens with: "Woodley gave a speech,
    saying" -> "Woodley", "He encouraged me saying" -> "He", "... while Suzi Force believes he
    should be punished, saying" -> "Suzi Force"; anything else ("The royal, who was hosting") names
    nobody."""
    words = clause.split()
    joins = [i + 1 for i, w in enumerate(words) if w.lower().strip(",") in _COORDINATORS]
    words = words[joins[-1] if joins else 0 :]
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    subject: list[str] = []
    for word in words:
        bare = word.rstrip(",")
        if not bare[:1].isupper() or bare.lower() in ("the", "a", "an"):
            break
        subject.append(bare)
        if bare != word or bare.lower() in ("he", "she"):
            break
    return " ".join(subject)


WRITTEN = frozenset("written sent issued posted published released signed".split())  # "a letter written by X"
_COORDINATORS = frozenset("while whereas but although though".split())
_INVERTED = frozenset("said says added adds asked wrote writes continued explained recalled".split())  # `, said X`


def is_speech_verb(word: str) -> bool:
    return word.lower() in VERBS


def verbish(word: str) -> bool:
    """Whether a word is probably a verb, so no part of a noun phrase ("was", "described"; not
    "United")."""
    lower = word.lower()
    return lower in _VERB_WORDS or (lower.endswith("ed") and word.islower())


def _ends_clause(word: str) -> bool:
    return word.lower() in CLAUSE_WORDS or verbish(word)


# Verbs that do not end in -ed: the end of a noun phrase ("Mr Ballard said", "Renner all took").
_VERB_WORDS = VERBS | PARTICIPLES | frozenset(
    """is was were are has have had will would did does do be been can could may might must shall should
    became become gave give made make took take went go began begin got get won win lost lose met meet
    saw see came come left leave ran run led lead sent send kept keep held hold brought bring thought
    think felt feel paid pay built build spent spend spoke speak knew know found find""".split()
)
# Words that start a clause inside a subject ("... described it, while opponents warned").
CLAUSE_WORDS = frozenset("while whereas but that which because although when if as what".split())


def _clause_end(text: str, start: int) -> int:
    """Where the attribution clause that starts at `start` ends (a sentence end after "Mr." is not one)."""
    for stop in _STOP.finditer(text, start, start + 400):
        if stop.group() == "." and _abbreviation(text, stop.start()):
            continue
        return stop.start()
    return min(len(text), start + 400)


def _clause_start(text: str, end: int, floor: int) -> int:
    start = max(floor, end - 300)
    found = start
    for stop in _START.finditer(text, start, end):
        if stop.group()[0] == "." and _abbreviation(text, stop.start()):
            continue
        found = stop.end()
    return found


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends "Mr", "Dr" or an initial ("J.") rather than a sentence."""
    word = text[max(0, dot - 5) : dot].rsplit(None, 1)[-1] if text[max(0, dot - 5) : dot].strip() else ""
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
