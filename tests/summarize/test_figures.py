"""Figures: numeric facts with what they count, never dates, times or ordinals."""

from __future__ import annotations


from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefs.summarize import figures, sentences
from briefs.summarize.sentences import Document, Sentence
from tests.content.helpers import SEED



def texts(text: str) -> list[str]:
    return [f.text for f in figures.extract(sentences.parse(text))]


def test_seed_has_the_plane_drone_and_front_line_figures_and_no_noise():
    found = figures.extract(sentences.parse(SEED.read_text(encoding="utf-8").replace(" date 2025-06-02 ", "", 1)))
    by_value = {f.value: f.text for f in found}
    assert by_value["40"] == "a Ukrainian drone attack destroyed more than 40 Russian planes"
    assert by_value["162"] == "Russian air defenses downed 162 Ukrainian drones"
    assert by_value["52"] == "Ukrainian air defenses damaged 52 out of the 80 drones"
    assert by_value["1,000"] == "the front line, roughly spanning to a length of 1,000-kilometers"
    assert "80" not in by_value  # part of "52 out of the 80", not a second figure
    assert len(found) == 4  # not "the three-year long war", "over eight Russian regions"
    for figure in found:
        assert figure.value in figure.text and figure.text in figure.sentence and len(figure.text.split()) <= 10


def test_dates_times_years_and_ordinals_are_not_figures():
    assert texts(
        "On Sunday, June 1, 2025, talks resumed at 10 a.m. for a second round. "
        "In 2004 the pair married on 21 March at 10:30, the 29-year-old said."
    ) == []


def test_money_and_percentages_say_what_they_measure():
    assert texts("The owners will ask the buyer to pay back a $900m (£479m) loan.") == ["a $900m (£479m) loan"]
    assert texts("Shares in the firm rose 3.5% on Monday.") == ["Shares in the firm rose 3.5%"]
    assert texts("Profits were revised from 2.2% to 1.6% this year.") == ["Profits were revised from 2.2% to 1.6%"]


def test_words_for_numbers_count_when_they_count_something():
    assert texts("Two people were injured when a missile struck.") == ["Two people were injured"]
    assert texts("Hundreds of people gathered outside.") == ["Hundreds of people gathered"]
    assert texts("Seventeen cases have been confirmed.") == ["Seventeen cases have been confirmed"]
    assert texts("They met again after two weeks and one of them left.") == []


def test_a_number_with_nothing_it_counts_is_skipped():
    assert texts("'This world will be a sadder place,' said Lindsey, 29.") == []
    assert texts("A Boeing 747 landed at Heathrow.") == []
    assert texts("The singer died at the age of 73.") == []


def test_figures_are_unique_in_article_order_and_capped():
    text = " ".join(f"Police arrested {n} protesters in city number {n}." for n in range(10, 20))
    found = [f.value for f in figures.extract(sentences.parse(text + " Police arrested 10 protesters."))]
    assert found == ["10", "11", "12", "13", "14", "15"][: figures.MAX_FIGURES]


def test_captions_never_feed_figures():
    doc = Document("", (Sentence("A fire destroyed 40 homes.", 0, 0, kind="caption"),))
    assert figures.extract(doc) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("İ" * 40 + " saw two drones")  # a letter whose lower case is two characters long
def test_never_raises_on_any_text(text):
    doc = Document(text, (Sentence(text, 0, 0),))
    for figure in figures.extract(doc):
        assert figure.value in figure.text and figure.text in text


def test_one_in_twelve_is_never_shown_as_twelve():
    assert texts("About 1 in 12 households in the town has no internet connection.") == ["About 1 in 12 households"]
    assert texts("Waits grew, with 1 in 3 spending more than four hours there before being seen.") == [
        "1 in 3 spending more than four hours there"
    ]
    assert texts("Most cases involved renters, and 1 in 8 involved a homeowner in mortgage arrears.") == [
        "1 in 8 involved a homeowner in mortgage arrears"
    ]
    assert texts("Four out of five dentists agree.") == ["Four out of five dentists"]


def test_pence_fractions_and_percentages_are_found():
    assert texts("The shares closed at 873p on Friday.") == ["The shares closed at 873p"]
    assert texts("The bank cut its main rate to 1.75% in March.") == ["The bank cut its main rate to 1.75%"]
    assert texts("Just nine per cent of drivers use the lane.") == ["Just nine per cent of drivers"]
    assert texts("More than half of all households now have a smart meter.") == ["More than half of all households"]


