"""The Romance and German press reviews' open misses, each a mechanism in every language: reports we wrote."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
          lang: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, lang)


def _occurred(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
              lang: str) -> list[tuple[str, ...]]:
    return [r for r in _rows(extractor, make_doc, text, published, lang) if r[3] == "occurred"]


def test_a_bare_home_title_names_the_home_officeholder(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Meloni met al-Sisi in Cairo on 17 March 2024 and Abbas at the Cairo peace summit on 21 October 2023;
    # Mattarella met Xi in Beijing on 8 November 2024; Scholz and Putin spoke on 15 November 2024; Merz
    # was at the White House on 5 June 2025. "Al Cairo" no longer makes "la premier" Egypt's.
    cases = [
        ("Al Cairo la premier ha incontrato il presidente egiziano al-Sisi.", "2024-03-17", "it",
         ("EGY-ITA", "in_person", "2024-03-17", "occurred")),
        ("Al Cairo, a margine del vertice per la pace, la premier ha avuto un colloquio con Abu Mazen.",
         "2023-10-21", "it", ("ITA-PSE", "in_person", "2023-10-21", "occurred")),
        ("Il Capo dello Stato ha incontrato a Pechino il presidente cinese Xi Jinping.", "2024-11-08", "it",
         ("CHN-ITA", "in_person", "2024-11-08", "occurred")),
        # the host named first keeps no "Capo dello Stato": that title is Mattarella's in the Italian press
        ("Xi Jinping ha accolto il Capo dello Stato nella Grande Sala del Popolo.", "2024-11-08", "it",
         ("CHN-ITA", "in_person", "2024-11-08", "occurred")),
        ("Der Kanzler telefonierte am Freitag mit Putin.", "2024-11-15", "de",
         ("DEU-RUS", "phone", "2024-11-15", "occurred")),
        ("Der Kanzler traf Trump im Weißen Haus.", "2025-06-05", "de",
         ("DEU-USA", "in_person", "2025-06-05", "occurred")),
    ]
    for text, day, lang, row in cases:
        assert _rows(real, make_doc, text, day, lang) == [row], text


def test_a_home_title_after_a_foreign_holder_stays_his(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Starmer was in Kyiv on 16 January 2025: "il premier" after him is him. Erdogan was in Rome on 29 April
    # 2025; Nehammer in Kyiv on 9 April 2022. A German state premier is no head of government.
    text = ("Il premier britannico Keir Starmer ha incontrato Zelensky a Kiev. Il premier ha promesso un "
            "partenariato di cento anni.")
    assert _rows(real, make_doc, text, "2025-01-16", "it") == [("GBR-UKR", "in_person", "2025-01-16",
                                                                "occurred")]
    text = ("Il presidente turco Erdogan è arrivato a Roma. Il presidente ha poi incontrato la premier a "
            "Villa Doria Pamphilj.")
    assert _rows(real, make_doc, text, "2025-04-29", "it") == [("ITA-TUR", "in_person", "2025-04-29",
                                                                "occurred")]
    # nor does a bare title opening the lead whose holder the report names in full further on (Starmer was
    # in Rome on 16 September 2024)
    text = ("Il premier ha incontrato Meloni a Roma. Il primo ministro britannico Keir Starmer ha parlato di "
            "migranti.")
    assert _rows(real, make_doc, text, "2024-09-16", "it") == [("GBR-ITA", "in_person", "2024-09-16",
                                                                "occurred")]
    # the home press's own holder, once named, keeps its title before a foreign one named first: Modi met
    # Meloni at the G7 in Apulia on 14 June 2024; she had been in New Delhi in March 2023
    text = ("Il premier indiano Narendra Modi ha incontrato Giorgia Meloni a Borgo Egnazia. La premier si "
            "era recata a Nuova Delhi nel marzo 2023.")
    assert _rows(real, make_doc, text, "2024-06-14", "it") == [
        ("IND-ITA", "in_person", "2023-03", "occurred"), ("IND-ITA", "in_person", "2024-06-14", "occurred")]
    assert _rows(real, make_doc, "Die Ministerpräsidentin telefonierte mit Putin.", "2024-11-15", "de") == []
    text = "Der österreichische Kanzler Karl Nehammer traf Selenskyj in Kiew. Der Kanzler sagte, er sei froh."
    assert _rows(real, make_doc, text, "2022-04-09", "de") == [("AUT-UKR", "in_person", "2022-04-09",
                                                                "occurred")]


def test_a_name_after_the_home_title_is_the_one_so_styled(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Raisi met Mohammed bin Salman in Riyadh on 11 November 2023: "il presidente della Repubblica" before a
    # foreign president's name is his title, not Mattarella's
    text = ("Il presidente della Repubblica islamica Ebrahim Raisi ha incontrato il principe ereditario "
            "saudita Mohammed bin Salman a Riad.")
    assert _rows(real, make_doc, text, "2023-11-11", "it") == [("IRN-SAU", "in_person", "2023-11-11",
                                                                "occurred")]
    text = "Il Capo dello Stato Sergio Mattarella ha ricevuto al Quirinale il presidente ucraino Zelensky."
    assert _rows(real, make_doc, text, "2023-05-13", "it") == [("ITA-UKR", "in_person", "2023-05-13",
                                                                "occurred")]


def test_the_purpose_of_a_trip_told_in_the_past_is_its_meeting(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # Meloni in Cairo on 17 March 2024 and in Tunis on 6 June 2023; Scholz at the White House on 9 February
    # 2024; Macron in Beijing on 6 April 2023; Sánchez on 11 April 2025; Lula on 14 April 2023; Scholz on
    # 16 April 2024.
    cases = [
        ("La premier Giorgia Meloni è volata al Cairo per incontrare il presidente egiziano al-Sisi.",
         "2024-03-17", "it", ("EGY-ITA", "in_person", "2024-03-17", "occurred")),
        ("La premier è volata a Tunisi per incontrare il presidente Kais Saied.", "2023-06-06", "it",
         ("ITA-TUN", "in_person", "2023-06-06", "occurred")),
        ("German Chancellor Olaf Scholz flew to Washington to meet President Joe Biden.", "2024-02-09", "en",
         ("DEU-USA", "in_person", "2024-02-09", "occurred")),
        ("Scholz traveled to Washington on Friday to meet with Biden at the White House.", "2024-02-09", "en",
         ("DEU-USA", "in_person", "2024-02-09", "occurred")),
        ("Emmanuel Macron s'est rendu à Pékin pour rencontrer Xi Jinping.", "2023-04-06", "fr",
         ("CHN-FRA", "in_person", "2023-04-06", "occurred")),
        ("Pedro Sánchez viajó a Pekín para reunirse con Xi Jinping.", "2025-04-11", "es",
         ("CHN-ESP", "in_person", "2025-04-11", "occurred")),
        ("O presidente Lula viajou a Pequim para se reunir com Xi Jinping.", "2023-04-14", "pt",
         ("BRA-CHN", "in_person", "2023-04-14", "occurred")),
        ("Bundeskanzler Olaf Scholz ist nach Peking gereist, um Xi Jinping zu treffen.", "2024-04-16", "de",
         ("CHN-DEU", "in_person", "2024-04-16", "occurred")),
        # German surnames alone: the object before "zu" and an infinitive cue, or right after a verb cue
        # (Merz was at the White House on 5 June 2025)
        ("Merz reiste nach Washington, um Trump zu treffen.", "2025-06-05", "de",
         ("DEU-USA", "in_person", "2025-06-05", "occurred")),
        ("Merz reiste nach Washington und traf Trump.", "2025-06-05", "de",
         ("DEU-USA", "in_person", "2025-06-05", "occurred")),
    ]
    for text, day, lang, row in cases:
        assert _rows(real, make_doc, text, day, lang) == [row], text


def test_the_purpose_of_a_trip_to_come_or_of_a_minister_is_no_meeting(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # a trip to come stays a plan; a minister's trip is no leaders' contact; Trump's Budapest summit with
    # Putin, announced in October 2025, was called off
    cases = [
        ("La premier Giorgia Meloni volerà al Cairo per incontrare il presidente egiziano al-Sisi.",
         "2024-03-15", "it"),
        ("La premier sarà in visita al Cairo per incontrare il presidente egiziano al-Sisi.", "2024-03-15",
         "it"),
        ("Il ministro degli Esteri Antonio Tajani è volato al Cairo per incontrare il presidente al-Sisi.",
         "2023-01-22", "it"),
        ("Trump doveva volare a Budapest per incontrare Putin, ma il vertice è stato annullato.",
         "2025-10-22", "it"),
        ("Trump will fly to Budapest to meet Putin.", "2025-10-17", "en"),
        ("Secretary of State Antony Blinken flew to Beijing to meet Xi Jinping.", "2024-04-26", "en"),
        ("Emmanuel Macron se rendra à Pékin pour rencontrer Xi Jinping.", "2023-04-03", "fr"),
        ("Pedro Sánchez viajará a Pekín para reunirse con Xi Jinping.", "2025-04-08", "es"),
        ("Lula viajará a Pequim para se reunir com Xi Jinping.", "2023-04-10", "pt"),
        ("Scholz wird nach Peking reisen, um Xi Jinping zu treffen.", "2024-04-12", "de"),
        # Biden's October 2024 trip to Germany was postponed for Hurricane Milton
        ("Biden's trip to Germany to meet Scholz was postponed for the hurricane.", "2024-10-09", "en"),
        ("Il viaggio di Biden in Germania per incontrare Scholz è stato rinviato.", "2024-10-09", "it"),
        # an attempt is no meeting held (Meloni was at the White House on 17 April 2025)
        ("Meloni flew to Washington to try to meet Trump.", "2025-04-17", "en"),
        ("Meloni è volata a Washington per cercare di incontrare Trump.", "2025-04-17", "it"),
    ]
    for text, day, lang in cases:
        assert _occurred(real, make_doc, text, day, lang) == [], text


def test_the_seat_of_the_host_is_where_they_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron at the White House on 24 February 2025; Modi at the Kremlin on 9 July 2024; Meloni at the White
    # House on 17 April 2025 and at the Casa Rosada on 20 November 2024; Zelensky at the Chancellery on 28
    # May 2025 and in Downing Street on 1 March 2025; Macron at the Planalto on 28 March 2024.
    cases = [
        ("Emmanuel Macron s'est entretenu avec Donald Trump à la Maison-Blanche.", "2025-02-24", "fr",
         ("FRA-USA", "in_person", "2025-02-24", "occurred")),
        ("Narendra Modi s'est entretenu avec Vladimir Poutine au Kremlin.", "2024-07-09", "fr",
         ("IND-RUS", "in_person", "2024-07-09", "occurred")),
        ("Meloni ha parlato con Trump alla Casa Bianca.", "2025-04-17", "it",
         ("ITA-USA", "in_person", "2025-04-17", "occurred")),
        ("Modi ha parlato con Putin al Cremlino.", "2024-07-09", "it",
         ("IND-RUS", "in_person", "2024-07-09", "occurred")),
        ("Il presidente russo ha ricevuto al Cremlino il premier indiano Narendra Modi.", "2024-07-09", "it",
         ("IND-RUS", "in_person", "2024-07-09", "occurred")),
        ("Milei conversó con Giorgia Meloni en la Casa Rosada.", "2024-11-20", "es",
         ("ARG-ITA", "in_person", "2024-11-20", "occurred")),
        ("Merz sprach mit Selenskyj im Kanzleramt.", "2025-05-28", "de",
         ("DEU-UKR", "in_person", "2025-05-28", "occurred")),
        ("Lula conversou com Emmanuel Macron no Palácio do Planalto.", "2024-03-28", "pt",
         ("BRA-FRA", "in_person", "2024-03-28", "occurred")),
        ("Modi spoke with Putin at the Kremlin.", "2024-07-09", "en",
         ("IND-RUS", "in_person", "2024-07-09", "occurred")),
        ("Starmer spoke with Zelensky in Downing Street.", "2025-03-01", "en",
         ("GBR-UKR", "in_person", "2025-03-01", "occurred")),
    ]
    for text, day, lang, row in cases:
        assert _rows(real, make_doc, text, day, lang) == [row], text


def test_the_seat_speaking_for_its_government_is_no_place(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin and Trump spoke by phone on 3 July 2025; Trump and Meloni on 17 April 2025 at the White House
    cases = [
        ("La Casa Bianca ha fatto sapere che Trump ha parlato con Meloni.", "2025-04-17", "it", "ITA-USA"),
        ("Il Cremlino ha annunciato che Putin ha parlato con Trump.", "2025-07-03", "it", "RUS-USA"),
        ("Putin sprach mit Trump, teilte der Kreml mit.", "2025-07-03", "de", "RUS-USA"),
        ("Putin spoke with Trump, Kremlin aide Yuri Ushakov said.", "2025-07-03", "en", "RUS-USA"),
        ("The Kremlin said Putin spoke with Trump.", "2025-07-03", "en", "RUS-USA"),
        # every language's seats are one index: a bare seat another lexicon lists must not be a place here
        ("Presiden Rusia Vladimir Putin berbicara melalui telepon dengan Presiden Amerika Serikat "
         "Donald Trump, kata Kremlin.", "2025-07-03", "id", "RUS-USA"),
        ("रूसी राष्ट्रपति व्लादिमीर पुतिन ने अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से फोन पर बात की, क्रेमलिन ने कहा।",
         "2025-07-03", "hi", "RUS-USA"),
    ]
    for text, day, lang, pair in cases:
        assert _rows(real, make_doc, text, day, lang) == [(pair, "phone", day, "occurred")], text


def test_the_place_of_a_speech_is_not_the_place_of_the_call_it_reports(real: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    # Trump and Putin spoke on 18 March 2025; Biden was in Paris on 7 June 2024 and met Zelensky there
    text = "Speaking at the White House, Trump said he had spoken with Putin."
    assert _rows(real, make_doc, text, "2025-03-18", "en") == [("RUS-USA", "phone", "2025-03-18", "occurred")]
    text = "Depuis la Maison Blanche, Donald Trump s'est entretenu avec Vladimir Poutine."
    assert _rows(real, make_doc, text, "2025-03-18", "fr") == [("RUS-USA", "phone", "2025-03-18", "occurred")]
    text = "In Paris, Biden spoke with Zelensky."
    assert _rows(real, make_doc, text, "2024-06-07", "en") == [("UKR-USA", "in_person", "2024-06-07",
                                                                "occurred")]


def test_words_exchanged_are_a_call_unless_the_text_says_they_met(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # Macron and Putin spoke by phone on 1 July 2025; Macron was at the White House on 24 February 2025 and
    # Meloni on 17 April 2025. "ont échangé", "si sono scambiati" say nothing of the mode: a call, as "s'est
    # entretenu avec" is, unless a place of the meeting stands beside them.
    cases = [
        ("Emmanuel Macron et Vladimir Poutine ont échangé mardi.", "2025-07-01", "fr",
         ("FRA-RUS", "phone", "2025-07-01", "occurred")),
        ("Emmanuel Macron a échangé avec Vladimir Poutine.", "2025-07-01", "fr",
         ("FRA-RUS", "phone", "2025-07-01", "occurred")),
        ("Macron e Putin si sono scambiati opinioni sulla guerra.", "2025-07-01", "it",
         ("FRA-RUS", "phone", "2025-07-01", "occurred")),
        ("Emmanuel Macron a échangé avec Donald Trump à la Maison-Blanche.", "2025-02-24", "fr",
         ("FRA-USA", "in_person", "2025-02-24", "occurred")),
        ("Meloni e Trump si sono scambiati opinioni alla Casa Bianca.", "2025-04-17", "it",
         ("ITA-USA", "in_person", "2025-04-17", "occurred")),
        # Spanish and Portuguese views exchanged are talks, as "habló" and "conversou" are
        ("Macron y Putin intercambiaron impresiones sobre Ucrania.", "2025-07-01", "es",
         ("FRA-RUS", "in_person", "2025-07-01", "occurred")),
    ]
    for text, day, lang, row in cases:
        assert _rows(real, make_doc, text, day, lang) == [row], text


def test_the_pluperfect_of_a_talk_with_is_a_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "s'était entretenu avec" is "s'est entretenu avec" told before: the call of 1 July 2025
    text = "Emmanuel Macron s'était entretenu avec Vladimir Poutine le 1er juillet."
    assert _rows(real, make_doc, text, "2025-07-20", "fr") == [("FRA-RUS", "phone", "2025-07-01", "occurred")]
    text = "Emmanuel Macron s'était entretenu au téléphone avec Vladimir Poutine le 1er juillet."
    assert _rows(real, make_doc, text, "2025-07-20", "fr") == [("FRA-RUS", "phone", "2025-07-01", "occurred")]


def test_an_earlier_contact_in_the_pluperfect_keeps_the_reports_own(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # The report's undated meeting and the pair's earlier one, told in the pluperfect with its date: two
    # contacts, the first on the report's day. Meloni was in Kyiv on 21 February 2023 and 24 February 2024;
    # Zelensky met Macron in Paris on 16 February 2024 and at the Elysée on 7 June 2024; Sánchez met Xi in
    # Beijing on 9 September 2024 and 11 April 2025; Merz met Zelensky in Kyiv on 10 May 2025 and in Berlin
    # on 28 May; Xi was in Brasília on 20 November 2024, Lula in Beijing on 13 May 2025; Biden and Xi met in
    # Bali on 14 November 2022 and in Woodside on 15 November 2023.
    cases = [
        ("La premier Giorgia Meloni ha incontrato Zelensky a Kiev. L'anno scorso, il 21 febbraio, la premier "
         "aveva incontrato Zelensky nella capitale ucraina.", "2024-02-24", "it", "ITA-UKR", "2023-02-21"),
        ("Emmanuel Macron a reçu Volodymyr Zelensky à l'Elysée. Les deux présidents s'étaient rencontrés le "
         "16 février à Paris.", "2024-06-07", "fr", "FRA-UKR", "2024-02-16"),
        ("Emmanuel Macron a reçu Volodymyr Zelensky à l'Elysée. Les deux présidents s'étaient rencontrés en "
         "février à Paris.", "2024-06-07", "fr", "FRA-UKR", "2024-02"),
        ("Pedro Sánchez se reunió con Xi Jinping en Pekín. Ambos dirigentes ya se habían reunido el 9 de "
         "septiembre de 2024 en la capital china.", "2025-04-11", "es", "CHN-ESP", "2024-09-09"),
        ("Bundeskanzler Friedrich Merz empfing Selenskyj in Berlin. Die beiden hatten sich am 10. Mai in "
         "Kiew getroffen.", "2025-05-28", "de", "DEU-UKR", "2025-05-10"),
        # an earlier meeting of the report's own month: still another one; "sich" between the auxiliary
        # and "die beiden" hides no subject
        ("Merz empfing Selenskyj im Kanzleramt. Die beiden hatten sich im Mai in Kiew getroffen.",
         "2025-05-28", "de", "DEU-UKR", "2025-05"),
        ("Merz empfing Selenskyj im Kanzleramt. Im Mai hatten sich die beiden in Kiew getroffen.",
         "2025-05-28", "de", "DEU-UKR", "2025-05"),
        ("Lula se reuniu com Xi Jinping em Pequim. Os dois líderes haviam se encontrado em 20 de "
         "novembro de 2024 em Brasília.", "2025-05-13", "pt", "BRA-CHN", "2024-11-20"),
        ("Biden met Xi Jinping in Woodside. The two leaders had met on 14 November 2022 in Bali.",
         "2023-11-15", "en", "CHN-USA", "2022-11-14"),
    ]
    for text, day, lang, pair, before in cases:
        assert _rows(real, make_doc, text, day, lang) == sorted([(pair, "in_person", before, "occurred"),
                                                                 (pair, "in_person", day, "occurred")]), text


def test_a_pluperfect_retelling_of_the_days_news_is_that_contact(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # Scholz called Putin on Friday 15 November 2024 and defended the call in the following days: a
    # pluperfect within the week tells the report's own contact again, and dates it
    text = ("Scholz verteidigte sein Telefonat mit Putin gegen Kritik. Der Kanzler hatte am Freitag mit "
            "Putin telefoniert.")
    assert _rows(real, make_doc, text, "2024-11-18", "de") == [("DEU-RUS", "phone", "2024-11-15", "occurred")]
    text = ("Scholz defended his call with Putin against criticism. The chancellor had spoken with Putin on "
            "Friday.")
    assert _rows(real, make_doc, text, "2024-11-18", "en") == [("DEU-RUS", "phone", "2024-11-15", "occurred")]


def test_a_joint_act_with_a_leader_is_their_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron and Mohammed VI inaugurated the Tangier-Casablanca high-speed line on 15 November 2018: one
    # subject "with" the other shared the act, as "X and Y inaugurated" did; "with" people no leader is none
    cases = [
        ("En novembre 2018, Emmanuel Macron avait inauguré avec le roi Mohammed VI la ligne à grande vitesse "
         "entre Tanger et Casablanca.", "2024-10-28", "fr",
         [("FRA-MAR", "in_person", "2018-11", "occurred")]),
        ("Emmanuel Macron a inauguré avec le roi Mohammed VI la ligne à grande vitesse.", "2018-11-15", "fr",
         [("FRA-MAR", "in_person", "2018-11-15", "occurred")]),
        ("Macron inaugurated the high-speed line with King Mohammed VI.", "2018-11-15", "en",
         [("FRA-MAR", "in_person", "2018-11-15", "occurred")]),
        ("Macron inaugurated the high-speed line with the help of French firms.", "2018-11-15", "en", []),
        ("Emmanuel Macron a inauguré le salon avec des chefs d'entreprise.", "2018-11-15", "fr", []),
    ]
    for text, day, lang, expected in cases:
        assert _rows(real, make_doc, text, day, lang) == expected, text
