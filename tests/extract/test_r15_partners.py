"""Round fifteen (partners): whom a pronoun stands for when the sentence before named two leaders.

Our own sentences about real contacts. Xi Jinping's European tour of May 2024: Emmanuel Macron received him
in Paris, Aleksandar Vucic in Belgrade on 8 May, Viktor Orban in Budapest on 9 May. The one an object pronoun
stood for ("Vucic welcomed him") is the one the story keeps following: the next pronoun ("Orban held talks
with him") continues him, not the host the sentence named; and of a pair both named, the traveller every
host met in turn is the one a later pronoun stands for.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory
from tests.extract.rows import occurred_pairs as pairs

# An object pronoun's leader is the next pronoun's: Vucic met Xi, and Orban met Xi (never Vucic).
_CONTINUED = [
    ("en", "Xi Jinping left Paris for Belgrade. Serbian President Aleksandar Vucic welcomed him there on "
     "Wednesday. On Thursday Hungarian Prime Minister Viktor Orban held talks with him in Budapest."),
    ("en", "Chinese President Xi Jinping flew on to Serbia. President Aleksandar Vucic received him in "
     "Belgrade on Wednesday. A day later Prime Minister Viktor Orban met him in Budapest."),
    ("fr", "Xi Jinping a quitté Paris pour Belgrade. Le président serbe Aleksandar Vucic l'a accueilli "
     "mercredi. Dernière étape, la Hongrie. Le Premier ministre Viktor Orban s'est entretenu jeudi avec "
     "lui à Budapest."),
    ("de", "Xi Jinping reiste von Paris nach Belgrad. Der serbische Präsident Aleksandar Vucic empfing ihn "
     "am Mittwoch. Letzte Station war Ungarn. Ministerpräsident Viktor Orban sprach am Donnerstag mit "
     "ihm in Budapest."),
    ("es", "Xi Jinping viajó de París a Belgrado. El presidente serbio Aleksandar Vucic lo recibió el "
     "miércoles. El jueves, el primer ministro húngaro Viktor Orban lo recibió en Budapest."),
    ("it", "Xi Jinping è partito da Parigi per Belgrado. Il presidente serbo Aleksandar Vucic lo ha accolto "
     "mercoledì. Giovedì il premier ungherese Viktor Orban ha avuto colloqui con lui a Budapest."),
    ("pt", "Xi Jinping partiu de Paris para Belgrado. O presidente sérvio Aleksandar Vucic recebeu-o na "
     "quarta-feira. Na quinta-feira, o primeiro-ministro húngaro Viktor Orban conversou com ele em "
     "Budapeste."),
    ("ru", "Си Цзиньпин вылетел из Парижа в Белград. Сербский президент Александр Вучич встретил его в "
     "среду. В четверг венгерский премьер Виктор Орбан провел с ним переговоры в Будапеште."),
    ("pl", "Xi Jinping poleciał z Paryża do Belgradu. Prezydent Serbii Aleksandar Vučić przyjął go w "
     "środę. W czwartek premier Węgier Viktor Orbán rozmawiał z nim w Budapeszcie."),
    ("nl", "Xi Jinping vloog van Parijs naar Belgrado. De Servische president Aleksandar Vucic ontving hem "
     "woensdag. Donderdag sprak de Hongaarse premier Viktor Orban met hem in Boedapest."),
    ("tr", "Şi Cinping Paris'ten Belgrad'a geçti. Sırbistan Cumhurbaşkanı Aleksandar Vuçiç onu çarşamba "
     "günü karşıladı. Macaristan Başbakanı Viktor Orban perşembe günü Budapeşte'de onunla görüştü."),
    ("fa", "شی جین‌پینگ از پاریس به بلگراد رفت. الکساندر ووچیچ رئیس‌جمهور صربستان روز چهارشنبه از او "
     "استقبال کرد. ویکتور اوربان نخست‌وزیر مجارستان روز پنجشنبه در بوداپست با او دیدار کرد."),
]


@pytest.mark.parametrize(("lang", "text"), _CONTINUED)
def test_the_next_pronoun_continues_the_one_an_object_pronoun_stood_for(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert pairs(real, make_doc, text, "2024-05-10", lang) == {"CHN-HUN", "CHN-SRB"}


# Arabic "معه", "معها" (with him, with her): the preposition and its pronoun are one word.
_ARABIC_WITH_HIM = [
    ("وصل الرئيس الصيني شي جين بينغ إلى بودابست يوم الخميس. وأجرى رئيس الوزراء المجري فيكتور أوربان "
     "محادثات معه في مقر الحكومة.", "2024-05-10", {"CHN-HUN"}),
    ("وصلت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إلى كييف يوم الجمعة، وعقد الرئيس الأوكراني "
     "فولوديمير زيلينسكي اجتماعا معها.", "2022-04-09", {"EU-UKR"}),
]


@pytest.mark.parametrize(("text", "day", "expected"), _ARABIC_WITH_HIM)
def test_arabic_with_him_is_an_object_pronoun(real: RuleExtractor, make_doc: DocFactory, text: str, day: str,
                                               expected: set[str]) -> None:
    assert pairs(real, make_doc, text, day, "ar") == expected


# A tour: the traveller each host met is the one a later pronoun stands for, though the last host leads the
# sentence before (Xi met Macron in Paris on 6 May 2024, Vucic in Belgrade on 8 May, Orban on 9 May).
_TOUR = [
    ("en", "Emmanuel Macron hosted Xi Jinping in Paris on Monday. On Wednesday, Serbian President "
     "Aleksandar Vucic received Xi in Belgrade and the two leaders signed a joint statement. The last stop "
     "was Hungary. Prime Minister Viktor Orban held talks with him in Budapest on Thursday."),
    ("fr", "Emmanuel Macron a reçu Xi Jinping lundi à Paris. Mercredi, le président serbe Aleksandar Vucic a "
     "reçu Xi à Belgrade et les deux dirigeants ont signé une déclaration. Dernière étape, la Hongrie. Le "
     "Premier ministre Viktor Orban s'est entretenu jeudi avec lui à Budapest."),
    ("de", "Emmanuel Macron empfing Xi Jinping am Montag in Paris. Am Mittwoch empfing der serbische "
     "Präsident Aleksandar Vucic Xi in Belgrad, und die beiden unterzeichneten eine Erklärung. Letzte "
     "Station war Ungarn. Ministerpräsident Viktor Orban sprach am Donnerstag mit ihm in Budapest."),
    ("it", "Emmanuel Macron ha ricevuto Xi Jinping lunedì a Parigi. Mercoledì il presidente serbo Aleksandar "
     "Vucic ha ricevuto Xi a Belgrado e i due leader hanno firmato una dichiarazione. Ultima tappa, "
     "l'Ungheria. Giovedì il premier Viktor Orban ha avuto colloqui con lui a Budapest."),
]


@pytest.mark.parametrize(("lang", "text"), _TOUR)
def test_a_tours_traveller_is_the_pronoun_after_a_host(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                       text: str) -> None:
    assert pairs(real, make_doc, text, "2024-05-10", lang) == {"CHN-FRA", "CHN-HUN", "CHN-SRB"}


# The rule does not reach a pronoun the sentence's own subject stands for: "he" after a named subject is his.
_OWN_SUBJECT = [
    ("en", "Serbian President Aleksandar Vucic welcomed Xi Jinping in Belgrade on Wednesday. Vucic said he "
     "had spoken with Viktor Orban by phone the day before.", "2024-05-10", {"CHN-SRB", "HUN-SRB"}),
]


@pytest.mark.parametrize(("lang", "text", "day", "expected"), _OWN_SUBJECT)
def test_a_subject_pronoun_after_a_named_subject_is_his(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str, day: str, expected: set[str]) -> None:
    assert pairs(real, make_doc, text, day, lang) == expected


# Putin and Xi held a video call on 15 December 2021, and Putin told Xi about his video call with Biden of
# 7 December. The leader told about a contact after "about" ("о", "sobre", "über", "over", "sulla") is no
# party to it; the teller is (the reporting rule no longer sets him aside for "the clause" of the others).
_TOLD_ABOUT = [
    ("ru", "Президент России Владимир Путин и председатель КНР Си Цзиньпин провели в среду переговоры по "
     "видеосвязи. Путин рассказал китайскому лидеру о видеоконференции с президентом США Джо "
     "Байденом."),
    ("en", "Russian President Vladimir Putin and Chinese President Xi Jinping held a video call on "
     "Wednesday. Putin told the Chinese leader about his video conference with US President Joe "
     "Biden."),
    ("fr", "Le président russe Vladimir Poutine et le président chinois Xi Jinping ont tenu mercredi une "
     "visioconférence. Poutine a parlé au dirigeant chinois de sa visioconférence avec le "
     "président américain Joe Biden."),
    ("fr", "Le président russe Vladimir Poutine et le président chinois Xi Jinping ont tenu mercredi une "
     "visioconférence. Poutine a informé le dirigeant chinois sur sa visioconférence avec le "
     "président américain Joe Biden."),
    ("es", "El presidente ruso Vladimir Putin y el presidente chino Xi Jinping mantuvieron el miércoles "
     "una videoconferencia. Putin informó al líder chino sobre su videoconferencia con el "
     "presidente estadounidense Joe Biden."),
    ("de", "Der russische Präsident Wladimir Putin und der chinesische Präsident Xi Jinping hielten am "
     "Mittwoch eine Videokonferenz ab. Putin informierte den chinesischen Staatschef über seine "
     "Videokonferenz mit US-Präsident Joe Biden."),
    ("it", "Il presidente russo Vladimir Putin e il presidente cinese Xi Jinping hanno tenuto mercoledì "
     "una videoconferenza. Putin ha informato il leader cinese sulla sua videoconferenza con il "
     "presidente americano Joe Biden."),
    ("pt", "O presidente russo Vladimir Putin e o presidente chinês Xi Jinping realizaram na "
     "quarta-feira uma videoconferência. Putin informou o líder chinês sobre a sua "
     "videoconferência com o presidente americano Joe Biden."),
    ("pl", "Prezydent Rosji Władimir Putin i przewodniczący ChRL Xi Jinping odbyli w środę "
     "wideokonferencję. Putin poinformował chińskiego przywódcę o swojej wideokonferencji z "
     "prezydentem USA Joe Bidenem."),
    ("nl", "De Russische president Vladimir Poetin en de Chinese president Xi Jinping hielden woensdag "
     "een videoconferentie. Poetin informeerde de Chinese leider over zijn videoconferentie met de "
     "Amerikaanse president Joe Biden."),
    ("tr", "Rusya Devlet Başkanı Vladimir Putin ve Çin Devlet Başkanı Şi Cinping çarşamba günü video "
     "konferans yoluyla görüştü. Putin, Çinli lidere ABD Başkanı Joe Biden ile yaptığı video "
     "konferans hakkında bilgi verdi."),
]


@pytest.mark.parametrize(("lang", "text"), _TOLD_ABOUT)
def test_a_leader_told_about_a_contact_is_no_party_to_it(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str) -> None:
    assert pairs(real, make_doc, text, "2021-12-15", lang) == {"CHN-RUS", "RUS-USA"}


# Macron received Zelensky in Paris; that evening Starmer phoned both (our own sentences, after the London
# summit of 2 March 2025). "The two leaders" after the "with" of a lone leader's cue are his partners, each.
_WITH_BOTH = [
    ("fr", "Macron a reçu Zelensky lundi à Paris. Le soir même, Keir Starmer s'est entretenu par téléphone "
     "avec les deux dirigeants."),
    ("de", "Macron empfing Selenskyj am Montag in Paris. Am Abend telefonierte der britische Premierminister "
     "Keir Starmer mit beiden Politikern."),
    ("de", "Macron empfing Selenskyj am Montag in Paris. Am Abend telefonierte Keir Starmer mit den beiden "
     "Staatschefs."),
    ("ru", "Макрон принял Зеленского в понедельник в Париже. Вечером Кир Стармер провел телефонный "
     "разговор с обоими лидерами."),
    ("it", "Macron ha ricevuto Zelensky lunedì a Parigi. In serata Keir Starmer ha parlato al telefono con i "
     "due leader."),
    ("pt", "Macron recebeu Zelensky na segunda-feira em Paris. À noite, Keir Starmer conversou por telefone "
     "com os dois líderes."),
    ("nl", "Macron ontving Zelensky maandag in Parijs. 's Avonds sprak Keir Starmer telefonisch met beide "
     "leiders."),
    ("ar", "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس الأوكراني فولوديمير زيلينسكي يوم الاثنين في باريس. "
     "وفي المساء أجرى رئيس الوزراء البريطاني كير ستارمر اتصالا هاتفيا مع الزعيمين."),
    ("en", "Macron met Zelensky in Paris on Monday. Later that day Keir Starmer spoke with both leaders by "
     "phone."),
]


@pytest.mark.parametrize(("lang", "text"), _WITH_BOTH)
def test_the_pair_after_a_with_is_each_partner(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                               text: str) -> None:
    assert pairs(real, make_doc, text, "2025-03-03", lang) == {"FRA-GBR", "FRA-UKR", "GBR-UKR"}