def test_a_fact_stated_twice_is_shown_once():
    text = "The council agreed a 4.99% rise in council tax. Council tax will rise by 4.99%, adding £107 a year."
    assert [f.value for f in figures.extract(sentences.parse(text))] == ["4.99%"]


def test_texts_never_start_or_end_mid_phrase():
    assert texts("Under the deal, developed countries will aim to provide at least $80bn a year by 2030.") == [
        "developed countries will aim to provide at least $80bn a year"
    ]
    assert texts("The council approved a £340m tram line linking the centre to the coast.") == [
        "The council approved a £340m tram line"
    ]
    assert texts("The council will borrow the remaining £85m, which will cost about £4.1m a year.") == [
        "The council will borrow the remaining £85m",
        "will cost about £4.1m a year",
    ]
    assert texts("There is support for a new levy and an increase in the top rate of income tax to 50p.") == [
        "an increase in the top rate of income tax to 50p"
    ]
    assert texts("Fighting went on along the front line, roughly spanning 1,000-kilometers, with heavy losses.") == [
        "the front line, roughly spanning 1,000-kilometers"
    ]
    assert texts("Sales rose, compared with 71% a year earlier.") == []  # of what, the clause before says


def test_trivial_counts_below_ten_are_not_shown():
    assert texts(
        "The budget saved two libraries after a six-hour meeting. The three-year long war went on over "
        "eight Russian regions."
    ) == []
    assert texts("The trust will give £85,000 to nine libraries and 12 schools.") == [
        "The trust will give £85,000",
        "12 schools",
    ]


def test_the_four_most_newsworthy_are_shown_money_and_people_first():
    text = (
        "The club has a new ground. It has 30 pitches and 25 stalls. About 120 runners took part. "
        "It took 14 months to build. Tickets cost £12. Profits rose 8%."
    )
    assert [f.value for f in figures.extract(sentences.parse(text))] == ["£12", "8%", "120", "30"]


def test_a_figure_in_the_title_goes_first():
    text = "The council met on Thursday. Its budget of £2m passed. The budget passed by 52 votes to 28."
    found = figures.extract(sentences.parse(text), title="Budget passes by 52 votes to 28")
    assert [(f.value, f.text) for f in found] == [("52", "52 votes to 28"), ("£2m", "Its budget of £2m")]


def test_ranges_results_and_sentences_are_one_figure():
    assert texts("The sword has an estimate of £4,000 to £6,000 at the sale.") == ["The sword has an estimate of £4,000 to £6,000"]
    assert [f.value for f in figures.extract(sentences.parse("It has an estimate of £4,000 to £6,000."))] == [
        "£4,000 to £6,000"
    ]
    assert texts("Slovakia lead the group after a 2-1 win over Spain.") == ["a 2-1 win"]
    assert texts("The score was 10-12 points.") == []  # a range of counts, not a result
    assert texts("He was jailed for five years in 2014.") == ["jailed for five years"]


def test_an_amount_is_a_subject_only_where_its_clause_opens():
    assert texts("Of those who voted, 71% backed strike action and 84% backed action short of a strike.") == [
        "71% backed strike action",
        "84% backed action short of a strike",
    ]
    assert texts("The crowd of 9,876 was the largest of the season.") == ["The crowd of 9,876"]  # not "9,876 was ..."
    assert texts("The car parks were 88% full on Saturday.") == ["The car parks were 88% full"]
    assert texts("Of 1,240 people asked, 46% said they preferred a low concrete viaduct beside the old bridge.") == [
        "1,240 people asked"
    ]  # a said-clause past ten words is cut nowhere: "46% said" alone would say nothing


def test_a_fraction_needs_what_it_is_a_fraction_of():
    assert texts("The bank expects to cut rates in the first half of next year.") == []
    assert texts("The fund has so far paid out less than a quarter of that.") == []
    assert texts("Costs are now half of what they were.") == []


