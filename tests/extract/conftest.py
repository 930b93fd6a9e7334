"""A small, true gazetteer for the extractor's unit tests (real leaders, real terms, names we wrote)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

import pytest

from graph.models import Leader, Office, Role
from graph.text import fold
from ingest.extract.parsed import Parsed, parse
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from ingest.gazetteer import Country, Gazetteer, OfficeTitle, load_default
from tests.extract.rows import DocFactory, Row, build_doc, held_rows

# id | name | aliases (;) | offices (; each "COUNTRY role start end", "-" for an open end)
LEADERS_TABLE = """
ahmed-al-sharaa | Ahmed al-Sharaa | al-Sharaa; أحمد الشرع; الشرع; Ахмед аш-Шараа; Ahmed eş-Şara; احمد الشرع
  | SYR head_of_state 2025-01-29 -
recep-tayyip-erdogan | Recep Tayyip Erdoğan | Erdogan; Erdoğan; رجب طيب أردوغان; أردوغان; Эрдоган;
  Реджеп Тайип Эрдоган; اردوغان; رجب طیب اردوغان
  | TUR head_of_government 2003-03-14 2014-08-28; TUR head_of_state 2014-08-28 -
emmanuel-macron | Emmanuel Macron | Macron; إيمانويل ماكرون; ماكرون; Эммануэль Макрон; Макрон; امانوئل ماکرون;
  ماکرون | FRA head_of_state 2017-05-14 -
vladimir-putin | Vladimir Putin | Putin; فلاديمير بوتين; بوتين; Владимир Путин; Путин; ولادیمیر پوتین; پوتین;
  Wladimir Putin; Vladimir Poutine; Poutine | RUS head_of_state 2000-05-07 2008-05-07;
  RUS head_of_government 2008-05-08 2012-05-07; RUS head_of_state 2012-05-07 -
olaf-scholz | Olaf Scholz | Scholz; أولاف شولتس; Олаф Шольц | DEU head_of_government 2021-12-08 2025-05-06
friedrich-merz | Friedrich Merz | Merz; فريدريش ميرتس; Фридрих Мерц | DEU head_of_government 2025-05-06 -
xi-jinping | Xi Jinping | شي جين بينغ; Си Цзиньпин; Şi Cinping; شی جین‌پینگ | CHN head_of_state 2013-03-14 -
joe-biden | Joe Biden | Biden; جو بايدن; Джо Байден | USA head_of_state 2021-01-20 2025-01-20
donald-trump | Donald Trump | Trump; دونالد ترامب; ترامب; ترمب; Дональд Трамп; دونالد ترامپ; ترامپ
  | USA head_of_state 2017-01-20 2021-01-20; USA head_of_state 2025-01-20 -
pedro-sanchez | Pedro Sánchez | Sánchez; بيدرو سانشيز | ESP head_of_government 2018-06-02 -
claudia-sheinbaum | Claudia Sheinbaum | Sheinbaum; كلاوديا شينباوم | MEX head_of_state 2024-10-01 -
masoud-pezeshkian | Masoud Pezeshkian | Pezeshkian; مسعود پزشکیان; پزشکیان; مسعود بزشكيان; Масуд Пезешкиан
  | IRN head_of_government 2024-07-28 -
ali-khamenei | Ali Khamenei | Khamenei; علي خامنئي; خامنئي; علی خامنه‌ای; خامنه‌ای
  | IRN head_of_state 1989-06-04 -
keir-starmer | Keir Starmer | Starmer; كير ستارمر | GBR head_of_government 2024-07-05 -
narendra-modi | Narendra Modi | Modi; ناريندرا مودي; Нарендра Моди; نارندرا مودی
  | IND head_of_government 2014-05-26 -
volodymyr-zelensky | Volodymyr Zelensky | Zelensky; Zelenskyy; فولوديمير زيلينسكي; زيلينسكي;
  Владимир Зеленский
  | UKR head_of_state 2019-05-20 -
mohammed-bin-salman | Mohammed bin Salman | محمد بن سلمان; Мухаммед бин Сальман; بن سلمان
  | SAU head_of_government 2022-09-27 -
