"""Quotes: the words inside quote marks, with the speaker when the article names one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.summarize import quotes, sentences
from briefs.summarize.model import Quote
from briefs.summarize.sentences import Document, Sentence
from tests.content.helpers import SEED

WORD = re.compile(r"\w+")


def extract(text: str) -> list[Quote]:
    return quotes.extract(sentences.parse(text))


def test_seed_quote_with_a_straight_opening_and_curly_closing_mark_is_zelenskys():
    found = extract(SEED.read_text(encoding="utf-8").replace(" date 2025-06-02 ", "", 1))
    assert found == [
        Quote(
            "exchanged documents through the Turkish side, and we are preparing a new release of prisoners of the war.",
            "Zelensky",
        )
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“We will fight them in court,” said US lawyer Jamie Firestone, who is not involved.",
         Quote("We will fight them in court", "Jamie Firestone")),
        ("'We have been in the Rocky Canyons,' Lindsey Sims told KHOU News.",
         Quote("We have been in the Rocky Canyons", "Lindsey Sims")),
        ('"This is a very expensive acquisition," Birgit Kuhlhoff, an analyst at a bank, told Reuters.',
         Quote("This is a very expensive acquisition", "Birgit Kuhlhoff")),
        ('Managing director Tim Osborne told the Reuters news agency: "If they default, we will fight."',
         Quote("If they default, we will fight.", "Tim Osborne")),
        ('Ukraine President Zelensky said both sides "exchanged documents through the Turkish side."',
         Quote("exchanged documents through the Turkish side.", "Zelensky")),
        ('According to Hakan Fidan, "the talks went on for over an hour."',
         Quote("the talks went on for over an hour.", "Hakan Fidan")),
    ],
)
def test_speaker_before_or_after_the_quote_without_a_title(text, quote):
    assert extract(text) == [quote]


def test_pronoun_speaker_is_the_last_named_person_or_nobody():
    text = 'Rustem Umerov said an exchange was agreed. "We will bring our people home," he said.'
    assert extract(text) == [Quote("We will bring our people home", "Rustem Umerov")]
    assert extract('"We will bring our people home," he said.') == [Quote("We will bring our people home", None)]


def test_a_surname_speaker_gets_the_full_name_the_article_gave():
    text = 'Sunderland chairman Bob Murray bought a stake. "The sector is changing fast," Murray said.'
    assert extract(text) == [Quote("The sector is changing fast", "Bob Murray")]


def test_stretches_with_only_an_attribution_between_them_are_one_quote_with_its_speaker():
    text = '"They are on an incredible winning streak," said Dieter Kosslick. "There is no anti-American mood."'
    assert extract(text) == [
        Quote("They are on an incredible winning streak … There is no anti-American mood.", "Dieter Kosslick")
    ]
    text = '"We won," said Jane Smith, "and we are glad we did."'
    assert extract(text) == [Quote("We won … and we are glad we did.", "Jane Smith")]


def test_an_unattributed_quote_paragraph_carries_on_from_the_last_quote_paragraph():
    text = 'Jane Smith said: "We will appeal."\n\n"The ruling is wrong and we will prove it."'
    assert [q.speaker for q in extract(text)] == ["Jane Smith", "Jane Smith"]


def test_a_description_is_not_a_speaker():
    assert extract('"The work is vital to improve reliability," the rail operator said.') == [
        Quote("The work is vital to improve reliability", None)
    ]


def test_scare_quotes_titles_and_apostrophes_are_not_quotes():
    assert extract('He said the authorities "knew" about it and the plan was "fundamentally flawed".') == []
    assert extract('He will present an "Action Plan for the Development of Italy" on Thursday.') == []
    assert extract("Russia's ministry said the athletes' results don't count and it's over.") == []


def test_a_quote_left_open_runs_to_the_end_of_its_paragraph():
    text = 'Nick Davies said: "We expect a verdict before the end of February.\n\nOthers disagreed.'
    assert extract(text) == [Quote("We expect a verdict before the end of February.", "Nick Davies")]


def test_captions_never_feed_quotes():
    doc = Document("", (Sentence('"We are proud of this day," said Jane Smith.', 0, 0, kind="caption"),))
    assert quotes.extract(doc) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab Cd,.:“”\"‘’'\n said he Tim Osborne told"), max_size=60), max_size=5))
def test_never_raises_on_any_text_and_shows_only_its_words_in_order(parts):
    doc = Document("", tuple(Sentence(p, i, i // 2) for i, p in enumerate(parts)))
    words = WORD.findall(" ".join(parts))
    for quote in quotes.extract(doc):
        shown = iter(words)
        assert quote.text and all(word in shown for word in WORD.findall(quote.text))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_unicode(text):
    quotes.extract(Document(text, (Sentence(text, 0, 0),)))


# --- attribution patterns -------------------------------------------------------------------------


def test_speaker_named_after_a_multi_sentence_quote():
    text = (
        '"Rates will stay where they are. We have said so for a year and nothing has changed since. '
        'Markets should take us at our word," Governor Anita Rao said.'
    )
    [quote] = extract(text)
    assert quote.speaker == "Anita Rao" and quote.text.startswith("Rates will stay where they are.")


def test_speaker_named_after_a_multi_paragraph_quote():
    text = '"Rates will stay where they are.\n\n"Markets should take us at our word," Governor Anita Rao said.'
    [quote] = extract(text)
    assert quote.speaker == "Anita Rao" and quote.text.startswith("Rates will stay where they are.")


def test_single_marked_paragraphs_flattened_into_one_are_one_quote():
    text = ("'Rates will stay where they are for the rest of the year. 'Markets should take us at our "
            "word,' said Anita Rao.")
    [quote] = extract(text)
    assert quote == Quote("Rates will stay where they are for the rest of the year.", "Anita Rao")


def test_pronoun_is_the_nearest_earlier_subject_not_the_last_speaker():
    text = ('"We will miss him badly," said manager Craig Dunmore. Einar Halldórsson arrived on Thursday and '
            'trained with his new team-mates. "The people here are very good to me," he said.')
    assert [q.speaker for q in extract(text)] == ["Craig Dunmore", "Einar Halldórsson"]


def test_pronoun_skips_a_nearer_subject_of_the_other_sex():
    text = ('Coach Tom Reeves praised his players. Goalkeeper Anna Lind signed a new deal on Friday. '
            'Reeves called it a great day. "I am staying because I love this club," she said.')
    assert extract(text)[-1].speaker == "Anna Lind"


def test_pronoun_subject_before_a_partial_quote():
    text = ('Trade minister Ravi Menon spoke in Geneva on Monday. He said the issue was not trade itself '
            'but "the terms on which poorer countries take part".')
    assert extract(text) == [Quote("the terms on which poorer countries take part", "Ravi Menon")]


def test_appositive_subject_before_the_verb():
    text = ('The chairman of the talks, Ambassador Lena Holm of Norway, warned that there was "still a '
            'great deal of work to do before the deadline".')
    assert [q.speaker for q in extract(text)] == ["Lena Holm"]


@pytest.mark.parametrize("said", ["said the gallery's curator, Moira Finch", "said its curator, Moira Finch"])
def test_appositive_name_after_a_described_speaker(said):
    assert extract(f'"The collection has never looked better," {said}.')[0].speaker == "Moira Finch"


@pytest.mark.parametrize(
    "text",
    [
        '"Rents are rising faster than wages," said Dana Price of the Riverside Tenants\' Union.',
        'Dana Price, Director, Riverside Housing Advice said: "Rents are rising faster than wages."',
        'Riverside Tenants\' Union organiser Dana Price said: "Rents are rising faster than wages."',
    ],
)
def test_a_persons_words_are_never_credited_to_their_organisation(text):
    assert extract(text)[0].speaker == "Dana Price"


def test_an_organisation_that_speaks_is_the_speaker():
    assert extract('"Flights will run as normal on Monday," Ryanair said.')[0].speaker == "Ryanair"


def test_a_person_described_in_subject_position_leaves_a_pronoun_unresolved():
    text = ('Minister John Park visited the site on Monday. A government spokesman said the plans were final. '
            '"We will not change course on this," he said.')
    assert extract(text)[0].speaker is None


def test_a_surname_with_a_title_does_not_take_a_relatives_first_name():
    text = ("Summer Ward, 19, drowned off the coast of Thailand. Summer had finished her course a day earlier. "
            "Her father Mr Ward said he had warned her to stay out of the sea. "
            '"She was only paddling in shallow water," he said.')
    assert extract(text)[0].speaker == "Ward"


def test_a_quote_with_its_own_attribution_is_not_run_into_the_last_one():
    text = ('Coach Ben Holt said the cut was a shock.\n\n"How can we go on from here?" he said.\n\n'
            '"What have we done wrong?" added team manager Jon Avery.')
    assert [q.speaker for q in extract(text)] == ["Ben Holt", "Jon Avery"]


def test_a_capitalised_word_opening_the_next_sentence_is_not_a_speaker():
    text = ('The law bans what it calls "knowingly ending a pregnancy after the first trimester." Supporters '
            'of the measure described it as a step forward, while opponents warned it was dangerous.')
    assert [q.speaker for q in extract(text)] == [None]


def test_a_paragraph_opening_with_the_last_ones_closing_mark_is_narration():
    text = ('Ian Kerr said: "We are pleased with the result of the vote.\n\n'
            '"The minister said schools would "not be touched by the cuts".')
    assert extract(text) == [
        Quote("We are pleased with the result of the vote.", "Ian Kerr"),
        Quote("not be touched by the cuts", None),
    ]


def test_two_cues_naming_two_people_leave_the_quote_without_a_speaker():
    text = '"We will appeal against this," said Jane Smith. "We will not," said Tom Brown.'
    assert [q.speaker for q in extract(text)] == [None]


def test_a_speakers_label_before_a_colon_speaks_the_quote():
    text = 'Scotland head coach Vern Cotter: "It was a good first half and we held the ball well."'
    assert extract(text)[0].speaker == "Vern Cotter"


def test_a_caption_label_before_a_colon_is_not_a_speaker_when_it_has_a_verb():
    text = 'Rovers fans were furious on Saturday: "It was a good first half and we held the ball well."'
    assert extract(text)[0].speaker is None


def test_a_speech_verb_after_went_on_to_is_the_subjects():
    text = 'Mr Bader went on to describe it as "the most brilliant escape plan of the whole war".'
    assert extract(text)[0].speaker == "Bader"


def test_a_title_running_over_a_preposition_ends_on_the_name():
    text = ("Older People's Commissioner for Wales Sarah Rochira spoke on Monday. "
            '"No care home should be run without the residents in mind," she wrote.')
    assert extract(text)[0].speaker == "Sarah Rochira"


def test_a_surname_no_gazetteer_knows_after_a_description_is_a_speaker():
    text = ("Tiger Woods shot a 69 on Friday. 'I was at a pretty low point in my career,' "
            "14-time major winner Woods said.")
    assert extract(text)[0].speaker == "Tiger Woods"


@pytest.mark.parametrize("verb", ["she remembers", "she recalled"])
def test_remembering_is_saying(verb):
    text = f"Jane Hart moved in last year. 'I got this explosion of abuse,' {verb}."
    assert extract(text)[0].speaker == "Jane Hart"


def test_a_description_by_age_is_the_person_given_that_age():
    text = 'Striker Conor Kerr, 24, scored twice on Saturday. "It has been a crazy few months," said the 24-year-old.'
    assert extract(text)[0].speaker == "Conor Kerr"


def test_a_description_by_role_is_the_person_the_article_gave_that_role():
    text = ("Barcelona defender Gerard Pique played the full game. Holland scored twice. "
            '"We are in a process of change," added the Barcelona defender.')
    assert extract(text)[0].speaker == "Gerard Pique"


def test_a_description_by_a_role_nobody_was_given_is_nobody():
    text = ("Manchester United manager Louis van Gaal said Wayne Rooney was hurt. Rooney was replaced. Rooney "
            'limped off. "We have to wait and see how serious it is," the United boss said.')
    assert extract(text)[0].speaker is None


def test_an_official_described_is_nobody_we_know():
    text = ("Tom Hanks opened the festival on Sunday. Hanks plays five roles in the film. Fans waited hours to "
            'see Hanks. "The square will reopen on Monday," said the council spokesman.')
    assert extract(text)[0].speaker is None


def test_an_official_described_is_the_one_the_article_gave_that_role():
    text = ('Judge Ann Cole heard the case. Prosecutor Sarah Marsh told the court the driver was not insured. '
            '"They accept it was a momentary lapse," the prosecutor said.')
    assert extract(text)[0].speaker == "Sarah Marsh"


def test_pronoun_is_the_subject_of_the_last_clause_before_it():
    text = ("Doctors warned she might never walk again, but Charlotte Roach worked hard at her recovery. "
            '"In my head I thought it would all be fine," she said.')
    assert extract(text)[0].speaker == "Charlotte Roach"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The law allows it if "the mother is in danger of dying," according to a statement on Hale\'s website.',
         "Hale"),
        ('Jo Bell read out a letter written by Ms Hart which said she would "regret this for the rest of my '
         'life".', "Hart"),
        ('"The figures show that the outbreak is slowing down," the latest WHO report said.', "WHO"),
        ('"The figures show that the outbreak is slowing down," the report said.', None),
        ('"The figures show that the outbreak is slowing down," according to a Facebook post.', None),
        ('"The figures show that the outbreak is slowing down," said Tom Bell in a statement.', "Tom Bell"),
    ],
)
def test_a_documents_author_speaks_its_words(text, speaker):
    assert extract(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Striker Dan Moss scored the only goal on Sunday. The striker was mobbed by fans at Riverside Park Moss added: "
         "'It was the best feeling I have had in my whole career.'", "Dan Moss"),
        ("Anna Bell, Lady Mayor, opened the fair. The crowd sings to his daughter Princess Ottilie Anna said: "
         "'We think you all need to go for choir practice.'", "Anna Bell"),
        ("Harry Keane opened the fair on Monday. 'We think you all need to go for choir practice,' Tom Keane said.",
         "Tom Keane"),
    ],
)
def test_a_caption_glued_before_the_speakers_name_is_not_part_of_it(text, speaker):
    assert extract(text)[0].speaker == speaker


def test_a_caption_spliced_into_a_quote_splits_it_and_the_rest_keeps_its_speaker():
    text = ("Coach Ian Ross said: 'We played well in the first half and deserved to be ahead. "
            "'The second half was a different story altogether. Fans light flares in the stands after the final "
            "whistle at the ground 'We will need to be much better than that next week.'")
    assert extract(text) == [
        Quote("We played well in the first half and deserved to be ahead.", "Ian Ross"),
        Quote("We will need to be much better than that next week.", "Ian Ross"),
    ]


def test_a_caption_after_a_quote_inside_a_quote_leaves_the_speaker():
    text = ("Officer Kay Lund said: 'He told his friends he had sent his 'soldiers' to the house that night. "
            "The house on Elm Road (pictured) where the men were seen by neighbours 'This was a cruel and "
            "calculated campaign against a young woman.'")
    assert extract(text)[-1] == Quote("This was a cruel and calculated campaign against a young woman.", "Kay Lund")


def test_a_quote_left_open_before_a_short_lead_in_is_not_cut_at_a_caption():
    text = "Ian Ross said: 'We went home early. Then he said: 'No more training this week for any of the players.'"
    assert [q.speaker for q in extract(text)] == ["Ian Ross"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A spokesperson for Merivale said the firm was 'mortified and deeply upset by what happened'.", "Merivale"),
        ("A spokesman said the firm was 'mortified and deeply upset by what happened'.", None),
        ("A Merivale spokesman said the firm was 'mortified and deeply upset by what happened'.", "Merivale"),
        ("A Police spokesman said the force was 'mortified and deeply upset by what happened'.", None),
        ("John Hale, a spokesman for the council, said it was 'mortified and deeply upset by what happened'.",
         "John Hale"),
        ("Merivale spokesman Tom Hale said the firm was 'mortified and deeply upset by what happened'.", "Tom Hale"),
    ],
)
def test_a_spokesperson_for_an_organisation_speaks_for_it(text, speaker):
    assert extract(text)[0].speaker == speaker


def test_a_speech_verb_in_a_relative_clause_that_ended_does_not_lead_into_the_quote():
    text = ("Judge Ana Ruiz ruled on Monday. His producer, Tom Wade, who announced his resignation on Wednesday, "
            "denied using the plate 'My job is to analyse whether a crime has been committed here.'")
    assert extract(text)[0].speaker is None


def test_words_quoted_twice_take_the_speaker_given_either_time():
    text = ("The pilot went on to describe it as 'the finest escape plan of the whole war'. The ladders were made "
            "of wood. Years later Harold Dunn described what happened as 'the finest escape plan of the whole war'.")
    assert extract(text) == [Quote("the finest escape plan of the whole war", "Harold Dunn")]


@pytest.mark.parametrize("which, speaker", [("latter", "Ian Moss"), ("former", "Tom Dale")])
def test_the_latter_is_the_second_of_two_people_named_together(which, speaker):
    text = (f"Pundits Tom Dale and Ian Moss were critical of the captain. Of the 31-year-old, the {which} said he "
            "had become 'a bit of a liability for the club this year'.")
    assert extract(text)[0].speaker == speaker


def test_a_title_word_the_article_gives_a_first_name_is_a_surname():
    text = ("Blues singer B.J. King was in hospital this week. 'I'm feeling much better and am going home today,' "
            "King said in a message.")
    assert extract(text)[0].speaker == "B.J. King"


def test_a_surname_two_people_share_is_not_given_either_first_name():
    text = ("Blues singer B.J. King was in hospital. His daughter, Mary King, spoke to reporters. 'I'm feeling "
            "much better and am going home today,' King said in a message.")
    assert extract(text)[0].speaker == "King"


def test_a_pronoun_is_the_one_person_introduced_with_a_relative_clause():
    text = ("The new adaptor is the brainchild of engineer Tom Lowe who built it after watching his uncle struggle. "
            '"I knew there must be a way to make the mouse easier to use," he said.')
    assert extract(text)[0].speaker == "Tom Lowe"


def test_a_thing_called_by_its_name_is_not_someone_speaking():
    text = ("In jail I met a preacher called Richard Hale, who ran a project called Lifeline Home. "
            'He encouraged me, saying: "You can help to rebuild this nation."')
    assert extract(text)[0].speaker == "Richard Hale"


@pytest.mark.parametrize(
    "glued, speaker",
    [
        ("The former minister said her answers were 'all evasion' Mr Dunn urged people to vote.", "Ed Dunn"),
        ("Lee Park (left) was pictured with fans after the final semi Dunn, who has his captain back, spoke to "
         "the players on Thursday.", "Ed Dunn"),
        ("Keeper Lee Park was helpless as the shot went into the top corner The 32-year-old was overcome with "
         "emotion.", None),
    ],
)
def test_the_subject_after_photo_captions_glued_to_a_sentence_is_who_he_stands_for(glued, speaker):
    text = f"Ed Dunn spoke in Paisley on Monday. {glued} He said: 'We are not just voting to end austerity.'"
    assert extract(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tom Hale was hosting the event. He then turned to the trumpeter and added: 'If you will lead us in the "
         "song please.'", "Tom Hale"),
        ("Tom Hale and Ann Bell were at the event. Hale and Bell added: 'If you will lead us in the song please.'",
         None),
    ],
)
def test_a_second_verb_after_and_speaks_for_the_sentences_subject(text, speaker):
    assert extract(text)[0].speaker == speaker


def test_a_second_quote_in_the_sentence_that_reported_the_first_is_the_same_speakers():
    text = ('Club chief Ann Ward said the cut would have a "catastrophic impact on the sport" and the club would '
            '"fight for the hopes and dreams" of its players. Others said "it will not change anything at all".')
    assert [q.speaker for q in extract(text)] == ["Ann Ward", "Ann Ward", None]


def test_the_spokesperson_speaks_for_the_one_organisation_given_a_spokesperson():
    text = ("A spokesperson for Merivale said the firm was 'mortified by what happened'. Tom Lee was angry. "
            "'He behaved in a terribly thoughtless way,' the spokesperson said.")
    assert [q.speaker for q in extract(text)] == ["Merivale", "Merivale"]


def test_a_closing_mark_typed_right_after_a_colon_opens_the_quote():
    text = "It was a silly rule and Dean Hart said, smiling:’It would be nice to wind the clock back, wouldn’t it?’"
    assert extract(text) == [Quote("It would be nice to wind the clock back, wouldn’t it?", "Dean Hart")]


def test_a_place_name_the_article_calls_he_is_a_persons_name():
    text = ("Chester made his debut in March. Chester had only played for the club once before his call-up. "
            '"It was nice to be accepted so quickly by everyone here," he added.')
    assert extract(text)[0].speaker == "Chester"


def test_an_age_nobody_was_given_stands_for_who_he_would():
    text = ("Striker Tom Dale scored twice against Belarus on Saturday. "
            '"The last few months have been a crazy time for me," said the 24-year-old.')
    assert extract(text)[0].speaker == "Tom Dale"


def test_an_age_given_to_someone_else_is_not_a_pronoun():
    text = ("Striker Tom Dale scored twice. His marker, Ian Roe, 31, was sent off. "
            '"The last few months have been a crazy time for me," said the 24-year-old.')
    assert extract(text)[0].speaker is None
