// Institutions of the rest of the world: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_WORLD = `
# United Kingdom
University of Exeter | GB | university | Exeter | Exeter University; Эксетерский университет; Университет Эксетера; Эксетер университеті
University of Leeds | GB | university | Leeds | Leeds University; Университет Лидса; Лидский университет; Лидс университеті
Heriot-Watt University | GB | university | Edinburgh | Heriot Watt University; Университет Хериот-Ватт; Хериот-Ватт университеті
University of Cambridge | GB | university | Cambridge | Cambridge University; Кембриджский университет; Кембридж университеті
University of Oxford | GB | university | Oxford | Oxford University; Оксфордский университет; Оксфорд университеті
University College London | GB | university | London | UCL; Университетский колледж Лондона; Лондон университеттік колледжі
University of Manchester | GB | university | Manchester | Manchester University; Манчестерский университет; Университет Манчестера; Манчестер университеті
British Council | GB | other | London | Британский совет; Британ кеңесі

# United States
Massachusetts Institute of Technology | US | university | Cambridge | MIT; Массачусетский технологический институт; Массачусетс технологиялық институты
Colorado School of Mines | US | university | Golden | Горная школа Колорадо; Колорадо тау-кен мектебі
Indiana University | US | university | Bloomington | Indiana University Bloomington; Университет Индианы; Индиана университеті
University of Arizona | US | university | Tucson | Arizona University; Университет Аризоны; Аризона университеті
Microsoft | US | company | Redmond | Microsoft Corporation; Майкрософт
Cisco | US | company | San Jose | Cisco Systems; Циско
Google | US | company | Mountain View | Google LLC; Гугл
IBM | US | company | Armonk | International Business Machines; Ай-би-эм

# Germany
TU Bergakademie Freiberg | DE | university | Freiberg | Freiberg University of Mining and Technology; Technische Universität Bergakademie Freiberg; Фрайбергская горная академия; Горная академия Фрайберга; Фрайберг тау-кен академиясы
Technische Universität Berlin | DE | university | Berlin | TU Berlin; Technical University of Berlin; Берлинский технический университет; Технический университет Берлина; Берлин техникалық университеті
Berlin School of Economics and Law | DE | university | Berlin | HWR Berlin; Hochschule für Wirtschaft und Recht Berlin; Берлинская школа экономики и права; Берлин экономика және құқық мектебі
RWTH Aachen University | DE | university | Aachen | RWTH Aachen; RWTH; Рейнско-Вестфальский технический университет Ахена; Ахенский технический университет; Ахен техникалық университеті
Technical University of Munich | DE | university | Munich | TUM; Technische Universität München; Мюнхенский технический университет; Мюнхен техникалық университеті
Siemens | DE | company | Munich | Siemens AG; Сименс
SAP | DE | company | Walldorf | SAP SE; САП
DAAD | DE | other | Bonn | German Academic Exchange Service; Deutscher Akademischer Austauschdienst; Германская служба академических обменов; Неміс академиялық алмасу қызметі

# Türkiye
Ankara University | TR | university | Ankara | Ankara Üniversitesi; Анкарский университет; Анкара университеті
Hacettepe University | TR | university | Ankara | Hacettepe Üniversitesi; Университет Хаджеттепе; Хаджеттепе университеті
Gazi University | TR | university | Ankara | Gazi Üniversitesi; Университет Гази; Гази университеті
Middle East Technical University | TR | university | Ankara | METU; ODTÜ; Orta Doğu Teknik Üniversitesi; Ближневосточный технический университет; Таяу Шығыс техникалық университеті

# Korea, Japan
Korea Advanced Institute of Science and Technology | KR | university | Daejeon | KAIST; Корейский институт передовых технологий; Корея озық ғылым және технология институты
Seoul National University | KR | university | Seoul | SNU; Сеульский национальный университет; Сеул ұлттық университеті
Samsung | KR | company | Suwon | Samsung Electronics; Самсунг
University of Tokyo | JP | university | Tokyo | Tokyo University; Токийский университет; Токио университеті
JICA | JP | government | Tokyo | Japan International Cooperation Agency; Японское агентство международного сотрудничества; Жапонияның халықаралық ынтымақтастық агенттігі

# Central Asia
National University of Uzbekistan | UZ | university | Tashkent | National University of Uzbekistan named after Mirzo Ulugbek; NUUz; Национальный университет Узбекистана; Национальный университет Узбекистана имени Мирзо Улугбека; Өзбекстан ұлттық университеті
Tashkent State Technical University | UZ | university | Tashkent | TSTU; Tashkent State Technical University named after Islam Karimov; Ташкентский государственный технический университет; ТашГТУ; Ташкент мемлекеттік техникалық университеті
Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Higher Education, Science and Innovation of Uzbekistan; Uzbek Ministry of Higher Education, Science and Innovation; Министерство высшего образования, науки и инноваций Республики Узбекистан; Министерство высшего образования, науки и инноваций Узбекистана; Өзбекстан Республикасының Жоғары білім, ғылым және инновациялар министрлігі
Kyrgyz State Technical University named after I. Razzakov | KG | university | Bishkek | Kyrgyz State Technical University; KSTU named after I. Razzakov; KSTU Razzakov; Кыргызский государственный технический университет имени И. Раззакова; КГТУ им. И. Раззакова; Қырғыз мемлекеттік техникалық университеті
American University of Central Asia | KG | university | Bishkek | AUCA; Американский университет в Центральной Азии; АУЦА; Орталық Азиядағы Америка университеті
`;
