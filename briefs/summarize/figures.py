"""Numeric facts in an article, each with what it counts: "more than 40 Russian planes".

What counts as a figure:
- a number in digits, money ("$1.2bn", "£479m", "873p", "1.55bn euros"), a percentage ("3.5%", "nine
  per cent"), a ratio ("1 in 12", "four out of five") or a share ("two-thirds of voters", "risen by a
  fifth") together with the noun phrase it counts ("162 Ukrainian drones", "£21m of cuts", "25 EU
  members"), a unit attribute ("a 1,000-kilometre front line"), what an amount buys ("£35 for a
  monthly pass"), the noun phrase it is "of" ("the record crowd of 30,000", "the field of 99 | due
  to play"), the verb phrase it is the subject of ("71% backed strike action", "£1,500 was donated")
  or, for amounts, measures, the counts of a tally and of people a verb harms with none of these,
  the clause they end ("Turnout was 56%", "The death toll rose to 45", "the total number of copies
  ... to about 28,000", "Attendance: 7,158", "a bomb killed more than 30", "raising £10,000"; not
  "..., rising to 1 in 6": of what, the clause before says);
- a number word from "two" up ("eight Russian regions", "hundreds of people", "half a million"); "one"
  only as an attribute ("a one-year ban"), a span of time or a person ("one man dead"), since it is
  mostly a pronoun;
- a result near "win", "beat", "defeat"... in its clause ("a 2-1 win", "beating Elena Petrova of Russia
  7-5 6-4": a tennis scoreline is one figure), a lead ("four points clear") and a sentence or ban
  ("jailed for five years", "a sentence of 15 months", "a jail term of up to 51 weeks", "a three-match
  suspension");
- "52 out of the 80 drones" is one figure, and so is a range "between 2,000 and 4,000 supporters",
  "between three and four million requests", "£4,000 to £6,000", "£2m-£3m", a change "from 2.2% to
  1.6%", "£1,085, up from £1,010", a comparison "£17.9bn, compared with £21.8bn" or a result "52
  votes to 28".

Not figures: dates, years and times (June 1, 2025, 10 a.m.), ordinals and rankings ("second round",
"top 10"), ages ("29-year-old", "aged 29", "at the age of 73"), labels after a name ("Boeing 747",
"No. 10"; not after a possessive: "Kane's 19 goals") and spans of time that are not an attribute of
a thing ("two weeks", "24 hours"; "a three-year war" counts). A bare number with nothing it counts
("Lindsey, 29") is skipped: the reader could not tell what it is.

`text` is one stretch of the sentence, copied as it stands, that reads as a phrase on its own: it
starts where a phrase starts (the number's own modifiers, or the clause it ends: "the council will
borrow the remaining £85m", never "deal, developed countries ...") and ends where the phrase it
counts ends (never "a £340m tram line linking"; a verb after it only with what it needs: never "15%
of firms had failed" without "to ..."). A past-tense verb just before a count brings its subject
along when the clause starts close by ("Russian air defenses downed 162 Ukrainian drones"). Where no
such stretch exists within _CONTEXT_WORDS, an amount is said from the subject of the verb before it
("The growth of the economy means | the block grant will be almost £30bn") or from the noun phrase it
is a change of ("... is to cut | its growth forecast for the economy from 1.8% to 0.8%"), the noun
phrase it is "of" ("... was given | a score of 5.6") or the verb that makes a score a result ("...
to | beat Elena Bovina 1-6 6-1 6-4"), never from the object of a preposition ("... in | the big new
fund will be £5m"); else the figure is not shown: no figure beats a distorted one.

A brief shows at most MAX_FIGURES, the most newsworthy first: money, percentages and shares (3), then
results and leads, sentences, people killed, hurt, assaulted, arrested or charged however few ("two
people died", "one man dead", "two boys were stabbed", "two more victims") and from ten up people or
things something happened to (2), then other counts and measures (1). Trivial counts (below ten of
anything else: "two libraries", "he sent three men"; durations: "a six-hour meeting", unless a ban)
weigh 0 and are not shown. The lead's figures weigh one more, and a figure the title states two more.
Ties go to the earlier figure. One fact is shown once: a value already shown (or part of a shown range
or change) is not shown again; a trivial count, not being shown, hides nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from briefs.summarize.model import Figure
from briefs.summarize.sentences import LONGEST, Document

MAX_FIGURES = 4

# Number words as a trie on the first letter (case-insensitive only there): much faster than a flat
# alternation under re.IGNORECASE.
_NUMBER_WORDS = (
    r"[Tt](?:ens\s+of\s+(?:thousands?|millions?)|wo|hree|hirteen|hirty|en|welve|wenty|housands?)|[Ff](?:our(?:teen)?|orty|ive|ifteen|ifty)"
    r"|[Ss](?:ix(?:teen|ty)?|even(?:teen|ty)?)|[Ee](?:ight(?:een|y)?|leven)|[Nn]ine(?:teen|ty)?"
    r"|[Hh]undreds?(?:\s+of\s+(?:thousands|millions))?|[Dd]ozens|[Mm]illions|[Bb]illions|[Aa]\s+(?:dozen|hundred|thousand|million|billion)"
    r"|(?:[Ss]everal|[Mm]any|[Aa]\s+few)\s+(?:hundreds?|thousands?|millions?)"  # "several thousand", not "thousand"
    r"|(?:[Hh]alf\s+a|(?:[Aa]\s+)?[Qq]uarter\s+of\s+a|[Oo]ne)\s+(?:million|billion)"  # "half a million"
)
_SMALL_WORDS = r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
# Spelled with its first character apart: a pattern that opens with a character class (not a repeat of
# one) lets the regex engine skip from one candidate character to the next, about twice as fast here.
_NUMBER_START = re.compile(r"[$£€¥₹\d][$£€¥₹\d]*")
_NUMBER_STEMS = (
    "two three four five six seven eight nine ten eleven twelve thirt twent fort fift hundred thousand "
    "dozen million billion one half tens several many"
).split() + ["a dozen", "a hundred", "a thousand", "a million", "a billion", "a third", "a quarter", "a fifth", "a few"]
_CURRENCY_PREFIX = re.compile(r"(?:US|HK|NZ|A|C)$")
_ONE_UNITS = "year|month|week|day|hour|minute|metre|meter|mile|kilometre|kilometer|point|goal|match|game"
# "One person was killed", "with one man dead": "one" counts a person (shown only when harmed or held to account).
_ONE_PERSON = frozenset(
    """person man woman child boy girl baby teenager officer soldier civilian passenger worker player student
    patient driver mother father son daughter""".split()
)
_MAGNITUDE = r"(?:bn|mn|m|k|tn|\s?(?:million|billion|trillion)\b|\sthousand\b)"
_PERCENT = r"(?:\s?%|\s(?:per\s?cent|percent|pc)\b)"
_UNIT = r"(?:km|kg|mph|ft|cm|mm|mg|lbs?|kmh|mw|gw|p)\b"  # "p": pence, "873p"
_CURRENCY = r"\s(?:euros?|dollars?|pounds?|yen|yuan|pesos?|roubles?|rubles?|rupees?|naira|francs?|rand|lira|dinars?|riyals?|shekels?)\b"
_HALF = r"(?:-and-a-half|\sand\sa\shalf)"
_HYPHEN_UNIT = r"(?:-[a-z]+(?:-[a-z]+)?)"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"

_QUANTITY = re.compile(
    rf"""(?<![\w.,/:'’-])
    (?P<value>(?:
        (?P<ratio>(?:[1-9]|{_SMALL_WORDS})\s+(?:in|out\s+of)\s+(?:every\s+)?(?!(?:1[89]|20)\d\d\b)
          (?:{_DIGITS}|[Tt](?:wo|hree|en|welve|wenty)|[Ff](?:our|ive)|[Ss](?:ix|even)|[Ee]ight|[Nn]ine|a\s+(?:hundred|thousand)))
      | (?P<fraction>(?:[Hh]alf|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[\s-](?:thirds?|quarters?|fifths?))(?=\s+(?:of(?!\s+a\s+(?:million|billion)\b)|had|have|has|were|was|are|is|said|say)\b)
          | (?:(?<=by\s)|(?<=than\s)|(?<=almost\s)|(?<=nearly\s)|(?<=about\s))(?:half|(?:a|one|two|three)[\s-](?:thirds?|quarters?|fifths?))
            (?=[,.;:]|\s+(?:in|on|at|to|from|since|over|last|this|after|before|and|but|while|compared|a\s+year)\b|$))
      | (?P<score>\d{{1,2}}[-–]\d{{1,2}}(?:\s\d{{1,2}}[-–]\d{{1,2}}(?:\s\(\d{{1,2}}[-–]\d{{1,2}}\))?)*)  # "6-3 7-6 (10-8)"
      | (?P<money>(?:US|A|C|HK|NZ)?[$£€¥₹])?
        (?P<low>(?!(?:1[89]|20)\d\d\b)(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+(?:and|to)\s+|(?:bn|m|k)?[-–](?:US|A|C|HK|NZ)?[$£€¥₹]?))?
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?P<magnitude>{_MAGNITUDE})?(?P<currency>{_CURRENCY})?
      | (?P<word>(?:{_NUMBER_WORDS}|[Oo]ne(?=-(?:{_ONE_UNITS})\b|\s(?:year|month|week|day|match|game)s?\b|\s(?:{"|".join(sorted(_ONE_PERSON))})\b))(?:-(?:one|two|three|four|five|six|seven|eight|nine)\b)?
         {_HALF}?(?:\s(?:hundred|thousand|million|billion)\b)?{_HALF}?)
    )(?P<percent>{_PERCENT})?(?P<unit>{_UNIT})?)
    (?P<attribute>{_HYPHEN_UNIT})?
    (?P<of>\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\b)?
    (?![\w'’]|-\d|:\d|\.\d|,\d)""",
    re.VERBOSE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A word right before a number that makes it a date or a label: "June 1", "No. 10", "aged 29", "top 10".
_LABELS = frozenset(
    """top jan january feb february mar march apr april may jun june jul july aug august sep sept september
    oct october nov november dec december no nos number aged age""".split()
)
_MONTH_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December),?")
_DATE_AFTER = re.compile(
    rf"^(?:\s+{_MONTH}\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|[ecmp][sd]?t\b|utc\b|hrs\b|o'clock))",
    re.IGNORECASE,
)
_CONVERSION = re.compile(r"\d[\w%]*(?:\s+[a-z]+)?\s*\([^()]{0,25}$")  # "$900m (£479m)", "6.5bn euros ($8.6bn; £4.5bn)"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MODIFIERS = frozenset(
    """more than|fewer than|less than|over|under|about|around|almost|nearly|roughly|approximately|some|
    at least|at most|up to|as many as|as much as|as few as|as little as|just|just over|just under|only|an estimated|a further|another|a|an|
    the""".replace("\n", "").replace("    ", "").split("|")
)
_MODIFIER_ENDS = frozenset(m.rsplit(None, 1)[-1] for m in _MODIFIERS)
_SPACED = re.compile(r"\S+")
_NEXT_WORD = re.compile(r" (\S+)")
_NEXT_CAPITAL = re.compile(r" [A-Z]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+-(?:year|month|week)-old\b|\S")  # "two | 12-year-old | girls"
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")  # "EU", "NBA", "PSPs": a modifier or a noun, not part of a name
_STOP = frozenset(
    """a an the of in on at to for from by with over under into onto across along against about around
    than as and or but nor so yet if that which who whom whose this these those there here it its they
    them their he she his her we our you your i me my is are was were be been being has have had will
    would can could may might must should shall do does did not no per each every all both some any
    more most less least very also just only still even after before since during while until when
    where why how up down out off than deep inside outside between among within without beside behind
    beyond near through throughout via like upon amid despite including toward towards past above
    below last next rather what came comes went goes made makes took takes rose rises fell falls""".split()
)
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
# After a measure, a comparison that belongs to it: "36% higher", "11% below".
_COMPARISONS = frozenset(
    """higher lower more less fewer bigger smaller larger greater cheaper dearer faster slower longer
    shorter above below up down full empty""".split()
)
_IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel crew aircraft troops cattle sheep fish deer".split()
)
_TIME_UNITS = frozenset(
    """second seconds minute minutes hour hours day days night nights week weeks weekend weekends month
    months year years decade decades century centuries""".split()
)
# Counts of these are people (or homes) a story is about: "1,146 patients", "140 homes".
_PEOPLE = frozenset(
    """people persons children adults men women pupils students staff workers employees jobs members
    voters votes fans supporters spectators visitors passengers users customers tenants residents
    households homes families victims deaths dead casualties injured troops soldiers civilians refugees
    migrants cases patients arrests volunteers runners signatures responses redundancies properties
    houses flats businesses police officers crowd crew babies attendance audience population workforce""".split()
)
_PAST_IRREGULAR = frozenset(
    """hit struck shot lost sold cut spent built sent won held brought caught paid made gave took saw grew said told
    seen given taken shown known grown died fled led""".split()
)
_AUXILIARIES = frozenset("has have had was were is are will would be been".split())
_TENS = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD_RANGE = re.compile(  # the low end of a range in words, right before its high end
    rf"\b(?:[Bb]etween\s+(?=\w+\s+and\s)|(?=\w+\s+to\s))(?P<low>{_SMALL_WORDS}|{_TENS})\s+(?:and|to)\s+$"
)
_RANGE = re.compile(r"\s+(?:to|and)\s+|\s?[-–]\s?|,?\s+(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+")
# Words that open a clause: a figure's context never reaches back past one.
_CLAUSE_WORDS = frozenset(
    """but which who whom whose that while whereas because although though as if when where after before
    since until unless said says told""".split()
)
_AND = frozenset(("and", "or"))
# Words after which an amount opens a clause: "with 1 in 3 spending ...", "found more than a third had ...".
_SUBJECT_OPENERS = frozenset(
    """with and but so while as whom which that after before when because since until unless found find finds said
    says showed shows revealed estimated estimates""".split()
)  # open a clause after a comma (", and 84% backed ..."), else join words
_CLAUSE_END = frozenset(",;:")
# Participles whose amount is a change of something the clause before names ("..., rising to 1 in 6");
# others say what the amount is ("raising £10,000", "Unlocking £5 billion for 125,000 homes").
_CHANGES = frozenset(
    """rising falling climbing dropping increasing decreasing growing jumping sliding slipping edging soaring
    plunging reaching hitting adding taking compared""".split()
)
_OPENING = "(\"“‘'"
_SPEECH = frozenset("said added claimed warned noted explained insisted stated reported announced".split())
# A verb after a count: "40 planes were destroyed", "Two missiles struck | a neighbourhood" (not "aged").
_VERB_AFTER = re.compile(
    r"\s+(?:(?:were|was|(?:have|has|had)(?:\s+been)?|are|is)\s+)?(?!aged\b)(?:[a-z]{2,}ed|dead|missing|%s)\b"
    % "|".join(sorted(_PAST_IRREGULAR))
)
_TALLY = re.compile(r"\b(?:toll|(?:number|total)\s+of|turnout|attendance|population)\b", re.IGNORECASE)
_BUYS = re.compile(r"\s+for\s+(?:a|an|each|every|one)\s+")  # "£35 for a monthly pass"
_ORDINALS = frozenset("first second third last next".split())
_PERIODIC = frozenset("hourly daily nightly weekly monthly quarterly yearly".split())  # adjectives, not adverbs
_TALLY_PHRASE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:total\s+number|number|total|death\s+toll|toll)\s+of\b(?!.*\b[Tt]he\s+(?:total\s+)?number\b)")
_TALLY_LABEL = re.compile(r"(?:^|(?<=\s))(?:[Dd]eath\s+toll|[Aa]ttendance|[Tt]urnout|[Pp]opulation):\s*$")
_PENALTIES = frozenset("ban bans suspension sentence".split())
_VICTIMS = frozenset("victims casualties fatalities hostages".split())  # people harmed, whatever the verb
# A lead or a deficit in a contest is a result: "four points clear", "two shots behind" (not "two bags behind").
_MARGIN = re.compile(r"\s+(?:clear|ahead|behind|adrift)\b")
_MARGIN_UNITS = frozenset("points goals shots strokes lengths runs wickets games matches votes seats".split())
# Words that say people were harmed or held to account: a count of them is news however small ("two
# people died", "one man dead", "arrested along with two fellow players").
_AFFECTED = re.compile(
    r"\b(?:killed|dead|died|deaths|death\s+toll|injured|injuries|hurt|wounded|stabbed|murdered|kidnapped|abducted|missing"
    r"|raped|raping|assaulted|assaulting|abused|abusing|attacked|robbed|beaten"
    r"|rescued|evacuated|hospitali[sz]ed|arrested|charged|accused|convicted|jailed|detained|fired|sacked|suspended)\b"
)
_RUNS_ON = frozenset("to that up out off down back".split())  # after a verb: what it needs comes next
_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|her|our|this|these|those)\s")
_PRONOUN = re.compile(r"\s+(?:it|them|him|her|us|me|you)\b(?!\s+(?:a|an|the)\b)")
_COMPARISON = re.compile(rf"\s(?:{'|'.join(sorted(_COMPARISONS))})\b")
# Words around a score that make it a result: "a 2-1 win", "beat Spain 1-0" (not "10-12 people").
_RESULT = re.compile(
    r"\b(?:beat|beating|won|win|wins|winning|lost|lose|losing|drew|draw|defeat|defeated|defeating|victory|loss|drubbing"
    r"|thrashing|thrashed|crushed|hammered|thumped|success|triumph|made\s+it|make\s+it|making\s+it|lead|led|trailed|trailing|ousted|overcame|eliminated|routed|edged|walkover)\b"
)
# A sentence or a ban: "jailed for five years", "banned from driving for six months", "could face up
# to 45 years".
_SENTENCED = re.compile(
    r"\b(?:(?:jailed|sentenced|banned|suspended|imprisoned|barred|detained)(?:\s+[\w'’]+){0,5}?\s+(?:for|to)"
    r"|fac(?:es?|ing)(?:\s+an?(?:\s+(?:jail|prison|maximum|minimum))?\s+(?:sentence|term)\s+of)?"  # "face a jail term of"
    r"|(?:sentence|(?:jail|prison)\s+term)(?:\s+[\w'’]+){0,5}?\s+(?:of|is|was|will\s+be))\s+(?:up\s+to\s+)?$"
)
_RATE = re.compile(
    r"\s+(?:(?:a|an|each)\s+(?:year|month|week|day|night|hour|head|person|share)\b(?!\s+(?:earlier|ago|before|later))|per\s+(?:square\s+|cubic\s+)?[a-z][\w-]*)"
    r"(?:\s+for\s+(?:each|every)\s+[a-z]+)?"
)
_WORD_VALUES = {
    w: n
    for n, words in enumerate(
        ("", "one a an", "two", "three", "four", "five", "six", "seven", "eight", "nine"), start=0
    )
    for w in words.split()
}
_TITLE_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_AMOUNT = re.compile(r"[$£€¥₹]\d|\d%|\d per ?cent")  # money or a percentage in a figure's context
_CONTEXT_WORDS = 10  # a clause that starts further back than this is cut, and not shown


