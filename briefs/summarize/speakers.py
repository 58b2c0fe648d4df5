"""Who an attribution cue names, resolved over the article around it, with a confidence.

- A name: the head of the phrase, not its modifiers. "Callum Reid of the Brackwater Renters' Union"
  is Callum Reid, "Indiana Pacers President Larry Bird" is Larry Bird, "Mark Diffley, Director,
  Ipsos MORI Scotland" is Mark Diffley, "the museum's director, Catriona Doyle" is Catriona Doyle.
  A person named in the phrase wins over an organisation: a person's words are never credited to
  the body they speak for. A title is dropped ("Mrs Barrionuevo" -> "Barrionuevo"), and a
  capitalised word that looks like an English one and opens sentences only ("Finally",
  "Supporters") is not a name.
- A surname becomes the full name the article gives ("Murray" -> "Bob Murray"), unless that first
  name is of the other sex than the speaker's title or pronoun ("Mr Robertson" is not "Summer").
- "he"/"she": the nearest earlier person in subject position ("Mr Ballard, 26, told The Times ...",
  "..., said Dr Jakob Nielsen", or a speaker credited earlier) whose sex does not contradict the
  pronoun (known from a first name, a title, or the article's own "he"/"his" right after the name).
  Someone of unknown sex named in between makes it less sure, of the same sex unsure; a person
  described, not named, in a nearer sentence ("A government spokesman said ...", "The prosecution
  told the court ...") leaves it unresolved.
- A document or a spokesperson speaks for who they are of: "according to a statement on Hale's
  website" is Hale, "a letter written by Ms Hart which said" Hart, "the latest WHO report" WHO, "a
  spokesperson for Merivale" Merivale.
- A description ("the advocacy group", "a spokesman", "the 24-year-old") names nobody.
A speaker below MIN_CONFIDENCE is not given: no speaker beats a wrong one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefs.summarize import attribution
from briefs.summarize.attribution import CLAUSE_WORDS, DOCUMENTS, WRITTEN, Cue, verbish
from briefs.summarize.gazetteer import (
    DEMONYMS,
    FEMALE_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
    ORG_CUES,
    ORG_HEADS,
    OTHER_CUES,
    PERSON_ROLES,
    PLACE_CUES,
    SURNAME_CUES,
    TITLES,
    UNISEX_NAMES,
)
from briefs.summarize.mentions import names as _names_of

MIN_CONFIDENCE = 0.5
_NAMED = 1.0  # the cue names the speaker
_PRONOUN_SURE = 0.9  # the nearest earlier subject, of the pronoun's sex, nobody in between
_PRONOUN_LIKELY = 0.75  # ... with someone of unknown sex named in between (not as a subject)
_PRONOUN_UNSEXED = 0.6  # the nearest earlier subject, a person of unknown sex, nobody in between
_PRONOUN_UNSURE = 0.3  # ... with someone else in between: not given
_LOOK_BACK = 8  # sentences searched for the person a pronoun stands for
# Roles a story describes a person by ("the Barcelona defender"), as it gave them before the name.
_ROLES = frozenset(
    """striker midfielder defender goalkeeper winger forward player boss manager coach captain skipper
    star actor actress singer rapper winner champion prince princess royal veteran youngster teenager
    batsman bowler jockey rider sprinter runner athlete golfer boxer fighter musician comedian presenter
    climber author novelist""".split()
) | PERSON_ROLES
_PRONOUNS = {"he": "m", "she": "f"}
_TITLE_SEX = {
    **dict.fromkeys("mr sir lord king prince duke father brother".split(), "m"),
    **dict.fromkeys("mrs ms miss lady dame queen princess duchess sister".split(), "f"),
}
_SEX_WORDS = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
# "X of Y", "on Twitter", "after Smith left": a name after these is not the head of its phrase.
_MODIFIER = frozenset(
    "of at for from in with on to by after before during since until despite like against about over under".split()
)
_ARTICLES = frozenset("the a an".split())
# "Andy Wilman (right)". Not after a space: a run of blanks (a quote masked out) is then scanned once,
# not once from each of its characters.
_BRACKETS = re.compile(r"(?<!\s)\s*\([^)]*\)")
_CAPTION = re.compile(r"\((?:(?:far |second |top |bottom )?(?:left|right|centre|center)|pictured|above|below|inset)\b")
_OBJECT_END = re.compile(r"\s(?:who|which|whose|when|while|as|after|before|during|because|and)\s")
_AGE = re.compile(r"^\d+-year-old$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")  # "B.B."
_SENTENCE_END = re.compile(r"[.!?]\s")
_CLAUSES = re.compile(r",? (?:but|while|whereas|although|though) |; ")  # clauses with a subject of their own
_LEADING = frozenset("and but so then yet also now meanwhile however".split())
_ROLE_WORDS = PERSON_ROLES | TITLES | _ARTICLES
_THING_CUES = ORG_CUES | OTHER_CUES | PLACE_CUES  # the last word of a name that is no person's
_NOT_SURNAMES = (NOT_NAMES | TITLES | DEMONYMS | _THING_CUES) - SURNAME_CUES
_NOT_CAPITALISED_NAMES = NOT_NAMES | TITLES | DEMONYMS  # capitalised words that name nobody
_GIVEN_NAMES = FIRST_NAMES | FEMALE_NAMES
_ORG_WORDS = ORG_HEADS | ORG_CUES
_SUBJECT_WORDS = 10  # a sentence's subject is among its first words
_PRONOUN_SUBJECTS = frozenset("he she they it i we".split())
_CONNECTORS = frozenset("of the de van von der da di la le".split())  # inside a name: "Bank of England"
_NP_ENDS = frozenset("and or who - – —".split())  # "Kelvin Meadows of X - who organised ... -"
_PERSON_KINDS = ("person", "other")
_GIVEN_NAMES = FIRST_NAMES | FEMALE_NAMES
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
_VOICES = DOCUMENTS | _SPOKESPEOPLE  # who or what a cue may name instead of the one it speaks for
_SPEAKS_FOR = ("for", "from", "of")  # "a spokesperson for Merivale"
_WRITTEN_BY = ("by", "from")  # "a letter (written) by X", not "a letter for his mother"
_PLATFORMS = frozenset("twitter facebook instagram youtube linkedin tiktok snapchat reddit weibo".split())
_Name = tuple[str, str]  # a name and its kind
_Sentence = tuple[_Name | None, list[_Name | None], _Name | None, _Name | None]  # see Article._sentence


@lru_cache(maxsize=4096)
def names(phrase: str) -> tuple[_Name, ...]:
    """`mentions.names`, remembered: the same phrases come up for every cue and pronoun."""
    return tuple(_names_of(phrase))


@dataclass(frozen=True)
class Speaker:
    name: str
    confidence: float
    kind: str = "person"  # or "other", "organisation": what the name is, as far as the text says


@dataclass
class Article:
    """The text quotes are found in (paragraphs joined by blank lines), its sentences as (start, end)
    offsets, and the quoted stretches, whose words are nobody's antecedent."""

    text: str
    sentences: list[tuple[int, int]]
    quoted: list[tuple[int, int]] = field(default_factory=list)
    _credited: list[tuple[int, _Name]] = field(default_factory=list)  # where each speaker was given
    _sex: dict[str, str | None] = field(default_factory=dict)
    _masked: str | None = None
    _sentences: dict[tuple[int, int], _Sentence] = field(default_factory=dict)

    def resolve(self, cue: Cue) -> Speaker | None:
        """The speaker a cue names, or None when it names nobody or the answer is unsure."""
        if cue.pronoun:
            speaker = self._antecedent(cue.at, _PRONOUNS[cue.pronoun])
        elif author := _author(cue.phrase):  # "the spokesperson" alone is a description
            speaker = self._author(author)
        elif (which := cue.phrase.split(",")[-1].strip().lower()) in ("the former", "the latter"):
            speaker = self._one_of_two(which == "the latter", cue.at)
        elif cue.side == "subject" and self._pair(cue.phrase.split(",")[-1]):
            speaker = None  # "Hale and Bell added": several people speak, and one name would be wrong
        else:
            phrase = _unbracketed(cue.phrase).strip(" ,\"“”‘’'")
            parts = [p.strip() for p in phrase.split(",")]
            named = self._name_in(parts, cue.side)
            sex = _TITLE_SEX.get(_word_before(phrase, phrase.find(named[0]))) if named else None  # "Mr Robertson"
            if named:
                speaker = Speaker(self.full_name(named[0], sex), _NAMED, named[1])
            else:
                speaker = self._described(parts[-1 if cue.side == "subject" else 0], cue.at, guess=True)
        return speaker if speaker and speaker.confidence >= MIN_CONFIDENCE else None

    def _author(self, phrase: str) -> Speaker | None:
        """Who wrote a document, from the words `_author` found: a name, or a run of capitals ("WHO")."""
        named = self._name_in([phrase.strip(" ,")], "subject") if phrase else None
        if named:
            return Speaker(self.full_name(named[0]), _NAMED, named[1])
        words = phrase.split()
        if words and all(w.isupper() for w in words):
            return Speaker(phrase, _NAMED, "organisation")  # "the latest WHO report", "a Kremlin statement"
        return None

    def _one_of_two(self, latter: bool, at: int) -> Speaker | None:
        """Who "the latter" (or "the former") at `at` is: the second (or first) of two people named
        together ("Gary Neville and Graeme Souness") in the sentence before or this one."""
        for start, end in [s for s in self.sentences if s[0] < at][-2:][::-1]:
            pair = self._pair(self._masked_text()[start : min(end, at)])
            if pair:
                return Speaker(self.full_name(pair[latter]), _PRONOUN_SURE)
        return None

    def _pair(self, text: str) -> tuple[str, str] | None:
        """The first two people `text` names together ("Gary Neville and Graeme Souness")."""
        people = [n for n, k in _split_at_first_names(names(text)) if self._is_person(self.full_name(n), k)]
        return next(((a, b) for a, b in itertools.pairwise(people) if f"{a} and {b}" in text), None)

    def _described(self, phrase: str, at: int, *, guess: bool = False) -> Speaker | None:
        """The person a definite description stands for ("said the 24-year-old", "added the
        Barcelona defender"): the one person the article gave that age ("Conor Kerr, 24,") or that
        role before their name ("Barcelona defender Gerard Pique") before `at`. "A spokesman", "the
        judge" or "the United boss" with no "judge X" or "boss X" before are nobody we know. "The
        spokesperson" speaks for the one organisation the article gave a spokesperson. When the article
        gave nobody an age, a `guess`: the age stands for whom "he" or "she" would there."""
        words = [w.strip(",.;:").lower() for w in phrase.split()]
        if len(words) < 2 or words[0] != "the" or not (words[-1] in _ROLES or _AGE.match(words[-1])):
            return None
        before = self._masked_text()[:at]
        if _AGE.match(words[-1]):
            found = set(re.findall(rf"([A-Z][\w'’-]+), {words[-1].split('-')[0]}\b", before))
            if guess and not found and not re.search(r"\b\d+-year-old|, \d+,", before):  # nobody's age given
                guesses = {self._antecedent(at, sex) for sex in ("m", "f")} - {None}
                return guesses.pop() if len(guesses) == 1 else None
        else:
            found = set()
            role = words[-1]
            for where in [*_occurrences(before, role), *_occurrences(before, role.capitalize())]:
                heads = _heads(before[where + len(role) : where + len(role) + 40].split(",")[0])
                found.update(name for name, kind in heads[:1] if self._is_person(name, kind))
                if role in _SPOKESPEOPLE:  # "A spokesperson for Merivale said ...", then "the spokesperson said"
                    voice = self._author(_author(before[where : where + 60].split(",")[0]) or "")
                    found.update([voice.name] if voice else [])
        return Speaker(self.full_name(found.pop()), _PRONOUN_SURE) if len(found) == 1 else None

    def credit(self, at: int, speaker: Speaker) -> None:
        """Remember a speaker given at `at`: an antecedent for a later "he said"."""
        self._credited.append((at, (speaker.name, speaker.kind)))

    def full_name(self, name: str, sex: str | None = None) -> str:
        """ "Murray" -> "Bob Murray" when the article names him so ("Sunderland chairman Bob Murray"),
        "Hillary" -> "Hillary Clinton"; a title is not a first name ("President Zelensky" stays
        "Zelensky"), nor a possessive ("Arsenal's Edu"). A first name of the other sex than the
        speaker's `sex` or the surname's title ("Mr Robertson") is not taken, known from the name or
        from the pronouns the article uses after it alone: the article may also name his daughter."""
        if " " in name:
            return name
        text = self.text
        titles = {_TITLE_SEX[w] for at in _occurrences(text, name) if (w := _word_before(text, at)) in _TITLE_SEX}
        found = text.find(" " + name)
        candidates: list[str] = []
        while found > 0:
            before = text[:found].rsplit(None, 1)[-1]
            after = text[found + len(name) + 1 : found + len(name) + 2]
            first_sex = _first_name_sex(before)
            if (
                (before[-1:].isalpha() or _INITIALS.match(before))
                and before[:1].isupper()
                and before.lower() not in NOT_NAMES
                and before.lower() not in TITLES
                and not after.isalpha()
                and (name.lower() not in _GIVEN_NAMES or before.lower() in _GIVEN_NAMES)  # not "Eugenie Sarah"
                and (sex is None or first_sex in (sex, None))
                and (not titles or (first_sex or self._pronoun_sex(before)) in ({sex} if sex else titles) | {None})
            ):
                candidates.append(before)
            found = text.find(" " + name, found + 1)
        known = {c for c in candidates if c.lower() in _GIVEN_NAMES or _INITIALS.match(c)}
        if len(known) > 1:
            return name  # "B.B. King" and "Claudette King": "King" is either
        if candidates:
            return f"{known.pop() if known else candidates[0]} {name}"
        if name.lower() in FIRST_NAMES or name.lower() in FEMALE_NAMES:
            for at in _occurrences(text, name):
                after = text[at + len(name) : at + len(name) + 40].split()[:1]
                surname = after[0].rstrip(",.;:!?") if after and text[at + len(name)] == " " else ""
                if surname[:1].isupper() and surname.lower() not in NOT_NAMES and not surname.endswith(("'s", "’s")):
                    return f"{name} {surname}"
        return name

    # --- names ------------------------------------------------------------------------------------

    def _name_in(self, parts: list[str], side: str) -> _Name | None:
        """The speaker a cue phrase names: a person before anything else, from the parts that start
        with a name before those that describe ("Renato Brunetta, parliamentary head of Forza
        Italia": not Forza Italia)."""
        if side != "subject":  # `said X, who ...`, `said the museum's director, Catriona Doyle, who ...`
            first = _OBJECT_END.split(" " + parts[0] + " ", maxsplit=1)[0].strip()
            described = len(parts) > 1 and not _heads(first) and parts[1][:1].isupper()
            parts = [_OBJECT_END.split(" " + parts[1] + " ", maxsplit=1)[0].strip()] if described else [first]
        if side == "subject" and parts:
            parts = [*parts[:-1], self._caption_glued(parts[-1])]
        named = [part for part in parts if part[:1].isupper()]
        for group in (named, [part for part in parts if part not in named]):
            heads = [head for part in group for head in _heads(part) if self._is_name(*head)]
            for kind in ("person", "other", "organisation"):
                for head in heads:
                    if head[1] == kind:
                        return head
        return self._unknown_surname(parts[-1 if side == "subject" else 0] if parts else "")

    def _caption_glued(self, part: str) -> str:
        """The speaker's name alone when a photo caption ending in a name runs into the sentence
        without a full stop ("... scoring at the World Cup Defoe added:", "... his daughter Princess
        Eugenie Sarah added:"): the end of the run, when the article gives that end apart from the
        words before it and the run itself nowhere else. Otherwise `part` as it is."""
        found = names(part)
        name = found[-1][0] if found else ""
        words = name.split()
        if len(words) < 2 or not part.rstrip(" ,").endswith(name) or len(list(_occurrences(self.text, name))) > 1:
            return part
        for k in range(1, len(words)):
            previous, suffix = words[k - 1].lower(), " ".join(words[k:])
            if previous in _CONNECTORS or previous in TITLES or previous in _GIVEN_NAMES and words[k].lower() not in _GIVEN_NAMES:
                continue  # "Bank of England", "Princess Eugenie", "Tom Smith"
            if any(_word_before(self.text, at) != previous for at in _occurrences(self.text, suffix)):
                return suffix
        return part

    def _unknown_surname(self, part: str) -> _Name | None:
        """A word no gazetteer knows as a name by itself, after lower-case words that describe a
        person ("14-time major winner Woods said"), or one the article gives a first name."""
        words = part.split()
        if len(words) == 1 and words[0].lower() in TITLES and self._given_first_name(words[0]):
            return words[0], "other"  # "King said", where the article names "B.B. King": no title
        if not words or not words[-1][:1].isupper() or "-" in words[-1] or words[-1].lower() in _NOT_SURNAMES:
            return None
        described = len(words) > 1 and all(w.islower() and w not in _MODIFIER and not verbish(w) for w in words[:-1])
        if described or len(words) == 1 and self.full_name(words[-1]) != words[-1]:
            return (words[-1], "other") if self._is_name(words[-1], "other") else None
        return None

    def _given_first_name(self, word: str) -> bool:
        """Whether the article writes a first name or initials before `word` ("B.B. King")."""
        return any(
            (w := self.text[max(0, at - 20) : at].split()[-1:]) and (w[0].lower() in _GIVEN_NAMES or _INITIALS.match(w[0]))
            for at in _occurrences(self.text, word)
            if self.text[at - 1 : at] == " "
        )

    def _is_name(self, name: str, kind: str) -> bool:
        """Whether a name is one: a person, a run of capitalised words ("Renato Brunetta"), a word that
        does not look like an English one ("Klopp"), or one the article also gives a first name or
        capitalises mid-sentence ("abused by McHenry"), not a word capitalised only at a sentence's
        start ("Finally", "Supporters", "Critics", "Concluding Top Gear")."""
        first = name.split()[0]
        looks_like_a_word = first.lower().endswith(("s", "ing", "ed", "ly"))  # "Critics", "Having"
        if kind == "person" or " " in name and not first.lower().endswith(("ing", "ed", "ly")):
            return True
        return (
            not looks_like_a_word
            or self.full_name(name) != name
            or any(_mid_sentence(self.text, at) for at in _occurrences(self.text, first))
        )

    def _is_person(self, name: str, kind: str) -> bool:
        """Whether a name of unknown sex is a person's: by its kind, its shape (a first name and a
        surname: "Rustem Umerov", not "Assistive Mouse Adapter" or "Defense Ministry"), or a title
        the article gives it ("Dr Nielsen")."""
        words = name.split()
        if kind == "person" or len(words) == 2 and words[-1].lower() not in _THING_CUES:
            return True
        if any(_first_name_sex(w) for w in words[:-1]):
            return True
        return any(_word_before(self.text, at) in TITLES for at in _occurrences(self.text, name.split()[-1]))

    # --- pronouns ---------------------------------------------------------------------------------

    def _antecedent(self, at: int, sex: str) -> Speaker | None:
        """The person "he"/"she" at `at` stands for: the nearest earlier subject of a matching sex
        (or of unknown sex, when a "she ..." sentence in between follows on from it). Someone named
        in the sentences between makes it less sure: of the same sex, unsure."""
        passed: list[str] = []  # the sentences after the candidate's, whose people are its rivals
        followed = False  # a sentence in between opens with the same pronoun
        earlier = [s for s in self.sentences if s[0] < at][-_LOOK_BACK:]
        for start, end in reversed(earlier):
            subject, reported, last, introduced = self._sentence(start, min(end, at))
            if last and (last[1] in ("description", "pronoun") or self._is_name(*last)):
                subject, reported = last, []  # "Doctors warned ..., but determined Charlotte worked hard"
            if subject and subject[1] == "description":  # "The 32-year-old was ...", "A spokesman said ..."
                described = self._described(subject[0], start)
                found = described and self._sex_of(described.name)
                return described if described and found in (sex, None) else None
            if subject and subject[1] == "pronoun":
                followed = followed or _PRONOUNS[subject[0]] == sex
                subject = None
            candidates = [name for where, name in reversed(self._credited) if start <= where < end]
            if None in reported:
                return None  # "The prosecution told the court ...": someone speaks who is not named
            candidates += reported
            if subject and self._is_name(*subject):
                candidates.append(subject)
            if introduced:  # "The device is the brainchild of researcher Jim Levine, who ..."
                candidates.append(introduced)
            for name, kind in candidates:
                if " " not in name and self.full_name(name, sex) != name:  # "Hill" -> "Debra Hill", a person
                    name = self.full_name(name, sex)
                    kind = next((k for n, k in names(name) if n == name), kind)
                found = self._sex_of(name) or (sex if followed else None)
                if kind == "place" and " " not in name and self._pronoun_sex(name) == sex:
                    kind = "person"  # "Washington had played once before his debut": a person's name
                if kind not in _PERSON_KINDS or found not in (sex, None):
                    continue
                if found is None and not self._is_person(name, kind):
                    continue
                between = [
                    p for sentence in passed for p, k in _split_at_first_names(names(sentence)) if self._is_person(p, k)
                ]
                rivals = {self._sex_of(p) for p in between if not _same(p, name)}
                if sex in rivals:
                    return Speaker(name, _PRONOUN_UNSURE)
                if found == sex:
                    return Speaker(name, _PRONOUN_LIKELY if rivals else _PRONOUN_SURE)
                return Speaker(name, _PRONOUN_UNSURE if rivals else _PRONOUN_UNSEXED)
            passed.append(self._masked_text()[start : min(end, at)])
        return None

    def _sentence(self, start: int, end: int) -> _Sentence:
        """A sentence's subject, the speakers it reports, the named subject of its last clause
        ("..., but determined Charlotte worked hard") and the one person it introduces with a relative
        clause ("I met a preacher called Richard Cole, who ..."), once per article."""
        if (start, end) not in self._sentences:
            sentence = self._masked_text()[start:end]
            clauses = _CLAUSES.split(sentence)[1:]
            last = _subject(clauses[-1]) if clauses else None
            named = last if last and last[1] in _PERSON_KINDS else _after_caption(sentence)  # see _antecedent
            self._sentences[start, end] = (_subject(sentence), self._speakers_in(sentence), named, self._introduced(sentence))
        return self._sentences[start, end]

    def _introduced(self, sentence: str) -> _Name | None:
        """The person a sentence introduces as the subject of a relative clause ("... the brainchild of
        IBM researcher Jim Levine who developed it"), when it names nobody else known to be a person."""
        if " who" not in sentence:
            return None  # no relative clause: most sentences, and the names in them are not looked for
        people = {(n, k) for n, k in _split_at_first_names(names(sentence)) if k == "person" or self._sex_of(n)}
        if len(people) != 1:
            return None
        name, kind = people.pop()
        return (name, kind) if re.search(rf"\b{re.escape(name)},? who\b", sentence) else None

    def _speakers_in(self, sentence: str) -> list[_Name | None]:
        """Who a sentence reports as speaking, nearest its end first ("..., said fertility specialist
        Dr David Tourgeman, who is not involved"); None for someone described, not named ("The
        prosecution told the court")."""
        found: list[_Name | None] = []
        for cue in attribution.inside(sentence):
            if cue.pronoun is None and cue.phrase:
                named = self._name_in([p.strip() for p in _unbracketed(cue.phrase).split(",")], cue.side)
                words = cue.phrase.lower().split()
                described = cue.side == "subject" and (words[0] in _DETERMINERS or len(words) == 1 and words[0].endswith("s"))
                if named or described:  # "The prosecution told", "Prosecutors said"
                    found.append(named)
        return found[::-1]

    def _masked_text(self) -> str:
        """The text with quoted words blanked out (same offsets): a name inside a quote is not the
        speaker's antecedent."""
        if self._masked is None:
            pieces, last = [], 0
            for start, end in self.quoted:
                pieces += [self.text[last:start], " " * (end - start)]
                last = end
            self._masked = "".join(pieces) + self.text[last:]
        return self._masked

    def _sex_of(self, name: str) -> str | None:
        """ "m", "f" or None (unknown)."""
        if name not in self._sex:
            self._sex[name] = self._find_sex(name)
        return self._sex[name]

    def _find_sex(self, name: str) -> str | None:
        """From the first name, a title before the surname ("Mrs Hargreaves"), or the pronouns the
        article uses right after the name when nobody else is named in between."""
        found = next(filter(None, map(_first_name_sex, name.split()[:-1])), None)  # "Administrator Bob Young"
        if found:
            return found
        masked = self._masked_text()
        for at in _occurrences(masked, name.split()[-1]):
            before = [w.rstrip(".").lower() for w in masked[max(0, at - 40) : at].split()[-2:]]
            for title in before[::-1]:  # "Mrs Hargreaves", "Mrs Alison Hargreaves"
                if title in _TITLE_SEX:
                    return _TITLE_SEX[title]
        return self._pronoun_sex(name.split()[-1])

    def _pronoun_sex(self, word: str) -> str | None:
        """The sex of the pronouns the article uses right after a name when nobody else is named in
        between ("Summer was ... her"), by majority."""
        votes = {"m": 0, "f": 0}
        masked = self._masked_text()
        for at in _occurrences(masked, word):
            rest = _SENTENCE_END.split(masked[at + len(word) : at + len(word) + 120], maxsplit=1)[0]
            pronoun = _SEX_WORDS.search(rest)
            if pronoun and not _people(rest[: pronoun.start()]):
                votes["m" if pronoun.group(1) else "f"] += 1
        if votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"