def test_a_comparison_is_one_figure_and_a_participle_says_what_is_valued():
    assert texts("Gross mortgage lending stood at £17.9bn, compared with £21.8bn in January last year.") == [
        "Gross mortgage lending stood at £17.9bn, compared with £21.8bn"
    ]
    assert texts("The firm agreed to a buyout by a telecoms group in a deal valued at $6.75bn.") == [
        "a deal valued at $6.75bn"
    ]
    assert texts("The developers of the offshore wind farm near the coast have secured £1.2bn of financing.") == [
        "secured £1.2bn of financing"
    ]
    assert texts("Lending rose to £5.3bn from the £5.1bn seen in December.") == ["Lending rose to £5.3bn"]
    assert texts("Just over half of those surveyed expected their profits to rise.") == [
        "Just over half of those surveyed"
    ]


def test_a_count_of_a_named_group_and_amounts_of_a_name():
    assert texts("Many of those in the record crowd of 30,000 took to social media.") == ["the record crowd of 30,000"]
    assert texts("The field of 99 is set.") == ["The field of 99"]
    assert texts("He was one of 12.") == []  # "one of 12": of what, the sentence does not say
    assert texts("The minister announced a £5 billion Future Homes Fund.") == ["a £5 billion Future Homes Fund"]
    assert texts("Suez owns 40% of Aguas Argentinas.") == ["40% of Aguas Argentinas"]
    assert texts("The label is now pressing 5,000 more copies of each single.") == ["5,000 more copies"]
    assert texts("She could face up to 45 years in prison.") == ["face up to 45 years"]


def test_a_range_of_counts_and_a_vague_amount_are_shown_whole():
    assert texts("He expected between 2,000 and 4,000 supporters to make the trip.") == [
        "He expected between 2,000 and 4,000 supporters"
    ]  # never "4,000 supporters"
    assert texts("Salaries can reach $2,000-3,000 a month.") == ["Salaries can reach $2,000-3,000 a month"]  # not "$2"
    assert texts("Half a million people marched.") == ["Half a million people marched"]
    assert texts("Several thousand fans gathered.") == ["Several thousand fans gathered"]
    assert texts("A quarter of a million homes lost power.") == ["A quarter of a million homes lost power"]


def test_people_killed_hurt_or_arrested_are_news_however_few():
    assert texts("Two people have died and five were injured in the crash.") == [
        "Two people have died",
        "five were injured in the crash",
    ]
    assert texts("The row ended with one man dead and another charged with manslaughter.") == ["one man dead"]
    assert texts("The coach was arrested at the club along with two fellow players.") == ["two fellow players"]
    assert texts("One man said he was pleased.") == []  # "one" is a person here, but nothing happened to him
    assert texts("The film follows the last two men pulled from the rubble.") == []  # a trivial count of people


def test_an_acronym_is_part_of_what_is_counted():
    assert texts("The treaty was signed by all 25 current EU members in Rome.") == ["25 current EU members"]
    assert texts("About 30 MPs voted against the bill.") == ["About 30 MPs voted"]
    assert texts("The firm expects to sell 10 million PSPs by March.") == ["10 million PSPs"]
    assert texts("The frigate carries a complement of about 280 crew.") == ["about 280 crew"]


def test_a_verb_whose_complement_runs_on_is_left_out():
    assert texts("A survey found that 15% of firms had failed to take basic steps.") == ["15% of firms"]
    assert texts("Only 51% of those polled had made up their minds.") == ["Only 51% of those polled"]
    assert texts("More than 153,000 people are expected to attend the fair.") == ["More than 153,000 people"]


def test_a_ban_or_suspension_is_news_however_short():
    assert texts("The federation imposed a 15-year ban on the player.") == ["The federation imposed a 15-year ban"]
    assert texts("He was handed a three-match suspension for the tackle.") == ["He was handed a three-match suspension"]
    assert texts("He signed a five-year contract with the club.") == []  # a span of time, nothing more


def test_a_change_by_a_fraction_is_a_share():
    assert texts("Sales of the cars have risen by a fifth in a year.") == ["Sales of the cars have risen by a fifth"]
    assert texts("Profits fell by more than a third last year.") == ["Profits fell by more than a third"]
    assert texts("The fans were worried about a third straight defeat.") == []  # an ordinal, not a share


def test_a_range_in_words_is_one_figure():
    assert texts("The archive receives between three and four million requests.") == [
        "between three and four million requests"
    ]  # never "four million requests"
    assert texts("Officials expect two to three million visitors.") == ["two to three million visitors"]


def test_a_count_followed_by_no_noun_counts_the_noun_phrase_it_is_of():
    assert texts("The field of 99 due to play next week is set.") == ["The field of 99"]


