"""How many derived headlines are whole: at most 12 words, ending where a clause ends.

    python bench/headlines.py [CORPUS.jsonl] [--show N] [--sample N]

Derives the headline of every XSum and CNN/DailyMail article in the corpus (they have no real title:
the importer and `summarize(title=None)` derive one) and checks each with rules of its own, written
apart from the summariser's so they do not share its blind spots. A headline passes when it has at
most 12 words and:
- has a verb (a finite-looking word after its first word), so it is a clause, not a noun phrase;
- does not end on a word that needs more after it: an article, preposition, conjunction,
  determiner or quantifier, auxiliary, possessive, subject pronoun or bare number;
- does not end on a verb that needs an object ("set up", "outlined", "admitted taking", "said"), unless
  the lead sentence ends there too;
- leaves no quotation open.
`--show N` prints N failing headlines with their lead; `--sample N` prints N headlines picked evenly
through the corpus, for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from briefs.summarize import headline, sentences  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
SOURCES = ("xsum-", "cnndm-")
MAX_WORDS = 12

_NEEDS_MORE = frozenset(
    """a an the of to in on at for with from by into onto over under about after before during between
    through across against among around toward towards than as and or but nor so that which who whom whose
    what whether if because although though while when where this these those its his her their our my your
    some many several any each every all both few another other much more most such no not very rather
    is are was were be been being has have had will would can could may might must shall should do does did
    he she they we i it there one two three four five six seven eight nine ten""".split()
)
# Verbs that take an object or a complement: a headline ending on one has lost it.
_TRANSITIVE = frozenset(
    """said says told tells set put pulled outlined include includes including placed backed admitted admits
    revealed reveals announced announces warned warns urged urges called calls made makes gave gives took
    takes brought bring found finds hit hits struck reminded reminds accepted accepts acknowledge
    acknowledged faces faced face want wants need needs seek seeks urge claimed claims describe described
    allege alleges alleged believe believes think thinks become became gets got keep kept hold held
    want let lets see saw""".split()
)
_VERB = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|"
    r"[a-z]+ed|[a-z]{2,}s|said|told|met|won|lost|hit|took|made|saw|gave|came|went|found|left|led|set|put|cut|"
    r"fell|rose|sold|paid|began|ran|got|held|kept|struck|spoke|chose|drew|grew|shot|stood|wrote|sent|spent|"
    r"built|brought|bought|caught|fought|thought|became|broke|flew|knew|threw|think|mark|want|need|face|"
    r"say|take|make|give|get|beat|been|[a-z]+['’](?:s|re|ve|ll|d))$"
)
_PREPOSITIONS = frozenset("on in at to for with from by of into".split())
# After a number, these (or punctuation: "") show that its phrase ended: "at the age of 66 | after ...".
_PUNCTUATED_OR_CLAUSE = _PREPOSITIONS | frozenset(
    ["", *"after before when while as because since and but which who".split()]
)
_RELATIVE = frozenset("who which that whose whom".split())
_DETERMINERS = frozenset("a an the his her their its this these those my our your some many two three four".split())
_OPEN = re.compile(r"(?:^|\s)[\"“‘']\w")
_CLOSE = re.compile(r"\w[.,!?]?[\"”’'](?:\s|$|[.,;:])")


def _bare(word: str) -> str:
    return word.lower().strip(",;:.!?\"'“”‘’()")


def _has_main_verb(words: list[str]) -> bool:
    """A verb-looking word after the first, not inside a relative clause ("A landlord who was convicted"),
    and not a capitalised or determined plural ("Kansas", "the claims")."""
    for previous, word in zip(words, words[1:]):
        bare = _bare(word)
        if bare in _RELATIVE:
            return False
        plural_noun = bare.endswith("s") and (word[:1].isupper() or _bare(previous) in _DETERMINERS)
        if _VERB.match(bare) and not plural_noun:
            return True
    return False


def _next_word(title: str, source: str) -> str:
    """The word after the headline's last word in its source sentence ("" when it is not found there)."""
    tail = " ".join(title.split()[-3:])
    at = source.find(tail)
    rest = source[at + len(tail) :].split() if at >= 0 else []
    return _bare(rest[0]) if rest else ""


def check(title: str, lead: str) -> str | None:
    """Why a derived headline is not whole (None when it is)."""
    words = title.split()
    if len(words) > MAX_WORDS:
        return "too long"
    if not words:
        return "empty"
    last = _bare(words[-1])
    lead_end = _bare(lead.rstrip().rstrip(".!?\"'”’").split()[-1]) if lead.split() else ""
    if len(words) > 1 and not _has_main_verb(words):
        return "no verb"
    at_end = last == lead_end  # the lead ends there too: nothing was cut off
    if not at_end and last in _NEEDS_MORE:
        return "ends on a word that needs more"
    if not at_end and re.fullmatch(r"[\d.,]+", last) and _next_word(title, lead) not in _PUNCTUATED_OR_CLAUSE:
        return "ends on a word that needs more"  # "five | miles", but "at the age of 66 | after ..."
    if words[-1].endswith(("'s", "’s", "s'", "s’")):
        return "ends on a possessive"
    noun = len(words) > 1 and _bare(words[-2]) in _DETERMINERS | _PREPOSITIONS  # "put it on hold"
    if last in _TRANSITIVE and not at_end and not noun and words[-1][:1].islower():
        return "verb without its object"
    if last.endswith("ing") and len(words) > 1 and _VERB.match(_bare(words[-2])) and not at_end:
        return "verb without its object"
    if len(_OPEN.findall(" " + title)) > len(_CLOSE.findall(title + " ")):
        return "quote left open"
    return None


def headlines(corpus: Path) -> list[tuple[str, str, str]]:
    """(id, headline, the body sentence it comes from) for each untitled article."""
    rows = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record["id"].startswith(SOURCES):
            continue
        doc = sentences.parse(record["text"])
        title = headline.derive(doc)
        start = " ".join(title.split()[:3]).lstrip("\"'“‘")
        source = next((s.text for s in doc.body if start in s.text), doc.body[0].text if doc.body else "")
        rows.append((record["id"], title, source))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N failing headlines")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="print N headlines to read")
    args = parser.parse_args()
    rows = headlines(args.corpus)
    failures = [(id_, title, lead, why) for id_, title, lead in rows if (why := check(title, lead))]
    reasons = Counter(why for *_, why in failures)
    passed = len(rows) - len(failures)
    print(f"{len(rows)} untitled articles (XSum, CNN/DailyMail)")
    print(f"whole headlines (<= {MAX_WORDS} words, ending at a clause boundary): "
          f"{passed / len(rows):.1%} ({passed}/{len(rows)})")
    for why, count in reasons.most_common():
        print(f"  {why:<32}{count}")
    for id_, title, lead, why in failures[: args.show]:
        print(f"\n[{why}] {id_}\n  {title}\n  from: {lead}")
    step = max(len(rows) // args.sample, 1) if args.sample else 0
    for id_, title, _lead in rows[::step] if step else ():
        print(f"{id_[:24]:<26}{title}")


if __name__ == "__main__":
    main()
