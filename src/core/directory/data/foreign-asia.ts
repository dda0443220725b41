// Institutions of Asia (without China and Russia), the Middle East and Africa: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_ASIA = `
# Türkiye
Ankara University | TR | university | Ankara | Ankara Üniversitesi; Анкарский университет; Анкара университеті
Hacettepe University | TR | university | Ankara | Hacettepe Üniversitesi; Университет Хаджеттепе; Хаджеттепе университеті
Gazi University | TR | university | Ankara | Gazi Üniversitesi; Университет Гази; Гази университеті
Middle East Technical University | TR | university | Ankara | METU; ODTÜ; Orta Doğu Teknik Üniversitesi; Ближневосточный технический университет; Таяу Шығыс техникалық университеті

# Korea, Japan
Korea Advanced Institute of Science and Technology | KR | university | Daejeon | KAIST; Корейский институт передовых технологий; Корея озық ғылым және технология институты; КАИСТ; Корейский передовой институт науки и технологий
Seoul National University | KR | university | Seoul | SNU; Сеульский национальный университет; Сеул ұлттық университеті
Samsung | KR | company | Suwon | Samsung Electronics; Самсунг
Academy of Korean Studies | KR | university | Seongnam | AKS; The Academy of Korean Studies; Академия корееведения; Академия корееведения Республики Корея; Корейтану академиясы; Кореятану академиясы
University of Tokyo | JP | university | Tokyo | Tokyo University; Токийский университет; Токио университеті
JICA | JP | government | Tokyo | Japan International Cooperation Agency; Японское агентство международного сотрудничества; Жапонияның халықаралық ынтымақтастық агенттігі

