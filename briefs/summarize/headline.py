"""A headline for an article that has none: the lead sentence's main clause, at most 12 words, ending
where a phrase ends.

The lead of a news story states who did what; what follows a comma-"which", an "after ..." or a
"said X" adds detail a headline leaves out. So, from the lead sentence:
1. brackets, a leading "And"/"But", an opening time or circumstance phrase ("On Sunday, ...",
   "Discovered near Leeds, ...") and asides after the subject ("David Lipton, second in command at the
   IMF, outlined ..." -> "David Lipton outlined ...") are dropped;
2. the main clause ends at the first clause break (", which", " - ", "; ", ", said ...");
3. if that is longer than MAX_WORDS, time phrases ("on Monday", "last week"), a partitive head
   ("their second round of direct peace talks" -> "direct peace talks") and the place after the verb
   ("met at Ciragan Palace in Turkey for talks" -> "met for talks") go first;
4. if it is still too long, it is cut at the last phrase boundary (before a preposition, "to", a
   relative word or a new subject) that leaves a complete clause: a verb with something after it, no
   dangling article, preposition, determiner, auxiliary or possessive, no verb missing its object
   ("admitted taking"), no reported clause without its verb ("said there"), no quote left open, and
   never inside "X and Y" ("meetings between the woman | and a man");
5. a relative clause inside the subject, whose verb is not the clause's, goes when nothing else fits
   ("A landlord who was convicted of ... has vowed" -> "A landlord has vowed").
If the lead gives no readable clause, the next two sentences are tried (not one that opens with a
pronoun); failing those, the lead is cut at MAX_WORDS without a dangling word.
"""

from __future__ import annotations

import re

from briefs.summarize.sentences import Document

MAX_WORDS = 12
MIN_WORDS = 4  # a cut that would leave fewer words than this is not taken
LEADS = 3  # sentences tried for a whole clause, the lead first

