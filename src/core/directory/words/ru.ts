// Russian words of institution names and the English words institutions use for them. Base forms: the
// engine reads every case ending. `English | form form ...`
export const RU_WORDS = `
University | университет
Institute | институт
College | колледж
Academy | академия
Ministry | министерство
Agency | агентство
Inspectorate | инспекция
Foundation | фонд
Association | ассоциация
Assembly | ассамблея
Corporation | корпорация
Holding | холдинг
Group | группа
Trade | торговый
Investment | инвестиционный
Conservatory | консерватория
School | школа
State | государственный
National | национальный
Technical | технический
Technological | технологический
Polytechnic | политехнический
Pedagogical | педагогический
Medical | медицинский
Agrarian | аграрный
Agricultural | сельскохозяйственный
Vocational | профессиональный профессионально
Research | исследовательский
International | международный
Higher | высший
Petroleum | нефтяной
Oil and Gas | нефтегазовый
Petrochemical | нефтехимический
Maritime | морской
Economic | экономический
Engineering | инженерный
Transport | транспортный
Mining | горный горно
Metallurgical | металлургический
Linguistic | лингвистический
Humanitarian | гуманитарный
Foreign | иностранный
Languages | язык
Oil | нефть
Gas | газ
Light | легкий
Industry | промышленность
Industrial | промышленный индустриальный
Information | информационный
Technology | технология
Science | наука
Sciences | науки
Education | образование
Innovation | инновация
Innovative | инновационный инновационно
Communications | связь
Electronics | электроника
Economics | экономика
Law | право юридический
Business | бизнес
Management | менеджмент
Arts | искусство
Culture | культура
Regional | региональный
Federal | федеральный
First | первый
Northern | северный
North | северо
South | южно юго
Southern | южный
Eastern | восточный
Western | западный
Far Eastern | дальневосточный
Siberian | сибирский
Nuclear | ядерный
Architecture | архитектура
Construction | строительный
Chemical | химический химико
Energy | энергетический энергетика
Railway | железнодорожный
Aviation | авиационный
Aerospace | аэрокосмический
Veterinary | ветеринарный
Forestry | лесотехнический лесной
Open | открытый
Pediatric | педиатрический педиатрия
Metropolitan | столичный
New | новый
Classical | классический
Catholic | католический
Orthodox | православный
Christian | христианский
Royal | королевский
Imperial | императорский имперский
Presidential | президентский
European | европейский
Eurasian | евразийский
Asian | азиатский
Turkic | тюркский
Slavic | славянский
Applied | прикладной
Free | свободный
Private | частный
Public | общественный публичный
City | городской
Central | центральный
Pharmaceutical | фармацевтический фармацевтика
Agrotechnical | агротехнический
Irrigation | ирригационный ирригация
Textile | текстильный
Physics | физика
Mathematics | математика
Islamic | исламский ислам
Sports | спортивный
Music | музыкальный музыка
Theatre | театральный театр
Customs | таможенный
Military | военный
Social | социальный
Telecommunications | телекоммуникаций телекоммуникация
Electrotechnical | электротехнический
Automobile | автомобильный
Road | дорожный
Oriental | востоковедения
Journalism | журналистика
Design | дизайн
Hospitality | гостеприимства
Commerce | коммерция
Cooperative | кооперативный
Biotechnology | биотехнология
Geology | геология геологический
Ecology | экология экологический
Water | водный
Food | пищевой
Fisheries | рыбного рыбохозяйственный
Tourism | туризм туристский
Finance | финансовый
Friendship | дружбы
Peoples | народов
`;

// What an institution teaches, in words of their own: `adjective | noun | form; form` (forms of up to four
// words, hyphens counting as spaces). The adjective stands before the head ("Petrochemical University");
// the noun after "University of" when the form follows the head ("университет нефти и газа"). An
// adjective "-" means English names put it after the head either way ("University of Chemical Technology").
export const RU_SUBJECTS = `
Agriculture and Forestry | Agriculture and Forestry | сельскохозяйственный и лесной; сельского и лесного хозяйства; сельское и лесное хозяйство
Agricultural | Agriculture | сельского хозяйства; сельское хозяйство
Forestry | Forestry | лесного хозяйства; лесное хозяйство; лесоводства; лесоводство
World Languages | World Languages | мировых языков; мировые языки
Foreign Languages | Foreign Languages | иностранных языков; иностранные языки
International Relations | International Relations | международных отношений
Physical Culture | Physical Culture | физической культуры; физическая культура
Veterinary | Veterinary Medicine | ветеринарии; ветеринарной медицины
Biotechnology | Biotechnologies | биотехнологий
Livestock | Livestock | животноводства
Food | Food Industry | пищевой промышленности; пищевых производств
Light Industry | Light Industry | легкой промышленности; легкая промышленность
Water Management | Water Management | водного хозяйства
Natural Sciences | Natural Sciences | естественных наук
Medical Sciences | Medical Sciences | медицинских наук
Applied Sciences | Applied Sciences | прикладных наук
Humanities | Humanities | гуманитарных наук
Social Sciences | Social Sciences | социальных наук
Finance | Finance | финансов
Tourism | Tourism | туризма
Sport | Sport | спорта
Economics | Economics | экономики
Law | Law | права
Management | Management | управления; менеджмента
Culture | Culture | культуры
Arts | Arts | искусств; искусства
Education | Education | образования
Mining | Mining | горного дела
Oil and Gas | Oil and Gas | нефти и газа
Petrochemical | Petrochemistry | нефтехимии
Research | Research | научно исследовательский
Agrarian and Technical | Agrarian and Technical | аграрно технический
Mining and Metallurgical | Mining and Metallurgy | горно металлургический
- | Science and Technology | науки и технологий; науки и технологии; науки и техники
- | Information Technologies | информационных технологий
- | Technology | технологий; технологии
- | Transport | транспорта; путей сообщения
- | Communications | связи
- | Chemical Technology | химико технологический
- | Physics and Technology | физико технический
- | Finance and Economics | финансово экономический
- | Architecture and Civil Engineering | архитектурно строительный; архитектуры и строительства
- | Korean Studies | корееведения; корееведение
- | Chinese Studies | китаеведения; китаеведение; синологии
- | Japanese Studies | японоведения; японоведение
- | Turkic Studies | тюркологии; тюркология
`;
