"""Rules that refused a sentence naming both leaders with a cue (round fifteen, r15-refuse).

Sentences we wrote about real contacts. Each case is (language, text, publication day, the pairs as
"AAA-BBB"). A relative clause on a contact noun whose object is a clitic ("durante il quale Trump lo ha
accusato", "au cours de laquelle Trump l'a accusé", "на которой Трамп обвинил его в ...") tells that contact,
as one with a pronoun word did; the rows after them keep the rule's purpose (a clause with no pronoun or
clitic, an article before its noun, a possessive before its noun tell no contact of the leader before).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# Zelensky and Trump met in the Oval Office on Friday 28 February 2025; Trump accused him of ingratitude.
CLITIC_MEETINGS = [
    ("it", "Zelensky ha lasciato la Casa Bianca venerdì dopo un incontro teso, durante il quale Trump lo ha "
           "accusato di ingratitudine."),
    ("it", "Zelensky ha lasciato la Casa Bianca venerdì dopo un incontro teso, durante il quale Trump l'ha "
           "accusato di ingratitudine."),
    ("fr", "Zelensky a quitté la Maison Blanche vendredi après une rencontre tendue, au cours de laquelle "
           "Trump l'a accusé d'ingratitude."),
    ("fr", "Zelensky a quitté la Maison Blanche vendredi après une rencontre houleuse au cours de laquelle "
           "Trump l'a accusé d'ingratitude."),
    ("es", "Zelensky abandonó la Casa Blanca el viernes tras una reunión tensa, durante la cual Trump lo "
           "acusó de ingratitud."),
    ("es", "Zelensky abandonó la Casa Blanca el viernes tras una reunión tensa en la que Trump lo acusó de "
           "ingratitud."),
    ("pt", "Zelensky deixou a Casa Branca na sexta-feira após uma reunião tensa, na qual Trump o acusou de "
           "ingratidão."),
    ("ru", "Зеленский покинул Белый дом в пятницу после напряжённой встречи, на которой Трамп обвинил его в "
           "неблагодарности."),
    ("ru", "Зеленский покинул Белый дом в пятницу после встречи, во время которой Трамп обвинил его в "
           "неблагодарности."),
    ("de", "Selenskyj verließ am Freitag das Weiße Haus nach einem angespannten Treffen, bei dem Trump ihm "
           "Undankbarkeit vorwarf."),
]

# The same meeting, its relative clause telling something with no pronoun or clitic of the leader before it
# (an article before its noun, a possessive before its noun): no contact of the two is said.
NO_PARTY = [
    ("it", "Zelensky ha lasciato la Casa Bianca venerdì dopo un incontro teso, durante il quale Trump ha "
           "presentato la proposta americana."),
    ("fr", "Zelensky a quitté la Maison Blanche vendredi après une rencontre tendue, au cours de laquelle "
           "Trump a présenté la proposition américaine."),
    ("ru", "Зеленский покинул Белый дом в пятницу после напряжённой встречи, на которой Трамп обсуждал его "
           "визит в Вашингтон."),
    ("en", "Zelensky left the White House on Friday after a tense meeting in which Trump presented the "
           "American proposal."),
]

# A visitor received where he went, the host's object a pronoun or a clitic: the rules already read these;
# kept so that the clitic reading above does not change them.
# Macron met Xi in Beijing on Thursday 6 April 2023; Sánchez met Xi there on Friday 31 March 2023; Meloni
# met Biden at the White House on Thursday 27 July 2023; Lula met Xi in Beijing on Friday 14 April 2023;
# Orbán met Xi in Beijing on Tuesday 17 October 2023; Scholz met Xi there on Friday 4 November 2022.
RECEIVED = [
    ("en", "Emmanuel Macron was in Beijing on Thursday, where Xi Jinping received him at the Great Hall of "
           "the People.", "2023-04-07", "CHN-FRA"),
    ("fr", "Emmanuel Macron était jeudi à Pékin, où Xi Jinping l'a reçu au Palais du peuple.", "2023-04-07",
     "CHN-FRA"),
    ("es", "Pedro Sánchez viajó a Pekín, donde Xi Jinping lo recibió el viernes en el Gran Palacio del "
           "Pueblo.", "2023-04-01", "CHN-ESP"),
    ("it", "Giorgia Meloni è volata a Washington, dove Joe Biden l'ha ricevuta giovedì alla Casa Bianca.",
     "2023-07-28", "ITA-USA"),
    ("pt", "Lula da Silva estava na sexta-feira em Pequim, onde Xi Jinping o recebeu no Grande Salão do "
           "Povo.", "2023-04-15", "BRA-CHN"),
    ("ru", "Виктор Орбан во вторник был в Пекине, где его принял Си Цзиньпин.", "2023-10-18", "CHN-HUN"),
    ("de", "Olaf Scholz war am Freitag in Peking, wo ihn Xi Jinping in der Großen Halle des Volkes empfing.",
     "2022-11-05", "CHN-DEU"),
]


@pytest.mark.parametrize(("lang", "text"), CLITIC_MEETINGS)
def test_a_clitic_in_a_relative_clause_on_a_meeting_is_its_other_party(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    got = pair_rows(real, make_doc, text, "2025-03-01", lang)
    assert [p for p, _, _, status in got if status == "occurred"] == ["UKR-USA"], got


@pytest.mark.parametrize(("lang", "text"), NO_PARTY)
def test_a_relative_clause_with_no_pronoun_of_the_leader_tells_no_contact(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert pair_rows(real, make_doc, text, "2025-03-01", lang) == []


@pytest.mark.parametrize(("lang", "text", "published", "pair"), RECEIVED)
def test_a_visitor_received_where_he_went(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                                          published: str, pair: str) -> None:
    got = pair_rows(real, make_doc, text, published, lang)
    assert [p for p, _, _, status in got if status == "occurred"] == [pair], got


# Trump's Gulf tour: Mohammed bin Salman received him in Riyadh on Tuesday 13 May 2025, Emir Tamim in Doha on
# Wednesday 14 May. The second sentence drops its subject; the host's object is a clitic or a pronoun.
GULF_TOUR = [
    ("pt", "Donald Trump chegou na terça-feira a Riade, onde foi recebido pelo príncipe herdeiro "
           "Mohammed bin Salman. Na quarta-feira voou para Doha, onde o emir Tamim bin Hamad al "
           "Thani o recebeu no palácio."),
    ("es", "Donald Trump llegó el martes a Riad, donde lo recibió el príncipe heredero Mohamed "
           "bin Salmán. El miércoles voló a Doha, donde el emir Tamim bin Hamad al Thani lo "
           "recibió en el palacio."),
    ("it", "Donald Trump è arrivato martedì a Riad, dove lo ha accolto il principe ereditario "
           "Mohammed bin Salman. Mercoledì è volato a Doha, dove l'emiro Tamim bin Hamad al Thani "
           "lo ha ricevuto a palazzo."),
    ("fr", "Donald Trump est arrivé mardi à Riyad, où il a été accueilli par le prince héritier "
           "Mohammed ben Salmane. Mercredi, il s'est envolé pour Doha, où l'émir Tamim ben Hamad "
           "Al Thani l'a reçu au palais."),
    ("de", "Donald Trump traf am Dienstag in Riad ein, wo ihn Kronprinz Mohammed bin Salman "
           "empfing. Am Mittwoch flog er weiter nach Doha, wo ihn Emir Tamim bin Hamad Al Thani "
           "im Palast empfing."),
    ("pl", "Donald Trump przyleciał we wtorek do Rijadu, gdzie przyjął go następca tronu Muhammad "
           "ibn Salman. W środę poleciał do Dauhy, gdzie przyjął go emir Tamim ibn Hamad Al Sani."),
    ("ar", "وصل الرئيس الأمريكي دونالد ترامب يوم الثلاثاء إلى الرياض حيث استقبله ولي العهد الأمير "
           "محمد بن سلمان. ويوم الأربعاء توجه إلى الدوحة حيث استقبله أمير قطر الشيخ تميم بن حمد "
           "آل ثاني."),
    ("tr", "Donald Trump salı günü Riyad'a geldi ve Veliaht Prens Muhammed bin Selman ile "
           "görüştü. Çarşamba günü Doha'ya geçen Trump, Emir Temim bin Hamed Al Sani ile bir "
           "araya geldi."),
]


@pytest.mark.parametrize(("lang", "text"), GULF_TOUR)
def test_a_tour_told_with_object_clitics_gives_each_host(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str) -> None:
    got = pair_rows(real, make_doc, text, "2025-05-16", lang)
    assert sorted({p for p, _, _, status in got if status == "occurred"}) == ["QAT-USA", "SAU-USA"], got


def test_a_portuguese_article_before_a_noun_is_no_clitic(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lula met Xi in Beijing on Friday 14 April 2023; the relative clause tells of the museum, not of Xi
    text = ("Lula da Silva deixou Pequim no sábado depois de uma reunião longa, na qual Xi Jinping mostrou o "
            "museu do palácio.")
    got = pair_rows(real, make_doc, text, "2023-04-16", "pt")
    assert [p for p, _, _, status in got if status == "occurred"] in ([], ["BRA-CHN"]), got


# -- fellow travellers of one joint visit met one another and the host (round fifteen's reading) ------------

# Macron and Scholz (with Draghi) travelled to Kyiv together and met Zelensky on Thursday 16 June 2022.
JOINT_VISIT = [
    ("fr", "Emmanuel Macron s'est rendu jeudi à Kiev aux côtés d'Olaf Scholz pour rencontrer Volodymyr "
           "Zelensky."),
    ("ru", "Эммануэль Макрон прибыл в четверг в Киев вместе с Олафом Шольцем, чтобы встретиться с Владимиром "
           "Зеленским."),
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون يوم الخميس إلى كييف برفقة المستشار الألماني أولاف شولتس للقاء "
           "الرئيس الأوكراني فولوديمير زيلينسكي."),
    ("pt", "Emmanuel Macron viajou na quinta-feira a Kiev juntamente com Olaf Scholz para se reunir com "
           "Volodymyr Zelensky."),
    ("pl", "Emmanuel Macron przyjechał w czwartek do Kijowa razem z Olafem Scholzem, aby spotkać się z "
           "Wołodymyrem Zełenskim."),
    ("nl", "Emmanuel Macron reisde donderdag samen met Olaf Scholz naar Kyiv om Volodymyr Zelensky te "
           "ontmoeten."),
    ("de", "Olaf Scholz ist am Donnerstag gemeinsam mit Emmanuel Macron nach Kiew gereist und hat dort "
           "Präsident Wolodymyr Selenskyj getroffen."),
]


@pytest.mark.parametrize(("lang", "text"), JOINT_VISIT)
def test_fellow_travellers_met_one_another_and_the_host(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                        text: str) -> None:
    got = pair_rows(real, make_doc, text, "2022-06-17", lang)
    assert sorted({p for p, _, _, status in got if status == "occurred"}) == ["DEU-FRA", "DEU-UKR",
                                                                              "FRA-UKR"], got


def test_acting_along_with_another_leader_is_still_no_meeting(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # Obama and Merkel each condemned the Paris attacks of Friday 13 November 2015
    text = "Barack Obama, along with Angela Merkel, condemned the attack on Saturday."
    assert pair_rows(real, make_doc, text, "2015-11-15", "en") == []
