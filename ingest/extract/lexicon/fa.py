"""Persian: Gregorian month names and the Solar Hijri calendar's ("۱۵ آبان ۱۴۰۳")."""

from ingest.extract.lexicon import Lexicon, mapping, words

# Solar Hijri months from Farvardin; news also write them joined to "ماه" (month): "مهرماه".
_SOLAR = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
          "اسفند")
# Ordinal days ("اول آذر", "بیست و دوم بهمن"): the units, the teens, and the tens they join with "و" (and).
_UNITS = ("یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم")
_TEENS = ("دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم")
_DAY_ORDINALS = {"اول": 1, **{w: i + 1 for i, w in enumerate(_UNITS)},
                 **{w: i + 10 for i, w in enumerate(_TEENS)}, "بیستم": 20,
                 **{f"بیست و {w}": i + 21 for i, w in enumerate(_UNITS)},
                 "سی‌ام": 30, "سی ام": 30, "سی و یکم": 31}

LEXICON = Lexicon(
    lang="fa",
    airports=words("فرودگاه"),
    internationals=("بین",),
    named_after=words("فرودگاه|دانشگاه|خیابان|بیمارستان|بزرگراه|میدان|بندر|ورزشگاه|جایزه|مسجد"),
    kin=words("برادر|خواهر|پسر|دختر|همسر|بیوه|پدر|مادر|نوه"),
    home="IRN",
    verb_final=True,
    # "پزشکیان ... با پوتین دیدار کرد": the surname opening the clause is its subject, the one after «با» its
    # partner, the one before «را» its object (rules._backed)
    bare_subjects=True,
    object_markers=words("را"),
    titles={
        **mapping("president", "رئیس جمهور|رئیس‌جمهور|رئیس جمهوری|رئیس‌جمهوری|رییس جمهور|رییس‌جمهور"),
        **mapping("crown_prince", "ولیعهد|ولی‌عهد|ولی عهد"),
        **mapping("monarch", "پادشاه|امیر|سلطان|ملک|امپراتور"),
        **mapping("prime_minister", "نخست وزیر|نخست‌وزیر|نخستوزیر"),
        **mapping("chancellor", "صدراعظم|صدر اعظم"),
        **mapping("pope", "پاپ"),
        **mapping(None, "رهبر"),
    },
    plural_titles={**mapping(None, "رهبران|سران"),
                   **mapping("president", "روسای جمهور|روسای جمهوری|رؤسای جمهور|رؤسای جمهوری")},
    org_titles={**mapping("UN", "دبیرکل سازمان ملل|دبیرکل سازمان ملل متحد|دبیر کل سازمان ملل"),
                **mapping("EU", "رئیس کمیسیون اروپا|رئیس کمیسیون اروپایی|رئیس شورای اروپا|"
                                "رئیس شورای اروپایی")},
    # "مقام معظم رهبری", the Supreme Leader as IRNA names him
    country_titles={**mapping(("IRN", "head_of_state"), "رهبر معظم انقلاب|رهبر انقلاب|رهبر انقلاب اسلامی|"
                                                        "مقام معظم رهبری")},
    ministers=words("وزیر|وزرای|وزیر امور خارجه|وزیر خارجه|سخنگو*|سفیر|فرستاده|نماینده|مشاور|معاون|"
                    "معاون اول|استاندار|شهردار|رئیس مجلس|هیئت|هیات|دستیار|رئیس سابق"),
    counterparts=words("همتای|همتا|همتایان|میهمان خود|مهمان خود|میهمانش|مهمانش"),
    pair_refs=words("دو رئیس جمهور|دو رهبر|طرفین|دو طرف|رهبران دو کشور|دو رئیس‌جمهور|"
                    # "the heads of the two countries"
                    "سران دو کشور|روسای جمهور دو کشور|رؤسای جمهور دو کشور"),
    pronouns=words("وی|او"),
    # not "آنها": folded it is the Arabic "أنها" (that it)
    plural_pronouns=words("ایشان"),
    # the pluperfect's plural auxiliary after a contact noun, with no subject in a sentence naming nobody:
    # the pair's earlier contact ("پیش از این در ۱۰ مه در کی‌یف دیدار کرده بودند"; rules._dropped_they)
    plural_auxiliaries=words("بودند"),
    groups={"سه رهبر": 3, "سه رئیس جمهور": 3, "چهار رهبر": 4},
    indefinites=words("یک"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("چند|برخی"),
    phone=words("تماس تلفنی|گفتگوی تلفنی|گفت‌وگوی تلفنی|گفت و گوی تلفنی|تلفنی|تلفن*|تماس"),
    # the adjective ("نشست ویدئوکنفرانسی") and a video link or call ("ارتباط تصویری", "تماس ویدئویی")
    video=words("ویدئو کنفرانس|ویدیو کنفرانس|ویدئوکنفرانس|ویدیوکنفرانس|مجازی|ویدئوکنفرانسی|ویدیوکنفرانسی|"
                "تماس تصویری|ارتباط تصویری|ارتباط ویدئویی|ارتباط ویدیویی|تماس ویدئویی|تماس ویدیویی"),
    written=words("پیام*|نامه*"),
    greeting=words("تبریک*|تسلیت*"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("نشست خبری مشترک|کنفرانس خبری مشترک"),
    in_person=words("گرد هم آمدند|گردهم آمدند|دور هم جمع شدند|دیدار*|ملاقات*|استقبال*|میزبانی|میزبان|"
                    "سفر کرد|دیدار و گفتگو|دست داد|دست دادند|ضیافت|نشست مشترک|دیدار دوجانبه|"
                    "نشست سه‌جانبه|نشست سه جانبه|نشست سران|اجلاس سه‌جانبه|"
                    "دیدار سه‌جانبه|امضا شد|امضا کردند|به امضا رسید|"
                    # (received in audience: "X را به حضور پذیرفت")
                    "به حضور پذیرفت|به حضور پذیرفتند"),
    talk=words("گفتگو*|گفت‌وگو*|گفت و گو|مذاکره*|مذاکرات*|رایزنی*|تبادل نظر|بحث و تبادل نظر|بحث و گفتگو|"
               "توافق کردند|توافق کرد|به توافق رسیدند"),
    roundup=words("پیام‌ها|پیامهای|رهبران|سران|پیام های"),
    not_cues=words("جلسه هیئت دولت|ریاست جلسه|نشست خبری|کنفرانس خبری"),
    caller_words=words("تماس گرفت"),
    from_words=words("از"),
    receive_words=words("دریافت"),
    initiative=words("به درخواست|به دعوت"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("آینده",),
    planned=words("خواهد|خواهند|قرار است|برنامه|دعوت*|آینده|فردا|سفر خواهد کرد|امیدوار|امیدواریم|"
                  "انتظار می‌رود|احتمال|انتظار می‌رفت|قرار بود|پیش‌بینی می‌شد|"
                  # readiness: "آماده دیدار است" offers a meeting
                  "آماده|"
                  # an intention: "قصد دارد با ... گفتگو کند" (means to talk)
                  "قصد دارد|قصد دارند|"
                  # the passive light verb in the present: "امروز مورد استقبال X قرار می‌گیرد" (is to be
                  # welcomed by X today); a held welcome is "قرار گرفت"
                  "قرار می‌گیرد|قرار می گیرد|قرار می‌گیرند|قرار می گیرند"),
    # the present of the light verb after a contact noun, and parts of today: a held contact is told in the
    # past, so one in the present at a part of today ("عصر امروز با X دیدار می‌کند") is on the programme
    present=words("می‌کند|می‌کنند|می کند|می کنند|میکند|میکنند"),
    dayparts=words("صبح امروز|امروز صبح|ظهر امروز|امروز ظهر|عصر امروز|امروز عصر|بعدازظهر امروز|"
                   "امروز بعدازظهر|بعد از ظهر امروز|امروز بعد از ظهر|امشب|شامگاه امروز"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("شایعه|ادعا شده|گویا"),
    exclusions=words("منتفی|بعید"),
    # "لغو شد" (was called off), "به تعویق افتاد" (was put off); not "لغو" alone ("لغو تحریم‌ها")
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("اگر|در صورتی که|چنانچه"),
    concessives=words("حتی اگر"),
    negation=words("نه|نکرد|نکردند|نخواهد|نخواهند|نیست|هیچ|نمی‌کند|نشد|نشده|نکرده|نداشت|نداشته|نبود|نبوده|"
                   "نمی‌شود|نیامده|نرسیده|نداشتند|عدم|لغو شد|لغو کرد|لغو کردند|به تعویق افتاد|"
                   "به تعویق انداخت"),
    denial=words("تکذیب*|برنامه‌ای نیست|برنامه ای نیست|"
                 # a contact that fell through ("دیدار برگزار نشد")
                 "برگزار نشد|برگزار نخواهد شد"),
    visit=words("سفر*|سفر رسمی|دیدار رسمی|مراسم استقبال"),
    summit=words("اجلاس*|نشست*|حاشیه|در حاشیه|مجمع عمومی|بریکس|شانگهای|نشست سران|نشست سه‌جانبه|"
                 "نشست سه جانبه|اجلاس سه‌جانبه"),
    # (the cleric's rank is written with a space as often as with the joiner: "آیت الله رئیسی")
    fillers=words("جمهوری|جمهوری اسلامی|کشور|آقای|خانم|حجت‌الاسلام|آیت‌الله|آیت الله|دولت"),
    relative=words("که"),
    companions=words("به همراه|همراه با"),
    subordinators=words("درحالیکه|در حالی که|پس از|پیش از|هنگامی که"),
    time_relatives=words("وقتی که|هنگامی که|زمانی که"),
    units_ago={**mapping(7, "هفته پیش|هفته قبل"), **mapping(30, "ماه پیش|ماه قبل"),
               **mapping(365, "سال پیش|سال قبل")},
    months={**mapping(1, "ژانویه"), **mapping(2, "فوریه"), **mapping(3, "مارس"), **mapping(4, "آوریل"),
            **mapping(5, "مه|می"), **mapping(6, "ژوئن"), **mapping(7, "ژوئیه|جولای"), **mapping(8, "اوت|"
                                                                                                   "آگوست"),
            **mapping(9, "سپتامبر"), **mapping(10, "اکتبر"), **mapping(11, "نوامبر"),
            **mapping(12, "دسامبر")},
    solar_months={**{name: i + 1 for i, name in enumerate(_SOLAR)},
                  **{name + "ماه": i + 1 for i, name in enumerate(_SOLAR)}, "امرداد": 5},
    weekdays={"دوشنبه": 0, "سه‌شنبه": 1, "سه شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3,
              "جمعه": 4, "شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6,
              # the same names with a plain space where the joiner belongs: without them "پنج شنبه" read as
              # its last word, Saturday
              "یک شنبه": 6, "دو شنبه": 0, "چهار شنبه": 2, "پنج شنبه": 3},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "پاییز گذشته"),
                  **mapping(7, "تابستان گذشته"),
                  **mapping(4, "بهار گذشته")},
    relative_years={"سال گذشته": -1, "پارسال": -1, "امسال": 0, "سال قبل": -1, "سال جاری": 0},
    relative_months={"یک سال پیش": -12,
                     "ماه گذشته": -1, "ماه جاری": 0, "این ماه": 0},
    # "پریروز": the day before yesterday
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"چند روز پیش": -3, "چند روز قبل": -3, "چند روز گذشته": -3,
                   "امروز": 0, "دیروز": -1, "فردا": 1, "دیشب": -1, "امشب": 0, "پریروز": -2,
                   # "the past day", "the past night": the agencies' yesterday and last night
                   "روز گذشته": -1, "شب گذشته": -1},
    past=words("گذشته"),
    month_leads=words("در|از|اوایل|اواخر|اواسط|ابتدای|پایان|نیمه|تا"),
    month_tails=words("ماه"),
    month_parts={"اوایل": 5, "ابتدای": 3, "اواسط": 15, "نیمه": 15, "اواخر": 25, "پایان": 28},
    year_leads=words("سال|در سال|از سال"),
    day_ordinals=_DAY_ORDINALS,
    numbers={"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
             "ده": 10},
    anchored_days={"روز بعد": 1, "فردای آن روز": 1, "روز قبل": -1, "همان روز": 0, "یک روز بعد": 1,
                   "یک روز قبل": -1},
    day_units={"روز بعد": 1, "روز پس از آن": 1},
    day_units_ago=words("روز پیش|روز قبل"),
    # "دو هفته قبل از انتخابات": two weeks before the election, not before the report
    counts_from_after=words("از"),
    relative_weeks={"هفته گذشته": -1, "این هفته": 0, "هفته پیش": -1, "در روزهای اخیر": 0},
    complementizers=words("که"),
    # the light verbs of a contact in the past ("دیدار کرد", "گفتگو کردند"): held
    preterites=words("کرد|کردند|داشت|داشتند"),
    reporting=words("گفت|اعلام کرد|افزود|تاکید کرد|خاطرنشان کرد|به گزارش"),
    since=words("از"),
    firsts=words("اولین|نخستین|نخست"),
    pair_nouns=words("دیدار آنها|دیدارشان|دیدار قبلی آنها|دیدار قبلی‌شان|دیدار پیشین آنها|آخرین دیدار آنها|"
                     "آخرین دیدارشان|تماس قبلی آنها|تماس تلفنی آنها|گفت‌وگوی قبلی آنها|دیدار دو جانبه آنها"),
    after_contacts=words("پس از|بعد از"),
    joins=words("پیوست|شرکت کرد|شرکت داشت|سه‌جانبه|سه جانبه"),
    predicatives=words("به عنوان|بعنوان"),
    homographs={"عمان": "JOR"},  # Oman, and Amman (عمّان) written without its shadda
    read_also=words("بیشتر بخوانید|همچنین بخوانید|مطالب مرتبط|بخوانید|بیشتر بدانید"),
    captions=words("عکس|تصویر"),
    deceased=words("درگذشته|فقید"),
    # (an alliance's chief is no leader, even a former prime minister: see the Arabic lexicon)
    elect=words("منتخب|سابق|پیشین|اسبق|دبیرکل ناتو|دبیر کل ناتو|دبیرکل پیمان ناتو|"
                "دبیرکل سازمان پیمان آتلانتیک شمالی|دبیرکل پیمان آتلانتیک شمالی"),
    # (and the copulas, which close a clause after its last noun: "میزبان پوتین بود")
    stopwords=words("در|از|به|با|که|را|و|یا|این|آن|تا|بر|برای|است|بود|بودند|شد|شدند"),
    # "قرار شده" / "مقرر است": it has been arranged / it is set that (not "قرار شد", it was agreed, which
    # follows a contact with what the pair agreed: "قرار شد وزیران خارجه ... پیگیری کنند")
    planned_sentence=words("قرار است|قرار بود|پیش‌بینی می‌شود|انتظار می‌رود|قرار شده|مقرر است|مقرر شده"),
    # the leader replaced in office ("who succeeded X"): no partner
    successions=words("جانشین"),
    presence=words("در حضور"),
    trilateral=words("سه‌جانبه|سه جانبه"),
    between=words("بین|میان"),
    # "سومین دیدار دو رهبر", "دیدار سوم دو رهبر" (rules._counted_earlier)
    count_ordinals=words("دومین|سومین|چهارمین"),
    count_ordinals_after=words("دوم|سوم|چهارم"),
    count_higher=words("سومین|چهارمین|سوم|چهارم"),
    group_refs=words("سران|رهبران"),
    last_time=words("آخرین بار|بار آخر|دیدار قبلی|تماس قبلی|سفر قبلی|دیدار پیشین|تماس پیشین|"
                     "گفتگوی قبلی|گفت‌وگوی قبلی|تماس تلفنی قبلی"),
    during=words("در جریان|در طول|طی"),
    public_posts=words("در شبکه‌های اجتماعی|در شبکه های اجتماعی"),
    additives=words("همچنین|نیز"),
    turns=words("در همین حال|از سوی دیگر|در خبری دیگر"),
    then_words=words("در آن زمان|آن زمان|در آن دیدار|در آن سفر|در آن نشست"),
    with_words=words("با"),
    iteratives=words("چندین بار|چند بار|چند مرتبه|چندین مرتبه|دو بار|سه بار|چهار بار|بارها"),
    topics={
        "bilateral_relations": words("دوجانبه|متحدان|روابط|همکاری*|مناسبات|دو کشور|رابطه|دوستی|اتحاد|نزدیکی|"
                                     "عادی‌سازی|روابط دیپلماتیک|سفارت*|روادید|ویزا|راهبردی|جامع"
                                     "|برادرانه|دوستانه|روابط دوجانبه"),
        "trade_economy": words("تجارت*|تجاری*|اقتصاد*|بازرگانی|تعرفه*|گمرک*|صادرات|واردات|بازار*|مالی|بودجه|"
                               "بدهی|"
                               "وام|صندوق بین‌المللی پول|بانک جهانی|تورم|مبادلات|شرکت‌ها|شرکت‌های|ارزی|"
                               "نرخ ارز|ارزهای"
                               "|صنعت|صنایع|صنعتی|بانکی|پول ملی|پول‌های ملی|کالاها|تجارت ترجیحی"),
        "investment": words("سرمایه‌گذاری*|سرمایه گذاری*|سرمایهگذاری*|سرمایه‌گذاران|صندوق"),
        "energy": words("انرژی|نفت|گاز|برق|نیروگاه*|تجدیدپذیر|خط لوله|انرژی هسته‌ای صلح‌آمیز|خورشیدی|"
                        "هیدروژن|زغال|اوپک|سوخت|پالایش*|گازی|نفتی"),
        "security_defense": words("همکاری نظامی|همکاری‌های نظامی|نظامی و امنیتی|امنیت*|دفاع*|ارتش|"
                                  "نیروهای مسلح|تسلیحات|سلاح*|موشک*|نیروها|سربازان|"
                                  "پدافند|بازدارندگی|نیروی دریایی|جنگنده*|رزمایش*|پهپاد*|مهمات|ناتو|امنیتی"
                                  "|صنایع دفاعی"),
        "counterterrorism": words("تروریسم|تکفیری*|افراطی*|تروریستی|تروریست*|داعش|افراط‌گرایی|افراطگرایی|"
                                  "گروه‌های مسلح|"
                                  "مبارزه با تروریسم"),
        "conflict_ceasefire": words("آتش‌بس|میانجی*|خصومت*|نبرد|آتش بس|جنگ|درگیری*|تنش*|صلح|تجاوز|حمله*|"
                                    "تهاجم|بحران|اشغال|"
                                    "گروگان*|تبادل اسرا|اسرا|بمباران|عملیات نظامی|مذاکرات صلح|روند صلح"
                                    "|حملات|نسل‌کشی|نسل کشی|کشتار|جنایات جنگی|پایان جنگ|توقف جنگ"),
        "humanitarian": words("بشردوستانه|انسان‌دوستانه|کمک‌های امدادی|امدادی|زلزله|سیل|آسیب‌دیدگان|کمک*|"
                              "غیرنظامیان|قحطی|گرسنگی|امدادرسانی|تخلیه"),
        "reconstruction": words("بازسازی|احیا"),
        "migration_refugees": words("پناهجو*|مهاجر*|آوارگان|پناهنده*|مهاجرت|بازگشت پناهندگان|اتباع"),
        "nuclear_nonproliferation": words("هسته‌ای|هسته ای|هستهای|غنی‌سازی|آژانس|اورانیوم|سلاح هسته‌ای|"
                                          "برجام|توافق هسته‌ای|پرونده هسته‌ای|تأسیسات هسته‌ای"),
        "climate_environment": words("اقلیمی|محیط زیست|تغییرات اقلیمی|آب‌وهوا|گرمایش|کربن|ریزگرد*|آلودگی"),
        "health": words("بهداشت*|سلامت|کرونا|واکسن|همه‌گیری|بیمارستان*|دارو*|پزشکی|بیماری*"),
        "regional_situation": words("منطقه*|منطقه‌ای|تحولات|خاورمیانه|غزه|فلسطین|لبنان|سوریه|یمن|"
                                    "قفقاز|ثبات منطقه|مسائل منطقه‌ای|همسایه*"),
        "sovereignty_territorial_integrity": words("حاکمیت|مرز*|تعیین مرز|حق حاکمیت|تمامیت ارضی|استقلال|"
                                                   "الحاق|سرزمین‌های اشغالی|"
                                                   "یکپارچگی"),
        "domestic_politics_elections": words("انتخابات*|انتخاب مجدد|همه‌پرسی|قانون اساسی|دولت جدید|تحلیف|"
                                             "تنفیذ|کودتا|رأی‌گیری|آرای مردم|صندوق رأی"),
        "ceremonial": words("تبریک*|تسلیت*|عید فطر|عید قربان|عید نوروز|عید سعید|عید پاک|اعیاد|سالگرد|نوروز|"
                            "سال نو|روز ملی|مدال|نشان افتخار|نشان دولتی"
                            "|درگذشت|همدردی|شادباش|سوگ"),
        "sanctions": words("تحریم*|یکجانبه‌گرایی|فشار حداکثری"),
        "human_rights_minorities": words("حقوق بشر|اقلیت*|حقوق مشروع|زنان|آزادی*|دموکراسی|زندانیان|"
                                         "روزنامه‌نگار*|کردها|کُردها"),
        "multilateral_diplomacy": words("سازمان ملل|سازمان همکاری اقتصادی|شورای امنیت|چندجانبه*|بریکس|"
                                        "شانگهای|"
                                        "اتحادیه اروپا|اتحادیه آفریقا|اتحادیه عرب|سازمان همکاری اسلامی|"
                                        "مجمع عمومی|جامعه جهانی|"
                                        "روند آستانه|فرمت آستانه"
                                        "|سازمان تجارت جهانی|نهادهای بین‌المللی"),
        "infrastructure_transport": words("ترانزیت|حمل و نقل|حمل‌ونقل|کریدور|بندر*|راه‌آهن|راه آهن|جاده*|"
                                          "کشتیرانی|دریایی|پل|لجستیک|شمال-جنوب|شمال–جنوب"),
        "food_agriculture": words("کشاورزی|غذا*|گندم|غلات|کود|امنیت غذایی|محصولات کشاورزی|برنج"),
        "technology": words("فناوری*|فن‌آوری|هوش مصنوعی|دیجیتال|نیمه‌رسانا*|سایبری|فضایی|ماهواره*|نوآوری|"
                            "فناوری اطلاعات|ارتباطات"
                            "|دانش‌بنیان|هوافضا|فضای مجازی"),
        "culture_education_tourism": words("فرهنگ*|آموزش*|گردشگری|دانشگاه*|دانشجو*|ورزش*|میراث|موزه*|علمی|"
                                           "گردشگران|بورسیه"
                                           "|زائران|زیارتی|گردشگر|هنری|سینما"),
    },
    places={"غزه": "Gaza", "خاورمیانه": "Middle East", "قفقاز": "Caucasus"},
)