# Where the main clause ends: a subordinate or reporting clause, an aside, or a clause break.
_CLAUSE_END = re.compile(
    r"\s*(?:,\s*(?:which|who|whom|whose|where|while|when|as|after|before|because|although|though|since"
    r"|despite|amid|in an? |according to|said|says|adding|saying|following|including|with|but|and)\b"
    r"|,\s*(?:[\w'’]+\s){0,4}(?:said|says|told|reported|claimed|announced)\b"
    r"|\s[-–—]{1,2}\s|;|:|\s(?:after|because|although|amid|despite|while|since|following|as part of"
    r"|in an attempt|in a bid|so that|even though|according to)\b)"
)
_OPENING = re.compile(
    r"^(?:(?:On|In|At|By|During|Earlier|Later|Last|This|Late|Early|Overnight|With|Having|Speaking|Under"
    r"|Unlike|Like|For|Ahead)\b[^,]{0,60},\s*(?:[A-Z][a-z]+ \d{1,2},\s*)?"
    r"|(?:After|Before|As|Despite|Following|Amid|Since|When|While|Although|Though|If|Because|Unless)\b[^,]{0,160},\s*"
    r"|(?:Meanwhile|However|Now|Today|Yesterday),\s*"
    r"|[A-Z][a-z]+ed\b[^,]{0,60},(?:\s(?:near|in|at|outside)\b[^,]{0,30},)?\s*)"  # "Discovered on land at X, near Y,"
)
_PARENS = re.compile(r"\s*\([^()]*\)")
_CONJUNCTION = re.compile(r"^(?:And|But|So|Yet|Or)\s+(?=\S)")
# An aside after the subject, before its verb: "Cuadrilla, the firm behind the tests, said ...",
# "Mr Charney, who also founded the company, was ousted", "Sheerin, 39, has been ...".
_ASIDE = re.compile(
    r"^((?:[A-Z][\w'’.-]*|the|The)(?: [\w'’.-]+){0,5}?)(?:,\s(?:(?:a|an|the|who|which|aged|known as|also called"
    r"|of)\s|\d{1,3}(?=,)|[a-z]+ in command\b|[a-z]+(?: up)? by\s)[^,]{0,80})+,(?=\s[a-z])"
)
# What a too-long headline leaves out first: when it happened, and a partitive head.
_TIME = re.compile(
    r"(?<!\bthe)\s(?:(?:on|last|this|next|early|late)\s(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s(?:morning|afternoon|evening|night))?|week|month|year|night|weekend|morning|afternoon|evening)"
    r"|yesterday|today|tonight|overnight)(?=[\s,.;:]|$)"
)
_PARTITIVE = re.compile(
    r"\s(?:the|their|its|his|her|a)\s(?:\w+\s)?(?:round|series|set|wave|batch|raft|spate)\sof(?=\s)"
)
# Where it happened, after the verb: "met at Ciragan Palace in Turkey for talks" -> "met for talks".
_PLACE = re.compile(
    r"\b([a-z]+)\s(?:at|in)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"
    r"(?:\s(?:in|,)\s?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)?(?=\s(?:for|to|on|after|as|with)\b)"
)
_BOUNDARY = frozenset(
    "for on in at with from by over under into during after before as against since than via through across"
    " near between among about around behind beyond despite amid towards toward until upon within without"
    " because although though while when where whereas if unless once which who whom whose that to he she"
    " they we it including".split()
)
_DANGLING = frozenset(
    "the a an of and or but nor to in on at for with from by as that which who whom whose its his her their"
    " our my your this these those is are was were be been being has have had will would could should can"
    " may might must shall do does did than into over towards toward about against between through across"
    " around among onto upon within without during before after since until like so such not no very more"
    " most some many several any each every all both few another other much own what whether how why where"
    " when there if because although though while up rather just only even almost nearly roughly end"
    " beginning middle rest part heart".split()
)
_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would can could may might must shall should do does did"
    " not never also now already just still yet".split()
)
# Verbs a lead's main clause turns on, besides -ed forms.
_VERBS = _AUXILIARIES - frozenset("not never also now already just still yet".split()) | frozenset(
    "said says told tells met won wins lost loses hit hits took takes made makes saw sees gave gives came"
    " comes went goes found finds left leaves led leads set sets put puts cut cuts fell falls rose rises sold"
    " sells paid pays began begins ran runs got gets held holds kept keeps struck spoke chose drew grew shot"
    " stood wrote sent spent built brought bought caught fought thought became broke flew knew threw include"
    " includes faces face wants want needs need warns urges plans calls claims denies admits says seeks"
    " appears shows died dies beat bet bid blew bore clung dealt dug drank drove ate fed felt fled forgot froze hid"
    " hung laid lent lay lit meant overcame rang rode sang sank sat shook shone slept slid sought sped split"
    " spread sprang stole stuck strode swore swept swam swung taught tore woke wore wept withdrew".split()
)
_PRONOUNS = frozenset("he she it they this these those his her its their we i you".split())
_MODALS = frozenset("will would can could may might must shall should do does did to".split())
# Passives that go on with "to": "is believed to have", "is set to", "had been used to".
_NEEDS_TO = frozenset(
    "believed thought said expected understood reported known alleged supposed scheduled used".split()
)
_MAIN_AUXILIARIES = frozenset("has have had is are was were will would can could may might must should".split())
_NOT_BEFORE_MAIN = frozenset("who that which he she it they we i and or but not".split())
_REPORTING = frozenset(
    "said says told tells warned warns claimed claims believes believe revealed stressed added insisted".split()
)
# Verbs complete without an object: "Vincent Barker died", "The bank collapsed".
_INTRANSITIVE = frozenset(
    "died dies resigned resigns collapsed crashed exploded retired arrived escaped survived returned fell rose"
    " quit won lost closed went came happened occurred began ended".split()
)
_QUOTE_OPENS = tuple("\"“‘'")
_QUOTE_CLOSES = tuple("\"”’'")
_NUMBER = re.compile(r"^[\d.,%£$€-]+$")


def _bare(word: str) -> str:
    return word.lower().strip(",;:.!?\"'“”‘’()")


def _trim(words: list[str]) -> list[str]:
    """Drop trailing words a headline cannot end on, and trailing punctuation."""
    while len(words) > 1 and _bare(words[-1]) in _DANGLING:
        words = words[:-1]
    if words:
        words[-1] = words[-1].rstrip(",;:.!?")
    return words


def _is_verb(word: str) -> bool:
    lower = _bare(word)
    return lower in _VERBS or (lower.endswith("ed") and len(lower) > 4 and word.isalpha() and word.islower())


def _verb_at(words: list[str]) -> int | None:
    """Index of the first word that looks like the clause's verb (a listed verb or an -ed form)."""
    return next((i for i, word in enumerate(words[1:], start=1) if _is_verb(word)), None)