# Central Asia
National University of Uzbekistan | UZ | university | Tashkent | National University of Uzbekistan named after Mirzo Ulugbek; NUUz; Национальный университет Узбекистана; Национальный университет Узбекистана имени Мирзо Улугбека; Өзбекстан ұлттық университеті
Tashkent State Technical University | UZ | university | Tashkent | TSTU; Tashkent State Technical University named after Islam Karimov; Ташкентский государственный технический университет; ТашГТУ; Ташкент мемлекеттік техникалық университеті
Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Higher Education, Science and Innovation of Uzbekistan; Uzbek Ministry of Higher Education, Science and Innovation; Министерство высшего образования, науки и инноваций Республики Узбекистан; Министерство высшего образования, науки и инноваций Узбекистана; Өзбекстан Республикасының Жоғары білім, ғылым және инновациялар министрлігі
# A ministry renamed in a reorganisation is named as the news of its time names it.
Ministry of Higher and Secondary Specialized Education of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Higher and Secondary Specialized Education of Uzbekistan; Министерство высшего и среднего специального образования Республики Узбекистан; Өзбекстан Республикасының Жоғары және орта арнаулы білім министрлігі
Kyrgyz State Technical University named after I. Razzakov | KG | university | Bishkek | Kyrgyz State Technical University; KSTU named after I. Razzakov; KSTU Razzakov; Кыргызский государственный технический университет имени И. Раззакова; КГТУ им. И. Раззакова; Қырғыз мемлекеттік техникалық университеті; И. Раззаков атындағы Қырғыз мемлекеттік техникалық университеті; Раззаков атындағы Қырғыз мемлекеттік техникалық университеті; КГТУ им. Раззакова; Kyrgyz State Technical University named after Iskhak Razzakov
American University of Central Asia | KG | university | Bishkek | AUCA; Американский университет в Центральной Азии; АУЦА; Орталық Азиядағы Америка университеті
# Türkiye (more)
Istanbul University | TR | university | Istanbul | İstanbul Üniversitesi; Стамбульский университет; Ыстамбұл университеті
Istanbul Technical University | TR | university | Istanbul | İTÜ; İstanbul Teknik Üniversitesi; Стамбульский технический университет; Ыстамбұл техникалық университеті
Piri Reis University | TR | university | Istanbul | Piri Reis Üniversitesi; Университет Пири Рейса; Университет Пири Рейс; Пири Рейс университеті
Boğaziçi University | TR | university | Istanbul | Bogazici University; Boğaziçi Üniversitesi; Университет Богазичи; Босфорский университет
Marmara University | TR | university | Istanbul | Marmara Üniversitesi; Университет Мармара; Мармара университеті
Yıldız Technical University | TR | university | Istanbul | Yildiz Technical University; YTU; Yıldız Teknik Üniversitesi; Технический университет Йылдыз
Bilkent University | TR | university | Ankara | Bilkent Üniversitesi; Университет Билкент; Билкент университеті
Koç University | TR | university | Istanbul | Koc University; Koç Üniversitesi; Университет Коч
Sabancı University | TR | university | Istanbul | Sabanci University; Sabancı Üniversitesi; Университет Сабанджи
Ege University | TR | university | İzmir | Ege Üniversitesi; Эгейский университет; Университет Эге
Erciyes University | TR | university | Kayseri | Erciyes Üniversitesi; Университет Эрджиес; Ерджиес университеті
Atatürk University | TR | university | Erzurum | Ataturk University; Atatürk Üniversitesi; Университет Ататюрка; Ататүрік университеті
Selçuk University | TR | university | Konya | Selcuk University; Selçuk Üniversitesi; Университет Сельчук
Karadeniz Technical University | TR | university | Trabzon | Karadeniz Teknik Üniversitesi; Черноморский технический университет
Anadolu University | TR | university | Eskişehir | Anadolu Üniversitesi; Анадолийский университет
Dokuz Eylül University | TR | university | İzmir | Dokuz Eylul University; Dokuz Eylül Üniversitesi; Университет Докуз Эйлюль
Ankara Hacı Bayram Veli University | TR | university | Ankara | Hacı Bayram Veli University; Ankara Haci Bayram Veli University; Университет Хаджи Байрам Вели
TİKA | TR | government | Ankara | TIKA; Turkish Cooperation and Coordination Agency; Türk İşbirliği ve Koordinasyon Ajansı Başkanlığı; ТИКА; Турецкое агентство по сотрудничеству и координации; Түрік ынтымақтастық және үйлестіру агенттігі
Yunus Emre Institute | TR | other | Ankara | Yunus Emre Enstitüsü; Институт Юнуса Эмре; Юнус Эмре институты
Council of Higher Education of Türkiye | TR | government | Ankara | YÖK; YOK; Yükseköğretim Kurulu; Council of Higher Education; Совет по высшему образованию Турции; Түркияның Жоғары білім кеңесі
Türkiye Maarif Foundation | TR | other | Istanbul | Turkish Maarif Foundation; Türkiye Maarif Vakfı; Фонд «Маариф» Турции; Түркия Маариф қоры
# Korea (more)
Yonsei University | KR | university | Seoul | Университет Ёнсе; Университет Йонсе; Ёнсе университеті
Sookmyung Women's University | KR | university | Seoul | Университет Сукмён; Сукмён әйелдер университеті
Jeonbuk National University | KR | university | Jeonju | JBNU; Chonbuk National University; Чонбукский национальный университет; Национальный университет Чонбук; Чонбук ұлттық университеті
Korea University | KR | university | Seoul | Корейский университет; Корея университеті
Hankuk University of Foreign Studies | KR | university | Seoul | HUFS; Университет иностранных языков Хангук; Университет иностранных языков Хангук (HUFS); Хангук шетел тілдері университеті; Хангук университеті
Sungkyunkwan University | KR | university | Seoul | SKKU; Университет Сонгюнгван; Сонгюнгван университеті
Hanyang University | KR | university | Seoul | Университет Ханян; Ханян университеті
Pohang University of Science and Technology | KR | university | Pohang | POSTECH; Пхоханский университет науки и технологий; Пхохан университеті
Kyung Hee University | KR | university | Seoul | KHU; Университет Кёнхи; Кёнхи университеті
Ewha Womans University | KR | university | Seoul | Ewha; Женский университет Ихва; Ихва университеті
Pusan National University | KR | university | Busan | PNU; Пусанский национальный университет; Пусан ұлттық университеті
Kyungpook National University | KR | university | Daegu | Национальный университет Кёнбук; Кёнбук ұлттық университеті
Inha University | KR | university | Incheon | Университет Инха; Инха университеті
Korea Maritime and Ocean University | KR | university | Busan | KMOU; Корейский морской и океанский университет; Корея теңіз және мұхит университеті
Chung-Ang University | KR | university | Seoul | Университет Чунан
LG Electronics | KR | company | Seoul | LG; ЭлДжи; LG Электроникс
Hyundai Motor Company | KR | company | Seoul | Hyundai; Hyundai Motor; Хёндэ; Хендай
POSCO | KR | company | Pohang | POSCO Holdings; ПОСКО
KOICA | KR | government | Seongnam | Korea International Cooperation Agency; Корейское агентство международного сотрудничества; Корея халықаралық ынтымақтастық агенттігі
Korean Education Center in Kazakhstan | KR | government | Almaty | Korean Education Centre; Корейский образовательный центр; Корейский образовательный центр в Казахстане; Корей білім беру орталығы
# Japan (more)
Kyoto University | JP | university | Kyoto | Киотский университет; Киото университеті
University of Tsukuba | JP | university | Tsukuba | Tsukuba University; Университет Цукуба; Цукуба университеті
Tohoku University | JP | university | Sendai | Университет Тохоку; Тохоку университеті
Osaka University | JP | university | Osaka | Осакский университет; Осака университеті
Nagoya University | JP | university | Nagoya | Университет Нагои; Нагойский университет; Нагоя университеті
Hokkaido University | JP | university | Sapporo | Университет Хоккайдо; Хоккайдо университеті
Kyushu University | JP | university | Fukuoka | Университет Кюсю; Кюсю университеті
Waseda University | JP | university | Tokyo | Университет Васэда; Васэда университеті
Keio University | JP | university | Tokyo | Университет Кэйо; Кэйо университеті
Institute of Science Tokyo | JP | university | Tokyo | Tokyo Institute of Technology; Tokyo Tech; Токийский технологический институт; Токио технологиялық институты
Hiroshima University | JP | university | Higashihiroshima | Университет Хиросимы; Хиросимский университет; Хиросима университеті
Japan Foundation | JP | other | Tokyo | The Japan Foundation; Японский фонд; Фонд Японии; Жапония қоры
Mitsubishi Corporation | JP | company | Tokyo | Mitsubishi; Мицубиси
Toyota | JP | company | Toyota | Toyota Motor Corporation; Тойота
# Uzbekistan (more)
Tashkent University of Information Technologies | UZ | university | Tashkent | Tashkent University of Information Technologies named after Muhammad al-Khwarizmi; TUIT; ТУИТ; Ташкентский университет информационных технологий имени Мухаммада аль-Хорезми; Ташкентский университет информационных технологий; Мұхаммед әл-Хорезми атындағы Ташкент ақпараттық технологиялар университеті; Ташкент ақпараттық технологиялар университеті
Samarkand State University of Veterinary Medicine, Livestock and Biotechnologies | UZ | university | Samarkand | SamSUVMLB; Samarkand Institute of Veterinary Medicine; Самаркандский государственный университет ветеринарной медицины, животноводства и биотехнологий; Самаркандский институт ветеринарной медицины; Самарқанд мемлекеттік ветеринария медицинасы, мал шаруашылығы және биотехнологиялар университеті
Samarkand State University | UZ | university | Samarkand | Samarkand State University named after Sharof Rashidov; SamSU; СамГУ; Самаркандский государственный университет имени Шарафа Рашидова; Самаркандский государственный университет; Шараф Рашидов атындағы Самарқанд мемлекеттік университеті; Самарқанд мемлекеттік университеті
Karakalpak State University | UZ | university | Nukus | Karakalpak State University named after Berdakh; Каракалпакский государственный университет имени Бердаха; Каракалпакский государственный университет; ККГУ; Бердақ атындағы Қарақалпақ мемлекеттік университеті; Қарақалпақ мемлекеттік университеті
Tashkent Institute of Irrigation and Agricultural Mechanization Engineers | UZ | university | Tashkent | TIIAME; National Research University TIIAME; "TIIAME" National Research University; Ташкентский институт инженеров ирригации и механизации сельского хозяйства; ТИИИМСХ; Национальный исследовательский университет ТИИИМСХ; Ташкент ирригация және ауыл шаруашылығын механикаландыру инженерлері институты
Tashkent State University of Economics | UZ | university | Tashkent | TSUE; ТГЭУ; Ташкентский государственный экономический университет; Ташкент мемлекеттік экономикалық университеті
Tashkent Medical Academy | UZ | university | Tashkent | TMA; Ташкентская медицинская академия; Ташкент медицина академиясы
Tashkent State Agrarian University | UZ | university | Tashkent | TSAU; ТашГАУ; Ташкентский государственный аграрный университет; Ташкент мемлекеттік аграрлық университеті
Tashkent State Transport University | UZ | university | Tashkent | ТГТрУ; Ташкентский государственный транспортный университет
Inha University in Tashkent | UZ | university | Tashkent | IUT; Университет Инха в Ташкенте; Ташкенттегі Инха университеті
Westminster International University in Tashkent | UZ | university | Tashkent | WIUT; Международный Вестминстерский университет в Ташкенте; МВУТ
Turin Polytechnic University in Tashkent | UZ | university | Tashkent | TTPU; Туринский политехнический университет в Ташкенте
Bukhara State University | UZ | university | Bukhara | БухГУ; Бухарский государственный университет; Бұхара мемлекеттік университеті
Fergana State University | UZ | university | Fergana | ФерГУ; Ферганский государственный университет; Ферғана мемлекеттік университеті
Andijan State University | UZ | university | Andijan | АндГУ; Андижанский государственный университет; Әндіжан мемлекеттік университеті
Urgench State University | UZ | university | Urgench | УрГУ; Ургенчский государственный университет
Namangan State University | UZ | university | Namangan | НамГУ; Наманганский государственный университет
Tashkent State Pedagogical University | UZ | university | Tashkent | Tashkent State Pedagogical University named after Nizami; ТГПУ им. Низами; Ташкентский государственный педагогический университет имени Низами
Uzbekistan State World Languages University | UZ | university | Tashkent | UzSWLU; Узбекский государственный университет мировых языков; Өзбек мемлекеттік әлем тілдері университеті
Tashkent State University of Oriental Studies | UZ | university | Tashkent | TSUOS; Ташкентский государственный университет востоковедения
Navoi State Mining and Technological University | UZ | university | Navoi | NSMTU; Навоийский государственный горно-технологический университет; Навои мемлекеттік тау-кен және технологиялар университеті
# Kyrgyzstan (more)
Kyrgyz National Agrarian University named after K.I. Skryabin | KG | university | Bishkek | Kyrgyz National Agrarian University; KNAU; КНАУ; Кыргызский национальный аграрный университет имени К.И. Скрябина; Кыргызский национальный аграрный университет; К.И. Скрябин атындағы Қырғыз ұлттық аграрлық университеті; Қырғыз ұлттық аграрлық университеті
Kyrgyz National University named after Jusup Balasagyn | KG | university | Bishkek | Kyrgyz National University; Jusup Balasagyn Kyrgyz National University; КНУ им. Ж. Баласагына; Кыргызский национальный университет имени Жусупа Баласагына; Кыргызский национальный университет; Жүсіп Баласағұн атындағы Қырғыз ұлттық университеті
Kyrgyz-Russian Slavic University | KG | university | Bishkek | KRSU; Kyrgyz-Russian Slavic University named after B.N. Yeltsin; КРСУ; Кыргызско-Российский Славянский университет; Кыргызско-Российский Славянский университет имени Б.Н. Ельцина; Қырғыз-Ресей славян университеті
Kyrgyz-Turkish Manas University | KG | university | Bishkek | Manas University; Kırgızistan-Türkiye Manas Üniversitesi; Кыргызско-Турецкий университет «Манас»; КТУ «Манас»; Университет Манас; Қырғыз-Түрік «Манас» университеті
Osh State University | KG | university | Osh | OshSU; ОшГУ; Ошский государственный университет; Ош мемлекеттік университеті
Kyrgyz State Medical Academy | KG | university | Bishkek | KSMA; Kyrgyz State Medical Academy named after I.K. Akhunbaev; КГМА; Кыргызская государственная медицинская академия имени И.К. Ахунбаева
Ministry of Education and Science of the Kyrgyz Republic | KG | government | Bishkek | Ministry of Education and Science of Kyrgyzstan; Министерство образования и науки Кыргызской Республики; МОиН КР; Қырғыз Республикасының Білім және ғылым министрлігі
University of Central Asia | KG | university | Naryn | UCA; Университет Центральной Азии
# Tajikistan, Turkmenistan
Tajik National University | TJ | university | Dushanbe | TNU; ТНУ; Таджикский национальный университет; Тәжік ұлттық университеті
Tajik Technical University named after M.S. Osimi | TJ | university | Dushanbe | Tajik Technical University; ТТУ им. М.С. Осими; Таджикский технический университет имени академика М.С. Осими; Таджикский технический университет
Russian-Tajik Slavonic University | TJ | university | Dushanbe | RTSU; РТСУ; Российско-Таджикский (Славянский) университет; Российско-Таджикский славянский университет
Avicenna Tajik State Medical University | TJ | university | Dushanbe | TSMU; ТГМУ им. Абуали ибни Сино; Таджикский государственный медицинский университет имени Абуали ибни Сино
Khujand State University | TJ | university | Khujand | Khujand State University named after B. Gafurov; ХГУ им. Б. Гафурова; Худжандский государственный университет имени академика Бободжона Гафурова
Tajik Agrarian University named after Shirinsho Shotemur | TJ | university | Dushanbe | Tajik Agrarian University; ТАУ им. Ш. Шотемура; Таджикский аграрный университет имени Шириншо Шотемура
Magtymguly Turkmen State University | TM | university | Ashgabat | Turkmen State University; Туркменский государственный университет имени Махтумкули; Махтұмқұлы атындағы Түрікмен мемлекеттік университеті
International University for the Humanities and Development | TM | university | Ashgabat | IUHD; Международный университет гуманитарных наук и развития
International University of Oil and Gas named after Yagshygeldi Kakayev | TM | university | Ashgabat | International University of Oil and Gas; Международный университет нефти и газа имени Ягшыгелди Какаева
Oguz Han Engineering and Technology University of Turkmenistan | TM | university | Ashgabat | Oguz Han University; Инженерно-технологический университет Туркменистана имени Огуз хана
# Caucasus
Baku State University | AZ | university | Baku | Бакинский государственный университет; Баку мемлекеттік университеті
Azerbaijan State Oil and Industry University | AZ | university | Baku | ASOIU; Азербайджанский государственный университет нефти и промышленности; АГУНП; Әзербайжан мемлекеттік мұнай және өнеркәсіп университеті
Azerbaijan State Marine Academy | AZ | university | Baku | ASMA; Азербайджанская государственная морская академия; Әзербайжан мемлекеттік теңіз академиясы
ADA University | AZ | university | Baku | ADA; Azerbaijan Diplomatic Academy; Университет АДА; Азербайджанская дипломатическая академия
Azerbaijan State University of Economics | AZ | university | Baku | UNEC; Азербайджанский государственный экономический университет
Baku Higher Oil School | AZ | university | Baku | BHOS; Бакинская высшая школа нефти
Azerbaijan Technical University | AZ | university | Baku | AzTU; Азербайджанский технический университет
SOCAR | AZ | company | Baku | State Oil Company of Azerbaijan Republic; Государственная нефтяная компания Азербайджанской Республики; СОКАР
Ivane Javakhishvili Tbilisi State University | GE | university | Tbilisi | Tbilisi State University; Тбилисский государственный университет имени Иванэ Джавахишвили; Тбилисский государственный университет; Тбилиси мемлекеттік университеті
Georgian Technical University | GE | university | Tbilisi | GTU; Грузинский технический университет
Ilia State University | GE | university | Tbilisi | Iliauni; Государственный университет Ильи
Kutaisi International University | GE | university | Kutaisi | KIU; Кутаисский международный университет
Yerevan State University | AM | university | Yerevan | YSU; ЕГУ; Ереванский государственный университет; Ереван мемлекеттік университеті
National Polytechnic University of Armenia | AM | university | Yerevan | NPUA; Национальный политехнический университет Армении
American University of Armenia | AM | university | Yerevan | AUA; Американский университет Армении
Russian-Armenian University | AM | university | Yerevan | RAU; РАУ; Российско-Армянский университет; Российско-Армянский (Славянский) университет
# Mongolia
National University of Mongolia | MN | university | Ulaanbaatar | NUM; Монгольский государственный университет; Монгольский национальный университет; Моңғолия ұлттық университеті
Mongolian University of Science and Technology | MN | university | Ulaanbaatar | MUST; Монгольский государственный университет науки и технологии; Монгольский университет науки и технологий
Mongolian University of Life Sciences | MN | university | Ulaanbaatar | MULS; Монгольский государственный аграрный университет
# South Asia
Amity University | IN | university | Noida | Amity University Uttar Pradesh; Университет Амити; Амити университеті
Jawaharlal Nehru University | IN | university | New Delhi | JNU; Университет имени Джавахарлала Неру; Университет Джавахарлала Неру; Джавахарлал Неру атындағы университет; Джавахарлал Неру университеті
University of Delhi | IN | university | New Delhi | Delhi University; Делийский университет; Дели университеті
Indian Institute of Technology Delhi | IN | university | New Delhi | IIT Delhi; IITD; Индийский технологический институт Дели
Indian Institute of Technology Bombay | IN | university | Mumbai | IIT Bombay; IITB; Индийский технологический институт Бомбея
Indian Institute of Technology Madras | IN | university | Chennai | IIT Madras; IITM; Индийский технологический институт Мадраса
Indian Institute of Technology Kanpur | IN | university | Kanpur | IIT Kanpur; IITK; Индийский технологический институт Канпура
Indian Institute of Technology Kharagpur | IN | university | Kharagpur | IIT Kharagpur; IIT KGP; Индийский технологический институт Кхарагпура
Indian Institute of Science | IN | university | Bengaluru | IISc; Индийский институт науки
Manipal Academy of Higher Education | IN | university | Manipal | MAHE; Manipal University; Университет Манипал
Vellore Institute of Technology | IN | university | Vellore | VIT; Технологический институт Веллора
Lovely Professional University | IN | university | Phagwara | LPU; Университет Лавли
Tata Consultancy Services | IN | company | Mumbai | TCS; Тата Консалтанси Сервисез
Infosys | IN | company | Bengaluru | Infosys Limited; Инфосис
Indian Council for Cultural Relations | IN | government | New Delhi | ICCR; Индийский совет по культурным связям
COMSATS University Islamabad | PK | university | Islamabad | COMSATS; COMSATS Institute of Information Technology; Университет КОМСАТС
National University of Sciences and Technology | PK | university | Islamabad | NUST; NUST Pakistan; Национальный университет науки и технологий Пакистана
University of the Punjab | PK | university | Lahore | Punjab University; Пенджабский университет
Quaid-i-Azam University | PK | university | Islamabad | QAU; Университет Каид-и-Азам
# Southeast Asia
Universiti Malaya | MY | university | Kuala Lumpur | University of Malaya; Университет Малайя; Университет Малайи; Малайя университеті
Universiti Putra Malaysia | MY | university | Serdang | UPM; Putra University Malaysia; Университет Путра Малайзия; Путра Малайзия университеті
Universiti Kebangsaan Malaysia | MY | university | Bangi | UKM; National University of Malaysia; Национальный университет Малайзии
Universiti Sains Malaysia | MY | university | Penang | USM; Научный университет Малайзии
Universiti Teknologi Malaysia | MY | university | Johor Bahru | UTM; Технологический университет Малайзии
Universiti Teknologi PETRONAS | MY | university | Seri Iskandar | UTP; Технологический университет ПЕТРОНАС
Taylor's University | MY | university | Subang Jaya | Taylors University; Университет Тейлора
Asia Pacific University of Technology & Innovation | MY | university | Kuala Lumpur | APU; Asia Pacific University; Азиатско-Тихоокеанский университет технологий и инноваций
International Islamic University Malaysia | MY | university | Gombak | IIUM; Международный исламский университет Малайзии
Petronas | MY | company | Kuala Lumpur | PETRONAS; Petroliam Nasional Berhad; Петронас
National University of Singapore | SG | university | Singapore | NUS; Национальный университет Сингапура; Сингапур ұлттық университеті
Nanyang Technological University | SG | university | Singapore | NTU Singapore; NTU; Наньянский технологический университет
Singapore Management University | SG | university | Singapore | Сингапурский университет менеджмента
Universitas Indonesia | ID | university | Depok | University of Indonesia; Университет Индонезии
Bandung Institute of Technology | ID | university | Bandung | ITB; Institut Teknologi Bandung; Технологический институт Бандунга
Gadjah Mada University | ID | university | Yogyakarta | Universitas Gadjah Mada; UGM; Университет Гаджа Мада
Chulalongkorn University | TH | university | Bangkok | Университет Чулалонгкорн; Чулалонгкорн университеті
Mahidol University | TH | university | Nakhon Pathom | Университет Махидол
Kasetsart University | TH | university | Bangkok | Университет Касетсарт
Asian Institute of Technology | TH | university | Pathum Thani | AIT; Азиатский технологический институт
Vietnam National University, Hanoi | VN | university | Hanoi | VNU Hanoi; Вьетнамский национальный университет в Ханое; Ханойский национальный университет
Hanoi University of Science and Technology | VN | university | Hanoi | Ханойский университет науки и технологий
# Middle East and Africa
Khalifa University | AE | university | Abu Dhabi | Khalifa University of Science and Technology; Университет Халифа
United Arab Emirates University | AE | university | Al Ain | UAEU; Университет Объединённых Арабских Эмиратов
American University of Sharjah | AE | university | Sharjah | Американский университет Шарджи
Mohamed bin Zayed University of Artificial Intelligence | AE | university | Abu Dhabi | MBZUAI; Университет искусственного интеллекта имени Мохамеда бин Заида
Masdar | AE | company | Abu Dhabi | Abu Dhabi Future Energy Company; Масдар
ADNOC | AE | company | Abu Dhabi | Abu Dhabi National Oil Company; АДНОК
King Abdullah University of Science and Technology | SA | university | Thuwal | KAUST; Научно-технологический университет имени короля Абдаллы
King Saud University | SA | university | Riyadh | Университет короля Сауда
King Fahd University of Petroleum and Minerals | SA | university | Dhahran | KFUPM; Университет нефти и минералов имени короля Фахда
Saudi Aramco | SA | company | Dhahran | Aramco; Сауди Арамко; Арамко
Qatar University | QA | university | Doha | Катарский университет; Университет Катара
Hamad Bin Khalifa University | QA | university | Doha | HBKU; Университет Хамада бин Халифы
Cairo University | EG | university | Giza | Каирский университет; Каир университеті
Al-Azhar University | EG | university | Cairo | Al Azhar University; Университет аль-Азхар; Әл-Азһар университеті
Ain Shams University | EG | university | Cairo | Университет Айн-Шамс
University of Tehran | IR | university | Tehran | Tehran University; Тегеранский университет; Тегеран университеті
Sharif University of Technology | IR | university | Tehran | Технологический университет имени Шарифа
Amirkabir University of Technology | IR | university | Tehran | Tehran Polytechnic; Технологический университет Амиркабир
Technion – Israel Institute of Technology | IL | university | Haifa | Technion; Израильский технологический институт Технион; Технион
Tel Aviv University | IL | university | Tel Aviv | TAU; Тель-Авивский университет
Hebrew University of Jerusalem | IL | university | Jerusalem | Еврейский университет в Иерусалиме
Weizmann Institute of Science | IL | university | Rehovot | Институт Вейцмана