giorgia-meloni | Giorgia Meloni | Meloni | ITA head_of_government 2022-10-22 -
imran-khan | Imran Khan | Имран Хан; عمران خان | PAK head_of_government 2018-08-18 2022-04-10
pope-francis | Pope Francis | Francis; Francisco; papa Francisco; Papst Franziskus
  | VAT head_of_state 2013-03-13 2025-04-21
francisco-guterres | Francisco Guterres | Guterres Lu-Olo | TLS head_of_state 2017-05-20 2022-05-20
sergio-mattarella | Sergio Mattarella | Mattarella | ITA head_of_state 2015-02-03 -
najib-mikati | Najib Mikati | Mikati | LBN head_of_government 2021-09-10 2025-02-08
salman-bin-abdulaziz | Salman bin Abdulaziz | King Salman; الملك سلمان
  | SAU head_of_state 2015-01-23 -; SAU head_of_government 2015-01-23 2022-09-27
donald-tusk | Donald Tusk | Tusk; دونالد توسك; Дональд Туск | POL head_of_government 2007-11-16 2014-09-22;
  POL head_of_government 2023-12-13 -
antonio-guterres | António Guterres | Guterres; أنطونيو غوتيريش; Антониу Гутерриш
  | UN intl_org_head 2017-01-01 -
anthony-albanese | Anthony Albanese | Albanese | AUS head_of_government 2022-05-23 -
charles-iii | Charles III | King Charles III; Charles III | ATG head_of_state 2022-09-08 -;
  AUS head_of_state 2022-09-08 -; GBR head_of_state 2022-09-08 -
frank-walter-steinmeier | Frank-Walter Steinmeier | Steinmeier | DEU head_of_state 2017-03-19 -
francois-bayrou | François Bayrou | Bayrou | FRA head_of_government 2024-12-13 -
barack-obama | Barack Obama | Obama; Барак Обама; باراک اوباما; اوباما
  | USA head_of_state 2009-01-20 2017-01-20
dmitry-medvedev | Dmitry Medvedev | Medvedev; Дмитрий Медведев | RUS head_of_state 2008-05-07 2012-05-07;
  RUS head_of_government 2012-05-08 2020-01-16
kassym-jomart-tokayev | Kassym-Jomart Tokayev | Tokayev; Касым-Жомарт Токаев; Kasım Cömert Tokayev
  | KAZ head_of_state 2019-03-20 -
shavkat-mirziyoyev | Shavkat Mirziyoyev | Mirziyoyev; Шавкат Мирзиёев | UZB head_of_state 2016-12-14 -
anwar-ibrahim | Anwar Ibrahim | Anwar Ibrahim | MYS head_of_government 2022-11-24 -
ibrahim-iskandar | Ibrahim Iskandar | Sultan Ibrahim | MYS head_of_state 2024-01-31 -
pham-minh-chinh | Pham Minh Chinh | Pham Minh Chinh | VNM head_of_government 2021-04-05 -
ilham-aliyev | Ilham Aliyev | Aliyev; Ильхам Алиев | AZE head_of_state 2003-10-31 -
nikol-pashinyan | Nikol Pashinyan | Pashinyan; Никол Пашинян | ARM head_of_government 2018-05-08 -
ebrahim-raisi | Ebrahim Raisi | Raisi; İbrahim Reisi; Раиси | IRN head_of_government 2021-08-03 2024-05-19
luc-frieden | Luc Frieden | Luc Frieden | LUX head_of_government 2023-11-17 -
javier-milei | Javier Milei | Milei | ARG head_of_state 2023-12-10 -
mohamed-muizzu | Mohamed Muizzu | Muizzu | MDV head_of_state 2023-11-17 -
yoon-suk-yeol | Yoon Suk Yeol | Yoon; Yoon Suk-yeol | KOR head_of_state 2022-05-10 2025-04-04
kim-jong-un | Kim Jong Un | Kim Jong-un | PRK head_of_state 2011-12-17 -
abdel-fattah-el-sisi | Abdel Fattah el-Sisi | Sisi; el-Sisi; عبد الفتاح السيسي; السيسي
  | EGY head_of_state 2014-06-08 -
