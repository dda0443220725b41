// Places: `English | CC | kind | alias; alias; ...` (kind: city, region or country). Aliases hold the Russian
// nominative and masculine adjective, the Kazakh form, pinyin variants and older spellings. They let the
// engine tell an unknown institution's country ("Харбинский ..." -> CN) and name it in English.
export const PLACES = `
# Kazakhstan: cities
Almaty | KZ | city | Алматы; Алма-Ата; Алматинский; Alma-Ata; Almaty city; г. Алматы; Алматы қаласы; алматылық
Astana | KZ | city | Астана; Нур-Султан; Nur-Sultan; Целиноград; Астанинский; Астана қаласы; Нұр-Сұлтан; астаналық
Shymkent | KZ | city | Шымкент; Чимкент; Шымкентский; Chimkent; Шымкент қаласы; шымкенттік
Karaganda | KZ | city | Караганда; Карагандинский; Қарағанды; Karagandy; Qaraǵandy; Qaragandy; Қарағанды қаласы; қарағандылық
Pavlodar | KZ | city | Павлодар; Павлодарский; Павлодар қаласы
Aktobe | KZ | city | Актобе; Актюбинск; Актюбинский; Ақтөбе; Aqtobe; Ақтөбе қаласы
Aktau | KZ | city | Актау; Актауский; Ақтау; Aqtau; Шевченко
Atyrau | KZ | city | Атырау; Атырауский; Гурьев; Atyrau city
Taraz | KZ | city | Тараз; Таразский; Джамбул; Жамбыл; Aulie-Ata
Kyzylorda | KZ | city | Кызылорда; Кызылординский; Қызылорда; Qyzylorda
Turkistan | KZ | city | Туркестан; Туркестанский; Түркістан; Turkestan
Petropavl | KZ | city | Петропавловск; Петропавловский; Петропавл; Petropavlovsk
Ust-Kamenogorsk | KZ | city | Усть-Каменогорск; Усть-Каменогорский; Өскемен; Oskemen; Öskemen
Semey | KZ | city | Семей; Семипалатинск; Семипалатинский; Semipalatinsk
Kostanay | KZ | city | Костанай; Кустанай; Костанайский; Қостанай; Qostanay
Kokshetau | KZ | city | Кокшетау; Кокчетав; Кокшетауский; Көкшетау
Oral | KZ | city | Уральск; Орал; Uralsk; Oral city
Taldykorgan | KZ | city | Талдыкорган; Талдыкорганский; Талдықорған
Temirtau | KZ | city | Темиртау; Темиртауский; Теміртау
Kaskelen | KZ | city | Каскелен; Қаскелең
Zhezkazgan | KZ | city | Жезказган; Жезказганский; Жезқазған; Dzhezkazgan
Ekibastuz | KZ | city | Экибастуз; Экибастузский; Екібастұз
Konaev | KZ | city | Конаев; Қонаев; Kapchagay; Капчагай; Kunayev
# Kazakhstan: regions
Karaganda Region | KZ | region | Карагандинская область; Қарағанды облысы; Karagandy Region
Almaty Region | KZ | region | Алматинская область; Алматы облысы
East Kazakhstan Region | KZ | region | Восточно-Казахстанская область; ВКО; Шығыс Қазақстан облысы
Mangystau Region | KZ | region | Мангистауская область; Маңғыстау облысы; Mangistau Region; Mangystau; Мангистауский; Маңғыстау
Rudny | KZ | city | Рудный; Рудненский; Рудный қаласы
Zhanaozen | KZ | city | Жанаозен; Жаңаөзен; Новый Узень
Kulsary | KZ | city | Кульсары; Құлсары
Aksay | KZ | city | Аксай; Ақсай
Baikonur | KZ | city | Байконур; Байқоңыр; Baikonyr
Kurchatov | KZ | city | Курчатов; Курчатовский
Satpayev | KZ | city | Сатпаев; Сәтбаев
Balkhash | KZ | city | Балхаш; Балқаш; Балхашский
Stepnogorsk | KZ | city | Степногорск; Степногорский
Kentau | KZ | city | Кентау
Ridder | KZ | city | Риддер; Лениногорск
Arkalyk | KZ | city | Аркалык; Арқалық
Shakhtinsk | KZ | city | Шахтинск
Saran | KZ | city | Сарань; Саран
Zhetisay | KZ | city | Жетысай; Жетісай
Shchuchinsk | KZ | city | Щучинск; Щучинский
Burabay | KZ | city | Бурабай; Боровое
Abai Region | KZ | region | Абайская область; Абай облысы; Abay Region
Akmola Region | KZ | region | Акмолинская область; Ақмола облысы; Акмолинский
Aktobe Region | KZ | region | Актюбинская область; Ақтөбе облысы
Atyrau Region | KZ | region | Атырауская область; Атырау облысы
Jambyl Region | KZ | region | Жамбылская область; Жамбыл облысы; Zhambyl Region; Жамбылский
Jetisu Region | KZ | region | Область Жетісу; Область Жетысу; Жетісу облысы; Zhetysu Region; Жетысу
Kostanay Region | KZ | region | Костанайская область; Қостанай облысы
Kyzylorda Region | KZ | region | Кызылординская область; Қызылорда облысы
North Kazakhstan Region | KZ | region | Северо-Казахстанская область; СКО; Солтүстік Қазақстан облысы
Pavlodar Region | KZ | region | Павлодарская область; Павлодар облысы
Turkistan Region | KZ | region | Туркестанская область; Түркістан облысы; Turkestan Region; South Kazakhstan Region; Южно-Казахстанская область
Ulytau Region | KZ | region | Область Ұлытау; Область Улытау; Ұлытау облысы
West Kazakhstan Region | KZ | region | Западно-Казахстанская область; ЗКО; Батыс Қазақстан облысы
Kazakhstan | KZ | country | Казахстан; Қазақстан; Республика Казахстан; Қазақстан Республикасы; Qazaqstan
# China
Beijing | CN | city | Пекин; Пекинский; Бейцзин; Бейжің; Пекин қаласы; Peking; пекиндік; бейжіңдік
Shanghai | CN | city | Шанхай; Шанхайский; шанхайлық
Harbin | CN | city | Харбин; Харбинский; харбиндік
Urumqi | CN | city | Урумчи; Урумчийский; Үрімжі; Ürümqi; Urumchi; үрімжілік
Nanjing | CN | city | Нанкин; Нанкинский; Нанжиң; Nanking
Tianjin | CN | city | Тяньцзинь; Тяньцзиньский; Тянцзинь; Тяньжин; Tientsin
Xi'an | CN | city | Сиань; Сианьский; Xian; Шиан
Wuhan | CN | city | Ухань; Уханьский
Dalian | CN | city | Далянь; Даляньский
Lanzhou | CN | city | Ланьчжоу; Ланьчжоуский
Hangzhou | CN | city | Ханчжоу; Ханчжоуский
Shenzhen | CN | city | Шэньчжэнь; Шэньчжэньский; Шеньчжень
Guangzhou | CN | city | Гуанчжоу; Гуанчжоуский
Xinjiang | CN | region | Синьцзян; Синьцзянский; Шыңжаң; Синьцзян-Уйгурский автономный район; СУАР; Xinjiang Uygur Autonomous Region
Heilongjiang | CN | region | Хэйлунцзян; Хэйлунцзянский; Хэйлуңцзян
Jilin | CN | region | Цзилинь; Цзилиньский; Гирин
Jiangsu | CN | region | Цзянсу; Цзянсуский
Shandong | CN | region | Шаньдун; Шаньдунский
Chongqing | CN | city | Чунцин; Чунцинский
Chengdu | CN | city | Чэнду; Чэндуский
Changchun | CN | city | Чанчунь; Чанчуньский
Shenyang | CN | city | Шэньян; Шэньянский; Мукден
Qingdao | CN | city | Циндао; Циндаоский
Jinan | CN | city | Цзинань; Цзинаньский
Xuzhou | CN | city | Сюйчжоу; Сюйчжоуский
Suzhou | CN | city | Сучжоу; Сучжоуский
Wuxi | CN | city | Уси; Усиский
Hefei | CN | city | Хэфэй; Хэфэйский
Changsha | CN | city | Чанша; Чаншаский
Xiamen | CN | city | Сямэнь; Сямэньский; Amoy
Zhengzhou | CN | city | Чжэнчжоу; Чжэнчжоуский
Kunming | CN | city | Куньмин; Куньминский
Nanning | CN | city | Наньнин; Наньнинский
Hohhot | CN | city | Хух-Хото; Хухэхото; Хуххот
Yinchuan | CN | city | Иньчуань; Иньчуаньский
Xining | CN | city | Синин; Сининский
Kashgar | CN | city | Кашгар; Кашгарский; Қашқар; Kashi
Yining | CN | city | Инин; Кульджа; Құлжа; Ghulja; Kuldja
Khorgos | CN | city | Хоргос; Қорғас; Horgos
Karamay | CN | city | Карамай; Карамайский; Қарамай
Shihezi | CN | city | Шихэцзы
Changji | CN | city | Чанцзи; Санжы
Turpan | CN | city | Турфан; Турпан
Yangling | CN | city | Янлин
Zhenjiang | CN | city | Чжэньцзян
Jinhua | CN | city | Цзиньхуа
Ningbo | CN | city | Нинбо; Нинбоский
Gansu | CN | region | Ганьсу; Ганьсуский; Gansu Province
Shaanxi | CN | region | Шэньси; Шэньсийский; Shaanxi Province
Hubei | CN | region | Хубэй; Хубэйский; Hubei Province
Zhejiang | CN | region | Чжэцзян; Чжэцзянский; Zhejiang Province
Guangdong | CN | region | Гуандун; Гуандунский; Guangdong Province
Sichuan | CN | region | Сычуань; Сычуаньский; Sichuan Province
Liaoning | CN | region | Ляонин; Ляонинский; Liaoning Province
Henan | CN | region | Хэнань; Хэнаньский; Henan Province
Hunan | CN | region | Хунань; Хунаньский; Hunan Province
Fujian | CN | region | Фуцзянь; Фуцзяньский; Fujian Province
Anhui | CN | region | Аньхой; Аньхуэй; Аньхойский; Anhui Province
Yunnan | CN | region | Юньнань; Юньнаньский; Yunnan Province
Inner Mongolia | CN | region | Внутренняя Монголия; Ішкі Моңғолия; Inner Mongolia Autonomous Region
Guangxi | CN | region | Гуанси; Гуансийский; Гуанси-Чжуанский автономный район
Ningxia | CN | region | Нинся; Нинсяский; Нинся-Хуэйский автономный район
Qinghai | CN | region | Цинхай; Цинхайский
Hebei | CN | region | Хэбэй; Хэбэйский
Shanxi | CN | region | Шаньси; Шаньсийский
Jiangxi | CN | region | Цзянси; Цзянсийский
Hainan | CN | region | Хайнань; Хайнаньский
Tibet | CN | region | Тибет; Тибетский; Тибетский автономный район
Hong Kong | HK | city | Гонконг; Гонконгский; Сянган
Macau | MO | city | Макао; Аомынь; Macao
Daqing | CN | city | Дацин; Дацинский
Taiyuan | CN | city | Тайюань; Тайюаньский
Baotou | CN | city | Баотоу
Qinhuangdao | CN | city | Циньхуандао
Baoding | CN | city | Баодин
Yichang | CN | city | Ичан
Kaifeng | CN | city | Кайфэн
Yangzhou | CN | city | Янчжоу; Янчжоуский
Nantong | CN | city | Наньтун
Fuzhou | CN | city | Фучжоу; Фучжоуский
Qiqihar | CN | city | Цицикар; Цицикарский
Yanji | CN | city | Яньцзи
Ganzhou | CN | city | Ганьчжоу
Fuxin | CN | city | Фусинь
Huainan | CN | city | Хуайнань
Jiaozuo | CN | city | Цзяоцзуо
# Russia
Moscow | RU | city | Москва; Московский; Мәскеу; мәскеулік
Saint Petersburg | RU | city | Санкт-Петербург; Санкт-Петербургский; Петербург; Петербургский; St Petersburg; St. Petersburg
Tomsk | RU | city | Томск; Томский
Omsk | RU | city | Омск; Омский; Омбы; омбылық
Novosibirsk | RU | city | Новосибирск; Новосибирский; Новосібір; новосібірлік
Kazan | RU | city | Казань; Казанский; Қазан; қазандық
Yekaterinburg | RU | city | Екатеринбург; Екатеринбургский; Ekaterinburg
Barnaul | RU | city | Барнаул; Барнаульский; Барнауыл
Vladivostok | RU | city | Владивосток; Владивостокский
Krasnoyarsk | RU | city | Красноярск; Красноярский
Smolensk | RU | city | Смоленск; Смоленский
Kursk | RU | city | Курск; Курский
Orsk | RU | city | Орск; Орский
Magnitogorsk | RU | city | Магнитогорск; Магнитогорский
Murmansk | RU | city | Мурманск; Мурманский
Arkhangelsk | RU | city | Архангельск; Архангельский
Khabarovsk | RU | city | Хабаровск; Хабаровский
Saransk | RU | city | Саранск; Саранский
Ulyanovsk | RU | city | Ульяновск; Ульяновский
Bryansk | RU | city | Брянск; Брянский
Tobolsk | RU | city | Тобольск; Тобольский
Surgut | RU | city | Сургут; Сургутский
Penza | RU | city | Пенза; Пензенский
Novokuznetsk | RU | city | Новокузнецк; Новокузнецкий
Chelyabinsk | RU | city | Челябинск; Челябинский; Челябі
Orenburg | RU | city | Оренбург; Оренбургский; Орынбор
Samara | RU | city | Самара; Самарский
Astrakhan | RU | city | Астрахань; Астраханский; Астрахан
Saratov | RU | city | Саратов; Саратовский
Tyumen | RU | city | Тюмень; Тюменский; Түмен
Ufa | RU | city | Уфа; Уфимский
Perm | RU | city | Пермь; Пермский
Nizhny Novgorod | RU | city | Нижний Новгород; Нижегородский
Krasnodar | RU | city | Краснодар; Краснодарский
Dolgoprudny | RU | city | Долгопрудный
Kurgan | RU | city | Курганский; Курган; Қорған
Volgograd | RU | city | Волгоград; Волгоградский
Irkutsk | RU | city | Иркутск; Иркутский
Kemerovo | RU | city | Кемерово; Кемеровский
Belgorod | RU | city | Белгород; Белгородский
Voronezh | RU | city | Воронеж; Воронежский
Rostov-on-Don | RU | city | Ростов-на-Дону; Ростовский
Kaliningrad | RU | city | Калининград; Калининградский
Sochi | RU | city | Сочи; Сочинский
Tatarstan | RU | region | Татарстан; Республика Татарстан; Татарстанский
Bashkortostan | RU | region | Башкортостан; Башкирия; Республика Башкортостан
Altai Krai | RU | region | Алтайский край; Altai Territory
Altai | RU | region | Алтай; Алтайский
Siberia | RU | region | Сибирь; Сибирский; Сібір
Urals | RU | region | Урал; Уральский; Ural; the Urals
Russia | RU | country | Россия; Ресей; Российская Федерация; Russian Federation
# United Kingdom, United States, Germany, Türkiye, Korea, Japan, Central Asia
Exeter | GB | city | Эксетер; Эксетерский
Leeds | GB | city | Лидс; Лидский
Edinburgh | GB | city | Эдинбург; Эдинбургский
London | GB | city | Лондон; Лондонский; лондондық
Manchester | GB | city | Манчестер; Манчестерский
Berlin | DE | city | Берлин; Берлинский; берлиндік
Munich | DE | city | Мюнхен; Мюнхенский; München
Freiberg | DE | city | Фрайберг; Фрайбергский
Ankara | TR | city | Анкара; Анкарский; анкаралық
Istanbul | TR | city | Стамбул; Стамбульский; Ыстамбұл; İstanbul; ыстамбұлдық
Seoul | KR | city | Сеул; Сеульский; сеулдік
Tokyo | JP | city | Токио; Токийский; токиолық
Tashkent | UZ | city | Ташкент; Ташкентский; Тошкент; Toshkent; ташкенттік
Gulistan | UZ | city | Гулистан; Гулистанский; Guliston
Samarkand | UZ | city | Самарканд; Самаркандский; Самарқанд; Samarqand; самарқандтық
Bishkek | KG | city | Бишкек; Бишкекский; Бішкек; бішкектік
Issyk-Kul | KG | region | Иссык-Куль; Иссык-Кульский; Ыстықкөл; Issyk-Kul Region
Glasgow | GB | city | Глазго
Aberdeen | GB | city | Абердин; Абердинский
Birmingham | GB | city | Бирмингем; Бирмингемский
Nottingham | GB | city | Ноттингем; Ноттингемский
Coventry | GB | city | Ковентри
Bristol | GB | city | Бристоль; Бристольский
Sheffield | GB | city | Шеффилд; Шеффилдский
Liverpool | GB | city | Ливерпуль; Ливерпульский
Newcastle upon Tyne | GB | city | Ньюкасл; Newcastle
Oxford | GB | city | Оксфорд; Оксфордский
Cambridge | GB | city | Кембридж; Кембриджский
Cardiff | GB | city | Кардифф; Кардиффский
Durham | GB | city | Дарем; Даремский
Lancaster | GB | city | Ланкастер
Southampton | GB | city | Саутгемптон
Leicester | GB | city | Лестер; Лестерский
Scotland | GB | region | Шотландия; Шотландский; Шотландия
Wales | GB | region | Уэльс; Уэльский
England | GB | region | Англия
Boston | US | city | Бостон; Бостонский
New York | US | city | Нью-Йорк; Нью-Йоркский
Washington | US | city | Вашингтон; Washington, D.C.
Chicago | US | city | Чикаго
Houston | US | city | Хьюстон; Хьюстонский
Los Angeles | US | city | Лос-Анджелес
San Francisco | US | city | Сан-Франциско
Seattle | US | city | Сиэтл
Pittsburgh | US | city | Питтсбург; Питтсбургский
Tucson | US | city | Тусон
Bloomington | US | city | Блумингтон
Omaha | US | city | Омаха
Philadelphia | US | city | Филадельфия
Atlanta | US | city | Атланта
Colorado | US | region | Колорадо
Arizona | US | region | Аризона
Indiana | US | region | Индиана
Texas | US | region | Техас; Техасский
California | US | region | Калифорния; Калифорнийский
Massachusetts | US | region | Массачусетс
Nebraska | US | region | Небраска
Pennsylvania | US | region | Пенсильвания; Пенсильванский; Пенсильвания штаты
Ohio | US | region | Огайо
Michigan | US | region | Мичиган; Мичиганский
Illinois | US | region | Иллинойс; Иллинойсский
Wisconsin | US | region | Висконсин; Висконсинский
Virginia | US | region | Вирджиния; Виргиния; Вирджинский
Florida | US | region | Флорида; Флоридский
Oregon | US | region | Орегон; Орегонский
Kansas | US | region | Канзас; Канзасский
Iowa | US | region | Айова
Utah | US | region | Юта
Maryland | US | region | Мэриленд
Hamburg | DE | city | Гамбург; Гамбургский
Frankfurt am Main | DE | city | Франкфурт-на-Майне; Франкфурт; Frankfurt
Cologne | DE | city | Кёльн; Кельн; Köln
Aachen | DE | city | Ахен; Ахенский
Dresden | DE | city | Дрезден; Дрезденский
Stuttgart | DE | city | Штутгарт; Штутгартский
Karlsruhe | DE | city | Карлсруэ
Heidelberg | DE | city | Гейдельберг; Гейдельбергский
Leipzig | DE | city | Лейпциг; Лейпцигский
Bonn | DE | city | Бонн; Боннский
Hanover | DE | city | Ганновер; Ганноверский; Hannover
Magdeburg | DE | city | Магдебург; Магдебургский
Göttingen | DE | city | Гёттинген; Геттинген; Gottingen
Bochum | DE | city | Бохум
Saxony | DE | region | Саксония; Саксонский
Bavaria | DE | region | Бавария; Баварский
Paris | FR | city | Париж; Парижский
Lyon | FR | city | Лион; Лионский
Strasbourg | FR | city | Страсбург; Страсбургский
Grenoble | FR | city | Гренобль; Гренобльский
Toulouse | FR | city | Тулуза; Тулузский
Rome | IT | city | Рим; Римский; Roma
Milan | IT | city | Милан; Миланский; Milano
Turin | IT | city | Турин; Туринский; Torino
Bologna | IT | city | Болонья; Болонский
Padua | IT | city | Падуя; Падуанский; Padova
Madrid | ES | city | Мадрид; Мадридский
Barcelona | ES | city | Барселона; Барселонский
Salamanca | ES | city | Саламанка
Warsaw | PL | city | Варшава; Варшавский; Warszawa
Kraków | PL | city | Краков; Краковский; Krakow; Cracow
Wrocław | PL | city | Вроцлав; Wroclaw
Gdańsk | PL | city | Гданьск; Gdansk; Гданьский
Łódź | PL | city | Лодзь; Lodz; Лодзинский
Poznań | PL | city | Познань; Poznan; Познанский
Opole | PL | city | Ополе; Опольский
Lublin | PL | city | Люблин; Люблинский
Katowice | PL | city | Катовице
Szczecin | PL | city | Щецин; Щецинский
Białystok | PL | city | Белосток; Bialystok; Белостокский
Toruń | PL | city | Торунь; Torun
Rzeszów | PL | city | Жешув; Rzeszow
Zielona Góra | PL | city | Зелёна-Гура; Зелена-Гура; Zielona Gora
Prague | CZ | city | Прага; Пражский; Praha
Brno | CZ | city | Брно
Ostrava | CZ | city | Острава
Zlín | CZ | city | Злин; Zlin; Злинский
Olomouc | CZ | city | Оломоуц
Plzeň | CZ | city | Пльзень; Plzen; Pilsen
Pardubice | CZ | city | Пардубице
Liberec | CZ | city | Либерец
Budapest | HU | city | Будапешт; Будапештский
Debrecen | HU | city | Дебрецен
Szeged | HU | city | Сегед
Miskolc | HU | city | Мишкольц
Vienna | AT | city | Венский; Wien
Leoben | AT | city | Леобен
Graz | AT | city | Грац
Zurich | CH | city | Цюрих; Цюрихский; Zürich
Geneva | CH | city | Женева; Женевский; Genève
Lausanne | CH | city | Лозанна
Amsterdam | NL | city | Амстердам; Амстердамский
Delft | NL | city | Делфт
Rotterdam | NL | city | Роттердам
Groningen | NL | city | Гронинген
Brussels | BE | city | Брюссель; Брюссельский
Leuven | BE | city | Лёвен; Левен; Louvain
Ghent | BE | city | Гент
Helsinki | FI | city | Хельсинки
Espoo | FI | city | Эспоо
Stockholm | SE | city | Стокгольм; Стокгольмский
Gothenburg | SE | city | Гётеборг; Göteborg
Luleå | SE | city | Лулео; Lulea
Oslo | NO | city | Осло
Trondheim | NO | city | Тронхейм
Dublin | IE | city | Дублин; Дублинский
Vilnius | LT | city | Вильнюс; Вильнюсский
Kaunas | LT | city | Каунас
Riga | LV | city | Рига; Рижский
Tallinn | EE | city | Таллин; Таллинн; Таллинский
Tartu | EE | city | Тарту
Minsk | BY | city | Минск; Минский
Grodno | BY | city | Гродно; Гродненский; Hrodna
Vitebsk | BY | city | Витебск; Витебский; Віцебск
Brest | BY | city | Брест; Брестский
Polotsk | BY | city | Полоцк; Полоцкий
Kyiv | UA | city | Киев; Київ; Kiev; Киевский
Kharkiv | UA | city | Харьков; Kharkov; Харьковский
Lviv | UA | city | Львов; Lvov; Львовский
Konya | TR | city | Конья
Izmir | TR | city | Измир; İzmir; Измирский
Kayseri | TR | city | Кайсери
Erzurum | TR | city | Эрзурум
Trabzon | TR | city | Трабзон
Eskişehir | TR | city | Эскишехир; Eskisehir
Antalya | TR | city | Анталья; Анталия
Bursa | TR | city | Бурса
Busan | KR | city | Пусан; Пусанский; Pusan
Incheon | KR | city | Инчхон
Daejeon | KR | city | Тэджон
Daegu | KR | city | Тэгу
Pohang | KR | city | Пхохан
Suwon | KR | city | Сувон
Kyoto | JP | city | Киото
Osaka | JP | city | Осака
Nagoya | JP | city | Нагоя
Sapporo | JP | city | Саппоро
Sendai | JP | city | Сендай
Fukuoka | JP | city | Фукуока
Tsukuba | JP | city | Цукуба
Hiroshima | JP | city | Хиросима
Bukhara | UZ | city | Бухара; Бухарский; Бұхара
Nukus | UZ | city | Нукус; Нукусский; Нөкіс
Fergana | UZ | city | Фергана; Ферганский; Ферғана
Andijan | UZ | city | Андижан; Андижанский; Әндіжан
Namangan | UZ | city | Наманган; Наманганский
Urgench | UZ | city | Ургенч; Ургенчский
Navoi | UZ | city | Навои; Навоийский
Karakalpakstan | UZ | region | Каракалпакстан; Республика Каракалпакстан; Қарақалпақстан; каракалпакский
Osh | KG | city | Ош; Ошский
Naryn | KG | city | Нарын
Karakol | KG | city | Каракол; Каракольский
Dushanbe | TJ | city | Душанбе
Khujand | TJ | city | Худжанд; Ходжент
Ashgabat | TM | city | Ашхабад; Ашгабат; Ашғабат
Baku | AZ | city | Баку; Бакинский
Tbilisi | GE | city | Тбилиси; Тбилисский
Kutaisi | GE | city | Кутаиси
Yerevan | AM | city | Ереван; Ереванский
Ulaanbaatar | MN | city | Улан-Батор; Улаанбаатар; Ulan Bator; Ұлан-Батор
New Delhi | IN | city | Нью-Дели; Дели; Delhi
Mumbai | IN | city | Мумбаи; Бомбей; Bombay
Chennai | IN | city | Ченнаи; Мадрас; Madras
Bengaluru | IN | city | Бангалор; Бенгалуру; Bangalore
Noida | IN | city | Нойда
Islamabad | PK | city | Исламабад
Lahore | PK | city | Лахор
Kuala Lumpur | MY | city | Куала-Лумпур
Serdang | MY | city | Серданг
Penang | MY | city | Пенанг
Singapore | SG | city | Сингапур; Сингапурский
Jakarta | ID | city | Джакарта
Bandung | ID | city | Бандунг
Yogyakarta | ID | city | Джокьякарта
Bangkok | TH | city | Бангкок
Hanoi | VN | city | Ханой; Ханойский
Ho Chi Minh City | VN | city | Хошимин; Saigon
Abu Dhabi | AE | city | Абу-Даби
Dubai | AE | city | Дубай
Sharjah | AE | city | Шарджа
Riyadh | SA | city | Эр-Рияд; Рияд
Doha | QA | city | Доха
Cairo | EG | city | Каир; Каирский
Tehran | IR | city | Тегеран; Тегеранский
Tel Aviv | IL | city | Тель-Авив
Jerusalem | IL | city | Иерусалим
Haifa | IL | city | Хайфа
Toronto | CA | city | Торонто; Торонтский
Montreal | CA | city | Монреаль; Монреальский
Vancouver | CA | city | Ванкувер; Ванкуверский
Calgary | CA | city | Калгари
Edmonton | CA | city | Эдмонтон
Saskatoon | CA | city | Саскатун
São Paulo | BR | city | Сан-Паулу; Sao Paulo
Melbourne | AU | city | Мельбурн
Sydney | AU | city | Сидней
Perth | AU | city | Перт
Brisbane | AU | city | Брисбен
Canberra | AU | city | Канберра
Auckland | NZ | city | Окленд
Christchurch | NZ | city | Крайстчерч
Korla | CN | city | Корла; Корлинский
Hami | CN | city | Хами; Кумул
Manila | PH | city | Манила
Yakutsk | RU | city | Якутск; Якутский
Stavropol | RU | city | Ставрополь; Ставропольский
Ivanovo | RU | city | Иваново; Ивановский
Innopolis | RU | city | Иннополис
Belfast | GB | city | Белфаст
Dundee | GB | city | Данди
Plymouth | GB | city | Плимут
Swansea | GB | city | Суонси
York | GB | city | Йорк; Йоркский
Norwich | GB | city | Норидж
Lisbon | PT | city | Лиссабон; Лиссабонский; Lisboa
Porto | PT | city | Порту
Athens | GR | city | Афины; Афинский
Thessaloniki | GR | city | Салоники
Bucharest | RO | city | Бухарест; Бухарестский
Bratislava | SK | city | Братислава
Žilina | SK | city | Жилина; Zilina; Жилинский
Košice | SK | city | Кошице; Kosice
Nitra | SK | city | Нитра; Нитранский
Ljubljana | SI | city | Любляна
Zagreb | HR | city | Загреб
Belgrade | RS | city | Белград; Белградский
Copenhagen | DK | city | Копенгаген; Копенгагенский
Aarhus | DK | city | Орхус
Reykjavík | IS | city | Рейкьявик; Reykjavik
Chișinău | MD | city | Кишинёв; Chisinau
Gomel | BY | city | Гомель; Гомельский; Homel
Mogilev | BY | city | Могилёв; Могилевский; Mahilyow
Bremen | DE | city | Бремен; Бременский
Potsdam | DE | city | Потсдам
Münster | DE | city | Мюнстер; Munster
Freiburg im Breisgau | DE | city | Фрайбург-им-Брайсгау
Jena | DE | city | Йенский
Darmstadt | DE | city | Дармштадт
Chemnitz | DE | city | Хемниц
Kiel | DE | city | Киль; Кильский
Rostock | DE | city | Росток
Kobe | JP | city | Кобе
Nagasaki | JP | city | Нагасаки
Okayama | JP | city | Окаяма
Kanazawa | JP | city | Канадзава
Gwangju | KR | city | Кванджу
Termez | UZ | city | Термез; Термезский
Karshi | UZ | city | Карши; Каршинский
Jizzakh | UZ | city | Джизак; Джизакский
Almalyk | UZ | city | Алмалык; Алмалыкский
Jalal-Abad | KG | city | Джалал-Абад; Жалал-Абад
Varanasi | IN | city | Варанаси
Hyderabad | IN | city | Хайдарабад
Karabük | TR | city | Карабюк; Karabuk
Adana | TR | city | Адана
Samsun | TR | city | Самсун
Edirne | TR | city | Эдирне
Ganja | AZ | city | Гянджа
Rio de Janeiro | BR | city | Рио-де-Жанейро
Buenos Aires | AR | city | Буэнос-Айрес
Mexico City | MX | city | Мехико
Cape Town | ZA | city | Кейптаун
Nairobi | KE | city | Найроби
Adelaide | AU | city | Аделаида
Ottawa | CA | city | Оттава; Оттавский
Minneapolis | US | city | Миннеаполис
Pasadena | US | city | Пасадена
San Diego | US | city | Сан-Диего
Baltimore | US | city | Балтимор
Princeton | US | city | Принстон
New Haven | US | city | Нью-Хейвен
Stanford | US | city | Стэнфорд
Berkeley | US | city | Беркли
Tempe | US | city | Темпе
# Places institutions are named after, with the adjectives Russian makes of them (Тверской, Ярославский)
Tver | RU | city | Тверь; Тверской
Yaroslavl | RU | city | Ярославль; Ярославский
Izhevsk | RU | city | Ижевск; Ижевский
Cheboksary | RU | city | Чебоксары; Чебоксарский
Vyatka | RU | city | Вятка; Вятский
Syktyvkar | RU | city | Сыктывкар; Сыктывкарский
Petrozavodsk | RU | city | Петрозаводск; Петрозаводский
Tambov | RU | city | Тамбов; Тамбовский
Lipetsk | RU | city | Липецк; Липецкий
Kaluga | RU | city | Калуга; Калужский
Tula | RU | city | Тула; Тульский
Ryazan | RU | city | Рязань; Рязанский
Kostroma | RU | city | Кострома; Костромской
Pskov | RU | city | Псков; Псковский
Biysk | RU | city | Бийск; Бийский
Rubtsovsk | RU | city | Рубцовск; Рубцовский
Gorno-Altaysk | RU | city | Горно-Алтайск; Горно-Алтайский
Chita | RU | city | Чита; Читинский
Ulan-Ude | RU | city | Улан-Удэ
Khanty-Mansiysk | RU | city | Ханты-Мансийск; Ханты-Мансийский
Nizhnevartovsk | RU | city | Нижневартовск; Нижневартовский
Tolyatti | RU | city | Тольятти; Тольяттинский
Almetyevsk | RU | city | Альметьевск; Альметьевский
Yelabuga | RU | city | Елабуга; Елабужский
Grozny | RU | city | Грозненский
Vladikavkaz | RU | city | Владикавказ; Владикавказский
Kulob | TJ | city | Куляб; Кулябский; Кулоб
Khorog | TJ | city | Хорог; Хорогский
Kokand | UZ | city | Коканд; Кокандский; Қоқан
Chirchik | UZ | city | Чирчик; Чирчикский
Khiva | UZ | city | Хива; Хивинский
Tokmok | KG | city | Токмок; Токмокский
Batumi | GE | city | Батуми; Батумский
Marche | IT | region | Марке
Ancona | IT | city | Анкона; Анконский
Yokohama | JP | city | Иокогама; Йокогама
`;