def _heads(part: str, *, places: bool = False) -> list[_Name]:
    """The names a comma-separated part of a phrase is about, without its modifiers: in "Callum Reid
    of the Brackwater Renters' Union" not the union, in "Smith's lawyer" not Smith, in "Hawks
    spokesperson Garin Narain" and "Older People's Commissioner for Wales Sarah Rochira" the last
    name of the run. Demonyms are nobody's names, nor places unless `places`."""
    found: list[_Name] = []
    cursor = 0
    after_modifier = False  # the last name was a modifier ("of the Union"): only its run goes on
    for name, kind in _split_at_first_names(names(part)):
        at = part.find(name, cursor)
        if at < 0:
            continue
        gap = part[cursor:at].split()
        cursor = at + len(name)
        run = not {w.lower() for w in gap} - _ROLE_WORDS  # nothing but titles and roles in between
        if part[cursor : cursor + 2] in ("'s", "’s"):
            continue  # "Pama's defence lawyer Bruce Peters": the possessor
        if any(w.lower() in _MODIFIER for w in gap[-2:]):
            after_modifier = True
            continue
        if after_modifier and not run:
            continue
        following = part[cursor:].split()[:1]
        described = set(gap) & _DETERMINERS and following and following[0].isalpha() and following[0].islower()
        if described and not _ends_phrase(following[0]):
            continue  # "the Old Trafford boss", "the latest WHO report": a modifier of a description
        if " of " in name:  # "Siobhan Garvey of Harbour Housing Advice", not "Bank of England"
            left = name.split(" of ", 1)[0]
            if len(left.split()) >= 2 and left.split()[-1].lower() not in _ORG_WORDS:
                name, kind = left, next((k for n, k in names(left) if n == left), "other")
        if kind == "place" and name.lower() in SURNAME_CUES:
            kind = "other"  # "Woods said": a surname before a place
        if kind == "place" and not places or name.lower() in DEMONYMS:
            continue
        if found and run:
            found.pop()  # "Indiana Pacers President Larry Bird": the run ends on its head
        found.append((name, kind))
        after_modifier = False
    return found


