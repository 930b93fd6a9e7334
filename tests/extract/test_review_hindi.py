"""Second press review of Hindi: sentences we wrote in the style of PTI-Bhasha, Dainik Jagran, Amar Ujala,
Navbharat Times and Aaj Tak, about real contacts of 2019-2025 (leaders in office on those days).

Each row is (text, publication day, expected rows of ("AAA-BBB", mode, date, status)). The mechanisms they
pin (docs/EXTRACTION.md, "Second Hindi and Indonesian review"): a full name whose first word is a relative
("जो बाइडन"), a country joined to its title by the genitive with no name after it ("घाना के राष्ट्रपति"), a
surname alone before a case postposition ("श्री मोदी ने", "मोदी और जिनपिंग के बीच"), "अगले महीने", and the
words "अगवानी", "मिलने", "सह-अध्यक्षता".
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

CASES = [
    ('रूस के राष्ट्रपति व्लादिमीर पुतिन गुरुवार शाम दो दिवसीय राजकीय यात्रा '
     'पर नई दिल्ली पहुंचे, जहां प्रधानमंत्री नरेंद्र मोदी ने हवाई अड्डे पर '
     'गर्मजोशी से गले मिलकर उनका स्वागत किया।',
     '2025-12-05', [('IND-RUS', 'in_person', '2025-12-04', 'occurred')]),
    ('प्रधानमंत्री मोदी ने शुक्रवार को हैदराबाद हाउस में राष्ट्रपति पुतिन के'
     ' साथ 23वें भारत-रूस वार्षिक शिखर सम्मेलन में द्विपक्षीय वार्ता की।',
     '2025-12-06', [('IND-RUS', 'in_person', '2025-12-05', 'occurred')]),
    ('अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मंगलवार को प्रधानमंत्री नरेंद्र '
     'मोदी को उनके 75वें जन्मदिन पर फोन कर शुभकामनाएं दीं।',
     '2025-09-17', [('IND-USA', 'phone', '2025-09-16', 'occurred')]),
    ('यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की ने शनिवार को प्रधानमंत्री '
     'मोदी से टेलीफोन पर बातचीत की।',
     '2025-08-31', [('IND-UKR', 'phone', '2025-08-30', 'occurred')]),
    ('प्रधानमंत्री मोदी ने रविवार को तियानजिन में शंघाई सहयोग संगठन (एससीओ) '
     'शिखर सम्मेलन से इतर चीनी राष्ट्रपति शी जिनपिंग के साथ बैठक की।',
     '2025-09-01', [('CHN-IND', 'in_person', '2025-08-31', 'occurred')]),
    ('प्रधानमंत्री मोदी और रूसी राष्ट्रपति पुतिन सोमवार को एक ही कार में '
     'बैठकर द्विपक्षीय बैठक स्थल पहुंचे, जहां दोनों नेताओं ने करीब एक घंटे '
     'तक बातचीत की।',
     '2025-09-02', [('IND-RUS', 'in_person', '2025-09-01', 'occurred')]),
    ('प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को मुंबई में ब्रिटेन के '
     'प्रधानमंत्री कीर स्टार्मर से मुलाकात की। स्टार्मर दो दिवसीय भारत '
     'यात्रा पर आए हैं।',
     '2025-10-10', [('GBR-IND', 'in_person', '2025-10-09', 'occurred')]),
    ('श्री मोदी ने शुक्रवार को टोक्यो में जापान के प्रधानमंत्री शिगेरु इशिबा'
     ' के साथ शिखर वार्ता की।',
     '2025-08-30', [('IND-JPN', 'in_person', '2025-08-29', 'occurred')]),
    ('प्रधानमंत्री मोदी ने गुरुवार को ऑस्ट्रेलिया के प्रधानमंत्री स्कॉट '
     'मॉरिसन के साथ वर्चुअल माध्यम से शिखर बैठक की।',
     '2020-06-05', [('AUS-IND', 'video', '2020-06-04', 'occurred')]),
    ('विदेश मंत्री एस जयशंकर ने मंगलवार को बीजिंग में राष्ट्रपति शी जिनपिंग '
     'से मुलाकात की।',
     '2025-07-16', []),
    ('विदेश मंत्री एस जयशंकर ने सोमवार को चीन के विदेश मंत्री वांग यी के साथ'
     ' बैठक की।',
     '2025-07-15', []),
    ('प्रधानमंत्री मोदी ने शुक्रवार को जी7 शिखर सम्मेलन से इतर इटली की '
     'प्रधानमंत्री जॉर्जिया मेलोनी से मुलाकात की।',
     '2024-06-15', [('IND-ITA', 'in_person', '2024-06-14', 'occurred')]),
    ('फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने सोमवार शाम एलिसी पैलेस में '
     'प्रधानमंत्री मोदी के सम्मान में रात्रिभोज का आयोजन किया और गर्मजोशी से'
     ' गले मिलकर उनका स्वागत किया।',
     '2025-02-11', [('FRA-IND', 'in_person', '2025-02-10', 'occurred')]),
    ('राष्ट्रपति जो बाइडन ने गुरुवार को व्हाइट हाउस में प्रधानमंत्री मोदी का'
     ' औपचारिक स्वागत किया।',
     '2023-06-23', [('IND-USA', 'in_person', '2023-06-22', 'occurred')]),
    ('प्रधानमंत्री मोदी अगले महीने जापान की यात्रा करेंगे, जहां वह '
     'प्रधानमंत्री शिगेरु इशिबा के साथ वार्षिक शिखर बैठक करेंगे।',
     '2025-07-25', [('IND-JPN', 'in_person', '2025-08', 'planned')]),
    ('प्रधानमंत्री मोदी ने शनिवार को हैदराबाद हाउस में बांग्लादेश की '
     'प्रधानमंत्री शेख हसीना के साथ व्यापक बातचीत की।',
     '2024-06-23', [('BGD-IND', 'in_person', '2024-06-22', 'occurred')]),
    ('प्रधानमंत्री मोदी ने सोमवार को मालदीव के राष्ट्रपति मोहम्मद मुइज्जू के'
     ' साथ प्रतिनिधिमंडल स्तर की वार्ता की।',
     '2024-10-08', [('IND-MDV', 'in_person', '2024-10-07', 'occurred')]),
    ('प्रधानमंत्री मोदी ने बुधवार को सिडनी में ऑस्ट्रेलियाई प्रधानमंत्री '
     'एंथनी अल्बनीज के साथ द्विपक्षीय वार्ता की।',
     '2023-05-25', [('AUS-IND', 'in_person', '2023-05-24', 'occurred')]),
    ('प्रधानमंत्री मोदी और राष्ट्रपति ट्रंप के बीच मंगलवार को करीब 35 मिनट '
     'तक फोन पर बातचीत हुई।',
     '2025-06-18', [('IND-USA', 'phone', '2025-06-17', 'occurred')]),
    ('प्रधानमंत्री मोदी मंगलवार को कनाडा के प्रधानमंत्री मार्क कार्नी से '
     'मिले।',
     '2025-06-18', [('CAN-IND', 'in_person', '2025-06-17', 'occurred')]),
    ('प्रधानमंत्री मोदी ने गुरुवार को चेकर्स में ब्रिटिश प्रधानमंत्री कीर '
     'स्टार्मर से भेंट की।',
     '2025-07-25', [('GBR-IND', 'in_person', '2025-07-24', 'occurred')]),
    ('प्रधानमंत्री मोदी ने मंगलवार को जी7 शिखर सम्मेलन से इतर फ्रांस के '
     'राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की। दोनों नेता इससे पहले फरवरी '
     'में पेरिस में मिले थे।',
     '2025-06-18', [('FRA-IND', 'in_person', '2025-02', 'occurred'),
                    ('FRA-IND', 'in_person', '2025-06-17', 'occurred')]),
    ('विदेश मंत्री एस जयशंकर ने वॉशिंगटन में अमेरिकी विदेश मंत्री मार्को '
     'रुबियो से मुलाकात की।',
     '2025-01-22', []),
    ('प्रधानमंत्री मोदी को सोमवार को अमेरिकी राष्ट्रपति जो बाइडन का फोन आया।',
     '2024-08-27', [('IND-USA', 'phone', '2024-08-26', 'occurred')]),
    ('प्रधानमंत्री मोदी ने शुक्रवार को कीव में राष्ट्रपति वोलोदिमीर '
     'जेलेंस्की को गले लगाया।',
     '2024-08-24', [('IND-UKR', 'in_person', '2024-08-23', 'occurred')]),
    ('कजान में बुधवार को मोदी और जिनपिंग के बीच पांच साल में पहली द्विपक्षीय'
     ' बैठक हुई।',
     '2024-10-24', [('CHN-IND', 'in_person', '2024-10-23', 'occurred')]),
    ('ब्राजील के राष्ट्रपति लूला दा सिल्वा ने मंगलवार को ब्रासीलिया के '
     'अल्वोराडा पैलेस में प्रधानमंत्री मोदी का स्वागत किया।',
     '2025-07-09', [('BRA-IND', 'in_person', '2025-07-08', 'occurred')]),
    ('प्रधानमंत्री मोदी ने रविवार को निकोसिया में साइप्रस के राष्ट्रपति '
     'निकोस क्रिस्टोडौलिडेस से मुलाकात की।',
     '2025-06-16', [('CYP-IND', 'in_person', '2025-06-15', 'occurred')]),
    ('प्रधानमंत्री मोदी ने बुधवार को अक्करा में घाना के राष्ट्रपति जॉन '
     'ड्रामानी महामा के साथ द्विपक्षीय वार्ता की।',
     '2025-07-03', [('GHA-IND', 'in_person', '2025-07-02', 'occurred')]),
    ('अर्जेंटीना के राष्ट्रपति जेवियर माइली ने शनिवार को ब्यूनस आयर्स के '
     'कासा रोसाडा में प्रधानमंत्री मोदी की अगवानी की।',
     '2025-07-06', [('ARG-IND', 'in_person', '2025-07-05', 'occurred')]),
    ('प्रधानमंत्री नरेंद्र मोदी और बांग्लादेश की प्रधानमंत्री शेख हसीना ने '
     'गुरुवार को वर्चुअल माध्यम से शिखर सम्मेलन किया।',
     '2020-12-18', [('BGD-IND', 'video', '2020-12-17', 'occurred')]),
    ('रूस के राष्ट्रपति व्लादिमीर पुतिन चार दिसंबर को दो दिवसीय भारत यात्रा '
     'पर आएंगे, जहां वह प्रधानमंत्री मोदी के साथ वार्षिक शिखर सम्मेलन '
     'करेंगे।',
     '2025-11-28', [('IND-RUS', 'in_person', '2025-12-04', 'planned')]),
    ('प्रधानमंत्री मोदी ने आज वाराणसी में मॉरीशस के प्रधानमंत्री नवीनचंद्र '
     'रामगुलाम के साथ द्विपक्षीय वार्ता की।',
     '2025-09-11', [('IND-MUS', 'in_person', '2025-09-11', 'occurred')]),
    ('प्रधानमंत्री नरेंद्र मोदी ने बुधवार को इजराइल के प्रधानमंत्री बेंजामिन'
     ' नेतन्याहू से फोन पर बात की और पश्चिम एशिया की स्थिति पर चर्चा की।',
     '2024-09-12', [('IND-ISR', 'phone', '2024-09-11', 'occurred')]),
    ('प्रधानमंत्री मोदी ने सऊदी अरब के क्राउन प्रिंस और प्रधानमंत्री मोहम्मद'
     ' बिन सलमान के साथ मंगलवार को जेद्दा में बातचीत की।',
     '2025-04-23', [('IND-SAU', 'in_person', '2025-04-22', 'occurred')]),
    ('संयुक्त अरब अमीरात के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान ने '
     'मंगलवार को अबू धाबी हवाई अड्डे पर प्रधानमंत्री मोदी की अगवानी की।',
     '2024-02-14', [('ARE-IND', 'in_person', '2024-02-13', 'occurred')]),
    ('प्रधानमंत्री मोदी ने कहा कि वह जल्द ही राष्ट्रपति पुतिन से मिलने को '
     'उत्सुक हैं।',
     '2025-08-09', [('IND-RUS', 'in_person', '2025-08-09', 'planned')]),
    ('प्रधानमंत्री मोदी ने पिछले साल जुलाई में मॉस्को की यात्रा की थी, जहां '
     'उन्होंने राष्ट्रपति पुतिन से वार्ता की थी।',
     '2025-08-09', [('IND-RUS', 'in_person', '2024-07', 'occurred')]),
    ('प्रधानमंत्री नरेंद्र मोदी ने बृहस्पतिवार को अमेरिकी राष्ट्रपति डोनाल्ड'
     ' ट्रंप से व्हाइट हाउस में मुलाकात की।',
     '2025-02-14', [('IND-USA', 'in_person', '2025-02-13', 'occurred')]),
    ('प्रधानमंत्री मोदी ने जर्मनी के चांसलर ओलाफ शोल्ज के साथ शुक्रवार को नई'
     ' दिल्ली में अंतर-सरकारी परामर्श की सह-अध्यक्षता की।',
     '2024-10-26', [('DEU-IND', 'in_person', '2024-10-25', 'occurred')]),
    ('नेपाल के प्रधानमंत्री पुष्प कमल दहल प्रचंड ने गुरुवार को नई दिल्ली में'
     ' प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।',
     '2023-06-02', [('IND-NPL', 'in_person', '2023-06-01', 'occurred')]),
    ('प्रधानमंत्री मोदी ने श्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके से '
     'सोमवार को हैदराबाद हाउस में वार्ता की। दिसानायके तीन दिवसीय राजकीय '
     'यात्रा पर रविवार को नई दिल्ली पहुंचे थे।',
     '2024-12-17', [('IND-LKA', 'in_person', '2024-12-16', 'occurred')]),
    ('प्रधानमंत्री मोदी ने जापानी प्रधानमंत्री शिंजो आबे के साथ गुरुवार को '
     'ओसाका में जी20 शिखर सम्मेलन से इतर मुलाकात की।',
     '2019-06-28', [('IND-JPN', 'in_person', '2019-06-27', 'occurred')]),
    ('प्रधानमंत्री मोदी ने मंगलवार को अपने इतालवी समकक्ष जॉर्जिया मेलोनी से '
     'फोन पर बातचीत की।',
     '2025-08-27', [('IND-ITA', 'phone', '2025-08-26', 'occurred')]),
    # already right: a meeting noun with its pair in the genitive, and a pair joined by a hyphen
    ('अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और प्रधानमंत्री मोदी की गुरुवार को व्हाइट हाउस में हुई '
     'मुलाकात में व्यापार पर चर्चा हुई।',
     '2025-02-14', [('IND-USA', 'in_person', '2025-02-13', 'occurred')]),
    ('मोदी-पुतिन वार्ता शुक्रवार को हैदराबाद हाउस में हुई।',
     '2025-12-06', [('IND-RUS', 'in_person', '2025-12-05', 'occurred')]),
    # Tobgay's Hindi name (manual/names_hi.jsonl) after "उनके समकक्ष" (his counterpart)
    ('प्रधानमंत्री नरेंद्र मोदी शुक्रवार को दो दिवसीय यात्रा पर भूटान पहुंचे'
     ' जहां उनके समकक्ष शेरिंग तोबगे ने हवाई अड्डे पर उनका स्वागत किया।',
     '2024-03-23', [('BTN-IND', 'in_person', '2024-03-22', 'occurred')]),
    # Kishida in New Delhi on Monday 20 March 2023, told in the dailies' several ways: "पीएम", the
    # partner first ("मोदी से ... किशिदा ने"), "मोदी ने भी उनसे" after the arrival, the pluperfect "की थी"; and
    # Biden's Quad meeting with Modi of Saturday 21 September 2024
    ('नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री फुमियो '
     'किशिदा ने सोमवार को शिखर वार्ता की।',
     '2023-03-21', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    ('पीएम मोदी ने सोमवार को जापानी पीएम किशिदा से मुलाकात की।',
     '2023-03-21', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    ('प्रधानमंत्री मोदी की सोमवार को जापानी प्रधानमंत्री किशिदा के साथ बैठक '
     'हुई।',
     '2023-03-21', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    ('प्रधानमंत्री मोदी से सोमवार को जापान के प्रधानमंत्री फुमियो किशिदा ने '
     'मुलाकात की।',
     '2023-03-21', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    ('जापान के प्रधानमंत्री फुमियो किशिदा सोमवार को नई दिल्ली पहुंचे। मोदी '
     'ने भी उनसे मुलाकात की।',
     '2023-03-21', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    ('प्रधानमंत्री मोदी ने 20 मार्च को जापानी प्रधानमंत्री किशिदा के साथ '
     'वार्ता की थी।',
     '2023-04-05', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    ('मोदी ने इससे पहले सितंबर 2022 में टोक्यो में किशिदा से मुलाकात की थी।',
     '2023-03-21', [('IND-JPN', 'in_person', '2022-09', 'occurred')]),
    ('प्रधानमंत्री मोदी और राष्ट्रपति बाइडन ने शनिवार को क्वाड शिखर सम्मेलन '
     'से इतर द्विपक्षीय वार्ता की।',
     '2024-09-22', [('IND-USA', 'in_person', '2024-09-21', 'occurred')]),
    # a surname alone before a date is the clause's subject: Kishida arrived, then Modi met "him"
    ('किशिदा सोमवार को दो दिवसीय भारत यात्रा पर नई दिल्ली पहुंचे। प्रधानमंत्री मोदी ने उनसे हैदराबाद '
     'हाउस में मुलाकात की।',
     '2023-03-21', [('IND-JPN', 'in_person', '2023-03-20', 'occurred')]),
    # an interim title ("अंतरिम प्रधानमंत्री"): Modi's call with Sushila Karki on Thursday 18 September 2025
    ('प्रधानमंत्री मोदी ने गुरुवार को नेपाल की अंतरिम प्रधानमंत्री सुशीला कार्की से फोन पर बात की।',
     '2025-09-19', [('IND-NPL', 'phone', '2025-09-18', 'occurred')]),
    # the Kremlin talks of Tuesday 9 July 2024 and their joint statement: one contact
    ('प्रधानमंत्री मोदी ने मंगलवार को क्रेमलिन में राष्ट्रपति पुतिन के साथ शिखर वार्ता की, जिसके बाद '
     'दोनों नेताओं ने संयुक्त बयान जारी किया।',
     '2024-07-10', [('IND-RUS', 'in_person', '2024-07-09', 'occurred')]),
    # a bare title right before a verb of taking office is the office ("दोबारा राष्ट्रपति चुने जाने पर")
    ('प्रधानमंत्री मोदी ने बुधवार को राष्ट्रपति पुतिन से फोन पर बात कर '
     'उन्हें दोबारा राष्ट्रपति चुने जाने पर बधाई दी।',
     '2024-03-21', [('IND-RUS', 'phone', '2024-03-20', 'occurred')]),
    # two home leaders listed as the subjects, the guest the object before the final verb: each met him
    ('राष्ट्रपति द्रौपदी मुर्मू और प्रधानमंत्री मोदी ने शुक्रवार को '
     'राष्ट्रपति भवन के प्रांगण में रूसी राष्ट्रपति का औपचारिक स्वागत किया।',
     '2025-12-06', [('IND-RUS', 'in_person', '2025-12-05', 'occurred'),
                    ('IND-RUS', 'in_person', '2025-12-05', 'occurred')]),
]

# Indonesian, in the style of Antara, Kompas and Detik: passives ("disambut", "diterima", "dijamu"), the
# agencies' bracketed dates, "Presiden RI", "RRT", "Kepala Negara", "bersua", plans, negation, ministers
ID_CASES = [
    # "menerima kunjungan kenegaraan" (received the state visit of); a minister at the leader's side is no one
    ('Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Prancis Emmanuel Macron di Istana '
     'Merdeka, Jakarta, Rabu (28/5/2025).',
     '2025-05-29', [('FRA-IDN', 'in_person', '2025-05-28', 'occurred')]),
    ('Dalam pertemuan tersebut, Presiden Prabowo didampingi Menteri Luar Negeri Sugiono.', '2025-05-29', []),
    ('Presiden Prabowo Subianto bertemu dengan Presiden Tiongkok Xi Jinping '
     'di Balai Agung Rakyat, Beijing, Sabtu (9/11/2024).',
     '2024-11-10', [('CHN-IDN', 'in_person', '2024-11-09', 'occurred')]),
    ('Presiden Prabowo berbincang dengan Presiden AS Donald Trump di sela-'
     'sela KTT Perdamaian Gaza di Sharm el-Sheikh, Mesir, Senin '
     '(13/10/2025).',
     '2025-10-14', [('IDN-USA', 'in_person', '2025-10-13', 'occurred')]),
    ('Presiden Prancis Emmanuel Macron disambut Presiden Prabowo Subianto di'
     ' Istana Merdeka, Jakarta, Rabu (28/5/2025).',
     '2025-05-28', [('FRA-IDN', 'in_person', '2025-05-28', 'occurred')]),
    ('Presiden Joko Widodo diterima Presiden Rusia Vladimir Putin di Istana '
     'Kremlin, Moskow, Kamis (30/6/2022).',
     '2022-07-01', [('IDN-RUS', 'in_person', '2022-06-30', 'occurred')]),
    ('Presiden Jokowi dan Presiden Ukraina Volodymyr Zelensky menggelar '
     'pertemuan tertutup di Istana Maryinsky, Kyiv, Rabu (29/6/2022).',
     '2022-06-30', [('IDN-UKR', 'in_person', '2022-06-29', 'occurred')]),
    ('Presiden Prabowo Subianto melakukan percakapan telepon dengan Presiden'
     ' AS Donald Trump, Selasa (15/7/2025).',
     '2025-07-16', [('IDN-USA', 'phone', '2025-07-15', 'occurred')]),
    ('PM Australia Anthony Albanese bertatap muka dengan Presiden Prabowo di'
     ' Istana Merdeka, Jakarta, Kamis (15/5/2025).',
     '2025-05-16', [('AUS-IDN', 'in_person', '2025-05-15', 'occurred')]),
    ('Kepala Negara menerima kunjungan kehormatan Perdana Menteri Malaysia '
     'Anwar Ibrahim di Istana Merdeka, Senin (27/1/2025).',
     '2025-01-27', [('IDN-MYS', 'in_person', '2025-01-27', 'occurred')]),
    ('Presiden RI Prabowo Subianto bertemu PM India Narendra Modi di New '
     'Delhi, Sabtu (25/1/2025).',
     '2025-01-26', [('IDN-IND', 'in_person', '2025-01-25', 'occurred')]),
    ('Presiden Jokowi melakukan pertemuan bilateral dengan Presiden RRT Xi '
     'Jinping di Chengdu, Kamis (27/7/2023).',
     '2023-07-28', [('CHN-IDN', 'in_person', '2023-07-27', 'occurred')]),
    ('Menteri Luar Negeri Sugiono bertemu Menlu China Wang Yi di Beijing, '
     'Senin (21/4/2025).',
     '2025-04-22', []),
    ('Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di '
     'Istana Konstantinovsky, St. Petersburg, Kamis (19/6/2025). Kedua '
     'kepala negara membahas kerja sama energi dan pertahanan.',
     '2025-06-20', [('IDN-RUS', 'in_person', '2025-06-19', 'occurred')]),
    ('Presiden Prabowo Subianto dan Perdana Menteri Jepang Shigeru Ishiba '
     'menggelar pertemuan bilateral di Istana Bogor, Sabtu (11/1/2025).',
     '2025-01-12', [('IDN-JPN', 'in_person', '2025-01-11', 'occurred')]),
    ('Presiden Prabowo Subianto melakukan pertemuan bilateral dengan '
     'Presiden Brasil Luiz Inácio Lula da Silva di Istana Planalto, '
     'Brasília, Rabu (9/7/2025).',
     '2025-07-10', [('BRA-IDN', 'in_person', '2025-07-09', 'occurred')]),
    ('Setibanya di Istana Merdeka, Albanese disambut langsung oleh Presiden '
     'Prabowo Subianto, Kamis (15/5/2025).',
     '2025-05-15', [('AUS-IDN', 'in_person', '2025-05-15', 'occurred')]),
    ('Presiden Prabowo dan PM Ishiba berjabat tangan sebelum memulai '
     'pertemuan di Istana Bogor, Sabtu (11/1/2025).',
     '2025-01-12', [('IDN-JPN', 'in_person', '2025-01-11', 'occurred')]),
    ('Presiden Jokowi menjamu Perdana Menteri India Narendra Modi dalam '
     'santap siang di Istana Merdeka, Rabu (30/5/2018).',
     '2018-05-31', [('IDN-IND', 'in_person', '2018-05-30', 'occurred')]),
    ('Prabowo sebelumnya pernah bertemu Xi Jinping di Beijing pada November '
     'tahun lalu.',
     '2025-04-10', [('CHN-IDN', 'in_person', '2024-11', 'occurred')]),
    ('Presiden Prabowo Subianto bersua dengan Perdana Menteri India Narendra'
     ' Modi di Hyderabad House, New Delhi, Sabtu (25/1/2025).',
     '2025-01-26', [('IDN-IND', 'in_person', '2025-01-25', 'occurred')]),
    ('Presiden Prabowo Subianto melakukan lawatan ke Beijing dan bertemu '
     'Presiden Xi Jinping, Sabtu (9/11/2024).',
     '2024-11-10', [('CHN-IDN', 'in_person', '2024-11-09', 'occurred')]),
    ('Presiden Prabowo dijamu makan malam oleh Presiden Xi Jinping di Balai '
     'Agung Rakyat, Sabtu (9/11/2024).',
     '2024-11-10', [('CHN-IDN', 'in_person', '2024-11-09', 'occurred')]),
    ('Presiden Prabowo Subianto menerima sambungan telepon dari Presiden AS '
     'Donald Trump, Selasa (15/7/2025).',
     '2025-07-16', [('IDN-USA', 'phone', '2025-07-15', 'occurred')]),
    ('Presiden Prabowo dan Presiden Trump berbicara via telepon pada Selasa '
     '(15/7/2025).',
     '2025-07-16', [('IDN-USA', 'phone', '2025-07-15', 'occurred')]),
    ('Presiden Joko Widodo bertukar pikiran dengan Presiden Amerika Serikat '
     'Joe Biden di Gedung Putih, Washington DC, Senin (13/11/2023).',
     '2023-11-14', [('IDN-USA', 'in_person', '2023-11-13', 'occurred')]),
    ('Presiden Jokowi tiba di Gedung Putih dan langsung disambut oleh '
     'Presiden Joe Biden, Senin (13/11/2023).',
     '2023-11-14', [('IDN-USA', 'in_person', '2023-11-13', 'occurred')]),
    ('Presiden Jokowi menggelar pertemuan dengan PM Tiongkok Li Qiang di '
     'sela-sela KTT ASEAN di Jakarta, Rabu (6/9/2023).',
     '2023-09-07', [('CHN-IDN', 'in_person', '2023-09-06', 'occurred')]),
    ('Presiden Prabowo Subianto dijadwalkan bertemu Presiden Prancis '
     'Emmanuel Macron di Paris pekan depan.',
     '2025-07-07', [('FRA-IDN', 'in_person', '2025-07', 'planned')]),
    ('Presiden Prabowo tidak bertemu Presiden Trump di KTT APEC.',
     '2025-11-02', []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_hindi_review(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                      expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, "hi") == sorted(expected)


@pytest.mark.parametrize(("text", "published", "expected"), ID_CASES)
def test_indonesian_review(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                           expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, "id") == sorted(expected)
