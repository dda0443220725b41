// Foreign ministries, agencies, foundations and organizations Kazakhstan's institutions work with, and a
// few institutions known in Kazakhstan's news by a former or translated name:
// `Canonical English name | CC | type | City | alias; alias; ...` (international bodies: the seat's country).
export const FOREIGN_BODIES = `
# Governments and agencies of partner countries
Ministry of Preschool and School Education of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Preschool and School Education of Uzbekistan; Министерство дошкольного и школьного образования Республики Узбекистан; Өзбекстан Республикасының Мектепке дейінгі және мектеп білімі министрлігі
# A ministry renamed in a reorganisation is named as the news of its time names it.
Ministry of Public Education of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Public Education of Uzbekistan; Министерство народного образования Республики Узбекистан; Өзбекстан Республикасының Халыққа білім беру министрлігі
State Inspectorate for Supervision of the Quality of Education of Uzbekistan | UZ | government | Tashkent | State Inspectorate for Supervision of the Quality of Education under the Cabinet of Ministers of the Republic of Uzbekistan; State Inspectorate for Supervision of the Quality of Education under the Cabinet of Ministers of Uzbekistan; Государственная инспекция по надзору за качеством образования при Кабинете Министров Республики Узбекистан; Государственная инспекция по надзору за качеством образования
Ministry of Health of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Health of Uzbekistan; Ministry of Healthcare of the Republic of Uzbekistan; Министерство здравоохранения Республики Узбекистан; Өзбекстан Республикасының Денсаулық сақтау министрлігі
Ministry of Education and Science of the Republic of Tajikistan | TJ | government | Dushanbe | Ministry of Education and Science of Tajikistan; Министерство образования и науки Республики Таджикистан; Тәжікстан Республикасының Білім және ғылым министрлігі
Ministry of Education of Turkmenistan | TM | government | Ashgabat | Министерство образования Туркменистана; Түрікменстанның Білім министрлігі
Ministry of Foreign Affairs and Trade of Hungary | HU | government | Budapest | Hungarian Ministry of Foreign Affairs and Trade; Министерство иностранных дел и внешней торговли Венгрии; Венгрияның Сыртқы істер және сауда министрлігі
Ministry of Human Capacities of Hungary | HU | government | Budapest | Hungarian Ministry of Human Capacities; Министерство человеческих ресурсов Венгрии; Венгрияның Адам ресурстары министрлігі
Federal Foreign Office of Germany | DE | government | Berlin | Federal Foreign Office; German Federal Foreign Office; Auswärtiges Amt; Министерство иностранных дел Германии; Федеральное министерство иностранных дел Германии; Германияның Сыртқы істер министрлігі
Federal Ministry of Education and Research of Germany | DE | government | Berlin | Federal Ministry of Education and Research; BMBF; Федеральное министерство образования и научных исследований Германии; Германияның Білім және ғылыми зерттеулер федералдық министрлігі
Alexander von Humboldt Foundation | DE | other | Bonn | Humboldt Foundation; Alexander von Humboldt-Stiftung; Фонд Александра фон Гумбольдта; Александр фон Гумбольдт қоры
Ministry for Europe and Foreign Affairs of France | FR | government | Paris | French Ministry for Europe and Foreign Affairs; Ministry of Foreign Affairs of France; Министерство Европы и иностранных дел Франции; Министерство иностранных дел Франции; Францияның Еуропа және сыртқы істер министрлігі
Ministry of Higher Education and Research of France | FR | government | Paris | French Ministry of Higher Education and Research; Ministry of Higher Education of France; Министерство высшего образования Франции; Францияның Жоғары білім министрлігі; Ministry of Higher Education, Research and Innovation of France; Министерство высшего образования и научных исследований Франции; Францияның Жоғары білім және ғылыми зерттеулер министрлігі
Institut français | FR | other | Paris | French Institute; Institut français du Kazakhstan; Французский институт; Француз институты
Ministry of University and Research of Italy | IT | government | Rome | Italian Ministry of University and Research; MUR; Министерство университетов и научных исследований Италии; Италияның Университеттер және ғылыми зерттеулер министрлігі
Polish National Agency for Academic Exchange | PL | government | Warsaw | NAWA; Narodowa Agencja Wymiany Akademickiej; Национальное агентство академического обмена Польши; Польшаның Академиялық алмасу жөніндегі ұлттық агенттігі
Perspektywy Education Foundation | PL | other | Warsaw | Perspektywy Foundation; Fundacja Edukacyjna Perspektywy; Образовательный фонд «Перспективы»; «Perspektywy» білім беру қоры
Institute of International Education | US | other | New York | IIE; Институт международного образования; Халықаралық білім беру институты
Educational Testing Service | US | other | Princeton | ETS; Служба образовательного тестирования
Fulbright Program | US | government | Washington | Fulbright; Fulbright Kazakhstan; Программа Фулбрайт; Фулбрайт; Фулбрайт бағдарламасы
United States Department of State | US | government | Washington | U.S. Department of State; US Department of State; State Department; Государственный департамент США; Госдепартамент США; АҚШ Мемлекеттік департаменті
Russkiy Mir Foundation | RU | other | Moscow | Russkiy Mir; Фонд «Русский мир»; Фонд Русский мир; «Русский мир» қоры
Korea Foundation | KR | other | Seoul | Корейский фонд международного сотрудничества; Фонд «Корея»; Корея қоры
Presidency for Turks Abroad and Related Communities | TR | government | Ankara | YTB; Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı; Управление по делам турок за рубежом и родственных сообществ; Шетелдегі түріктер және туыс қауымдастықтар басқармасы
Chinese International Education Foundation | CN | other | Beijing | CIEF; Китайский фонд международного образования; Қытай халықаралық білім беру қоры
Delegation of the European Union to Kazakhstan | BE | government | Astana | EU Delegation to Kazakhstan; Delegation of the European Union to the Republic of Kazakhstan; Представительство Европейского союза в Казахстане; Представительство ЕС в Казахстане; Еуропалық одақтың Қазақстандағы өкілдігі; ЕО-ның Қазақстандағы өкілдігі

# International organizations of the Turkic world (country: the seat)
Organization of Turkic States | TR | other | Istanbul | OTS; Turkic Council; Cooperation Council of Turkic Speaking States; Организация тюркских государств; ОТГ; Тюркский совет; Түркі мемлекеттері ұйымы; ТМҰ; Түркі кеңесі
Parliamentary Assembly of Turkic States | AZ | other | Baku | TURKPA; Парламентская ассамблея тюркоязычных стран; ТюркПА; Түркі тілдес елдердің парламенттік ассамблеясы
International Organization of Turkic Culture | TR | other | Ankara | TURKSOY; Международная организация тюркской культуры; ТЮРКСОЙ; Халықаралық түркі мәдениеті ұйымы

# Science academies
Mongolian Academy of Sciences | MN | other | Ulaanbaatar | Academy of Sciences of Mongolia; Академия наук Монголии; Монгольская академия наук; Моңғолия Ғылым академиясы; Моңғолия ғылым академиясы
Russian Academy of Education | RU | other | Moscow | Российская академия образования; РАО; Ресей білім академиясы
Academy of Sciences of the Republic of Uzbekistan | UZ | other | Tashkent | Uzbek Academy of Sciences; Академия наук Республики Узбекистан; Академия наук Узбекистана; Өзбекстан Ғылым академиясы
National Academy of Sciences of the Kyrgyz Republic | KG | other | Bishkek | National Academy of Sciences of Kyrgyzstan; Национальная академия наук Кыргызской Республики; НАН КР; Қырғыз Республикасының Ұлттық ғылым академиясы
National Academy of Sciences of Belarus | BY | other | Minsk | Национальная академия наук Беларуси; НАН Беларуси; Беларусь Ұлттық ғылым академиясы
Turkish Academy of Sciences | TR | other | Ankara | TÜBA; Türkiye Bilimler Akademisi; Академия наук Турции; Түркия Ғылым академиясы

# Institutions known by a former or translated name
Pomeranian University in Słupsk | PL | university | Słupsk | Pomeranian Academy in Słupsk; Pomeranian Academy; Akademia Pomorska w Słupsku; Uniwersytet Pomorski w Słupsku; Поморская академия; Поморский университет в Слупске; Помор академиясы; Слупск Помор университеті
Lakitelek Folk High School | HU | other | Lakitelek | Lakitelek Népfőiskola; Лакителекская народная высшая школа; Лакителек Халық университеті; Лакителек халық жоғары мектебі
Marche Polytechnic University | IT | university | Ancona | Università Politecnica delle Marche; Polytechnic University of Marche; Политехнический университет Марке; Марке политехникалық университеті
`;
