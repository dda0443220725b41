// Places: `English | CC | kind | alias; alias; ...` (kind: city, region or country). Aliases hold the Russian
// nominative and masculine adjective, the Kazakh form, pinyin variants and older spellings. They let the
// engine tell an unknown institution's country ("Харбинский ..." -> CN) and name it in English.
export const PLACES = `
# Kazakhstan: cities
Almaty | KZ | city | Алматы; Алма-Ата; Алматинский; Alma-Ata; Almaty city; г. Алматы; Алматы қаласы
Astana | KZ | city | Астана; Нур-Султан; Nur-Sultan; Целиноград; Астанинский; Астана қаласы; Нұр-Сұлтан
Shymkent | KZ | city | Шымкент; Чимкент; Шымкентский; Chimkent; Шымкент қаласы
Karaganda | KZ | city | Караганда; Карагандинский; Қарағанды; Karagandy; Qaraǵandy; Qaragandy; Қарағанды қаласы
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
Oral | KZ | city | Уральск; Уральский; Орал; Uralsk
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
Mangystau Region | KZ | region | Мангистауская область; Маңғыстау облысы; Mangistau Region; Mangystau
# China
Beijing | CN | city | Пекин; Пекинский; Бейцзин; Бейжің; Пекин қаласы; Peking
Shanghai | CN | city | Шанхай; Шанхайский
Harbin | CN | city | Харбин; Харбинский
Urumqi | CN | city | Урумчи; Урумчийский; Үрімжі; Ürümqi; Urumchi
Nanjing | CN | city | Нанкин; Нанкинский; Нанжиң; Nanking
Tianjin | CN | city | Тяньцзинь; Тяньцзиньский; Тянцзинь; Тяньжин; Tientsin
Xi'an | CN | city | Сиань; Сианьский; Xian; Шиан
Wuhan | CN | city | Ухань; Уханьский
Dalian | CN | city | Далянь; Даляньский
Lanzhou | CN | city | Ланьчжоу; Ланьчжоуский
Hangzhou | CN | city | Ханчжоу; Ханчжоуский
Shenzhen | CN | city | Шэньчжэнь; Шэньчжэньский; Шеньчжень
Guangzhou | CN | city | Гуанчжоу; Гуанчжоуский; Canton
Xinjiang | CN | region | Синьцзян; Синьцзянский; Шыңжаң; Синьцзян-Уйгурский автономный район; СУАР; Xinjiang Uygur Autonomous Region
Heilongjiang | CN | region | Хэйлунцзян; Хэйлунцзянский; Хэйлуңцзян
Jilin | CN | region | Цзилинь; Цзилиньский; Гирин
Jiangsu | CN | region | Цзянсу; Цзянсуский
Shandong | CN | region | Шаньдун; Шаньдунский
# Russia
Moscow | RU | city | Москва; Московский; Мәскеу
Saint Petersburg | RU | city | Санкт-Петербург; Санкт-Петербургский; Петербург; Петербургский; St Petersburg; St. Petersburg
Tomsk | RU | city | Томск; Томский
Omsk | RU | city | Омск; Омский; Омбы
Novosibirsk | RU | city | Новосибирск; Новосибирский
Kazan | RU | city | Казань; Казанский; Қазан
Yekaterinburg | RU | city | Екатеринбург; Екатеринбургский; Ekaterinburg
Barnaul | RU | city | Барнаул; Барнаульский
# United Kingdom, United States, Germany, Türkiye, Korea, Japan, Central Asia
Exeter | GB | city | Эксетер; Эксетерский
Leeds | GB | city | Лидс; Лидский
Edinburgh | GB | city | Эдинбург; Эдинбургский
London | GB | city | Лондон; Лондонский
Manchester | GB | city | Манчестер; Манчестерский
Berlin | DE | city | Берлин; Берлинский
Munich | DE | city | Мюнхен; Мюнхенский; München
Freiberg | DE | city | Фрайберг; Фрайбергский
Ankara | TR | city | Анкара; Анкарский
Istanbul | TR | city | Стамбул; Стамбульский; Ыстамбұл; İstanbul
Seoul | KR | city | Сеул; Сеульский
Tokyo | JP | city | Токио; Токийский
Tashkent | UZ | city | Ташкент; Ташкентский; Тошкент; Toshkent
Samarkand | UZ | city | Самарканд; Самаркандский; Самарқанд; Samarqand
Bishkek | KG | city | Бишкек; Бишкекский; Фрунзе
`;