elisabeth-borne | Élisabeth Borne | Borne | FRA head_of_government 2022-05-16 2024-01-09
alexander-van-der-bellen | Alexander Van der Bellen | Van der Bellen | AUT head_of_state 2017-01-26 -
sebastian-kurz | Sebastian Kurz | Kurz | AUT head_of_government 2017-12-18 2019-05-28
shinzo-abe | Shinzo Abe | Abe | JPN head_of_government 2012-12-26 2020-09-16
hassan-rouhani | Hassan Rouhani | Rouhani; حسن روحانی; روحانی | IRN head_of_government 2013-08-03 2021-08-03
hakainde-hichilema | Hakainde Hichilema | Hichilema | ZMB head_of_state 2021-08-24 -
luis-arce | Luis Arce | Arce | BOL head_of_state 2020-11-08 -
manuel-marrero-cruz | Manuel Marrero Cruz | Marrero | CUB head_of_government 2019-12-21 -
moon-jae-in | Moon Jae-in | Moon | KOR head_of_state 2017-05-10 2022-05-10
viktor-orban | Viktor Orbán | Orbán; Orban | HUN head_of_government 1998-07-06 2002-05-27;
  HUN head_of_government 2010-05-29 -
mario-draghi | Mario Draghi | Draghi | ITA head_of_government 2021-02-13 2022-10-22
klaus-iohannis | Klaus Iohannis | Iohannis | ROU head_of_state 2014-12-21 2025-02-12
angela-merkel | Angela Merkel | Merkel | DEU head_of_government 2005-11-22 2021-12-08
aleksandar-vucic | Aleksandar Vučić | Vučić; Vucic | SRB head_of_state 2017-05-31 -
boyko-borisov | Boyko Borisov | Borisov | BGR head_of_government 2017-05-04 2021-05-12
cyril-ramaphosa | Cyril Ramaphosa | Ramaphosa | ZAF head_of_state 2018-02-15 -
abdullah-ii | Abdullah II | King Abdullah II; عبدالله دوم; عبد الله الثاني | JOR head_of_state 1999-02-07 -
bisher-al-khasawneh | Bisher Al-Khasawneh | Khasawneh | JOR head_of_government 2020-10-12 2024-09-15
abiy-ahmed | Abiy Ahmed | Abiy | ETH head_of_government 2018-04-02 -
li-qiang | Li Qiang | Li Qiang | CHN head_of_government 2023-03-11 -
li-keqiang | Li Keqiang | Li Keqiang | CHN head_of_government 2013-03-15 2023-03-11
lula-da-silva | Luiz Inácio Lula da Silva | Lula; Lula da Silva | BRA head_of_state 2003-01-01 2011-01-01;
  BRA head_of_state 2023-01-01 -
macky-sall | Macky Sall | Sall; ماکی سال; ماكي سال | SEN head_of_state 2012-04-02 2024-04-02
nicolas-maduro | Nicolás Maduro | Maduro | VEN head_of_state 2013-04-19 -
mark-rutte | Mark Rutte | Rutte | NLD head_of_government 2010-10-14 2024-07-02
kais-saied | Kais Saied | Saied | TUN head_of_state 2019-10-23 -
bashar-al-assad | Bashar al-Assad | الأسد; بشار الأسد | SYR head_of_state 2000-07-17 2024-12-08
mohammed-vi | Mohammed VI | roi Mohammed VI; محمد السادس | MAR head_of_state 1999-07-23 -
"""

# iso3 | English name | names (lang:form,form; ...) | demonyms (same)
COUNTRIES_TABLE = """
SYR | Syria | en:Syria; ar:سوريا,سورية; fr:Syrie; ru:Сирия
  | en:Syrian; ar:السوري,السورية,سوري; fr:syrien,syrienne; ru:сирийский
