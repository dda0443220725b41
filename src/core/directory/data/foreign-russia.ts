// Russian institutions: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_RUSSIA = `
Lomonosov Moscow State University | RU | university | Moscow | Moscow State University; MSU; Lomonosov MSU; МГУ; МГУ им. М.В. Ломоносова; МГУ имени М.В. Ломоносова; Московский государственный университет имени М.В. Ломоносова; Московский государственный университет; М.В. Ломоносов атындағы Мәскеу мемлекеттік университеті; Мәскеу мемлекеттік университеті; ММУ; МГУ имени Ломоносова; Московский государственный университет имени Ломоносова; Moscow State University named after M.V. Lomonosov; Lomonosov University; Ломоносов атындағы Мәскеу мемлекеттік университеті
Saint Petersburg State University | RU | university | Saint Petersburg | St Petersburg State University; St. Petersburg State University; SPbU; SPbSU; СПбГУ; Санкт-Петербургский государственный университет; Санкт-Петербург мемлекеттік университеті
National University of Science and Technology MISIS | RU | university | Moscow | NUST MISIS; MISIS; MISiS; MISIS University; НИТУ МИСиС; НИТУ «МИСиС»; МИСиС; Национальный исследовательский технологический университет «МИСиС»; Университет науки и технологий МИСИС; МИСИС; Moscow Institute of Steel and Alloys; Московский институт стали и сплавов; МИСиС ұлттық зерттеу технологиялық университеті; «МИСиС» ұлттық зерттеу технологиялық университеті
Gubkin Russian State University of Oil and Gas | RU | university | Moscow | Gubkin University; National University of Oil and Gas "Gubkin University"; Gubkin Russian State University; РГУ нефти и газа; РГУ нефти и газа имени И.М. Губкина; Губкинский университет; Российский государственный университет нефти и газа имени И.М. Губкина; Российский государственный университет нефти и газа; Губкин университеті; Gubkin Russian State University of Oil and Gas (National Research University); РГУ нефти и газа (НИУ) имени И.М. Губкина; Губкин атындағы Ресей мемлекеттік мұнай және газ университеті
Tomsk Polytechnic University | RU | university | Tomsk | TPU; National Research Tomsk Polytechnic University; ТПУ; Томский политехнический университет; Национальный исследовательский Томский политехнический университет; Томск политехникалық университеті
Omsk State Technical University | RU | university | Omsk | OmSTU; ОмГТУ; Омский государственный технический университет; Омбы мемлекеттік техникалық университеті
Sechenov University | RU | university | Moscow | I.M. Sechenov First Moscow State Medical University; First Moscow State Medical University; Сеченовский университет; Первый МГМУ им. И.М. Сеченова; Первый Московский государственный медицинский университет имени И.М. Сеченова; Сеченов университеті
MGIMO University | RU | university | Moscow | MGIMO; Moscow State Institute of International Relations; МГИМО; МГИМО МИД России; Московский государственный институт международных отношений; Мәскеу мемлекеттік халықаралық қатынастар институты
HSE University | RU | university | Moscow | Higher School of Economics; National Research University Higher School of Economics; HSE; НИУ ВШЭ; ВШЭ; Высшая школа экономики; Национальный исследовательский университет «Высшая школа экономики»; Жоғары экономика мектебі
Bauman Moscow State Technical University | RU | university | Moscow | Bauman University; Moscow State Technical University; BMSTU; МГТУ им. Н.Э. Баумана; МГТУ имени Баумана; Московский государственный технический университет имени Н.Э. Баумана; Бауманка; Бауман атындағы Мәскеу мемлекеттік техникалық университеті
Moscow Institute of Physics and Technology | RU | university | Dolgoprudny | MIPT; Phystech; МФТИ; Физтех; Московский физико-технический институт; Мәскеу физика-техникалық институты
ITMO University | RU | university | Saint Petersburg | ITMO; Университет ИТМО; ИТМО; ИТМО университеті
Kazan Federal University | RU | university | Kazan | KFU; Kazan (Volga Region) Federal University; КФУ; Казанский федеральный университет; Казанский (Приволжский) федеральный университет; Қазан федералдық университеті
Ural Federal University | RU | university | Yekaterinburg | UrFU; Ural Federal University named after the first President of Russia B.N. Yeltsin; УрФУ; Уральский федеральный университет; Уральский федеральный университет имени первого Президента России Б.Н. Ельцина; Орал федералдық университеті
Novosibirsk State University | RU | university | Novosibirsk | NSU; НГУ; Новосибирский государственный университет; Новосибирск мемлекеттік университеті
Altai State University | RU | university | Barnaul | AltSU; АлтГУ; Алтайский государственный университет; Алтай мемлекеттік университеті
Peter the Great St. Petersburg Polytechnic University | RU | university | Saint Petersburg | SPbPU; Polytechnic University of St. Petersburg; St. Petersburg Polytechnic University; СПбПУ; Санкт-Петербургский политехнический университет Петра Великого; Политех Петра Великого; Ұлы Петр атындағы Санкт-Петербург политехникалық университеті
Saint Petersburg Mining University | RU | university | Saint Petersburg | Empress Catherine II Saint Petersburg Mining University; St. Petersburg Mining University; Санкт-Петербургский горный университет; Санкт-Петербургский горный университет императрицы Екатерины II; Горный университет; Санкт-Петербург тау-кен университеті
National Research Nuclear University MEPhI | RU | university | Moscow | MEPhI; НИЯУ МИФИ; МИФИ; Национальный исследовательский ядерный университет «МИФИ»; «МИФИ» ұлттық зерттеу ядролық университеті; МИФИ ұлттық ядролық зерттеу университеті; Ұлттық ядролық зерттеу университеті МИФИ; МИФИ Ұлттық зерттеу ядролық университеті
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
Industrial University of Tyumen | RU | university | Tyumen | Tyumen Industrial University; ТИУ; Тюменский индустриальный университет; Tyumen State Oil and Gas University; Тюменский государственный нефтегазовый университет; ТюмГНГУ; Tyumen Oil and Gas University
University of Tyumen | RU | university | Tyumen | Tyumen State University; UTMN; ТюмГУ; Тюменский государственный университет
Ufa State Petroleum Technological University | RU | university | Ufa | USPTU; УГНТУ; Уфимский государственный нефтяной технический университет
Perm National Research Polytechnic University | RU | university | Perm | PNRPU; ПНИПУ; Пермский национальный исследовательский политехнический университет
Lobachevsky University | RU | university | Nizhny Novgorod | National Research Lobachevsky State University of Nizhny Novgorod; UNN; ННГУ; ННГУ им. Н.И. Лобачевского; Нижегородский государственный университет имени Н.И. Лобачевского
Pushkin State Russian Language Institute | RU | university | Moscow | Pushkin Institute; Государственный институт русского языка имени А.С. Пушкина; Институт Пушкина; А.С. Пушкин атындағы Мемлекеттік орыс тілі институты
Kuban State University | RU | university | Krasnodar | KubSU; КубГУ; Кубанский государственный университет
Kazan National Research Technological University | RU | university | Kazan | KNRTU; КНИТУ; Казанский национальный исследовательский технологический университет; Kazan State Technological University; Kazan State University of Technology; Казанский государственный технологический университет
Kazan National Research Technical University named after A.N. Tupolev | RU | university | Kazan | KAI; KNRTU-KAI; КНИТУ-КАИ; КАИ; Казанский национальный исследовательский технический университет имени А.Н. Туполева; Kazan State Technical University; Казанский государственный технический университет; КГТУ им. Туполева
Moscow Polytechnic University | RU | university | Moscow | Moscow Polytech; Московский политехнический университет; Московский Политех
Russian University of Transport | RU | university | Moscow | MIIT; РУТ (МИИТ); МИИТ; Российский университет транспорта
Rosatom | RU | company | Moscow | State Atomic Energy Corporation Rosatom; Rosatom State Corporation; Росатом; Госкорпорация «Росатом»; Государственная корпорация по атомной энергии «Росатом»
Gazprom | RU | company | Saint Petersburg | PJSC Gazprom; Газпром; ПАО «Газпром»
Lukoil | RU | company | Moscow | LUKOIL; ПАО «ЛУКОЙЛ»; Лукойл; ЛУКОЙЛ
Sberbank | RU | company | Moscow | Sber; Сбербанк; Сбер; ПАО Сбербанк
Yandex | RU | company | Moscow | Яндекс
Kaspersky Lab | RU | company | Moscow | Kaspersky; Лаборатория Касперского; Касперский
Rossotrudnichestvo | RU | government | Moscow | Federal Agency for the Commonwealth of Independent States Affairs, Compatriots Living Abroad, and International Humanitarian Cooperation; Россотрудничество; Русский дом; Russian House
Ministry of Science and Higher Education of the Russian Federation | RU | government | Moscow | Ministry of Science and Higher Education of Russia; Russian Ministry of Science and Higher Education; Минобрнауки России; Министерство науки и высшего образования Российской Федерации; Министерство науки и высшего образования РФ; Ресей Федерациясының Ғылым және жоғары білім министрлігі; Министерство науки и высшего образования России; Ministry of Science and Higher Education of the RF
Russian Academy of Sciences | RU | other | Moscow | RAS; РАН; Российская академия наук; Ресей ғылым академиясы
Siberian Branch of the Russian Academy of Sciences | RU | other | Novosibirsk | SB RAS; СО РАН; Сибирское отделение Российской академии наук; Сибирское отделение РАН
Tomsk State University of Architecture and Building | RU | university | Tomsk | TSUAB; ТГАСУ; Томский государственный архитектурно-строительный университет
Siberian State University of Geosystems and Technologies | RU | university | Novosibirsk | SSUGT; СГУГиТ; Сибирский государственный университет геосистем и технологий
Novosibirsk State Agrarian University | RU | university | Novosibirsk | НГАУ; Новосибирский государственный аграрный университет
Omsk State Medical University | RU | university | Omsk | ОмГМУ; Омский государственный медицинский университет
Omsk State Transport University | RU | university | Omsk | ОмГУПС; Омский государственный университет путей сообщения
Siberian State Medical University | RU | university | Tomsk | SibMed; СибГМУ; Сибирский государственный медицинский университет
Altai State Medical University | RU | university | Barnaul | АГМУ; Алтайский государственный медицинский университет
Orenburg State Medical University | RU | university | Orenburg | ОрГМУ; Оренбургский государственный медицинский университет
Astrakhan State Technical University | RU | university | Astrakhan | АГТУ; Астраханский государственный технический университет
Samara State Technical University | RU | university | Samara | SamGTU; СамГТУ; Самарский государственный технический университет
Kazan State Medical University | RU | university | Kazan | Казанский государственный медицинский университет
Ural State University of Economics | RU | university | Yekaterinburg | USUE; УрГЭУ; Уральский государственный экономический университет
Ural State University of Railway Transport | RU | university | Yekaterinburg | USURT; УрГУПС; Уральский государственный университет путей сообщения
Siberian Transport University | RU | university | Novosibirsk | СГУПС; Сибирский государственный университет путей сообщения
Moscow State University of Civil Engineering | RU | university | Moscow | MGSU; НИУ МГСУ; Московский государственный строительный университет
Moscow State Linguistic University | RU | university | Moscow | MSLU; МГЛУ; Московский государственный лингвистический университет
Russian State University for the Humanities | RU | university | Moscow | RSUH; РГГУ; Российский государственный гуманитарный университет
Herzen State Pedagogical University of Russia | RU | university | Saint Petersburg | Herzen University; РГПУ им. А.И. Герцена; Российский государственный педагогический университет имени А.И. Герцена
Saint Petersburg State University of Economics | RU | university | Saint Petersburg | UNECON; СПбГЭУ; Санкт-Петербургский государственный экономический университет
Saint Petersburg Electrotechnical University "LETI" | RU | university | Saint Petersburg | LETI; ETU LETI; СПбГЭТУ «ЛЭТИ»; ЛЭТИ; Санкт-Петербургский государственный электротехнический университет «ЛЭТИ»
Russian State Agrarian University – Moscow Timiryazev Agricultural Academy | RU | university | Moscow | Timiryazev Academy; РГАУ-МСХА имени К.А. Тимирязева; Тимирязевская академия; Российский государственный аграрный университет – МСХА имени К.А. Тимирязева
Kuban State Agrarian University | RU | university | Krasnodar | КубГАУ; Кубанский государственный аграрный университет
Skolkovo Institute of Science and Technology | RU | university | Moscow | Skoltech; Сколтех; Сколковский институт науки и технологий
Innopolis University | RU | university | Innopolis | Университет Иннополис
Ufa University of Science and Technology | RU | university | Ufa | UUST; Bashkir State University; УУНиТ; Уфимский университет науки и технологий; Башкирский государственный университет
Kemerovo State University | RU | university | Kemerovo | KemSU; КемГУ; Кемеровский государственный университет
T.F. Gorbachev Kuzbass State Technical University | RU | university | Kemerovo | KuzSTU; КузГТУ; Кузбасский государственный технический университет имени Т.Ф. Горбачева
Belgorod State University | RU | university | Belgorod | BelSU; НИУ «БелГУ»; БелГУ; Белгородский государственный национальный исследовательский университет
Voronezh State University | RU | university | Voronezh | VSU; ВГУ; Воронежский государственный университет
Southern Federal University | RU | university | Rostov-on-Don | SFedU; ЮФУ; Южный федеральный университет
North-Eastern Federal University | RU | university | Yakutsk | СВФУ; Северо-Восточный федеральный университет имени М.К. Аммосова
Irkutsk National Research Technical University | RU | university | Irkutsk | INRTU; ИРНИТУ; Иркутский национальный исследовательский технический университет
Immanuel Kant Baltic Federal University | RU | university | Kaliningrad | IKBFU; БФУ им. И. Канта; Балтийский федеральный университет имени Иммануила Канта
North-Caucasus Federal University | RU | university | Stavropol | NCFU; СКФУ; Северо-Кавказский федеральный университет
Mendeleev University of Chemical Technology of Russia | RU | university | Moscow | MUCTR; РХТУ им. Д.И. Менделеева; Российский химико-технологический университет имени Д.И. Менделеева
Moscow State Technical University of Civil Aviation | RU | university | Moscow | MSTUCA; МГТУ ГА; Московский государственный технический университет гражданской авиации
Kazan State Power Engineering University | RU | university | Kazan | KSPEU; КГЭУ; Казанский государственный энергетический университет
Ivanovo State Power Engineering University | RU | university | Ivanovo | ISPU; ИГЭУ; Ивановский государственный энергетический университет имени В.И. Ленина
Samara State Medical University | RU | university | Samara | СамГМУ; Самарский государственный медицинский университет
Pirogov Russian National Research Medical University | RU | university | Moscow | Pirogov University; РНИМУ им. Н.И. Пирогова; Российский национальный исследовательский медицинский университет имени Н.И. Пирогова
Pavlov First Saint Petersburg State Medical University | RU | university | Saint Petersburg | ПСПбГМУ им. И.П. Павлова; Первый Санкт-Петербургский государственный медицинский университет имени академика И.П. Павлова
Astrakhan State Medical University | RU | university | Astrakhan | Астраханский ГМУ; Астраханский государственный медицинский университет
Orenburg State Agrarian University | RU | university | Orenburg | Оренбургский ГАУ; Оренбургский государственный аграрный университет
Russian Geographical Society | RU | other | Saint Petersburg | RGS; РГО; Русское географическое общество
Ministry of Education of the Russian Federation | RU | government | Moscow | Ministry of Enlightenment of the Russian Federation; Russian Ministry of Education; Министерство просвещения Российской Федерации; Министерство просвещения России; Минпросвещения России; Ресей Федерациясының Оқу-ағарту министрлігі

# Industry partners
Rosneft | RU | company | Moscow | Роснефть; ПАО «НК «Роснефть»
Nornickel | RU | company | Moscow | Norilsk Nickel; Норникель; Норильский никель
Rostec | RU | company | Moscow | Rostec State Corporation; Ростех; Госкорпорация Ростех
KAMAZ | RU | company | Naberezhnye Chelny | КАМАЗ; ПАО «КАМАЗ»
Russian Railways | RU | company | Moscow | RZD; РЖД; ОАО «РЖД»; Российские железные дороги
1C Company | RU | company | Moscow | 1C; 1С; Фирма 1С; Фирма «1С»
`;