def _author(phrase: str) -> str | None:
    """When a cue names a document or a spokesperson rather than the one they speak for ("a statement
    on Brownback's website", "a letter written by Ms Ratcliffe", "the latest WHO report", "a
    spokesperson for Merivale", "a Merivale spokesman"), the words naming who that is ("" when it
    names nobody: "the report", "a spokesman"); None when the phrase is about neither ("Smith in a
    statement" is Smith, "spokesman John Smith" is John Smith). A platform ("a Facebook post") is
    where it was written, not who wrote it."""
    words = _unbracketed(phrase).strip(" ,").split()
    voices = [at for at, word in enumerate(words) if word.lower().strip(",") in _VOICES]
    if not voices:
        return None
    head = list(itertools.dropwhile(lambda w: w[:1].isupper(), reversed(words[: voices[0]])))  # "the latest (WHO)"
    if any(w.lower() in _MODIFIER or not w.islower() for w in head):
        return None  # "Smith in a statement", "John Smith, a spokesman for the council": Smith's words
    if any(w[:1].isupper() and (i == voices[0] + 1 or words[i - 1].endswith(",")) for i, w in enumerate(words[voices[0] + 1 :], voices[0] + 1)):
        return None  # "spokesman John Smith", "Smith's spokesman, Tom Brown,": the person is named
    for at in voices:
        after = words[at + 1 : at + 3]
        spokesperson = words[at].lower().strip(",") in _SPOKESPEOPLE
        by = next((i for i, w in enumerate(after) if w in (_SPEAKS_FOR if spokesperson else _WRITTEN_BY)), None)
        if by is not None and all(w.lower() in WRITTEN for w in after[:by]):  # "a letter (written) by X"
            return " ".join(words[at + 2 + by :])
        before = words[at - 1] if at else ""
        if before.endswith(("'s", "’s")):  # "Brownback's website"
            return before[:-2]
        run = list(itertools.takewhile(lambda w: w[:1].isupper() and w.lower() not in _PLATFORMS, reversed(words[:at])))
        while run and run[-1].lower() in _ARTICLES:
            run.pop()  # "A Merivale spokesman"
        if run and words[at - len(run) - 1 : at - len(run)] != ["on"]:
            return " ".join(reversed(run))  # "the latest WHO report"
    return ""