def test_that_before_a_verb_is_no_determiner():
    assert texts("The virus that killed almost 4,000 people has gone.") == ["killed almost 4,000 people"]


def test_a_participle_that_is_no_change_says_what_its_amount_is():
    assert texts("He cycled to London, raising £10,000 for the air ambulance.") == ["raising £10,000"]
    assert texts("Unlocking £5 billion for new homes.") == ["Unlocking £5 billion"]
    assert texts("Sales fell sharply, dropping to 71%.") == []  # a change: of what, the clause before says


def test_money_can_be_the_subject_of_its_clause():
    assert texts("It came after £1,500 was donated to the appeal.") == ["£1,500 was donated to the appeal"]


def test_a_count_that_ends_a_clause_naming_a_tally():
    assert texts("The death toll rose to 45 on Sunday.") == ["The death toll rose to 45"]
    assert texts("The number of cases has risen to 1,200.") == ["The number of cases has risen to 1,200"]
    assert texts("Unemployment is at a seventy-year high of 5.2 million.") == ["a seventy-year high of 5.2 million"]
    assert texts("He took the number 10 bus home.") == []
    assert texts("Rovers won 2-1 at home. Attendance: 7,158") == ["Rovers won 2-1", "Attendance: 7,158"]
    assert texts("Traders said the number fell to 19 at the weekend.") == []  # the number of what?
    found = figures.extract(sentences.parse("The number of people in work rose by 6,500 to 431,000."))
    assert [(f.value, f.text) for f in found] == [("6,500", "The number of people in work rose by 6,500 to 431,000")]


def test_one_person_harmed_is_news():
    assert texts("Failures led to the avoidable deaths of 11 babies and one mother.") == ["11 babies", "one mother"]


def test_a_count_after_a_verb_that_harms_counts_people():
    assert texts("A car bomb at the market killed more than 30.") == ["A car bomb at the market killed more than 30"]
    assert texts("Police arrested 12 after the match.") == ["Police arrested 12"]
    assert texts("The father of three was charged with assault.") == []  # a family, not people counted


def test_a_people_named_in_two_words_is_counted():
    assert texts("A video showed the beheading of a group of 21 Coptic Christians.") == ["21 Coptic Christians"]
    assert texts("He played Three Little Bops in 1957.") == []  # a title


def test_a_sentence_stated_as_a_noun_is_news():
    assert texts("He was given a sentence of 15 months.") == ["sentence of 15 months"]
    assert texts("The minimum sentence for the offence is 30 years.") == ["sentence for the offence is 30 years"]


def test_a_trivial_count_never_hides_a_later_figure_with_the_same_number():
    assert texts("His licence already had six points on it. He was banned from driving for six months.") == [
        "banned from driving for six months"
    ]


def test_an_amount_ending_a_long_clause_is_said_from_its_subject():
    assert texts("The steady growth of the national economy means the block grant will be almost £30bn.") == [
        "the block grant will be almost £30bn"
    ]
    assert texts("The fund is expected to cut its 2005 growth forecast for the German economy from 1.8% to 0.8%.") == [
        "its 2005 growth forecast for the German economy from 1.8% to 0.8%"
    ]
    # never "the big new fund will be £5m": the subject is the rest of the money
    assert texts("Experts in the field think the rest of the money in the big new fund will be £5m.") == []


def test_a_result_is_found_across_its_clause_and_a_scoreline_is_one_figure():
    assert texts("The top seed eased through, beating Elena Petrova of Russia 7-5 6-4.") == [
        "beating Elena Petrova of Russia 7-5 6-4"
    ]
    assert [f.value for f in figures.extract(sentences.parse("She then beat the holder 6-3 7-6 (10-8)."))] == [
        "6-3 7-6 (10-8)"
    ]
    assert texts("The tribunal awarded the visitors a 3-0 walkover victory.") == ["a 3-0 walkover victory"]
    assert texts("Fans travelled on 4-6 March and won praise.") == []  # a date, however close to "won"


def test_a_change_by_a_qualified_amount_keeps_its_own_value():
    found = figures.extract(sentences.parse("Cycling has had its funding cut by more than £4m to £25.98m."))
    assert [(f.value, f.text) for f in found] == [("£4m", "Cycling has had its funding cut by more than £4m to £25.98m")]