class _Found(NamedTuple):
    figure: Figure
    weight: int  # newsworthiness: 3 money, percentages, ratios; 2 people and events; 1 counts; 0 trivial
    values: tuple[str, ...]  # every amount the figure states (a change states two)
    end: int  # where its text ends in the sentence
    bare: bool  # its text ends at the amount: a range may go on from there


def extract(doc: Document, title: str | None = None) -> list[Figure]:
    """Up to MAX_FIGURES figures from the body, the most newsworthy first, one per fact. A figure
    the `title` states ("Council passes budget by 52 votes to 28") is the story's, and goes first."""
    in_title = {_fact(m.group()) for m in _TITLE_NUMBER.finditer(title or "")}
    in_title |= set((title or "").lower().split())  # "Flu jabs offered at six city libraries"
    found: list[_Found] = []
    seen: set[str] = set()
    for index, sentence, starts in _candidates(doc):
        for figure in _figures_in(sentence, starts):
            keys = {_fact(value) for value in figure.values}
            if keys & seen:
                continue  # one fact once
            weight = figure.weight + (index == 0 and figure.weight > 0) + 2 * bool(keys & in_title)
            if weight:  # a trivial "six points" is not shown, and never hides a later "banned for six months"
                seen |= keys
                found.append(figure._replace(weight=weight))
    order = sorted(range(len(found)), key=lambda i: (-found[i].weight, i))
    return [found[i].figure for i in order[:MAX_FIGURES]]