def _unbracketed(text: str) -> str:
    """The text without its bracketed asides: "Andy Wilman (right) said" -> "Andy Wilman said"."""
    return _BRACKETS.sub("", text) if "(" in text else text


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as a whole word: found with `str.find`, since a regular
    expression per name would be compiled anew for every name of every article."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, at + 1)


def _word_before(text: str, at: int) -> str:
    """The word before `at`, lower-cased, without a full stop ("Mr." -> "mr")."""
    words = text[max(0, at - 40) : at].split()
    return words[-1].rstrip(".").lower() if words and text[at - 1 : at] == " " else ""


def _mid_sentence(text: str, at: int) -> bool:
    """Whether a word at `at` follows a word or a comma in its sentence ("abused by McHenry")."""
    window = text[max(0, at - 20) : at]
    before = window.rstrip(" ")
    return before != window and (before[-1:].isalnum() or before[-1:] in ",;")


def _first_name_sex(first: str) -> str | None:
    first = first.lower()
    if first in FEMALE_NAMES:
        return "f"
    return "m" if first in FIRST_NAMES and first not in UNISEX_NAMES else None


def _split_at_first_names(found: tuple[_Name, ...]) -> list[_Name]:
    """Names with a known first name inside split before it: "Administrator Bob Young" (a role no
    gazetteer knows) -> "Administrator", "Bob Young"; "United Nations Samantha Power" -> "United
    Nations", "Samantha Power"."""
    split: list[_Name] = []
    for name, kind in found:
        words = name.split()
        first = next((i for i, w in enumerate(words[:-1]) if i and w.lower() in _GIVEN_NAMES), 0)
        if first and words[first - 1].lower() not in _CONNECTORS:
            split += [(" ".join(words[:first]), "other"), (" ".join(words[first:]), "person")]
        else:
            split.append((name, kind))
    return split


