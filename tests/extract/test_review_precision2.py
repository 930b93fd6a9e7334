"""A precision review of French and Russian near misses: reports we wrote about real contacts (pairs only)."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory

# (report, publication day, language, expected occurred rows: pair, mode). True facts: Scholz called
# Putin on 15 November 2024 and Zelensky criticized the call that day; Trump and Putin spoke on 12 February,
# 18 March and 19 May 2025 and met in Anchorage on 15 August 2025; Macron called Putin on 1 July 2025;
# Xi was in Paris on 6 May 2024 and in Moscow on 8 May 2025; Putin was in Beijing on 16 May 2024; Macron
# was at the White House on 24 February 2025; the G7 met in Kananaskis on 16-17 June 2025, NATO in The
# Hague on 24-25 June 2025, BRICS in Kazan on 22-24 October 2024, the SCO in Astana on 3-4 July 2024 and
# in Tianjin on 31 August-1 September 2025; Putin received Wang Yi on 1 April 2025 and Steve Witkoff on
# 6 August 2025; Lavrov and Rubio met in Riyadh on 18 February 2025; Pope Francis died on 21 April 2025.
CASES = [
    ("Volodymyr Zelensky a critiqué vendredi l'appel d'Olaf Scholz à Vladimir Poutine, estimant qu'il "
     'ouvrait la « boîte de Pandore ».',
     '2024-11-15', 'fr', [('DEU-RUS', 'phone')]),
    ("Le président ukrainien Volodymyr Zelensky a jugé « dangereux » l'entretien téléphonique entre le "
     'chancelier Olaf Scholz et Vladimir Poutine.',
     '2024-11-15', 'fr', [('DEU-RUS', 'phone')]),
    ("Emmanuel Macron a salué mercredi l'échange téléphonique entre Donald Trump et Vladimir Poutine.",
     '2025-02-12', 'fr', [('RUS-USA', 'phone')]),
    ("Réagissant à l'appel entre Donald Trump et Vladimir Poutine, le Premier ministre britannique Keir "
     "Starmer a estimé que l'Ukraine devait être à la table des négociations.",
     '2025-02-13', 'fr', [('RUS-USA', 'phone')]),
    ('Emmanuel Macron a appelé Donald Trump à maintenir la pression sur Moscou.',
     '2025-03-20', 'fr', []),
    ('Le président français a appelé jeudi Vladimir Poutine à accepter un cessez-le-feu de trente jours.',
     '2025-05-08', 'fr', []),
    ("Emmanuel Macron s'est entretenu au téléphone avec Volodymyr Zelensky au sujet du plan de paix de "
     'Donald Trump.',
     '2025-11-22', 'fr', [('FRA-UKR', 'phone')]),
    ("Emmanuel Macron a reçu Friedrich Merz à l'Elysée ; les deux dirigeants ont évoqué leur prochain "
     'échange avec Donald Trump.',
     '2025-05-07', 'fr', [('DEU-FRA', 'in_person')]),
    ("Emmanuel Macron a reçu Xi Jinping à l'Elysée lundi. À l'issue de leur entretien, les deux "
     'présidents ont tenu une conférence de presse commune.',
     '2024-05-06', 'fr', [('CHN-FRA', 'in_person')]),
    ("Donald Trump s'est entretenu mardi avec Vladimir Poutine. Selon le Kremlin, le président russe a "
     'accepté une trêve sur les infrastructures énergétiques. La Maison Blanche a de son côté indiqué '
     "que les deux dirigeants avaient convenu d'un cessez-le-feu partiel.",
     '2025-03-18', 'fr', [('RUS-USA', 'phone')]),
    ('Emmanuel Macron et Donald Trump se sont rencontrés lundi à la Maison Blanche. Lors de leur '
     "rencontre, le président français a plaidé pour des garanties de sécurité pour l'Ukraine. Après "
     "cet entretien, Emmanuel Macron s'est dit optimiste.",
     '2025-02-24', 'fr', [('FRA-USA', 'in_person')]),
    ('Emmanuel Macron a eu mardi son premier échange téléphonique avec Vladimir Poutine depuis près de '
     'trois ans. Au cours de cet appel de deux heures, le président français a plaidé pour un '
     'cessez-le-feu en Ukraine.',
     '2025-07-01', 'fr', [('FRA-RUS', 'phone')]),
    ('Emmanuel Macron, Friedrich Merz et Keir Starmer ont publié une déclaration commune appelant '
     "l'Iran à reprendre les négociations.",
     '2025-07-29', 'fr', []),
    ("Une trentaine de chefs d'Etat et de gouvernement, dont Emmanuel Macron et Keir Starmer, ont signé "
     "la déclaration finale du sommet de l'Otan à La Haye.",
     '2025-06-25', 'fr', []),
    ("Volodymyr Zelensky s'est dit prêt à rencontrer Vladimir Poutine « dans n'importe quel format ».",
     '2025-08-20', 'fr', []),
    ('Emmanuel Macron a souhaité que Donald Trump et Volodymyr Zelensky puissent se rencontrer '
     'rapidement.',
     '2025-03-05', 'fr', []),
    ("Recep Tayyip Erdogan a exprimé l'espoir de réunir Vladimir Poutine et Volodymyr Zelensky en "
     'Turquie.',
     '2025-05-16', 'fr', []),
    ("Le Kremlin n'a pas exclu une rencontre entre Vladimir Poutine et Donald Trump.",
     '2025-08-06', 'fr', []),
    ("« Je souhaite m'entretenir avec Vladimir Poutine le moment venu », a déclaré Emmanuel Macron.",
     '2025-06-10', 'fr', []),
    ('Le ministre des Affaires étrangères Jean-Noël Barrot a été reçu mardi à Kiev par Volodymyr '
     'Zelensky.',
     '2025-01-14', 'fr', []),
    ("Le chef de la diplomatie américaine Marco Rubio a rencontré Emmanuel Macron à l'Elysée jeudi.",
     '2025-04-17', 'fr', []),
    ("Vladimir Poutine a reçu l'émissaire américain Steve Witkoff au Kremlin mercredi.",
     '2025-08-06', 'fr', []),
    ("Emmanuel Macron a salué la mémoire du pape François, « un homme d'humilité ».",
     '2025-04-21', 'fr', []),
    ('Dans son discours, Emmanuel Macron a présenté ses condoléances au peuple marocain après le séisme.',
     '2023-09-09', 'fr', []),
    ('Le roi Charles III a rendu hommage à la reine Elizabeth II lors de son premier discours.',
     '2022-09-09', 'fr', []),
    ("Le porte-parole du Kremlin a indiqué qu'aucun entretien entre Vladimir Poutine et Emmanuel Macron "
     "n'était prévu.",
     '2025-03-06', 'fr', []),
    ("Aucun contact n'a eu lieu entre Emmanuel Macron et Vladimir Poutine depuis septembre 2022, a "
     "rappelé l'Elysée.",
     '2025-03-06', 'fr', []),
    ("En marge du sommet du G7 à Kananaskis, Emmanuel Macron s'est entretenu avec Mark Carney.",
     '2025-06-16', 'fr', [('CAN-FRA', 'in_person')]),
    ("Lors du sommet de l'OCS à Tianjin, Vladimir Poutine et Narendra Modi se sont entretenus, sous le "
     'regard de Xi Jinping qui les avait accueillis la veille.',
     '2025-09-01', 'fr', [('IND-RUS', 'in_person')]),
    ('Vladimir Poutine a reçu au Kremlin le ministre chinois des Affaires étrangères Wang Yi, en '
     'présence de Sergueï Lavrov.',
     '2025-04-01', 'fr', []),
    ('Le président Paul Kagame a reçu à Kigali le Premier ministre éthiopien Abiy Ahmed. Les deux '
     "dirigeants ont eu un tête-à-tête suivi d'une séance de travail élargie aux délégations.",
     '2024-04-07', 'fr', [('ETH-RWA', 'in_person')]),
    ("Le président sénégalais Bassirou Diomaye Faye a critiqué les propos d'Emmanuel Macron sur "
     "l'Afrique.",
     '2025-01-07', 'fr', []),
    ('Emmanuel Macron a répondu aux menaces de Donald Trump sur les droits de douane.',
     '2025-04-03', 'fr', []),
    ('Песков прокомментировал телефонный разговор Путина и Трампа.',
     '2025-02-12', 'ru', [('RUS-USA', 'phone')]),
    ('Зеленский раскритиковал телефонный разговор Шольца с Путиным.',
     '2024-11-15', 'ru', [('DEU-RUS', 'phone')]),
    ('Эрдоган приветствовал телефонный разговор Путина и Трампа.',
     '2025-02-12', 'ru', [('RUS-USA', 'phone')]),
    ('Лукашенко положительно оценил встречу Путина и Трампа на Аляске.',
     '2025-08-16', 'ru', [('RUS-USA', 'in_person')]),
    ('Помощник президента Юрий Ушаков сообщил, что Путин и Трамп проведут телефонный разговор во '
     'вторник.',
     '2025-03-17', 'ru', []),
    ('Ушаков рассказал о подготовке встречи Путина и Трампа на Аляске.',
     '2025-08-09', 'ru', []),
    ('По словам Ушакова, разговор Путина и Трампа пока не запланирован.',
     '2025-04-10', 'ru', []),
    ('Путин не исключил встречи с Зеленским.',
     '2025-09-03', 'ru', []),
    ('Путин заявил, что готов встретиться с Зеленским в Москве.',
     '2025-09-03', 'ru', []),
    ('Эрдоган выразил надежду на встречу Путина и Зеленского в Стамбуле.',
     '2025-05-12', 'ru', []),
    ('Трамп заявил, что хотел бы встретиться с Путиным как можно скорее.',
     '2025-01-24', 'ru', []),
    ('Путин провел телефонный разговор с Лукашенко и проинформировал его о разговоре с Трампом.',
     '2025-02-13', 'ru', [('BLR-RUS', 'phone'), ('RUS-USA', 'phone')]),
    ('Владимир Путин провел телефонный разговор с Александром Лукашенко. По итогам разговора стороны '
     'договорились о встрече. Как сообщили в пресс-службе белорусского лидера, президенты обсудили '
     'торгово-экономическое сотрудничество.',
     '2025-03-04', 'ru', [('BLR-RUS', 'phone')]),
    ('Путин и Си Цзиньпин провели переговоры в Пекине. По итогам переговоров лидеры подписали '
     'совместное заявление. В ходе беседы Си Цзиньпин назвал Путина старым другом.',
     '2024-05-16', 'ru', [('CHN-RUS', 'in_person')]),
    ('Путин и Трамп провели телефонный разговор, который длился более двух часов. В Белом доме заявили, '
     'что разговор прошел хорошо. Трамп после беседы написал в соцсети, что переговоры о прекращении '
     'огня начнутся немедленно.',
     '2025-05-19', 'ru', [('RUS-USA', 'phone')]),
    ('В Анкоридже завершились переговоры Путина и Трампа. Встреча продолжалась почти три часа. После '
     'переговоров лидеры выступили перед прессой.',
     '2025-08-15', 'ru', [('RUS-USA', 'in_person')]),
    ('Лидеры стран БРИКС приняли Казанскую декларацию.',
     '2024-10-23', 'ru', []),
    ('Путин, Си Цзиньпин и Моди сфотографировались вместе на саммите ШОС в Тяньцзине.',
     '2025-09-01', 'ru', []),
    ('Главы государств СНГ подписали совместное заявление по итогам саммита в Душанбе.',
     '2025-10-10', 'ru', []),
    ('На саммите ОДКБ в Минске присутствовали Путин, Лукашенко и Токаев.',
     '2024-11-28', 'ru', []),
    ('Путин принял в Кремле министра иностранных дел Китая Ван И. На встрече присутствовал Сергей '
     'Лавров.',
     '2025-04-01', 'ru', []),
    ('Путин принял в Кремле спецпосланника президента США Стива Уиткоффа. Встреча прошла в присутствии '
     'помощника президента Юрия Ушакова.',
     '2025-08-06', 'ru', []),
    ('Лавров и Рубио провели переговоры в Эр-Рияде.',
     '2025-02-18', 'ru', []),
    ('Министр иностранных дел Турции Хакан Фидан был принят Путиным в Кремле.',
     '2024-06-11', 'ru', []),
    ('В своем выступлении Путин выразил соболезнования семьям погибших.',
     '2024-03-24', 'ru', []),
    ('Путин почтил память жертв теракта в «Крокус Сити Холле».',
     '2024-03-24', 'ru', []),
    ('Путин напомнил, что последний раз встречался с Трампом в Хельсинки.',
     '2025-01-20', 'ru', [('RUS-USA', 'in_person')]),
    ('Песков заявил, что контактов между Путиным и Макроном не было.',
     '2025-03-05', 'ru', []),
    ('В Кремле заявили, что Путин не планирует разговаривать с Макроном.',
     '2025-03-05', 'ru', []),
    ('Путин ответил на угрозы Трампа ввести пошлины.',
     '2025-07-15', 'ru', []),
    ('Зеленский раскритиковал заявление Трампа о выборах на Украине.',
     '2025-02-19', 'ru', []),
    ('Путин прокомментировал слова Макрона об отправке войск на Украину.',
     '2024-03-13', 'ru', []),
    ('Владимир Путин провел телефонный разговор с президентом Франции Эммануэлем Макроном.',
     '2025-07-01', 'ru', [('FRA-RUS', 'phone')]),
    ('Путин и Эрдоган провели переговоры в Астане на полях саммита ШОС.',
     '2024-07-03', 'ru', [('RUS-TUR', 'in_person')]),
    ('Путин и Моди проехали вместе в автомобиле к месту переговоров в Тяньцзине.',
     '2025-09-01', 'ru', [('IND-RUS', 'in_person')]),
    ('Volodymyr Zelensky criticized the call between Olaf Scholz and Vladimir Putin.',
     '2024-11-15', 'en', [('DEU-RUS', 'phone')]),
    ('Emmanuel Macron welcomed the phone call between Donald Trump and Vladimir Putin.',
     '2025-02-12', 'en', [('RUS-USA', 'phone')]),
    ('Recep Tayyip Erdogan hoped for a meeting between Vladimir Putin and Volodymyr Zelensky in '
     'Istanbul.',
     '2025-05-12', 'en', []),
    # the leader whose death a message is about died: he is no party (a message to a living leader is one)
    ("Путин выразил соболезнования в связи с кончиной Папы Римского Франциска.",
     '2025-04-21', 'ru', []),
    ("Владимир Путин направил соболезнования в связи со смертью Папы Римского Франциска.",
     '2025-04-21', 'ru', []),
    ("Emmanuel Macron a présenté ses condoléances après le décès du pape François.",
     '2025-04-21', 'fr', []),
    ("Vladimir Putin expressed condolences over the death of Pope Francis.",
     '2025-04-21', 'en', []),
    ("Путин направил Эрдогану телеграмму соболезнования в связи с гибелью людей в результате землетрясения.",
     '2023-02-06', 'ru', [('RUS-TUR', 'written')]),
    # a summit's leaders named one by one attended it: no pair (the leaders' summit with no one named is
    # the pair's meeting, elsewhere)
    ("Les dirigeants du G7, dont Emmanuel Macron, Giorgia Meloni et Mark Carney, ont posé pour la photo de "
     "famille à Kananaskis.",
     '2025-06-16', 'fr', []),
    ("Les dirigeants du G7 ont posé pour la photo de famille à Kananaskis, parmi eux Emmanuel Macron et "
     "Giorgia Meloni.",
     '2025-06-16', 'fr', []),
    ("G7 leaders, including Emmanuel Macron, Giorgia Meloni and Mark Carney, posed for the family photo in "
     "Kananaskis.",
     '2025-06-16', 'en', []),
    ("Лидеры G7, в том числе Эммануэль Макрон, Джорджа Мелони и Марк Карни, сфотографировались в "
     "Кананаскисе.",
     '2025-06-16', 'ru', []),
    # "приняли" a summit's declaration adopted a text: no one was received (a leader received still is)
    ("Лидеры стран БРИКС, включая Владимира Путина и Нарендру Моди, приняли итоговую декларацию.",
     '2024-10-23', 'ru', []),
    ("Путин и Си Цзиньпин приняли совместное заявление об углублении партнерства.",
     '2024-05-16', 'ru', [('CHN-RUS', 'in_person')]),
    ("Путин принял в Кремле Александра Лукашенко.",
     '2025-03-13', 'ru', [('BLR-RUS', 'in_person')]),
]


@pytest.mark.parametrize(("text", "published", "lang", "expected"), CASES)
def test_near_misses_add_no_contact(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                                    lang: str, expected: list[tuple[str, str]]) -> None:
    """A comment on others' talks, a wish, a minister or a statement adds no pair; a talk retold is one."""
    got = real.extract(make_doc(text, published, lang=lang))
    assert sorted(("-".join(sorted((c.a.country, c.b.country))), c.mode) for c in got
                  if c.status == "occurred") == expected