def _fact(value: str) -> str:
    """The number in an amount: '£1,085', '1085' and '£1,085m' are one figure, and so are '4.99 per
    cent' and '4.99%' ("1 in 12" stays whole)."""
    number = re.sub(r"[^\d.]+", " ", value).strip(" .")
    return number or value.lower()  # "six", "hundreds"


def _candidates(doc: Document) -> list[tuple[int, str, list[int]]]:
    """Each body sentence that may hold a number (its index among body sentences, its text and where
    a number may start: a digit or currency sign, or a number word). Found over the whole body at
    once, which is several times faster than letting `_QUANTITY` scan every character of every
    sentence."""
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
    return [(i, sentences[i], starts) for i, starts in sorted(by_sentence.items())]


def _figures_in(sentence: str, starts: list[int]) -> list[_Found]:
    found: list[_Found] = []
    for match in _matches(sentence, starts):
        gap = _RANGE.fullmatch(sentence, found[-1].end, match.start()) if found else None
        if gap and (found[-1].bare or gap.group().strip() == "to") and _ends_amount(sentence, match.end()):
            found[-1] = _joined(found[-1], gap.group(), match["value"], sentence, match.end())
            continue
        figure = _figure(sentence, match)
        if figure is not None:
            found.append(figure)
    return found