def _main_verb(words: list[str]) -> int | None:
    """The clause's verb, unless the first verb belongs to a relative clause ("A landlord who was ...")."""
    verb = _verb_at(words)
    if verb is None or any(_bare(w) in ("who", "which", "that") for w in words[1:verb]):
        return None
    return verb


def _complete(words: list[str]) -> bool:
    """Whether `words` reads as a whole clause: a verb after its subject and something after the verb
    (unless it needs nothing: "Vincent Barker died", "The church was badly damaged"), ending on a word
    that ends a phrase, with a reported clause that has its own verb and no quote left open."""
    last = words[-1]
    if _bare(last) in _DANGLING or last.endswith(("'s", "’s", "s'", "s’")) or _NUMBER.match(_bare(last)):
        return False
    if _open_quote(words):
        return False
    verb = _main_verb(words)
    if verb is None:
        return False
    end = verb
    while end + 1 < len(words) and (
        _is_verb(words[end + 1])
        or _bare(words[end + 1]) in _AUXILIARIES
        or (_bare(words[end]) in _MODALS and words[end + 1].islower())  # "will call"
    ):
        end += 1
    if end == len(words) - 1:
        bare = _bare(words[end])
        passive = _bare(words[end - 1]) in ("was", "were", "been", "is", "are", "be") or _bare(words[end - 2]) in (
            "was", "were", "been", "is", "are"
        )
        participle = bare.endswith(("ed", "en")) or bare in _VERBS
        return bare in _INTRANSITIVE or (passive and participle and bare not in _NEEDS_TO)
    if len(words) > 2 and _bare(words[-2]) in _PRONOUNS and _bare(words[-3]) in ("what", "which", "that", "how"):
        return False  # "bans what it describes"
    if _bare(last).endswith("ing") and (_is_verb(words[-2]) or _bare(words[-2]) in _BOUNDARY):
        return False  # "admitted taking", "rather than reporting"
    reporting = next((i for i in range(verb, len(words)) if _bare(words[i]) in _REPORTING), None)
    if reporting is not None:
        rest = words[reporting + 1 :]
        that = next((i for i, w in enumerate(rest) if _bare(w) == "that"), None)
        reported = rest[that + 1 :] if that is not None else rest
        if len(reported) < 2 or not _complete(["It", *reported]):  # "said there", "says"
            return False
    return True


def _open_quote(words: list[str]) -> bool:
    """Whether a quotation opened in `words` is not closed there ("accepted her mistakes 'contributed")."""
    depth = 0
    for word in words:
        depth += word.startswith(_QUOTE_OPENS)
        if word.rstrip(",;:.!?").endswith(_QUOTE_CLOSES) and not word.rstrip(",;:.!?").endswith(("s'", "s’")):
            depth = max(depth - 1, 0)
    return depth > 0


def _without_relative(words: list[str]) -> list[str]:
    """The subject without a relative clause inside it, when the main verb is an auxiliary after it:
    "A pub landlord who was convicted of drink driving ... has vowed" -> "A pub landlord has vowed"."""
    relative = next((i for i, w in enumerate(words[:7]) if _bare(w) in ("who", "that", "which")), None)
    if not relative or _verb_at(words[:relative]) is not None:  # "told the BBC that ...": not a relative
        return words
    for i in range(relative + 2, len(words)):
        if _bare(words[i]) in _MAIN_AUXILIARIES and _bare(words[i - 1]) not in _NOT_BEFORE_MAIN:
            subject = words[:relative]
            if subject[-1] in ("-", "–", "—"):  # "Bader – who lost his legs ... – was shot down"
                subject = subject[:-1]
            return [*subject[:-1], subject[-1].rstrip(","), *words[i:]]
    return words


def _longest_clause(words: list[str]) -> list[str] | None:
    """The longest prefix of at most MAX_WORDS words that ends at a phrase boundary and is complete."""
    for k in range(min(MAX_WORDS, len(words) - 1), MIN_WORDS - 1, -1):
        following = _bare(words[k])
        boundary = following in _BOUNDARY or words[k - 1].endswith(",")
        boundary |= following in ("and", "but") and k + 1 < len(words) and _is_verb(words[k + 1])  # "and revealed"
        if boundary and _bare(words[k - 1]) not in ("and", "or") and _complete(words[:k]):
            return _trim(words[:k])
    return None