def _ends_phrase(word: str) -> bool:
    """Whether a lower-case word after a name ends the phrase the name heads ("Saltare can",
    "Reid of", "Smith, who") rather than making the name a modifier ("the Old Trafford boss")."""
    return (
        word in _MODIFIER or word in CLAUSE_WORDS or word in _PHRASE_ENDS or verbish(word) or word.endswith("ly")
    )


_PHRASE_ENDS = frozenset("and or who whose whom himself herself itself themselves aged".split())
_DETERMINERS = frozenset("the a an his her its their our my".split())


def _people(text: str) -> list[_Name]:
    """The names in a stretch of text that may be people's, in order."""
    return [(n, k) for n, k in names(text) if k in _PERSON_KINDS and n.lower() not in DEMONYMS]


def _subject(sentence: str) -> _Name | None:
    """The person a sentence opens with as its subject ("Mr Ballard, 26, told ...", "Born in New
    Jersey, Hill began ...", "The club's chairman, Richard Oyelaran, said ..."); (phrase, "description")
    for a person described, not named ("A government spokesman said ..."); ("he", "pronoun") or ("she",
    "pronoun"); None otherwise (a thing, another pronoun)."""
    if _CAPTION.search(sentence[:120]):
        return None  # "Raheem Sterling (right) was pictured ...": a photo caption, not the story
    text = _unbracketed(sentence).strip()
    for _ in range(2):  # an opening phrase: "Born in New Jersey, ", "His producer, ", "On Twitter, "
        head, comma, rest = text.partition(",")
        opener = head.split()[0].lower() if head.split() else ""
        opens = opener in _MODIFIER or opener.endswith(("ing", "ed")) or opener == "born"
        opens = opens or opener in _DETERMINERS and rest.strip()[:1].isupper()  # "The chair of X, Mario Kreft,"
        if not comma or not opens and any(w[:1].isupper() and w.lower() not in NOT_NAMES for w in head.split()):
            break
        text = rest.strip()
    words = text.split()
    while words and words[0].lower().rstrip(",") in _LEADING:
        words.pop(0)
    words = words[:_SUBJECT_WORDS]
    phrase: list[str] = []
    for i, word in enumerate(words):
        bare = word.rstrip(",;:")
        lower = bare.lower()
        following = [w for w in words[i + 1 : i + 3] if w.lower() != "the"][:1]  # "to (the) United Nations"
        capital_next = following and following[0][:1].isupper()
        joins = lower == "of" or capital_next and (lower == "and" or lower in _MODIFIER and bool(phrase) and phrase[-1][:1].isupper())
        if not joins and (verbish(bare) or lower in _MODIFIER or lower in CLAUSE_WORDS or lower in _NP_ENDS):
            break
        if phrase and lower.endswith("s") and not lower.endswith("ss") and bare.islower():
            break  # "Jermain Defoe believes ...": a verb after the name
        if lower in _PRONOUN_SUBJECTS:
            return (lower, "pronoun") if lower in _PRONOUNS and not phrase else None
        phrase.append(bare)
        if bare != word:
            break
    heads = _heads(" ".join(phrase), places=True)  # "Hill began" may be Debra Hill: the caller asks
    if heads:
        return heads[-1]
    if phrase and phrase[0].lower() in _ARTICLES:  # "A government spokesman said", "The report"
        described = any(w.lower() in _ROLES or _AGE.match(w) for w in phrase[1:])
        return (" ".join(phrase), "description") if described else None
    capitalised = [w for w in phrase if w[:1].isupper() and w.lower() not in _NOT_CAPITALISED_NAMES]
    if capitalised and capitalised[-1] == phrase[-1] and not capitalised[-1].endswith(("'s", "’s")):
        return capitalised[-1], "other"  # a word no gazetteer knows as a name: "Hill, who had been ..."
    return None