def _around(sentence: str, start: int, end: int) -> str:
    """The words around a score that can make it a result: up to six before it ("beating Elena
    Bovina of Russia | 7-5 6-4") and three after ("a 3-0 | walkover victory"), within its clause."""
    return sentence[_before_score(sentence, start) : start] + " ".join(sentence[end : end + 40].split()[:3])


def _before_score(sentence: str, start: int) -> int:
    """Where the up to six words of its clause before a score start."""
    words = list(_SPACED.finditer(sentence, max(start - 60, 0), start))[-6:]
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group()
        if word[-1] in ".;:" or word.lower() in _CLAUSE_WORDS - {"as", "after", "before"}:
            return words[n].end()  # "..., which beat them 2-1" stays; "...; Spain | 2-1" does not
    return words[0].start() if words else start


def _measures(sentence: str, match: re.Match[str], clause: int, start: int) -> bool:
    """Whether the clause from `clause` up to the amount at `start` says what the amount measures."""
    changed_by = sentence[:start].endswith(" by ")  # "sales have risen by a fifth"
    if match["fraction"] and not changed_by or not _says_something(sentence[clause:start]):
        return False  # "less than a quarter of that", "to about"
    if _AMOUNT.search(sentence, clause, start):
        return False  # "rose to 2.9% in October from 2.7%": the change is the other amount's
    opening = sentence[clause:start].split()
    return not (len(opening) <= 2 and opening[0].lower() in _CHANGES)  # "..., compared with 71%": of what?


def _priced(sentence: str, end: int) -> int | None:
    """Where what an amount buys ends: "£35 | for a monthly pass" (not "for the first time")."""
    buys = _BUYS.match(sentence, end)
    if buys is None:
        return None
    words, stop = _noun_phrase(sentence[buys.end() :], counts_of=False, measured=False)
    if not words or words[-1].lower() in _TIME_UNITS or any(w.lower() in _ORDINALS for w in words):
        return None
    return buys.end() + stop


def _result_start(sentence: str, match: re.Match[str]) -> int | None:
    """Where the verb that makes a score a result starts: "... survived a scare to | beat Elena
    Bovina 1-6 6-1 6-4"."""
    if not match["score"]:
        return None
    verbs = list(_RESULT.finditer(sentence, _before_score(sentence, match.start()), match.start()))
    return verbs[-1].start() if verbs else None


