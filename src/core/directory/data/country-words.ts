// How a text names a country beyond its plain name (the engine takes plain names from i18n-iso-countries):
// adjectives, demonyms, abbreviations and short or official names in English, Russian and Kazakh, in their
// base form (the engine handles Russian and Kazakh endings). `CC | word; word; ...`
// The first English word of a line is the one that country's institutions are named with in English:
// "Kyrgyz State Technical University", "Tajik National University", but "Azerbaijan State Oil and Industry
// University", "Uzbekistan State World Languages University", "China Agricultural University", "Korea
// University". A name translated from Russian or Kazakh ("Азербайджанский государственный...") takes it.
export const COUNTRY_WORDS = `
KZ | Kazakh; Kazakhstani; Kazakhstan's; RK; Republic of Kazakhstan; Qazaqstan; казахстанский; казахский; Казахстан; РК; Республика Казахстан; Қазақстан; қазақстандық; ҚР; Қазақстан Республикасы
CN | China; Chinese; China's; PRC; People's Republic of China; Mainland China; китайский; Китай; КНР; Китайская Народная Республика; Поднебесная; Қытай; қытайлық; ҚХР; Қытай Халық Республикасы
HK | Hong Kong's; Hong Kong SAR; гонконгский; Гонконг; Сянган; Гонконг САР
RU | Russian; Russia's; Russian Federation; российский; Россия; РФ; Российская Федерация; Ресей; ресейлік; Ресей Федерациясы
GB | British; UK; U.K.; United Kingdom; Britain; Great Britain; England; Scottish; Scotland; Welsh; британский; Великобритания; Англия; Соединённое Королевство; Шотландия; Ұлыбритания; британдық; ағылшын; Англия
US | American; USA; U.S.; U.S.A.; US; United States; United States of America; America; американский; США; Соединённые Штаты; Соединённые Штаты Америки; Америка; АҚШ; американдық; Америка Құрама Штаттары
TR | Turkish; Turkey; Türkiye; Turkiye; Türkiye's; Turkey's; турецкий; Турция; Турецкая Республика; Түркия; түрік; түркиялық; Түркия Республикасы
KR | Korea; Korean; Korea; South Korea; South Korean; Republic of Korea; ROK; корейский; южнокорейский; Южная Корея; Республика Корея; Корея; Оңтүстік Корея; корей; кореялық; оңтүстіккореялық; Корея Республикасы
JP | Japanese; Japan's; японский; Япония; Жапония; жапон; жапониялық
DE | German; Germany's; Federal Republic of Germany; немецкий; германский; Германия; ФРГ; Федеративная Республика Германия; неміс; германиялық; Германия Федеративтік Республикасы
FR | French; France's; французский; Франция; француз; франциялық
IT | Italian; Italy's; итальянский; Италия; итальян; италиялық
ES | Spanish; Spain's; испанский; Испания; испан; испаниялық
PL | Polish; Poland's; польский; Польша; поляк; поляк; польшалық
CZ | Czech; Czechia; Czech Republic; чешский; Чехия; Чешская Республика; чех; Чехия Республикасы; чехиялық
HU | Hungarian; Hungary's; венгерский; Венгрия; венгр; венгриялық; мажар; Мажарстан; мажарстандық
AT | Austrian; Austria's; австрийский; Австрия; австриялық
CH | Swiss; Switzerland's; швейцарский; Швейцария; швейцариялық
NL | Dutch; Netherlands; the Netherlands; Holland; нидерландский; голландский; Нидерланды; Голландия; Нидерланд; нидерландтық; голланд
BE | Belgian; Belgium's; бельгийский; Бельгия; бельгиялық
FI | Finnish; Finland's; финский; финляндский; Финляндия; финляндиялық
SE | Swedish; Sweden's; шведский; Швеция; швед; швециялық
NO | Norwegian; Norway's; норвежский; Норвегия; норвег; норвегиялық
IE | Irish; Ireland's; ирландский; Ирландия; ирланд; ирландиялық
UZ | Uzbekistan; Uzbek; Uzbekistani; Uzbekistan's; Republic of Uzbekistan; узбекский; узбекистанский; Узбекистан; Республика Узбекистан; Өзбекстан; өзбек; өзбекстандық; Өзбекстан Республикасы
KG | Kyrgyz; Kyrgyzstani; Kirghiz; Kyrgyz Republic; KR; кыргызский; киргизский; кыргызстанский; Кыргызстан; Киргизия; Кыргызская Республика; КР; Қырғызстан; қырғыз; қырғызстандық; Қырғыз Республикасы
TJ | Tajik; Tajikistani; таджикский; таджикистанский; Таджикистан; Тәжікстан; тәжік; тәжікстандық
TM | Turkmen; Turkmenistani; туркменский; Туркменистан; Туркмения; Түрікменстан; түрікмен; түрікменстандық
AZ | Azerbaijan; Azerbaijani; Azeri; азербайджанский; Азербайджан; Әзербайжан; әзербайжан; әзербайжандық
GE | Georgian; Georgia's; грузинский; Грузия; Грузия; грузин; грузиялық; Sakartvelo
AM | Armenian; Armenia's; армянский; Армения; Армения; армян; армениялық
BY | Belarusian; Belarus's; Byelorussian; белорусский; Беларусь; Белоруссия; Республика Беларусь; Беларусь; белорус; беларусьтік
UA | Ukrainian; Ukraine's; украинский; Украина; Украина; украин; украиналық
MN | Mongolian; Mongolia's; монгольский; Монголия; Моңғолия; моңғол; моңғолиялық
IN | Indian; India's; индийский; Индия; Үндістан; үнді; үндістандық
PK | Pakistan; Pakistani; Pakistan's; пакистанский; Пакистан; Пәкістан; пәкістандық
MY | Malaysian; Malaysia's; малайзийский; Малайзия; Малайзия; малайзиялық
SG | Singaporean; Singapore's; сингапурский; Сингапур; Сингапур; сингапурлық
ID | Indonesian; Indonesia's; индонезийский; Индонезия; Индонезия; индонезиялық
TH | Thai; Thailand's; тайский; таиландский; Таиланд; Тайланд; Таиланд; таиландтық
VN | Vietnamese; Viet Nam; Vietnam's; вьетнамский; Вьетнам; Вьетнам; вьетнамдық
AE | Emirati; UAE; U.A.E.; United Arab Emirates; эмиратский; ОАЭ; Объединённые Арабские Эмираты; БАӘ; Біріккен Араб Әмірліктері
SA | Saudi; Saudi Arabian; Kingdom of Saudi Arabia; KSA; саудовский; Саудовская Аравия; Сауд Арабиясы
QA | Qatari; Qatar's; катарский; Катар; катарлық
EG | Egyptian; Egypt's; египетский; Египет; Мысыр; мысырлық
IR | Iranian; Iran's; Islamic Republic of Iran; иранский; Иран; Иран; ирандық
IL | Israeli; Israel's; израильский; Израиль; Израиль; израильдік
CA | Canadian; Canada's; канадский; Канада; Канада; канадалық
AU | Australian; Australia's; австралийский; Австралия; Аустралия; австралиялық
NZ | New Zealander; New Zealand's; новозеландский; Новая Зеландия; Жаңа Зеландия
BR | Brazilian; Brazil's; бразильский; Бразилия; Бразилия; бразилиялық
LT | Lithuanian; Lithuania's; литовский; Литва; литвалық
LV | Latvian; Latvia's; латвийский; латышский; Латвия; латвиялық
EE | Estonian; Estonia's; эстонский; Эстония; эстониялық
TW | Taiwanese; тайваньский; тайваньдық
MD | Moldova; Moldovan; молдавский; молдовский; Молдова; Молдавия; молдовалық
PT | Portuguese; Portugal's; португальский; Португалия; португалиялық
GR | Greek; Greece's; греческий; Греция; грек
RO | Romanian; Romania's; румынский; Румыния; румын
BG | Bulgarian; Bulgaria's; болгарский; Болгария; болгар
RS | Serbian; Serbia's; сербский; Сербия; серб
HR | Croatian; Croatia's; хорватский; Хорватия; хорват
SI | Slovenian; Slovene; словенский; Словения
SK | Slovak; Slovakia's; словацкий; Словакия; словак
DK | Danish; Denmark's; датский; Дания
IS | Icelandic; Iceland's; исландский; Исландия
LU | Luxembourgish; Luxembourg's; люксембургский; Люксембург
PH | Filipino; Philippine; филиппинский; Филиппины
ZA | South African; ЮАР; южноафриканский; Оңтүстік Африка
MX | Mexican; мексиканский; Мексика; мексикалық
AR | Argentine; Argentinian; аргентинский; Аргентина
CL | Chilean; чилийский; Чили
KE | Kenyan; кенийский; Кения
# Kazakh in the Latin alphabet (2021 spelling; diacritics and dotless "ı" fold away when read).
KZ | Qazaqstan Respýblıkasy; QR; qazaqstandyq
CN | Qytaı; QHR; qytaılyq; Qytaı Halyq Respýblıkasy
RU | Reseı; reseılik; Reseı Federatsııasy
TR | Túrkııa; túrik; túrkııalyq
UZ | Ózbekstan; ózbek; ózbekstandyq
KG | Qyrǵyzstan; qyrǵyz; qyrǵyzstandyq
TJ | Tájikstan; tájik
TM | Túrikmenstan; túrikmen
AZ | Ázerbaıjan; ázerbaıjandyq
GB | Ulybrıtanııa; aǵylshyn; brıtandyq
US | AQSh; amerıkalyq; Amerıka Qurama Shtattary
KR | Koreıa; Ońtústik Koreıa; koreılyq; Koreıa Respýblıkasy
JP | Japonııa; japon
DE | Germanııa; nemis
FR | Fransııa; fransýz
IT | Italııa; ıtalıan
PL | Polsha
CZ | Chehııa
HU | Vengrııa; madııar
BY | Belarýs; belarýstik
UA | Ýkraına
MN | Mońǵolııa; mońǵol
IN | Úndistan; úndi
MY | Malaızııa
`;