def _after_caption(sentence: str) -> _Name | None:
    """The subject of the last sentence glued to photo captions, when captions without full stops
    run into it ("... are 'all evasion' Mr Brown urged people ...", "... ahead of their semi
    Rodgers, who has Gerrard back, spoke to ...", "... into the top corner The 32-year-old was
    ..."): after a word that ends no phrase before a name (not "to", "the", a verb), a clause opens
    (a name or "The ..." then a verb, or a name then a comma or "who")."""
    found = None
    for glue in _GLUE.finditer(sentence):
        before = glue.group(1)
        if not (before and (before in _FUNCTION_WORDS or verbish(before))):
            found = glue.end()
    return _subject(sentence[found:]) if found is not None else None


_CLAUSE_VERB = r"(?:\w+ly |now |also |then |later )?(?:[a-z]+ed|is|was|has|had|will|would|can|could|says|said|told|wants|believes)\b"
_GLUE = re.compile(
    r"(?:\b([a-z][\w-]*)|['’\"”)]) (?=(?:(?:The|A|An) (?:[\w'’-]+ ){0,3}" + _CLAUSE_VERB
    + r"|(?:[A-Z][\w'’.-]* )*[A-Z][\w'’-]*(?:,| who\b| " + _CLAUSE_VERB + ")))"
)
_FUNCTION_WORDS = _MODIFIER | _ARTICLES | _DETERMINERS | CLAUSE_WORDS | frozenset("and or nor than said says told".split())


def _same(a: str, b: str) -> bool:
    """Whether two names are the same person's ("Ballard", "Tom Ballard")."""
    return a.split()[-1] == b.split()[-1]
