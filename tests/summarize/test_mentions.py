"""Mentions: people, places and organisations, measured on a labelled set of articles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.summarize import mentions, sentences
from briefs.summarize.model import Mention
from briefs.summarize.sentences import Document, Sentence
from tests.content.helpers import SEED

REPO = Path(__file__).resolve().parents[2]


def extract(text: str) -> list[Mention]:
    return mentions.extract(sentences.parse(text))


def bench():
    spec = importlib.util.spec_from_file_location("bench_mentions", REPO / "bench" / "mentions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_seed_names_its_people_and_places():
    found = set(extract(SEED.read_text(encoding="utf-8").replace(" date 2025-06-02 ", "", 1)))
    for name in ("Rustem Umerov", "Zelensky", "Hakan Fidan"):
        assert Mention(name, "person") in found
    for name in ("Istanbul", "Turkey", "Kyiv", "Moscow", "Kharkiv"):
        assert Mention(name, "place") in found
    assert not {m for m in found if m.name in ("Ukrainian", "Turkish", "Sunday", "Umerov")}


def test_a_short_form_joins_the_full_name():
    found = extract("Defence minister Rustem Umerov led the delegation. Later, Umerov said a deal was close.")
    assert [m for m in found if "Umerov" in m.name] == [Mention("Rustem Umerov", "person")]


def test_titles_split_a_place_from_a_person():
    found = extract("Meanwhile, Ukraine President Zelensky said both sides exchanged documents.")
    assert Mention("Zelensky", "person") in found and Mention("Ukraine", "place") in found


def test_organisations_from_their_last_word_or_a_marker():
    found = extract("The claim was made by Russia's Defense Ministry and by computer firm Lenovo on Monday.")
    assert Mention("Defense Ministry", "organisation") in found
    assert Mention("Lenovo", "organisation") in found
    assert Mention("Russia", "place") in found


def test_adjectives_weekdays_and_sentence_openers_are_not_mentions():
    assert extract("Fierce fighting continued on Sunday as Ukrainian and Russian troops dug in.") == []
    assert extract("Trams will run every 15 minutes until 1am on Fridays and Saturdays.") == []


def kinds(text: str) -> dict[str, str]:
    return {m.name: m.kind for m in extract(text)}


def test_seed_names_lithuania_crimea_and_its_security_bodies():
    found = set(extract(SEED.read_text(encoding="utf-8").replace(" date 2025-06-02 ", "", 1)))
    for name in ("Lithuania", "Crimea"):
        assert Mention(name, "place") in found
    for name in ("Security Service", "Defense Ministry", "Ukrainian air force"):
        assert Mention(name, "organisation") in found


def test_a_company_suffix_beats_a_person_reading():
    found = kinds("The site's owner, Northfield Aggregates, has stopped work. Kestrel Power said 900 homes lost power.")
    assert found["Northfield Aggregates"] == "organisation"
    assert found["Kestrel Power"] == "organisation"


def test_town_or_city_after_a_place_name_in_a_sports_story_is_a_club():
    text = (
        "Oldbury Town came from behind to draw 2-2 with Kingsmere City on Saturday. The striker scored twice "
        "and the manager praised the fans after a match that kept the club fourth in the league."
    )
    assert kinds(text)["Oldbury Town"] == kinds(text)["Kingsmere City"] == "organisation"
    assert kinds("Snow closed roads around Kingsmere City overnight.")["Kingsmere City"] != "organisation"


def test_a_city_alone_in_a_match_report_is_not_called_a_place_unless_it_is_one():
    report = "The striker scored the winner against Newcastle, and the manager said the league match showed spirit."
    assert kinds(report)["Newcastle"] == "other"
    assert kinds("The striker, who grew up in Newcastle, scored twice in the match as the league leaders won.")[
        "Newcastle"
    ] == "place"


def test_a_place_and_a_plural_is_never_a_person():
    assert kinds("He had signed for the Atlanta Falcons before the injury.").get("Atlanta Falcons") != "person"
    assert kinds("Climbers set off for the Swiss Alps, said guide Anna Berg.").get("Swiss Alps") != "person"


def test_an_appositive_is_judged_by_its_head_noun():
    found = kinds("Tom Baxter, the club's first-choice goalkeeper, broke two fingers in training.")
    assert found["Tom Baxter"] == "person"


def test_a_genus_is_not_an_organisation_for_being_a_group_of_animals():
    found = kinds("The bones belong to a species of Ichthyosaurus, a group of large marine reptiles.")
    assert found.get("Ichthyosaurus") != "organisation"


def test_labels_and_common_acronyms_are_not_organisations():
    found = kinds("A Band C home will pay £90 more. Patients who could not get a GP appointment went to A&E.")
    assert "organisation" not in {found.get("Band C"), found.get("GP"), found.get("Band")}
    assert kinds("Pupils in Year 9 sat the test.").get("Year") != "place"


def test_a_place_name_that_is_a_surname_joins_the_person():
    text = "Police charged Daniel Arthur Kent with fraud. Kent, 52, was granted bail on Wednesday."
    assert Mention("Daniel Arthur Kent", "person") in extract(text)
    assert Mention("Kent", "place") not in extract(text)


def test_river_and_mount_before_a_name_make_a_place():
    found = kinds("Flooding along River Wendle closed roads, and climbers reached Mount Kestrel at dawn.")
    assert found["River Wendle"] == found["Mount Kestrel"] == "place"


def test_storms_and_operations_are_neither_people_nor_places():
    found = kinds("Gales from Storm Agnes closed the bridge before Operation Tidewater began.")
    assert found.get("Storm Agnes") == found.get("Operation Tidewater") == "other"


def test_an_organisation_that_said_it():
    found = kinds("Later Northvale Transit said its trams would run until midnight.")
    assert found["Northvale Transit"] == "organisation"


def test_a_person_of_an_organisation_is_two_names():
    found = kinds("Prices are rising fast, said Shona Pike of the Dunmore Youth Council.")
    assert found["Shona Pike"] == "person" and found["Dunmore Youth Council"] == "organisation"
    assert kinds("Wages rose, the Office for National Statistics said.")["Office for National Statistics"] == (
        "organisation"
    )
    assert kinds("She appeared before the Nursing and Midwifery Council.")["Nursing and Midwifery Council"] == (
        "organisation"
    )


def test_a_glued_caption_does_not_join_two_names():
    found = kinds("He spoke about the affair with his wife Natasha In January, Rhodri Giggs spoke again.")
    assert "Natasha In" not in found


def test_a_possessive_before_a_place_splits_it_from_the_owner():
    found = kinds("The market will move to Oldbury's Kestrel Square, said the Royal Navy's Northern Diving Unit.")
    assert found.get("Kestrel Square") == "place" and "Oldbury's Kestrel Square" not in found
    assert found.get("Northern Diving Unit") == "organisation"
    assert kinds("She was treated at Liverpool Women's Hospital.")["Liverpool Women's Hospital"] == "organisation"


def test_evidence_that_conflicts_leaves_no_kind():
    assert kinds("He scored at the World Cup Defoe added that he was proud.").get("World Cup Defoe") != "person"
    assert kinds("The plate read H982 FKL when it was filmed.").get("H982 FKL") == "other"
    assert kinds("The statement was sent to AP McCoy, who retired.")["AP McCoy"] == "person"
    assert not {n for n, k in kinds("NOT FOR PUBLICATION UNTIL THE CLUB CONFIRMS THE DEAL").items() if k != "other"}


def test_an_acronym_is_an_organisation_only_when_spelled_out_or_speaking():
    found = kinds("The Kestrel Housing Board (KHB) met on Monday. Later the KHB approved new DRM rules.")
    assert found["KHB"] == "organisation"
    assert found.get("DRM") != "organisation"
    assert kinds("Prices rose, the BPLA said on Monday.")["BPLA"] == "organisation"


def test_a_person_said_it_was_is_still_a_person():
    text = "The rapper's lawyer Ron Rakowski said he was innocent. Mr Rakowski said it was unfair."
    assert [m for m in extract(text) if "Rakowski" in m.name] == [Mention("Ron Rakowski", "person")]


def test_a_surname_that_is_an_organisation_word_keeps_the_person():
    found = kinds("The envoy Samantha Power met Simon Church, who chairs the board.")
    assert found["Samantha Power"] == found["Simon Church"] == "person"


def test_a_known_organisation_is_not_joined_to_the_name_before_and():
    found = kinds("The row between Glazer and Manchester United grew, the Food and Drug Administration said.")
    assert "Glazer and Manchester United" not in found
    assert found["Food and Drug Administration"] == "organisation"


def test_sentence_adverbs_and_former_do_not_start_a_name():
    found = kinds("Former TSA agents were fired. Currently DRM rules apply.")
    assert "Former TSA" not in found and "Currently DRM" not in found


def test_web_page_furniture_and_codes_are_not_names():
    found = kinds("Striped skirt at Marlowe Visit site Then the plate read KX11 ABC and later LK VAE here.")
    assert "Marlowe Visit" not in found
    assert found.get("LK VAE") != "organisation"


def test_a_nations_acronym_is_an_organisation_but_not_any_name_before_one():
    found = kinds("Inspectors from the Scottish SPCA visited on Monday while Halden VRX stayed away.")
    assert found["Scottish SPCA"] == "organisation"
    assert found.get("Halden VRX") != "organisation"


def test_a_peerage_names_no_place():
    assert kinds("The Duchess of Wessex opened the ward.").get("Wessex") != "place"
    assert kinds("The Mayor of Lisbon opened the line.")["Lisbon"] == "place"


def test_a_peerage_ending_in_s_names_no_place_either():
    found = kinds("The Duke and Duchess of Cambridge's visit was praised by the Princess of Wales, who wrote.")
    assert "Cambridge" not in found and "Wales" not in found


def test_a_title_with_a_domain_but_no_name_is_nobody():
    found = kinds("It earned more than Lord of the Rings, said the Lord Chief Justice, once Secretary of State.")
    assert not {name for name, kind in found.items() if kind != "other"}
    assert kinds("Deputy Foreign Minister Halim Tarek met envoys.") == {"Halim Tarek": "person"}


def test_a_person_of_an_organisation_for_something_is_two_names():
    found = kinds("The find is vital, said Dr Ellen Marsh of the Harwick Institution for Science in Leeds.")
    assert found["Ellen Marsh"] == "person" and found["Harwick Institution for Science"] == "organisation"


def test_a_sentence_opening_participle_is_not_part_of_a_name():
    found = kinds("Later Odile Brannagh sang. Laughing Odile Brannagh waved as the fans cheered Brannagh.")
    assert found.get("Laughing Odile Brannagh") != "person" and found["Odile Brannagh"] == "person"
    assert kinds("Badminton England would fight on, said Wren.").get("England") != "place"


def test_a_caption_or_title_glued_before_a_person_does_not_join_them():
    found = kinds("Chair of Kestrel Sport Rod Marlow said the cut was final.")
    assert found["Rod Marlow"] == "person" and "Kestrel Sport Rod Marlow" not in found
    found = kinds("She met the ambassador to the United Nations Samantha Orr on Monday.")
    assert found["Samantha Orr"] == "person" and found["United Nations"] == "organisation"
    found = kinds("He sang to his daughter Princess Odile Sarah added: 'We need choir practice.'")
    assert found.get("Odile") == "person" and "Odile Sarah" not in found
    found = kinds("Police charged Christopher Arthur Neville Tamsett.")
    assert found == {"Christopher Arthur Neville Tamsett": "person"}


def test_said_before_a_possessive_names_its_owner_not_a_speaker():
    found = kinds("'We will appeal,' added Kestrel Rowing's performance director Jon Austell.")
    assert found.get("Kestrel Rowing") != "person" and found["Jon Austell"] == "person"


def test_told_names_who_heard_it_not_a_person():
    found = kinds("'It was a minute of silence,' he told Harbour Nine. The coach told Kestrel Magazine the same.")
    assert found.get("Harbour Nine") != "person" and found["Kestrel Magazine"] == "organisation"


def test_a_role_that_is_also_a_company_word_says_neither():
    assert kinds("The deal was struck by broadcaster Kestrelvision last year.").get("Kestrelvision") != "person"


def test_an_organisation_marker_ending_the_name_before_is_not_the_next_ones():
    found = kinds("Gordon Brown and former leader of the Scottish Labour party Johann Lamont attend the launch.")
    assert found.get("Johann Lamont") != "organisation"


def test_in_before_a_two_word_name_makes_a_place_only_of_a_places_name():
    found = kinds("He plays a drunkard in Duane Hopwood, while she grew up in South Cerney and lives in Ardwick.")
    assert found.get("Duane Hopwood") != "place"
    assert found["South Cerney"] == found["Ardwick"] == "place"


def test_a_quoted_title_names_a_work_not_a_place():
    found = kinds('He starred in "Toast of the Town" and was a bear in "Back in Action" before "Harry Quill".')
    assert not {name for name, kind in found.items() if kind != "other" and name != "Harry Quill"}


def test_an_event_or_a_work_is_not_an_organisation():
    found = kinds("She returns in the Kestrel International tournament, then the Champions League and the Rio Games.")
    assert not {name for name, kind in found.items() if kind != "other"}


def test_a_surname_that_is_a_title_or_a_month_keeps_the_person():
    found = kinds("His daughter, Claudette Kingsley King, met Theresa May and orchestra leader Billy May in May.")
    assert found["Claudette Kingsley King"] == found["Theresa May"] == found["Billy May"] == "person"


def test_a_city_that_is_a_club_is_a_place_only_where_things_are_in_it():
    found = kinds("She wore a pair of Chelsea boots to the party.")
    assert found.get("Chelsea") != "place"
    assert kinds("She has a flat in Chelsea, near the river.")["Chelsea"] == "place"


def test_a_nationality_and_a_word_that_is_no_name_is_not_a_name():
    assert kinds("They will take it to a rival British TV channel.").get("British TV") != "organisation"


def test_justice_after_of_is_a_domain_not_a_title():
    assert kinds("The Ministry of Justice said the Court of Justice ruled.") == {
        "Ministry of Justice": "organisation", "Court of Justice": "organisation"
    }


def test_for_before_a_place_ends_a_name():
    found = kinds("Blackburn rejected a third bid from Harriers for Scotland captain Barry Fenwick.")
    assert "Harriers for Scotland" not in found and found["Scotland"] == "place"


def test_a_name_opening_a_quote_in_single_marks_is_whole():
    found = kinds("Clive Francis said, 'Kestrel City Supporters Club fully endorses this decision.'")
    assert found["Kestrel City Supporters Club"] == "organisation" and "City Supporters Club" not in found
    assert kinds("He called the ‘Islamic State’ group a threat.")["Islamic State"] == "organisation"


def test_a_name_the_article_also_writes_in_lower_case_is_a_common_noun():
    found = kinds("She set up Sisters In Crime, which backs women who write about crime.")
    assert found.get("Crime") != "organisation"


def test_a_number_after_a_name_makes_it_a_label():
    found = kinds("He told Kestrel Radio 4 listeners that Harwick 2030 would go ahead.")
    assert found.get("Kestrel Radio") != "organisation" and found.get("Harwick") != "place"
    assert kinds("Harwick Rovers beat Kestrel United 3-1 on Saturday.")["Kestrel United"] == "organisation"


def test_a_sentence_opening_word_for_what_someone_does_is_not_their_name():
    found = kinds("Triathlete Charlotte Ronan was hurt. Vocalist Sarah Kember sang.")
    assert found["Charlotte Ronan"] == found["Sarah Kember"] == "person"
    assert kinds("Fort William Ferris is a place in the story.").get("William Ferris") is None


def test_an_adverb_or_article_after_a_name_is_not_part_of_it():
    found = kinds("On the road to Hue, says Tom Thelwell A family drive is cosy. Diego Corral Clearly was fit.")
    assert "Tom Thelwell A" not in found and "Diego Corral Clearly" not in found
    assert found["Diego Corral"] == "person"
    assert kinds("The studio Kestrel Pictures made it.")["Kestrel Pictures"] == "organisation"


def test_an_appositive_whose_head_is_a_role_or_a_company_says_neither():
    found = kinds("Kestrel Arts, the world's biggest games publisher, has cut jobs.")
    assert found.get("Kestrel Arts") != "person"


def test_ships_are_neither_places_nor_organisations():
    found = kinds("The frigates HMS Kestrel and MV Blue Harrier are moored in Portsmouth.")
    assert found["HMS Kestrel"] == found["MV Blue Harrier"] == "other"


def test_a_country_with_and_in_its_name_is_one_place():
    found = kinds("Jelena Jankovic of Serbia and Montenegro met Trinidad and Tobago Prime Minister Keith Rowley.")
    assert found["Serbia and Montenegro"] == found["Trinidad and Tobago"] == "place"
    assert found["Keith Rowley"] == "person" and "Serbia" not in found and "Tobago" not in found


def test_a_work_named_after_its_noun_is_a_work():
    found = kinds("He recorded his last album, Genius Loves Company, and starred in the film Harwick Express.")
    assert found.get("Genius Loves Company") != "organisation" and found.get("Harwick Express") != "organisation"
    assert kinds("She joined the studio Kestrel Pictures.")["Kestrel Pictures"] == "organisation"


def test_a_club_shaped_name_outside_sport_is_a_place_only_where_things_are():
    assert kinds("Rovers said the game against Harwick City would go ahead.").get("Harwick City") != "place"
    assert kinds("Snow closed roads around Harwick City overnight.")["Harwick City"] == "place"
    assert kinds("Executives decamp to Harwick City for 11 days.")["Harwick City"] == "place"


def test_a_place_that_speaks_is_an_organisation():
    found = kinds("The Kestrel Business Improvement District said footfall was 36% higher.")
    assert found["Kestrel Business Improvement District"] == "organisation"


def test_a_surname_used_alone_as_a_place_makes_no_person():
    found = kinds("Floods hit the town of Kestrelford. Tiles show somebody in Roman Kestrelford treating it well.")
    assert found.get("Roman Kestrelford") != "person"


def test_an_appositive_followed_by_that_is_a_thing():
    found = kinds("Lumen Quartz, the Kestrel chip designer that raised $45m last week, will build a plant.")
    assert found.get("Lumen Quartz") != "person"


def test_a_plural_noun_opening_a_sentence_before_of_is_not_a_name():
    found = kinds("Members of the University and College Union will strike. Residents of Harwick Vale left.")
    assert found["University and College Union"] == "organisation" and "Members of the University" not in found
    assert "Residents of Harwick Vale" not in found
    assert kinds("Friends of the Earth said so.")["Friends of the Earth"] == "organisation"


def test_a_capitalised_preposition_inside_a_sentence_opens_a_title():
    found = kinds("He taught at the On The Mat Sports International studio in Kestrel.")
    assert not {name for name, kind in found.items() if kind == "organisation"}


def test_a_party_for_an_occasion_is_an_event():
    found = kinds("She attended the Kestrel Gallery Summer Party, then the Kestrel Green Party conference.")
    assert found.get("Kestrel Gallery Summer Party") != "organisation"
    assert found["Kestrel Green Party"] == "organisation"


def test_captions_add_places_but_never_organisations():
    doc = Document("", (
        Sentence("Talks resumed at the palace.", 0, 0),
        Sentence("A minister walks in Istanbul, Turkey. (REUTERS)", 1, 0, kind="caption"),
        Sentence("AP Photo/Jane Smith", 2, 0, kind="credit"),
    ))
    assert mentions.extract(doc) == [Mention("Istanbul", "place"), Mention("Turkey", "place")]


def test_precision_and_recall_on_the_labelled_set():
    """Floors set a little under what was measured (see bench/mentions.py), per kind and overall."""
    tallies = bench().score()
    assert sum(1 for _ in (REPO / "tests" / "summarize" / "mentions_gold.jsonl").open()) >= 20
    for kind in ("person", "place", "organisation", "all"):
        assert tallies[kind].precision >= 0.85, (kind, tallies[kind])
        assert tallies[kind].recall >= 0.80, (kind, tallies[kind])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    for mention in mentions.extract(Document(text, (Sentence(text, 0, 0),))):
        assert mention.kind in ("person", "place", "organisation", "other") and mention.name