def _ends_amount(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` counts nothing of its own: "£4,000 to £6,000 | .", not
    "$180bn and 20,000 | jobs"."""
    return not _noun_phrase(sentence[end:], counts_of=False, measured=False)[0]


def _joined(last: _Found, gap: str, value: str, sentence: str, end: int) -> _Found:
    """A range or change as one figure: "£4,000 to £6,000", "from 2.2% to 1.6%", "52 votes to 28",
    "£1,085 a month, up from £1,010", "£17.9bn, compared with £21.8bn". The value of a range of
    amounts is both ends; a count keeps its own ("52"), and a change or comparison its first value."""
    end = _rate_end(sentence, end)
    text = last.figure.text + sentence[last.end : end]
    joined = last.figure.value
    before = last.figure.text[: -len(joined)]
    change = re.search("from|compared", gap) or before[: _modifier_start(before, len(before))].endswith(" by ")
    if last.bare and last.figure.text.endswith(joined) and not change:  # not "rose by 6,500 to 431,000"
        joined += gap + value
    return _Found(Figure(joined, text, sentence), last.weight, (*last.values, value), end, True)


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


def _figure(sentence: str, match: re.Match[str]) -> _Found | None:
    value, after_at = match["value"], match.end()
    attribute = (match["attribute"] or "").lower()
    if _is_not_a_count(match, sentence[: match.start()], sentence[after_at:], attribute):
        return None
    if match["score"] and not _RESULT.search(_around(sentence, match.start(), after_at)):
        return None  # "3-1" is a result only near "beat", "win", "defeat" ...
    money = bool(match["money"] or match["currency"])
    amount = money or bool(match["percent"])
    decimal = "." in (match["digits"] or "") and not match["magnitude"]  # "a score of 8.2", "4.21 metres"
    share = bool(match["ratio"] or match["fraction"])  # "1 in 12 households", "half of all households"
    measured = bool(amount or share or match["unit"] or match["score"] or attribute or decimal)
    if money and attribute.startswith(("-per-", "-a-")):
        value += match["attribute"]  # "£80,000-per-week wages"
    if money or match["unit"]:  # "$900m (£479m) loan", "58lb (26kg) of ecstasy"
        after_at += len(sentence) - after_at - len(_skip_conversion(sentence[after_at:]))
    quantity_end = _rate_end(sentence, after_at) if amount else after_at
    start = _modifier_start(sentence, match.start())
    if match["low"] and sentence[:start].endswith(("between ", "Between ", "from ", "From ")):
        start = sentence.rfind(" ", 0, start - 1) + 1  # "between 2,000 and 4,000 supporters"
    elif match["low"] and sentence[:start].endswith(" by ") and match["low"].endswith(" to "):
        value = sentence[match.start("value") : match.end("low") - 4]  # "rose by 6,500 to 431,000": a change
    low = _WORD_RANGE.search(sentence, max(start - 30, 0), start) if match["word"] and start == match.start() else None
    if low:  # "between three and four million requests", never "four million requests"
        value = sentence[low.start("low") : match.end("value")]
        start = low.start()
    number = _number(match)

    # The amount is the subject: "1 in 8 involved a homeowner", "More than 10,000 have not survived".
    if not (match["unit"] or match["score"] or attribute):  # "after £1,500 was donated", "71% backed ..."
        vague = (match["word"] or "").lower().startswith(("tens", "hundreds", "dozens", "thousands", "millions"))
        predicate = _predicate(sentence, quantity_end, participle=bool(match["ratio"]) or vague)
        the = sentence.startswith(("the ", "The "), start) and not money  # not "from the £5.1bn seen in December"
        if predicate is not None and (_opens_clause(sentence, start) or the):
            harmed = _AFFECTED.search(sentence, quantity_end, predicate) is not None  # "five were injured"
            weight = _weight(match, number, attribute, people=harmed, event=True, harmed=harmed)
            return _Found(Figure(value, sentence[start:predicate], sentence), weight, (value,), predicate, False)

    comparison = _COMPARISON.match(sentence, quantity_end) if measured else None
    if comparison:
        quantity_end = comparison.end()  # "36% higher": the comparison is part of the amount
    counts_of = bool(match["word"] and not attribute or amount or share or match["magnitude"] or match["unit"])
    noun_words, noun_end = ([], 0) if comparison else _noun_phrase(
        sentence[quantity_end:], counts_of=counts_of, measured=amount or share
    )
    head = noun_words[-1].rstrip("'’") if noun_words else ""
    if head.lower() in _TIME_UNITS and not attribute:
        sentenced = _SENTENCED.search(sentence, max(start - 50, 0), start)
        if sentenced is None:
            return None  # "two weeks", "24 hours": a span of time, not a count
        end = quantity_end + noun_end  # "jailed for five years"
        return _Found(Figure(value, sentence[sentenced.start() : end], sentence), 2, (value,), end, False)
    if head[:1].isupper() and not (amount or share or _ACRONYM.fullmatch(head)) and not (
        len(noun_words) - (noun_words[0] == "of") <= 2 and head.endswith(("ans", "ons"))
    ):
        return None  # "Three Little Bops": part of a name ("255 Britons", "21 Coptic Christians" are people)

    if not noun_words and not measured:  # "the record crowd of 30,000": the noun phrase it is "of"
        return (
            _owned(sentence, match, value, start, quantity_end)
            or _tally(sentence, match, value, start, quantity_end)
            or _victims(sentence, match, value, start, quantity_end)
        )
    if not noun_words:  # nothing counted: the clause it ends says what it measures, or what it buys
        clause = _clause_start(sentence, start) if measured else None
        if clause is None and measured:  # a long clause: from the subject of its last verb, what changes,
            clause = _subject_before(sentence, start) or _owner(sentence, start) or _result_start(sentence, match)
        weight = _weight(match, number, attribute, people=False, event=False, harmed=False)
        if clause is not None and _measures(sentence, match, clause, start):
            return _Found(Figure(value, sentence[clause:quantity_end], sentence), weight, (value,), quantity_end, True)
        priced = _priced(sentence, quantity_end) if money else None
        if priced is None:
            return None  # a bare "£21.8bn" says nothing about what it measures
        return _Found(Figure(value, sentence[start:priced], sentence), weight, (value,), priced, False)

    plain = not (measured or match["magnitude"])
    if (match["word"] or plain) and not (attribute or _is_plural(head) or noun_words[0].lower() == "of" or value.lower() == "one"):
        # a count counts things ("one man" only a person): "the field of 99 | due to play" counts the field
        return _owned(sentence, match, value, start, quantity_end) if plain and head.islower() else None
    end = quantity_end + noun_end
    verb_start = _verb_before(sentence, start)
    verb = None if verb_start is not None else _VERB_AFTER.match(sentence, end)
    if verb_start is not None:  # "Russian air defenses downed 162 Ukrainian drones"
        clause = _clause_start(sentence, verb_start, limit=6)
        start = verb_start if clause is None or _AMOUNT.search(sentence, clause, verb_start) else clause
    elif verb is not None and verb.group().split()[-1] not in _SPEECH:
        complete = _object_end(sentence, verb.end())  # "40 planes were destroyed", "Two missiles struck a school"
        end = end if complete is None else complete
    margin = _MARGIN.match(sentence, end) if head.lower() in _MARGIN_UNITS else None
    end = margin.end() if margin else end  # "four points clear": a lead is a result
    event = verb_start is not None or verb is not None and verb.group().split()[-1] not in _SPEECH
    people = _is_people(head)
    harmed = (  # "a 15-year ban", "the three victims"
        people and _AFFECTED.search(sentence) is not None or head.lower() in _PENALTIES or head.lower() in _VICTIMS
    )
    weight = _weight(match, number, attribute, people=people, event=event, harmed=harmed or margin is not None)
    return _Found(Figure(value, sentence[start:end], sentence), weight, (value,), end, False)


def _owned(sentence: str, match: re.Match[str], value: str, start: int, end: int) -> _Found | None:
    """A count of the noun phrase it is "of" ("the record crowd of 30,000"), if there is one."""
    owner = _owner(sentence, start)
    if owner is None:
        return None
    noun = sentence[owner:start].split()[-2]
    people = _is_people(noun) and noun.lower() not in _ONE_PERSON  # "the crowd of", not "the father of three"
    harmed = people and _AFFECTED.search(sentence) is not None
    weight = _weight(match, _number(match), "", people=people, event=False, harmed=harmed)
    return _Found(Figure(value, sentence[owner:end], sentence), weight, (value,), end, True)


def _victims(sentence: str, match: re.Match[str], value: str, start: int, end: int) -> _Found | None:
    """A count right after a verb that harms people or holds them to account, with its subject: "an
    attack at a mosque killed more than 30", "Police arrested 12"."""
    verb_start = _verb_before(sentence, start)
    if verb_start is None or not _AFFECTED.fullmatch(sentence, verb_start, start - 1):
        return None
    clause = _clause_start(sentence, verb_start, limit=6)
    begin = verb_start if clause is None or _AMOUNT.search(sentence, clause, verb_start) else clause
    weight = _weight(match, _number(match), "", people=True, event=True, harmed=True)
    return _Found(Figure(value, sentence[begin:end], sentence), weight, (value,), end, True)


def _tally(sentence: str, match: re.Match[str], value: str, start: int, end: int) -> _Found | None:
    """A count at the end of a clause that names a tally: "The death toll rose to 45", "the number of
    cases has risen to 1,200", "... will take | the total number of copies of each song on sale to
    about 28,000"."""
    clause = _clause_start(sentence, start)
    if clause is None:  # a long clause: from the tally's own noun phrase ("the total number of copies ...")
        tally = _TALLY_PHRASE.search(sentence, max(start - 100, 0), start)
        clause = tally.start() if tally and not re.search(r"[,;:()\"“”]", sentence[tally.start() : start]) else None
    label = _TALLY_LABEL.search(sentence, 0, start)
    if clause == start and label:
        clause = label.start()  # "Attendance: 7,158"
    if clause is None or not _TALLY.search(sentence, clause, start) or _AMOUNT.search(sentence, clause, start):
        return None
    first = sentence[clause:start].split()[0]
    if not (first[0].isupper() or first.lower() in _DETERMINERS):
        return None  # the clause is cut, not opened ("unverified' This figure was ...")
    harmed = _AFFECTED.search(sentence, clause, start) is not None
    weight = _weight(match, _number(match), "", people=True, event=True, harmed=harmed)
    return _Found(Figure(value, sentence[clause:end], sentence), weight, (value,), end, True)


def _object_end(sentence: str, end: int) -> int | None:
    """Where the verb ending at `end` is complete: right there ("80 drones launched | by Russia"), or
    after its object ("struck | a residential neighbourhood", "lost | power"). None when the object
    runs on."""
    pronoun = _PRONOUN.match(sentence, end)
    if pronoun:
        return pronoun.end()  # "two-thirds of voters backed it"
    article = _OBJECT.match(sentence, end)
    at = article.end() if article else end  # "struck | a school", "lost | power"
    words, stop = _noun_phrase(sentence[at:], counts_of=False, measured=False)
    following = _WORD.match(sentence[at + stop :].lstrip() or ".").group().lower()
    if article is None and not words:
        return None if following in _RUNS_ON else end  # "had failed | to take", "had made | up their minds"
    if not words or following in ("to", "that", "of") or len(words) == 4 and following not in _STOP:
        return None  # "expected their profits | to rise": the object runs on
    return at + stop


def _is_not_a_count(match: re.Match[str], before: str, after: str, attribute: str) -> bool:
    """Dates, years, times, ages, labels like "Boeing 747"."""
    if attribute.endswith(("-old", "thirds", "quarters", "fifths", "tenths")) or attribute in ("-th", "-st", "-nd", "-rd"):
        return True
    digits = match["digits"]
    plain = digits and not (match["money"] or match["currency"] or match["percent"] or match["magnitude"] or match["unit"])
    if plain and _YEAR.fullmatch(digits):
        return True
    words = before[-40:].split()
    previous = words[-1] if words else ""
    if previous.lower().rstrip(".,") in _LABELS or _DATE_AFTER.match(after) or before.endswith(" age of "):
        return True  # "at the age of 73" too
    if match["fraction"] and previous.lower() in ("first", "second"):
        return True  # "in the first half of next year"
    if "(" in before[-25:] and _CONVERSION.search(before[-40:]):
        return True
    return bool(
        plain
        and previous[:1].isupper()
        and before.strip() != previous  # a capital at sentence start is just the first word
        and previous.lower() not in _MODIFIERS
        and not previous.endswith(("'s", "’s", "s'", "s’"))  # "Kane's 19 goals" is a count, not a label
        and "," not in digits  # "cost Britain 5,000 jobs": no model or route is numbered in thousands
    )


def _number(match: re.Match[str]) -> float:
    """Roughly how many: enough to tell a trivial count (below ten) from the rest."""
    if match["digits"]:
        return float(match["digits"].replace(",", "")) * (1000 if match["magnitude"] else 1)
    if match["score"] or match["fraction"]:
        return 10
    word = (match["word"] or match["ratio"]).lower()
    if word.endswith(("hundred", "thousand", "million", "billion", "hundreds", "thousands", "millions")) or word.startswith(
        ("tens", "hundreds", "dozens", "thousands", "millions", "billions", "a ", "half", "quarter")
    ):
        return 100  # "two hundred kilometres", "hundreds of families", "a dozen"
    return _WORD_VALUES.get(word.split("-")[0].split()[0], 10)


def _weight(match: re.Match[str], number: float, attribute: str, *, people: bool, event: bool, harmed: bool) -> int:
    """How much a reader wants this number: see the module's docstring. `harmed`: the sentence says
    the people counted were killed, hurt, arrested ..., or the number is a penalty ("a 15-year ban")
    or a lead ("four points clear"): news however small."""
    if match["money"] or match["currency"] or match["percent"] or match["ratio"] or match["fraction"] or match["unit"] == "p":
        return 3
    if match["score"] or harmed:
        return 2  # "two people died", "eight midwives accused", "a three-match ban"
    if attribute and attribute.lstrip("-").split("-")[0] in _TIME_UNITS:
        return 0  # "a six-hour meeting", "the three-year long war"
    if "." in (match["digits"] or ""):
        return 1  # "a score of 8.2", "4.21 metres": a measure, not a count
    if number < 10:
        return 0  # not "two libraries", "he sent three men"
    vague = (match["word"] or "").lower().startswith(("tens", "hundreds", "dozens", "thousands", "millions", "billions"))
    return 2 if (people or event) and not vague else 1


def _is_people(head: str) -> bool:
    """Whether a count's noun is people (or homes): "1,146 patients", "eight midwives", "255 Britons",
    "two girls"."""
    lower = head.lower()
    return (
        lower in _PEOPLE
        or lower in _ONE_PERSON
        or lower[:-1] in _ONE_PERSON and lower.endswith("s")  # "two boys", "three girls"
        or len(lower) > 5 and lower.endswith(("ers", "ors", "ists", "ians", "ives"))
        or head[:1].isupper() and lower.endswith(("ans", "ons"))
    )


def _modifier_start(sentence: str, end: int) -> int:
    """Where "more than", "about", "a" ... before the number at `end` begin."""
    if end < 2 or sentence[end - 1] != " " or sentence[sentence.rfind(" ", 0, end - 1) + 1 : end - 1].lower() not in _MODIFIER_ENDS:
        return end  # the word before is no modifier (checked first: most are not)
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
    """'$900m (£479m) loan', '58lb (26kg) of cannabis': the bracketed conversion belongs to the first
    amount or measure."""
    conversion = re.match(r"\s*\([^()]{1,20}\)", after)
    return after[conversion.end() :] if conversion else after


def _rate_end(sentence: str, end: int) -> int:
    """'£1,085 a month', '$4 a year for every hectare': the rate belongs to the amount."""
    rate = _RATE.match(sentence, end)
    return rate.end() if rate else end


def _noun_phrase(after: str, *, counts_of: bool, measured: bool) -> tuple[list[str], int]:
    """What the number counts: up to four words after it, ending at the first plural noun (a name
    runs on: "40% of Aguas Argentinas").

    Returns the words and where they end in `after`. `counts_of` lets "hundreds of people" and
    "£21m of cuts" through; after a `measured` amount a verb is not a noun ("46% | said").
    """
    words: list[str] = []
    end = 0
    for token in _WORD.finditer(after, 0, 80):
        word, lower = token.group(), token.group().lower()
        if counts_of and not words and lower == "of":
            words.append(word)
            continue
        if words == ["of"] and (lower in _DETERMINERS or lower == "all"):
            continue  # "30% of the homes", "50% of all users"
        if not words and lower in ("more", "fewer"):
            words.append(word)  # "5,000 more copies"
            continue
        if lower == "and" and words and words[-1][0].isupper() and _NEXT_CAPITAL.match(after, token.end()):
            words.append(word)  # "31 Olympic and Paralympic sports"
            continue
        if not (word[0].isalpha() or word.endswith("-old")) or lower in _STOP:
            break  # "two | 12-year-old girls" goes on
        if measured and not words and (lower.endswith("ed") or word in _PAST_IRREGULAR):
            break
        if word[0].isupper() and not _ACRONYM.fullmatch(word) and any(w[0].islower() for w in words if w not in ("of", "and")):
            break  # "15-time Grammy winner | Alicia Keys" (but "two fellow NBA players")
        if lower.endswith("ly") and not words and lower not in _PERIODIC or words not in ([], ["of"]) and lower.endswith(("ed", "ing")):
            break  # "deep", "built in the square", "a tram line linking": past the noun phrase
        words.append(word)
        end = token.end()
        name = word[0].isupper() and _NEXT_CAPITAL.match(after, end) is not None  # "Aguas | Argentinas"
        if _is_plural(word) and not name or len(words) == (6 if name else 4):
            break
    if words in ([], ["of"], ["more"], ["fewer"]) or words[-1].endswith(("'s", "’s")):
        return [], 0  # nothing counted, or "8% of the project's": cut before its noun
    return words, end


def _is_plural(word: str) -> bool:
    lower = word.lower().rstrip("'’")
    if lower in _IRREGULAR_PLURALS or word.endswith("s") and _ACRONYM.fullmatch(word):
        return True  # "people", "MPs"
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _is_past(word: str) -> bool:
    return word.isalpha() and word.islower() and (word.endswith("ed") and len(word) > 4 or word in _PAST_IRREGULAR)


def _verb_before(sentence: str, start: int) -> int | None:
    """Where a past-tense verb right before `start` begins ("downed | 162 drones"), if there is one."""
    words = list(_SPACED.finditer(sentence, max(start - 30, 0), start))
    if not words or not _is_past(words[-1].group()) or words[-1].group() in _SPEECH:
        return None
    if len(words) > 1 and words[-2].group().lower() in _DETERMINERS - {"that"}:
        return None  # "an expected 180,000 tonnes": an adjective (not "the virus that killed 4,000 people")
    return words[-1].start()


def _predicate(sentence: str, end: int, *, participle: bool) -> int | None:
    """Where the verb phrase after an amount that is a subject ends: '1 in 8 | involved a homeowner
    in mortgage arrears', '71% | backed strike action', and with `participle` '1 in 3 | spending more
    than four hours there'. None when no verb follows, or the clause runs on past _CONTEXT_WORDS."""
    following = _NEXT_WORD.match(sentence, end)
    first = following.group(1).rstrip(".,;:!?") if following else ""  # "in which 96 | died."
    if not (_is_past(first) or first in _AUXILIARIES or participle and first.endswith("ing") and first.isalpha()):
        return None
    words = list(_SPACED.finditer(sentence, end, min(end + 120, len(sentence))))
    for n, word in enumerate(words[:_CONTEXT_WORDS]):
        token = word.group()
        if n and (token.lower() in _CLAUSE_WORDS or token.lower() in _AND):
            return words[n - 1].end()
        if n and token in _AUXILIARIES and _is_past(words[n - 1].group()):
            return words[n - 1].end()  # "the disaster in which 96 died | was ...": the clause it opens has ended
        if token[-1] in _CLAUSE_END or token[-1] in ".!?":
            return word.end() - 1
    return words[-1].end() if len(words) <= _CONTEXT_WORDS else None


def _owner(sentence: str, start: int) -> int | None:
    """Where "the record crowd of | 30,000" starts: a noun phrase of up to three words and "of" right
    before a count, opened by a determiner."""
    words = sentence[max(start - 60, 0) : start].split()
    if len(words) < 3 or words[-1] != "of":
        return None
    for n in range(len(words) - 3, max(len(words) - 6, -1), -1):
        if words[n].lower() in _DETERMINERS:
            return sentence.rfind(" ".join(words[n:]), 0, start)
        if not words[n].replace("-", "").isalpha() or words[n].lower() in _STOP:
            return None  # "a seventy-year high of | 5.2 million" goes on
    return None


def _opens_clause(sentence: str, start: int) -> bool:
    """Whether the amount at `start` is its clause's subject: "More than 10,000 have ...", "..., 71%
    backed ...", "and 84% backed ...", "with 1 in 3 spending ...", not "The crowd of 9,876 was"."""
    before = sentence[:start].split()
    return not before or before[-1][-1] in _CLAUSE_END or before[-1].lower() in _SUBJECT_OPENERS


def _clause_start(sentence: str, end: int, limit: int = _CONTEXT_WORDS) -> int | None:
    """Where the clause that runs up to `end` starts: the sentence start, or after a comma, colon,
    dash, bracket, quote mark or a word like "which", "said" or ", and". A clause opened by a
    participle ("..., roughly spanning 1,000 kilometres") takes the noun phrase it describes ("the
    front line,"). Past `limit` words, a noun phrase joined by "and" ("support for a tax and | an
    increase in the top rate to 50p"); else None: a cut there would start mid-phrase."""
    window = max(end - 16 * limit, 0)
    words = list(_SPACED.finditer(sentence, window, end))
    if window and words and words[0].start() == window and not sentence[window - 1].isspace():
        words.pop(0)  # cut by the window
    joined = None
    for n in range(len(words) - 1, max(len(words) - limit - 1, 0) - 1, -1):  # a boundary may close `limit` words
        token = words[n].group()
        if n == len(words) - 1 and (token[-1] in _CLAUSE_END or token.lower() in _CLAUSE_WORDS):
            return end  # the amount opens its clause
        if token[-1] in _CLAUSE_END or token in ("-", "–", "—") or token[-1] in "”\")":
            return _participle_subject(words, n + 1)
        if token.lower() in _AND:
            if n and words[n - 1].group()[-1] == ",":
                return _after_to(words, n + 1) if n + 1 < len(words) else end
            if joined is None and n + 1 < len(words) and words[n + 1].group().lower() in _DETERMINERS:
                joined = words[n + 1].start()
        if token.lower() in _CLAUSE_WORDS:
            return _after_to(words, n + 1)
        if token[0] in _OPENING:
            return words[n].start() + 1
    if words and len(words) <= limit and not sentence[: words[0].start()].strip():
        return words[0].start()
    return joined if joined is not None else _participle_phrase(words[-limit:])


def _participle_phrase(words: list[re.Match[str]]) -> int | None:
    """The furthest noun phrase in `words` whose participle leads to the amount: "... in | a deal
    valued at $6.75bn" (not "the list at 6.8", which says nothing)."""
    for n, word in enumerate(words):
        if word.group().lower() in _DETERMINERS and any(
            _is_past(w.group()) or w.group().endswith("ing") for w in words[n + 2 : n + 4]
        ) and not any(w.group().lower() in _AUXILIARIES for w in words[n + 1 : n + 4]):
            return word.start()
    return None


def _subject_before(sentence: str, start: int) -> int | None:
    """Where an amount that ends a clause too long to show whole can still be said in full: the noun
    phrase that is the subject of the verb right before it ("The stability of the economy means |
    the block grant will be almost £30bn"), or with no verb, the noun phrase it is a change of ("The
    fund is to cut | its growth forecast for the economy from 1.8% to 0.8%"). A noun phrase "of"
    another goes whole ("the rest of the money will be"). None when no such phrase is found."""
    words = list(_SPACED.finditer(sentence, max(start - 16 * _CONTEXT_WORDS, 0), start))
    window = words[-_CONTEXT_WORDS:]
    lowers = [w.group().lower() for w in window]
    if not lowers or any(w[-1] in _CLAUSE_END or w in _CLAUSE_WORDS or w[0] in _OPENING for w in lowers):
        return None  # a boundary the clause search stopped short of: not a clause of its own
    verbs = [n for n, w in enumerate(lowers) if w in _AUXILIARIES or _is_past(w)]
    heads = [n for n, w in enumerate(lowers) if w in _DETERMINERS - {"that"}]
    changed = lowers[-1] in ("from", "by") and [n for n in heads if not verbs or n > verbs[-1]]
    subject = verbs and [n for n in heads if n < verbs[0]]
    if not (changed or subject):
        return None
    at = changed[0] if changed else subject[-1]
    n = len(words) - len(window) + at
    while n >= 2 and words[n - 1].group() == "of" and words[n - 2].group().lower() not in _STOP:
        heads = [k for k in range(max(n - 4, 0), n - 1) if words[k].group().lower() in _DETERMINERS - {"that"}]
        if not heads:
            return None  # "... owners of | the fund": the phrase it is part of starts further back
        n = heads[-1]  # "the rest of | the money"
    if n and words[n - 1].group().lower() in _STOP - _AUXILIARIES:
        return None  # "for | the German economy": the object of a preposition, not a phrase of its own
    return words[n].start()


def _after_to(words: list[re.Match[str]], n: int) -> int | None:
    """The start of the clause at `words[n]`, past an infinitive's "to" ("to | raise $300bn"), the
    object of the word that opened it ("told us | the minimum payment was ...") and a date ("Since
    May | the service has registered ...", "Since 2004 | the firm has hired ...")."""
    n += n < len(words) and words[n].group() == "to"
    n += n < len(words) and words[n].group() in ("us", "me", "him", "them")
    n += n < len(words) and _MONTH_NAME.fullmatch(words[n].group()) is not None
    n += n < len(words) and _YEAR.fullmatch(words[n].group().rstrip(",")) is not None  # "Since 2004 | the firm"
    return words[n].start() if n < len(words) else None


def _participle_subject(words: list[re.Match[str]], n: int) -> int | None:
    """The start of the clause at `words[n]`, or of the noun phrase before its comma when it opens
    with a participle: "the front line, | roughly spanning to a length of 1,000-kilometers"."""
    if n >= len(words):
        return None
    first = n + (words[n].group().endswith("ly") and n + 1 < len(words))
    if not words[first].group().endswith("ing") or not words[n - 1].group().endswith(","):
        return _after_to(words, n)
    start = n
    while start > 0 and words[start - 1].group().strip(",").isalpha() and n - start < 3:
        start -= 1
        if words[start].group().lower() in _DETERMINERS:
            return words[start].start()  # "the front line, roughly spanning ..."
    return words[n].start()  # "..., adding £107 a year": the participle's subject is a whole clause


def _says_something(context: str) -> bool:
    """Whether the words before a bare amount name what it measures (not just "to about")."""
    return any(w.lower() not in _STOP and w[0].isalpha() for w in context.split())
