// Kazakh words of institution names and the English words institutions use for them. Base forms: the
// engine reads every case and possessive ending. `English | form form ...`
export const KK_WORDS = `
University | университет университеті
Institute | институт институты
College | колледж колледжі
Academy | академия академиясы
Ministry | министрлігі министрлік
Agency | агенттігі
Foundation | қоры қор
Association | қауымдастығы қауымдастық
Corporation | корпорациясы
Holding | холдингі
Group | тобы топ
Trade | сауда
Investment | инвестициялық
Conservatory | консерваториясы
School | мектебі мектеп
State | мемлекеттік
National | ұлттық
Technical | техникалық
Technological | технологиялық
Polytechnic | политехникалық
Pedagogical | педагогикалық
Medical | медициналық медицина
Agrarian | аграрлық
Agricultural | ауылшаруашылық ауылшаруашылығы
Vocational | кәсіптік
Research | зерттеу
International | халықаралық
Higher | жоғары
Maritime | теңіз
Economic | экономикалық
Engineering | инженерлік
Transport | көлік
Mining | тау-кен
Linguistic | лингвистикалық
Humanitarian | гуманитарлық
Foreign | шетел
Languages | тілдері тілдер тіл
Oil | мұнай
Industry | өнеркәсіп
Industrial | индустриялық индустриалдық
Information | ақпараттық
Technology | технологиялар
Science | ғылым
Education | білім
Innovation | инновациялар
Innovative | инновациялық
Communications | байланыс
Law | құқық заң
Arts | өнер
Culture | мәдениет
Regional | өңірлік
North | солтүстік
South | оңтүстік
East | шығыс
West | батыс
Nuclear | ядролық
Pediatric | педиатриялық
Applied | қолданбалы
Private | жеке
Public | қоғамдық
Central | орталық
Pharmaceutical | фармацевтикалық
Agrotechnical | агротехникалық
Textile | тоқыма
Islamic | ислам
Customs | кеден
Military | әскери
Social | әлеуметтік
Oriental | шығыстану
Food | тамақ
Fisheries | балық
Finance | қаржы
Eurasian | еуразия
Veterinary | ветеринарлық
Aviation | авиация
Aerospace | аэроғарыш
Railway | теміржол
Metallurgical | металлургия
`;

// What an institution teaches (see RU_SUBJECTS for the format). Kazakh names put every subject before the
// head: one alone reads as an adjective ("Ауыл шаруашылығы университеті", Agricultural University), two
// joined by "және" as "University of A and B".
export const KK_SUBJECTS = `
Agriculture and Forestry | Agriculture and Forestry | ауыл және орман шаруашылығы
Agricultural | Agriculture | ауыл шаруашылығы
Forestry | Forestry | орман шаруашылығы
World Languages | World Languages | әлем тілдері
Foreign Languages | Foreign Languages | шет тілдер; шет тілдері; шетел тілдері
International Relations | International Relations | халықаралық қатынастар
Physical Culture | Physical Culture | дене шынықтыру
Veterinary | Veterinary Medicine | ветеринария медицинасы; ветеринария
Biotechnology | Biotechnologies | биотехнологиялар
Food | Food Industry | тамақ өнеркәсібі
Light Industry | Light Industry | жеңіл өнеркәсіп
Water Management | Water Management | су шаруашылығы
Natural Sciences | Natural Sciences | жаратылыстану ғылымдары
Animal Husbandry | Animal Husbandry | мал шаруашылығы
Finance | Finance | қаржы
Tourism | Tourism | туризм
Sport | Sport | спорт
Mining | Mining | тау кен
Petrochemical | Petrochemistry | мұнай химия
Oil and Gas | Oil and Gas | мұнай газ
Medical Sciences | Medical Sciences | медицина ғылымдары
Applied Sciences | Applied Sciences | қолданбалы ғылымдар
- | Science and Technology | ғылым және технология; ғылым және технологиялар
- | Technology | технология
- | Economics | экономика
- | Management | басқару
- | Architecture and Civil Engineering | сәулет құрылыс
- | Oil and Gas | мұнай және газ
`;