def test_victims_counted_by_a_plural_of_a_person_are_people_harmed():
    assert texts("Police said two boys were stabbed outside the school.") == ["two boys were stabbed"]
    assert texts("He is accused of raping two 12-year-old girls.") == ["two 12-year-old girls"]
    assert texts("The 12-year-old boy went home.") == []  # an age, not a count
    assert texts("He has two sons and a daughter.") == []  # a family, nothing happened to them


def test_a_lead_in_a_contest_is_a_result_however_small():
    assert texts("Arsenal are four points clear of fifth-placed Liverpool.") == ["four points clear"]
    assert texts("He left two bags behind at the station.") == []


def test_a_count_after_so_is_the_subject_of_its_clause():
    assert texts("One ladder collapsed, so only 28 made it over the wire.") == ["only 28 made it over the wire"]


def test_a_tally_in_a_long_clause_is_said_from_its_noun_phrase():
    assert texts("The sales will take the total number of copies of each song on sale to about 28,000.") == [
        "the total number of copies of each song on sale to about 28,000"
    ]


def test_a_count_whose_verb_ends_the_sentence_is_its_subject():
    assert texts("It was the 1989 disaster in which 96 died.") == ["96 died"]
    assert texts("The disaster in which 96 died was in 1989.") == ["96 died"]  # not "96 died was in 1989"


def test_a_count_after_a_possessive_is_no_label():
    assert texts("Impressed by Kane's 19 Premier League goals this term, he signed.") == ["19 Premier League goals"]
    assert texts("A Boeing 747 landed at Heathrow.") == []


def test_victims_are_people_harmed_whatever_the_verb():
    assert texts("Two more victims came forward on Monday.") == ["Two more victims"]


def test_a_crushing_win_is_a_result():
    assert texts("Leverkusen crushed visitors Hanover 96 4-0 to go third.") == ["Leverkusen crushed visitors Hanover 96 4-0"]


def test_a_range_of_money_with_a_sign_on_each_end_is_one_figure():
    found = figures.extract(sentences.parse("The club expects a £2m-£3m windfall from the sale."))
    assert [(f.value, f.text) for f in found] == [("£2m-£3m", "a £2m-£3m windfall")]  # never "£2m" alone


def test_a_jail_term_and_a_ban_worded_at_length_are_sentences():
    assert texts("Anyone running an illegal school could face a jail term of up to 51 weeks.") == [
        "face a jail term of up to 51 weeks"
    ]
    assert texts("He was also banned from driving in the UK for two years.") == [
        "banned from driving in the UK for two years"
    ]


def test_a_conversion_after_a_measure_belongs_to_it():
    assert texts("Police found 58lb (26kg) of cannabis.") == ["58lb (26kg) of cannabis"]


def test_making_it_a_score_is_a_result():
    assert texts("A late penalty made it 24-11 at the break.") == ["A late penalty made it 24-11"]


def test_a_scoreline_in_a_long_clause_is_said_from_its_result_verb():
    assert texts("The champion survived an early scare on court to beat Russia's Elena Bovina 1-6 6-1 6-4.") == [
        "beat Russia's Elena Bovina 1-6 6-1 6-4"
    ]


def test_a_measure_in_a_long_clause_is_said_from_the_noun_phrase_it_is_of():
    assert texts("Holding another independence vote by the year 2020 was given a score of 5.6, compared to 6.1.") == [
        "a score of 5.6, compared to 6.1"
    ]


def test_a_count_of_things_named_by_two_joined_adjectives():
    assert texts("The money will be shared among 31 Olympic and Paralympic sports.") == [
        "31 Olympic and Paralympic sports"
    ]


def test_a_price_says_what_it_buys():
    assert texts("The service costs £4.50 for an hour's session or £35 for a monthly pass.") == [
        "The service costs £4.50",
        "£35 for a monthly pass",
    ]
    assert texts("He sold the house for £5m for the first time.") == ["He sold the house for £5m"]


def test_a_clause_never_starts_with_its_openers_object_or_a_date():
    assert texts("They told us the minimum payment was 5,000 roubles a month.") == [
        "the minimum payment was 5,000 roubles a month"
    ]
    assert texts("Since May the service has registered 1,200 sessions.") == ["the service has registered 1,200 sessions"]
    assert texts("Since 2004 the firm has hired 300 workers.") == ["the firm has hired 300 workers"]


def test_a_count_in_thousands_after_a_name_is_no_label():
    assert texts("The closure could cost Britain 5,000 jobs.") == ["5,000 jobs"]