# More of Türkiye, Korea, Japan, Central Asia, the Caucasus, Mongolia and India
Karabük University | TR | university | Karabük | Karabuk University; Karabük Üniversitesi; Университет Карабюк; Карабүк университеті
Nevşehir Hacı Bektaş Veli University | TR | university | Nevşehir | Nevsehir Haci Bektas Veli University; Университет Невшехир Хаджи Бекташ Вели
Bursa Uludağ University | TR | university | Bursa | Uludag University; Uludağ Üniversitesi; Университет Улудаг
Çukurova University | TR | university | Adana | Cukurova University; Çukurova Üniversitesi; Университет Чукурова
Akdeniz University | TR | university | Antalya | Akdeniz Üniversitesi; Средиземноморский университет; Университет Акдениз
Pamukkale University | TR | university | Denizli | Pamukkale Üniversitesi; Университет Памуккале
Ondokuz Mayıs University | TR | university | Samsun | Ondokuz Mayis University; Университет Ондокуз Майыс
Fırat University | TR | university | Elazığ | Firat University; Fırat Üniversitesi; Университет Фырат
İnönü University | TR | university | Malatya | Inonu University; İnönü Üniversitesi; Университет Инёню
Sakarya University | TR | university | Sakarya | Sakarya Üniversitesi; Университет Сакарья
Kocaeli University | TR | university | Kocaeli | Kocaeli Üniversitesi; Университет Коджаэли
Düzce University | TR | university | Düzce | Duzce University; Düzce Üniversitesi; Университет Дюздже
Trakya University | TR | university | Edirne | Trakya Üniversitesi; Фракийский университет; Университет Тракья
Ankara Yıldırım Beyazıt University | TR | university | Ankara | Ankara Yildirim Beyazit University; AYBU; Университет Анкара Йылдырым Беязыт
Yeditepe University | TR | university | Istanbul | Yeditepe Üniversitesi; Университет Едитепе
Başkent University | TR | university | Ankara | Baskent University; Başkent Üniversitesi; Университет Башкент
TOBB University of Economics and Technology | TR | university | Ankara | TOBB ETÜ; TOBB ETU; Университет экономики и технологий TOBB
Gebze Technical University | TR | university | Kocaeli | Gebze Teknik Üniversitesi; Технический университет Гебзе
Istanbul Medipol University | TR | university | Istanbul | Medipol University; Университет Медипол
Istanbul Aydın University | TR | university | Istanbul | Istanbul Aydin University; Стамбульский университет Айдын
Necmettin Erbakan University | TR | university | Konya | Университет Неджметтина Эрбакана
Kafkas University | TR | university | Kars | Kafkas Üniversitesi; Кавказский университет
Sejong University | KR | university | Seoul | Университет Седжон; Седжон университеті
Chonnam National University | KR | university | Gwangju | Национальный университет Чоннам
Chungnam National University | KR | university | Daejeon | Национальный университет Чуннам
Kangwon National University | KR | university | Chuncheon | Национальный университет Канвон
Keimyung University | KR | university | Daegu | Университет Кемён
Dongguk University | KR | university | Seoul | Университет Донгук
Konkuk University | KR | university | Seoul | Университет Конкук
Sogang University | KR | university | Seoul | Университет Соган
Kookmin University | KR | university | Seoul | Университет Кукмин
Woosong University | KR | university | Daejeon | Университет Усон; Усон университеті
Ajou University | KR | university | Suwon | Университет Аджу
Inha Technical College | KR | college | Incheon | Технический колледж Инха
Korea Polytechnics | KR | college | Incheon | Korea Polytechnic; Корейский политехнический колледж; Корейские политехнические колледжи
Korea Institute of Science and Technology | KR | other | Seoul | KIST; Корейский институт науки и технологий
KOTRA | KR | government | Seoul | Korea Trade-Investment Promotion Agency; Корейское агентство по содействию торговле и инвестициям; КОТРА
National Institute for International Education | KR | government | Seoul | NIIED; Национальный институт международного образования Кореи
Ministry of Education of the Republic of Korea | KR | government | Sejong | Korean Ministry of Education; Министерство образования Республики Корея; Корея Республикасының Білім министрлігі
Tokyo University of Foreign Studies | JP | university | Tokyo | TUFS; Токийский университет иностранных языков
Kobe University | JP | university | Kobe | Университет Кобе; Кобе университеті
Kanazawa University | JP | university | Kanazawa | Университет Канадзавы
Chiba University | JP | university | Chiba | Университет Тибы
Okayama University | JP | university | Okayama | Университет Окаямы
Nagasaki University | JP | university | Nagasaki | Университет Нагасаки; Нагасаки университеті
Tokyo University of Agriculture | JP | university | Tokyo | Токийский сельскохозяйственный университет
Tokyo University of Agriculture and Technology | JP | university | Tokyo | TUAT; Токийский университет сельского хозяйства и технологий
Ritsumeikan Asia Pacific University | JP | university | Beppu | Азиатско-Тихоокеанский университет Рицумейкан
Soka University | JP | university | Hachioji | Университет Сока
Tokai University | JP | university | Tokyo | Университет Токай
Akita International University | JP | university | Akita | Международный университет Акита
Ministry of Education, Culture, Sports, Science and Technology | JP | government | Tokyo | MEXT; MEXT Japan; Министерство образования, культуры, спорта, науки и технологий Японии; Жапонияның Білім, мәдениет, спорт, ғылым және технологиялар министрлігі
Tashkent Institute of Textile and Light Industry | UZ | university | Tashkent | TITLI; Ташкентский институт текстильной и легкой промышленности
Tashkent Institute of Chemical Technology | UZ | university | Tashkent | TICT; Ташкентский химико-технологический институт; ТХТИ
Tashkent State University of Law | UZ | university | Tashkent | TSUL; Ташкентский государственный юридический университет; ТГЮУ
Samarkand State Medical University | UZ | university | Samarkand | Самаркандский государственный медицинский университет
Samarkand State Institute of Foreign Languages | UZ | university | Samarkand | Самаркандский государственный институт иностранных языков
Silk Road International University of Tourism and Cultural Heritage | UZ | university | Samarkand | Silk Road International University of Tourism; Международный университет туризма и культурного наследия «Шелковый путь»
Termez State University | UZ | university | Termez | ТерГУ; Термезский государственный университет
Karshi State University | UZ | university | Karshi | Каршинский государственный университет
Gulistan State University | UZ | university | Gulistan | Гулистанский государственный университет
Jizzakh Polytechnic Institute | UZ | university | Jizzakh | Джизакский политехнический институт
University of World Economy and Diplomacy | UZ | university | Tashkent | UWED; Университет мировой экономики и дипломатии; УМЭД
Branch of Lomonosov Moscow State University in Tashkent | UZ | university | Tashkent | Филиал МГУ имени М.В. Ломоносова в Ташкенте; Филиал МГУ в Ташкенте
Almalyk Branch of NUST MISIS | UZ | university | Almalyk | Алмалыкский филиал НИТУ «МИСиС»; Алмалыкский филиал МИСиС
New Uzbekistan University | UZ | university | Tashkent | Университет Новый Узбекистан
Akfa University | UZ | university | Tashkent | Университет Акфа
Tashkent Pediatric Medical Institute | UZ | university | Tashkent | ТашПМИ; Ташкентский педиатрический медицинский институт
Kyrgyz State University named after I. Arabaev | KG | university | Bishkek | Arabaev Kyrgyz State University; КГУ им. И. Арабаева; Кыргызский государственный университет имени И. Арабаева
Kyrgyz State University of Construction, Transport and Architecture | KG | university | Bishkek | KSUCTA; КГУСТА; Кыргызский государственный университет строительства, транспорта и архитектуры имени Н. Исанова
Kyrgyz Economic University named after M. Ryskulbekov | KG | university | Bishkek | KEU; КЭУ им. М. Рыскулбекова; Кыргызский экономический университет имени Мусы Рыскулбекова
Issyk-Kul State University | KG | university | Karakol | Иссык-Кульский государственный университет имени К. Тыныстанова
International University of Kyrgyzstan | KG | university | Bishkek | IUK; МУК; Международный университет Кыргызстана
Ala-Too International University | KG | university | Bishkek | Международный университет Ала-Тоо
Jalal-Abad State University | KG | university | Jalal-Abad | Жалал-Абадский государственный университет
Tajik State Pedagogical University | TJ | university | Dushanbe | ТГПУ им. С. Айни; Таджикский государственный педагогический университет имени Садриддина Айни
Technological University of Tajikistan | TJ | university | Dushanbe | Технологический университет Таджикистана
Mining and Metallurgical Institute of Tajikistan | TJ | university | Buston | ГМИТ; Горно-металлургический институт Таджикистана
Azerbaijan University of Languages | AZ | university | Baku | Азербайджанский университет языков
Azerbaijan Medical University | AZ | university | Baku | Азербайджанский медицинский университет
Khazar University | AZ | university | Baku | Университет Хазар
Azerbaijan State Agrarian University | AZ | university | Ganja | ADAU; Azerbaijan State Agricultural University; Азербайджанский государственный аграрный университет; Әзербайжан мемлекеттік аграрлық университеті
Azerbaijan University of Architecture and Construction | AZ | university | Baku | AUAC; Азербайджанский архитектурно-строительный университет
Mongolian State University of Education | MN | university | Ulaanbaatar | MSUE; Монгольский государственный университет образования
Mongolian National University of Medical Sciences | MN | university | Ulaanbaatar | MNUMS; Монгольский национальный университет медицинских наук
Banaras Hindu University | IN | university | Varanasi | BHU; Бенаресский индуистский университет
Aligarh Muslim University | IN | university | Aligarh | Алигархский мусульманский университет
Jamia Millia Islamia | IN | university | New Delhi | JMI; Джамия Миллия Исламия
University of Hyderabad | IN | university | Hyderabad | Хайдарабадский университет
Anna University | IN | university | Chennai | Университет Анны
Chandigarh University | IN | university | Mohali | Университет Чандигарха
SRM Institute of Science and Technology | IN | university | Chennai | SRM University; SRMIST; Институт науки и технологий SRM
Sharda University | IN | university | Greater Noida | Университет Шарда
Indian Institute of Technology Roorkee | IN | university | Roorkee | IIT Roorkee; Индийский технологический институт Рурки
Indian Institute of Technology (Indian School of Mines) Dhanbad | IN | university | Dhanbad | IIT (ISM) Dhanbad; IIT Dhanbad; Indian School of Mines; Индийская горная школа
Indian Institute of Technology Guwahati | IN | university | Guwahati | IIT Guwahati; Индийский технологический институт Гувахати

# Industry partners
KEPCO | KR | company | Naju | Korea Electric Power Corporation; Корейская электроэнергетическая корпорация
Doosan Enerbility | KR | company | Changwon | Doosan Heavy Industries; Doosan; Дусан
SK Group | KR | company | Seoul | SK Inc.; SK Holdings
Hitachi | JP | company | Tokyo | Hitachi Ltd.; Хитачи
Toshiba | JP | company | Tokyo | Toshiba Corporation; Тошиба
Sumitomo Corporation | JP | company | Tokyo | Sumitomo; Сумитомо
Marubeni | JP | company | Tokyo | Marubeni Corporation; Марубени
Komatsu | JP | company | Tokyo | Komatsu Ltd.; Комацу
Mitsubishi Electric | JP | company | Tokyo | Мицубиси Электрик
FANUC | JP | company | Oshino | Fanuc Corporation; Фанук
Yokogawa Electric | JP | company | Tokyo | Yokogawa; Йокогава
`;