TUR | Turkey | en:Turkey,Türkiye; ar:تركيا; fr:Turquie; es:Turquía; ru:Турция; de:Türkei; tr:Türkiye; fa:ترکیه
  | en:Turkish; ar:التركي,التركية,تركي; fr:turc,turque; es:turco,turca; ru:турецкий; de:türkische,türkischen;
  tr:Türk; fa:ترک
FRA | France | en:France; ar:فرنسا; fr:France; es:Francia; ru:Франция; de:Frankreich; tr:Fransa; fa:فرانسه
  | en:French; ar:الفرنسي,الفرنسية,فرنسي; fr:français,française; es:francés,francesa; ru:французский;
  de:französische,französischen; tr:Fransız; fa:فرانسوی
RUS | Russia | en:Russia; ar:روسيا; fr:Russie; es:Rusia; ru:Россия; de:Russland; tr:Rusya; fa:روسیه
  | en:Russian; ar:الروسي,الروسية; fr:russe; es:ruso,rusa; ru:российский; de:russische,russischen; tr:Rus;
  fa:روس,روسی
DEU | Germany | en:Germany; ar:ألمانيا; fr:Allemagne; es:Alemania; ru:Германия; de:Deutschland; tr:Almanya;
  fa:آلمان | en:German; ar:الألماني,الألمانية; fr:allemand,allemande; es:alemán,alemana;
  ru:германский,немецкий; de:deutsche,deutschen; tr:Alman; fa:آلمانی
CHN | China | en:China; ar:الصين; fr:Chine; es:China; ru:Китай; de:China; tr:Çin; fa:چین
  | en:Chinese; ar:الصيني,الصينية; fr:chinois,chinoise; es:chino,china; ru:китайский;
  de:chinesische,chinesischen; tr:Çinli; fa:چینی
USA | United States | en:United States,US,U.S.; ar:الولايات المتحدة; fr:États-Unis; es:Estados Unidos; ru:США;
  de:USA,Vereinigte Staaten; tr:ABD; fa:آمریکا | en:American; ar:الأمريكي,الأمريكية,الأميركي;
  fr:américain,américaine; es:estadounidense; ru:американский; de:amerikanische; tr:Amerikan; fa:آمریکایی
ESP | Spain | en:Spain; ar:إسبانيا; es:España; fr:Espagne | en:Spanish; ar:الإسباني; es:español,española;
  fr:espagnol
MEX | Mexico | en:Mexico; es:México; ar:المكسيك | en:Mexican; es:mexicano,mexicana; ar:المكسيكي,المكسيكية
IRN | Iran | en:Iran; ar:إيران; fa:ایران; ru:Иран; tr:İran | en:Iranian; ar:الإيراني,الإيرانية; fa:ایرانی;
  ru:иранский; tr:İranlı
GBR | United Kingdom | en:United Kingdom,Britain,UK; ar:بريطانيا | en:British; ar:البريطاني,البريطانية
IND | India | en:India; ar:الهند; ru:Индия; fa:هند | en:Indian; ar:الهندي,الهندية; ru:индийский; fa:هندی
UKR | Ukraine | en:Ukraine; ar:أوكرانيا; ru:Украина; de:Ukraine | en:Ukrainian; ar:الأوكراني,الأوكرانية;
  ru:украинский; de:ukrainische,ukrainischen
SAU | Saudi Arabia | en:Saudi Arabia; ar:السعودية | en:Saudi; ar:السعودي,السعودية
POL | Poland | en:Poland; fr:Pologne; de:Polen | en:Polish; fr:polonais,polonaise; de:polnische
AUS | Australia | en:Australia | en:Australian
ATG | Antigua and Barbuda | en:Antigua and Barbuda | en:Antiguan
ITA | Italy | en:Italy; fr:Italie; de:Italien; it:Italia | en:Italian; fr:italien,italienne
PAK | Pakistan | en:Pakistan; ru:Пакистан | en:Pakistani; ru:пакистанский
VNM | Vietnam | en:Vietnam; ru:Вьетнам | en:Vietnamese; ru:вьетнамский
VAT | Holy See | en:Holy See,Vatican | en:Vatican
TLS | Timor-Leste | en:Timor-Leste,East Timor | en:Timorese
LBN | Lebanon | en:Lebanon; ar:لبنان | en:Lebanese; ar:اللبناني,اللبنانية
UN | United Nations | en:United Nations,UN; ar:الأمم المتحدة |
KAZ | Kazakhstan | en:Kazakhstan; ru:Казахстан; tr:Kazakistan; fa:قزاقستان | en:Kazakh; ru:казахстанский
ARG | Argentina | en:Argentina; fr:Argentine; es:Argentina | en:Argentine,Argentinian; fr:argentin,argentine;
  es:argentino,argentina
