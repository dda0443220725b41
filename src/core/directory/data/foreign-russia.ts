// Russian institutions: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_RUSSIA = `
Lomonosov Moscow State University | RU | university | Moscow | Moscow State University; MSU; Lomonosov MSU; МГУ; МГУ им. М.В. Ломоносова; МГУ имени М.В. Ломоносова; Московский государственный университет имени М.В. Ломоносова; Московский государственный университет; М.В. Ломоносов атындағы Мәскеу мемлекеттік университеті; Мәскеу мемлекеттік университеті; ММУ
Saint Petersburg State University | RU | university | Saint Petersburg | St Petersburg State University; St. Petersburg State University; SPbU; SPbSU; СПбГУ; Санкт-Петербургский государственный университет; Санкт-Петербург мемлекеттік университеті
National University of Science and Technology MISIS | RU | university | Moscow | NUST MISIS; MISIS; MISiS; MISIS University; НИТУ МИСиС; НИТУ «МИСиС»; МИСиС; Национальный исследовательский технологический университет «МИСиС»; Университет науки и технологий МИСИС; МИСИС
Gubkin Russian State University of Oil and Gas | RU | university | Moscow | Gubkin University; National University of Oil and Gas "Gubkin University"; Gubkin Russian State University; РГУ нефти и газа; РГУ нефти и газа имени И.М. Губкина; Губкинский университет; Российский государственный университет нефти и газа имени И.М. Губкина; Российский государственный университет нефти и газа; Губкин университеті
Tomsk Polytechnic University | RU | university | Tomsk | TPU; National Research Tomsk Polytechnic University; ТПУ; Томский политехнический университет; Национальный исследовательский Томский политехнический университет; Томск политехникалық университеті
Omsk State Technical University | RU | university | Omsk | OmSTU; ОмГТУ; Омский государственный технический университет; Омбы мемлекеттік техникалық университеті
Sechenov University | RU | university | Moscow | I.M. Sechenov First Moscow State Medical University; First Moscow State Medical University; Сеченовский университет; Первый МГМУ им. И.М. Сеченова; Первый Московский государственный медицинский университет имени И.М. Сеченова; Сеченов университеті
MGIMO University | RU | university | Moscow | MGIMO; Moscow State Institute of International Relations; МГИМО; МГИМО МИД России; Московский государственный институт международных отношений; Мәскеу мемлекеттік халықаралық қатынастар институты
HSE University | RU | university | Moscow | Higher School of Economics; National Research University Higher School of Economics; HSE; НИУ ВШЭ; ВШЭ; Высшая школа экономики; Национальный исследовательский университет «Высшая школа экономики»; Жоғары экономика мектебі
Bauman Moscow State Technical University | RU | university | Moscow | Bauman University; BMSTU; МГТУ им. Н.Э. Баумана; МГТУ имени Баумана; Московский государственный технический университет имени Н.Э. Баумана; Бауманка; Бауман атындағы Мәскеу мемлекеттік техникалық университеті
Moscow Institute of Physics and Technology | RU | university | Dolgoprudny | MIPT; Phystech; МФТИ; Физтех; Московский физико-технический институт; Мәскеу физика-техникалық институты
ITMO University | RU | university | Saint Petersburg | ITMO; Университет ИТМО; ИТМО; ИТМО университеті
Kazan Federal University | RU | university | Kazan | KFU; Kazan (Volga Region) Federal University; КФУ; Казанский федеральный университет; Казанский (Приволжский) федеральный университет; Қазан федералдық университеті
Ural Federal University | RU | university | Yekaterinburg | UrFU; Ural Federal University named after the first President of Russia B.N. Yeltsin; УрФУ; Уральский федеральный университет; Уральский федеральный университет имени первого Президента России Б.Н. Ельцина; Орал федералдық университеті
Novosibirsk State University | RU | university | Novosibirsk | NSU; НГУ; Новосибирский государственный университет; Новосибирск мемлекеттік университеті
Altai State University | RU | university | Barnaul | AltSU; АлтГУ; Алтайский государственный университет; Алтай мемлекеттік университеті
Peter the Great St. Petersburg Polytechnic University | RU | university | Saint Petersburg | SPbPU; Polytechnic University of St. Petersburg; St. Petersburg Polytechnic University; СПбПУ; Санкт-Петербургский политехнический университет Петра Великого; Политех Петра Великого; Ұлы Петр атындағы Санкт-Петербург политехникалық университеті
Saint Petersburg Mining University | RU | university | Saint Petersburg | Empress Catherine II Saint Petersburg Mining University; St. Petersburg Mining University; Санкт-Петербургский горный университет; Санкт-Петербургский горный университет императрицы Екатерины II; Горный университет; Санкт-Петербург тау-кен университеті
National Research Nuclear University MEPhI | RU | university | Moscow | MEPhI; НИЯУ МИФИ; МИФИ; Национальный исследовательский ядерный университет «МИФИ»; «МИФИ» ұлттық зерттеу ядролық университеті
RUDN University | RU | university | Moscow | Peoples' Friendship University of Russia; RUDN; РУДН; Российский университет дружбы народов; Российский университет дружбы народов имени Патриса Лумумбы; Ресей халықтар достығы университеті
Plekhanov Russian University of Economics | RU | university | Moscow | PRUE; Plekhanov University; РЭУ им. Г.В. Плеханова; Российский экономический университет имени Г.В. Плеханова; Плехановский университет; Г.В. Плеханов атындағы Ресей экономикалық университеті
Financial University under the Government of the Russian Federation | RU | university | Moscow | Financial University; Финансовый университет при Правительстве Российской Федерации; Финансовый университет при Правительстве РФ; Финансовый университет; Финуниверситет; Ресей Федерациясы Үкіметі жанындағы Қаржы университеті
Russian Presidential Academy of National Economy and Public Administration | RU | university | Moscow | RANEPA; РАНХиГС; Российская академия народного хозяйства и государственной службы при Президенте Российской Федерации
Moscow Aviation Institute | RU | university | Moscow | MAI; МАИ; Московский авиационный институт; Мәскеу авиация институты
National Research University "Moscow Power Engineering Institute" | RU | university | Moscow | Moscow Power Engineering Institute; MPEI; НИУ «МЭИ»; МЭИ; Московский энергетический институт; Национальный исследовательский университет «МЭИ»
Novosibirsk State Technical University | RU | university | Novosibirsk | NSTU; НГТУ; НГТУ НЭТИ; Новосибирский государственный технический университет; Новосибирск мемлекеттік техникалық университеті
Tomsk State University | RU | university | Tomsk | National Research Tomsk State University; ТГУ; Томский государственный университет; Национальный исследовательский Томский государственный университет; Томск мемлекеттік университеті
Tomsk State University of Control Systems and Radioelectronics | RU | university | Tomsk | TUSUR; ТУСУР; Томский государственный университет систем управления и радиоэлектроники
Siberian Federal University | RU | university | Krasnoyarsk | SibFU; СФУ; Сибирский федеральный университет; Сібір федералдық университеті
Far Eastern Federal University | RU | university | Vladivostok | FEFU; ДВФУ; Дальневосточный федеральный университет; Қиыр Шығыс федералдық университеті
Omsk State University | RU | university | Omsk | Dostoevsky Omsk State University; OmSU; ОмГУ; ОмГУ им. Ф.М. Достоевского; Омский государственный университет имени Ф.М. Достоевского; Омбы мемлекеттік университеті
Omsk State Agrarian University | RU | university | Omsk | Omsk State Agrarian University named after P.A. Stolypin; Омский ГАУ; Омский государственный аграрный университет имени П.А. Столыпина; Омский государственный аграрный университет; Омбы мемлекеттік аграрлық университеті
Altai State Technical University | RU | university | Barnaul | Polzunov Altai State Technical University; AltSTU; АлтГТУ; Алтайский государственный технический университет имени И.И. Ползунова; Алтайский государственный технический университет
Altai State Agrarian University | RU | university | Barnaul | АГАУ; Алтайский государственный аграрный университет
South Ural State University | RU | university | Chelyabinsk | SUSU; ЮУрГУ; Южно-Уральский государственный университет; Оңтүстік Орал мемлекеттік университеті
Chelyabinsk State University | RU | university | Chelyabinsk | ЧелГУ; Челябинский государственный университет
Orenburg State University | RU | university | Orenburg | ОГУ; Оренбургский государственный университет; Орынбор мемлекеттік университеті
Samara University | RU | university | Samara | Samara National Research University; Самарский университет; Самарский национальный исследовательский университет имени академика С.П. Королёва
Astrakhan State University | RU | university | Astrakhan | Астраханский государственный университет; Астраханский государственный университет имени В.Н. Татищева; Астрахан мемлекеттік университеті
Saratov State University | RU | university | Saratov | СГУ им. Н.Г. Чернышевского; Саратовский государственный университет; Саратовский национальный исследовательский государственный университет имени Н.Г. Чернышевского
Ural State Mining University | RU | university | Yekaterinburg | USMU; УГГУ; Уральский государственный горный университет
Industrial University of Tyumen | RU | university | Tyumen | Tyumen Industrial University; ТИУ; Тюменский индустриальный университет
University of Tyumen | RU | university | Tyumen | Tyumen State University; UTMN; ТюмГУ; Тюменский государственный университет
Ufa State Petroleum Technological University | RU | university | Ufa | USPTU; УГНТУ; Уфимский государственный нефтяной технический университет
Perm National Research Polytechnic University | RU | university | Perm | PNRPU; ПНИПУ; Пермский национальный исследовательский политехнический университет
Lobachevsky University | RU | university | Nizhny Novgorod | National Research Lobachevsky State University of Nizhny Novgorod; UNN; ННГУ; ННГУ им. Н.И. Лобачевского; Нижегородский государственный университет имени Н.И. Лобачевского
Pushkin State Russian Language Institute | RU | university | Moscow | Pushkin Institute; Государственный институт русского языка имени А.С. Пушкина; Институт Пушкина; А.С. Пушкин атындағы Мемлекеттік орыс тілі институты
Kuban State University | RU | university | Krasnodar | KubSU; КубГУ; Кубанский государственный университет
Kazan National Research Technological University | RU | university | Kazan | KNRTU; КНИТУ; Казанский национальный исследовательский технологический университет
Kazan National Research Technical University named after A.N. Tupolev | RU | university | Kazan | KAI; KNRTU-KAI; КНИТУ-КАИ; КАИ; Казанский национальный исследовательский технический университет имени А.Н. Туполева
Moscow Polytechnic University | RU | university | Moscow | Moscow Polytech; Московский политехнический университет; Московский Политех
Russian University of Transport | RU | university | Moscow | MIIT; РУТ (МИИТ); МИИТ; Российский университет транспорта
Rosatom | RU | company | Moscow | State Atomic Energy Corporation Rosatom; Rosatom State Corporation; Росатом; Госкорпорация «Росатом»; Государственная корпорация по атомной энергии «Росатом»
Gazprom | RU | company | Saint Petersburg | PJSC Gazprom; Газпром; ПАО «Газпром»
Lukoil | RU | company | Moscow | LUKOIL; ПАО «ЛУКОЙЛ»; Лукойл; ЛУКОЙЛ
Sberbank | RU | company | Moscow | Sber; Сбербанк; Сбер; ПАО Сбербанк
Yandex | RU | company | Moscow | Яндекс
Kaspersky Lab | RU | company | Moscow | Kaspersky; Лаборатория Касперского; Касперский
Rossotrudnichestvo | RU | government | Moscow | Federal Agency for the Commonwealth of Independent States Affairs, Compatriots Living Abroad, and International Humanitarian Cooperation; Россотрудничество; Русский дом; Russian House
Ministry of Science and Higher Education of the Russian Federation | RU | government | Moscow | Ministry of Science and Higher Education of Russia; Russian Ministry of Science and Higher Education; Минобрнауки России; Министерство науки и высшего образования Российской Федерации; Министерство науки и высшего образования РФ; Ресей Федерациясының Ғылым және жоғары білім министрлігі
Russian Academy of Sciences | RU | other | Moscow | RAS; РАН; Российская академия наук; Ресей ғылым академиясы
Siberian Branch of the Russian Academy of Sciences | RU | other | Novosibirsk | SB RAS; СО РАН; Сибирское отделение Российской академии наук; Сибирское отделение РАН
`;