def _subject_only(aside: re.Match) -> str:
    """The subject without the asides after it; a "subject" with a verb in it was a clause already
    ("Harry Reid died after Gary Green, 51, of Leeds, reversed")."""
    subject = aside.group(1)
    return aside.group() if any(_is_verb(w) for w in subject.split()[1:]) else subject


def _verb_only(place: re.Match) -> str:
    """A place after a verb goes, the verb stays ("met at Ciragan Palace in Turkey" -> "met")."""
    return place.group(1) if _is_verb(place.group(1)) else place.group()


def _shorten(text: str) -> str:
    """Drop time phrases, partitive heads and where it happened, as long as enough is left."""
    for pattern, keep in ((_TIME, ""), (_PARTITIVE, ""), (_PLACE, _verb_only)):
        shorter = pattern.sub(keep, text)
        if len(shorter.split()) >= MIN_WORDS:
            text = shorter
    return text


def _clause(text: str) -> tuple[list[str], bool]:
    """The main clause of a cleaned sentence, at most MAX_WORDS words, and whether it is whole: the
    clause up to its first break, or the longest complete clause within it."""
    clause = _CLAUSE_END.search(text)
    before = text[: clause.start()].split() if clause else []
    cut = len(before) >= MIN_WORDS or (len(before) == MIN_WORDS - 1 and _complete(before))  # "Harry Reid died"
    words = (text[: clause.start()] if cut else text).rstrip().rstrip(".!?").split()
    if len(words) > MAX_WORDS:
        words = _shorten(" ".join(words)).split()
    if len(words) <= MAX_WORDS:
        whole = _complete(_trim(words)) if cut else _main_verb(words) is not None and not _open_quote(words)
        return (_trim(words) if cut else words), whole
    longest = _longest_clause(words)
    return (longest, True) if longest else (_trim(words[:MAX_WORDS]), False)


def _headline(sentence: str) -> tuple[list[str], bool]:
    """The headline one sentence gives, and whether it is a whole clause."""
    text = _CONJUNCTION.sub("", _PARENS.sub("", sentence).strip())
    opening = _OPENING.match(text)
    if opening and len(text[opening.end() :].split()) >= MIN_WORDS:
        text = text[opening.end() :]
        text = text[:1].upper() + text[1:]
    text = _ASIDE.sub(_subject_only, text)
    words, whole = _clause(text)
    if not whole:
        shorter = _without_relative(text.split())
        if len(shorter) < len(text.split()):
            words, whole = _clause(" ".join(shorter))
    return words, whole


def from_sentence(sentence: str) -> str:
    """The main clause of one sentence, at most MAX_WORDS words, without final punctuation."""
    return _text(_headline(sentence)[0])


def _text(words: list[str]) -> str:
    """The headline's words as text, without final punctuation or a quote mark left unmatched."""
    text = " ".join(words).rstrip(",;:.!? ")
    if _open_quote(words):
        text = text.lstrip("\"'“‘ ")
    unmatched = text.endswith(_QUOTE_CLOSES) and text.count(text[-1]) % 2 and text[-1] != "’"
    if unmatched and not _open_quote(text.split()):
        text = text[:-1]
    if text.endswith(_QUOTE_CLOSES) and text[-2:-1] in tuple(",;:.!?"):  # 'partnership does."'
        text = text[:-2] + text[-1]
    return text.rstrip(",;:.!? ")


def _readable(words: list[str]) -> bool:
    """Whether a cut lead still reads as a clause: a main verb, no dangling last word or reporting verb
    without what was reported ("A review ... said"), no open quote."""
    last = _bare(words[-1]) if words else ""
    dangling = last in _DANGLING or (last in _REPORTING and words[-1][:1].islower())
    return bool(words) and _main_verb(words) is not None and not dangling and not _open_quote(words)


def derive(doc: Document) -> str:
    """A headline from the article's lead sentence, or from one of the next two when the lead gives no
    whole clause within MAX_WORDS ("Untitled" when it has no body text)."""
    body = doc.body
    if not body:
        return "Untitled"
    lead = _headline(body[0].text)
    if not _readable(lead[0]):  # a sentence that opens with a pronoun says nothing alone
        following = (_headline(s.text) for s in body[1:LEADS] if s.text.split()[0].lower() not in _PRONOUNS)
        lead = next((h for h in following if h[1] and len(h[0]) >= MIN_WORDS), lead)
    return _text(lead[0]) or "Untitled"