MDV | Maldives | en:Maldives | en:Maldivian
KOR | South Korea | en:South Korea | en:South Korean
PRK | North Korea | en:North Korea | en:North Korean
HUN | Hungary | en:Hungary; de:Ungarn | en:Hungarian; de:ungarische,ungarischen
UZB | Uzbekistan | en:Uzbekistan; ru:Узбекистан | en:Uzbek; ru:узбекский
MYS | Malaysia | en:Malaysia; tr:Malezya | en:Malaysian
VEN | Venezuela | en:Venezuela; es:Venezuela | en:Venezuelan; es:venezolano,venezolana
NLD | Netherlands | en:Netherlands; it:Paesi Bassi | en:Dutch; it:olandese
TUN | Tunisia | en:Tunisia; it:Tunisia | en:Tunisian; it:tunisino,tunisina
MAR | Morocco | en:Morocco; fr:Maroc; es:Marruecos | en:Moroccan; fr:marocain,marocaine
AZE | Azerbaijan | en:Azerbaijan; ru:Азербайджан; fa:آذربایجان | en:Azerbaijani; ru:азербайджанский
ARM | Armenia | en:Armenia; ru:Армения | en:Armenian; ru:армянский
ALB | Albania | en:Albania; it:Albania | en:Albanian; it:albanese,albanesi
ROU | Romania | en:Romania; it:Romania | en:Romanian; it:romeno,romena
SRB | Serbia | en:Serbia | en:Serbian
BGR | Bulgaria | en:Bulgaria | en:Bulgarian
ZAF | South Africa | en:South Africa | en:South African
JOR | Jordan | en:Jordan; fa:اردن | en:Jordanian
ETH | Ethiopia | en:Ethiopia; fr:Éthiopie | en:Ethiopian; fr:éthiopien
AUT | Austria | en:Austria; de:Österreich | en:Austrian; de:österreichische,österreichischen
JPN | Japan | en:Japan; fr:Japon | en:Japanese; fr:japonais
ZMB | Zambia | en:Zambia | en:Zambian
BOL | Bolivia | en:Bolivia; es:Bolivia | en:Bolivian; es:boliviano,boliviana
CUB | Cuba | en:Cuba; es:Cuba | en:Cuban; es:cubano,cubana
EGY | Egypt | en:Egypt; ar:مصر | en:Egyptian; ar:المصري,المصرية
BRA | Brazil | en:Brazil; pt:Brasil | en:Brazilian; pt:brasileiro,brasileira
SEN | Senegal | en:Senegal; fa:سنگال | en:Senegalese
"""


def _records(table: str) -> list[list[str]]:
    """Join continuation lines (indented) and split each record on "|"."""
    rows: list[str] = []
    for line in table.strip("\n").split("\n"):
        if line.startswith("  ") and rows:
            rows[-1] += " " + line.strip()
        else:
            rows.append(line.strip())
    return [[cell.strip() for cell in row.split("|")] for row in rows]


def _day(value: str) -> date | None:
    return None if value == "-" else date.fromisoformat(value)


def _leaders() -> list[Leader]:
    out = []
    for lid, name, aliases, offices in _records(LEADERS_TABLE):
        terms = [o.split() for o in offices.split(";")]
        out.append(Leader(id=lid, name=name, aliases=tuple(a.strip() for a in aliases.split(";")),
                          offices=tuple(Office(country=c, role=cast(Role, r), start=_day(s), end=_day(e))
                                        for c, r, s, e in terms)))
    return out


def _forms(cell: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for part in filter(None, (p.strip() for p in cell.split(";"))):
        lang, forms = part.split(":", 1)
        out[lang] = tuple(f.strip() for f in forms.split(","))
    return out


# iso3 -> capital names (true capitals, in a few languages)
CAPITALS = {"TUR": "en:Ankara; tr:Ankara", "RUS": "en:Moscow; ru:Москва; fr:Moscou", "FRA": "en:Paris; "
                                                                                            "fr:Paris",
            "ESP": "en:Madrid; es:Madrid", "UKR": "en:Kyiv,Kiev; fr:Kiev", "SAU": "en:Riyadh; ar:الرياض",
            "GBR": "en:London; es:Londres; fr:Londres", "VNM": "en:Hanoi; ru:Ханой,Ханое",
            "UZB": "en:Tashkent; ru:Ташкент"}


# leader id -> its surname-only forms (folded), which need context to trust
SHORT_NAMES = {"mohammed-bin-salman": frozenset({fold("بن سلمان")}),
               "pope-francis": frozenset({fold("Francis"), fold("Francisco")}),
               "olaf-scholz": frozenset({fold("Scholz")}),
               "kim-jong-un": frozenset({fold("Kim")}),
               "viktor-orban": frozenset({fold("Orbán"), fold("Orban")})}
# iso3 -> how the country names its offices (a monarchy whose crown prince heads the government)
OFFICES = {"FRA": (OfficeTitle("head_of_state", "president"),
                   OfficeTitle("head_of_government", "prime_minister")),
           "IRN": (OfficeTitle("head_of_state", "supreme_leader"),
                   OfficeTitle("head_of_government", "president")),
           "JOR": (OfficeTitle("head_of_state", "monarch"),
                   OfficeTitle("head_of_government", "prime_minister")),
           "SAU": (OfficeTitle("head_of_state", "monarch"),
                   OfficeTitle("head_of_government", "monarch", None, date(2022, 9, 27)),
                   OfficeTitle("head_of_government", "prime_minister", date(2022, 9, 27), None))}


def _countries() -> list[Country]:
    return [Country(iso3=iso3, iso2=None, name=name, names=_forms(names), demonyms=_forms(demonyms),
                    capitals=_forms(CAPITALS.get(iso3, "")), offices=OFFICES.get(iso3, ()))
            for iso3, name, names, demonyms in _records(COUNTRIES_TABLE)]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(leaders={ldr.id: ldr for ldr in _leaders()}, countries={c.iso3: c for c in _countries()},
                     short_names=SHORT_NAMES)


@pytest.fixture(scope="session")
def extractor(gazetteer: Gazetteer) -> RuleExtractor:
    return RuleExtractor(gazetteer)


@pytest.fixture(scope="session")
def real() -> RuleExtractor:
    """The extractor with the whole gazetteer (leaders and forms the small table above lacks)."""
    return RuleExtractor(load_default())


def parse_english(ex: RuleExtractor, text: str) -> list[Parsed]:
    """Parse an English text as the extractor does."""
    language = ex.languages["en"]
    return parse(text, tokenize(text), ex.vocab, ex.date_indexes.get("en", ex.date_index), ex.relative_words,
                 language.future, ex.split_by_lang.get("en", ex.split_cues), language.verb_final, "en",
                 language.future_endings, language.comma_relatives, language.subordinators_follow,
                 ex.own_words.get("en"))






@pytest.fixture
def make_doc() -> DocFactory:
    return build_doc


# (country, country, mode, date) of each occurred contact, the two countries in order.
OccurredRun = Callable[..., list[Row]]


@pytest.fixture
def occurred(extractor: RuleExtractor, make_doc: DocFactory) -> OccurredRun:
    """Extract a text published on a day and list its occurred contacts, sorted."""
    def run(text: str, published: str, lang: str = "en") -> list[Row]:
        return held_rows(extractor, make_doc, text, published, lang)
    return run
