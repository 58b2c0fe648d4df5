"""What a scanned story shows under its lede, and how a day's stories group by section."""

from __future__ import annotations

from sample_site import article, make_site

from briefs.render.glance import highlights, lede, reading_minutes, sections
from briefs.summarize.model import Brief, Figure, Quote

LEDE = "The council approved 340 new homes on Tuesday after a four-hour debate."


def test_the_lede_is_the_first_summary_sentence_and_may_be_missing():
    assert lede(Brief("Homes approved", summary=[LEDE, "More."])) == LEDE
    assert lede(Brief("Homes approved")) is None


def test_highlights_never_repeat_the_lede_and_need_a_named_speaker():
    brief = Brief(
        "Homes approved", summary=[LEDE],
        key_points=["four-hour debate", "Building starts in March."],  # the first is in the lede
        figures=[Figure("340", "340 new homes", LEDE), Figure("£12m", "£12m for roads", "It costs £12m for roads.")],
        quotes=[Quote("We need homes", None), Quote("This is a good day", "Mayor Ana Ruiz")])
    more = highlights(brief)
    assert more.key_point == "Building starts in March."
    assert more.figure == Figure("£12m", "£12m for roads", "It costs £12m for roads.")
    assert more.quote == Quote("This is a good day", "Mayor Ana Ruiz")


def test_highlights_keep_to_the_limit_key_point_then_quote_then_figure():
    brief = Brief("Homes approved", summary=[LEDE], key_points=["Building starts in March."],
                  figures=[Figure("£12m", "£12m for roads")], quotes=[Quote("A good day", "Ana Ruiz")])
    two = highlights(brief, 2)
    assert (two.key_point, two.quote, two.figure) == ("Building starts in March.", Quote("A good day", "Ana Ruiz"), None)
    assert not highlights(Brief("Homes approved", summary=[LEDE], quotes=[Quote("A good day")]))


def test_sections_keep_the_day_order_and_put_stories_without_one_last(config):
    from sample_site import brief

    stories = [(article(t, f"2025-06-02T{h}:00:00+01:00", slug=t.lower(), **({"section": s} if s else {})),
                brief(t, reading_minutes=2)) for t, h, s in
               [("Tram", "08", "City"), ("Storm", "09", None), ("Talks", "10", "World"), ("Pool", "11", "City")]]
    day = make_site(config, stories).days[0]
    groups = sections(day.stories)
    assert [(g.name, [s.article.slug for s in g.stories]) for g in groups] == [
        ("City", ["tram", "pool"]), ("World", ["talks"]), (None, ["storm"])]
    assert reading_minutes(day.stories) == 8
