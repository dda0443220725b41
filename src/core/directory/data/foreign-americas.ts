// Institutions of the Americas and Oceania, and international organizations (by seat): `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_AMERICAS = `
# United States
Massachusetts Institute of Technology | US | university | Cambridge | MIT; Массачусетский технологический институт; Массачусетс технологиялық институты
Colorado School of Mines | US | university | Golden | Горная школа Колорадо; Колорадо тау-кен мектебі
Indiana University | US | university | Bloomington | Indiana University Bloomington; Университет Индианы; Индиана университеті
University of Arizona | US | university | Tucson | Arizona University; Университет Аризоны; Аризона университеті
Microsoft | US | company | Redmond | Microsoft Corporation; Майкрософт
Cisco | US | company | San Jose | Cisco Systems; Циско
Google | US | company | Mountain View | Google LLC; Гугл
IBM | US | company | Armonk | International Business Machines

# More of the Americas and Oceania
Harvard University | US | university | Cambridge | Harvard; Гарвардский университет; Гарвард; Гарвард университеті
Stanford University | US | university | Stanford | Stanford; Стэнфордский университет; Стэнфорд университеті
University of California, Berkeley | US | university | Berkeley | UC Berkeley; Berkeley; Калифорнийский университет в Беркли; Беркли
Arizona State University | US | university | Tempe | ASU; Университет штата Аризона; Аризона штатының университеті
Texas A&M University | US | university | College Station | Texas A&M; TAMU; Техасский университет A&M
University of Texas at Austin | US | university | Austin | UT Austin; Техасский университет в Остине
Purdue University | US | university | West Lafayette | Purdue; Университет Пердью; Пердью университеті
Pennsylvania State University | US | university | University Park | Penn State; Penn State University; Университет штата Пенсильвания
University of Pittsburgh | US | university | Pittsburgh | Питтсбургский университет
Columbia University | US | university | New York | Колумбийский университет; Колумбия университеті
Johns Hopkins University | US | university | Baltimore | JHU; Университет Джонса Хопкинса
George Washington University | US | university | Washington | GWU; Университет Джорджа Вашингтона
Georgetown University | US | university | Washington | Джорджтаунский университет
University of Wisconsin–Madison | US | university | Madison | University of Wisconsin-Madison; UW–Madison; Висконсинский университет в Мэдисоне
University of Nebraska Omaha | US | university | Omaha | University of Nebraska at Omaha; Университет Небраски в Омахе
University of Illinois Urbana-Champaign | US | university | Urbana | UIUC; University of Illinois at Urbana-Champaign; Иллинойсский университет в Урбане-Шампейне
Duke University | US | university | Durham | Университет Дьюка
Cornell University | US | university | Ithaca | Корнеллский университет; Корнелл университеті
Yale University | US | university | New Haven | Йельский университет
Princeton University | US | university | Princeton | Принстонский университет
Georgia Institute of Technology | US | university | Atlanta | Georgia Tech; Технологический институт Джорджии
Carnegie Mellon University | US | university | Pittsburgh | CMU; Университет Карнеги — Меллона; Карнеги-Меллон университеті
University of Michigan | US | university | Ann Arbor | UMich; Мичиганский университет
Michigan State University | US | university | East Lansing | Университет штата Мичиган
Ohio State University | US | university | Columbus | The Ohio State University; Университет штата Огайо
University of Pennsylvania | US | university | Philadelphia | UPenn; Пенсильванский университет
University of Southern California | US | university | Los Angeles | USC; Университет Южной Калифорнии
New York University | US | university | New York | NYU; Нью-Йоркский университет
Oracle | US | company | Austin | Oracle Corporation; Оракл
Chevron | US | company | San Ramon | Chevron Corporation; Шеврон
ExxonMobil | US | company | Spring | Exxon Mobil; Exxon Mobil Corporation; ЭксонМобил; Эксон Мобил
Intel | US | company | Santa Clara | Intel Corporation; Интел
Amazon Web Services | US | company | Seattle | AWS; Amazon; Амазон
Nvidia | US | company | Santa Clara | NVIDIA; NVIDIA Corporation; Нвидиа
Boeing | US | company | Arlington | The Boeing Company; Боинг
General Electric | US | company | Boston | GE Vernova; Дженерал Электрик
Honeywell | US | company | Charlotte | Honeywell International; Ханивелл
Halliburton | US | company | Houston | Халлибертон
SLB | US | company | Houston | Schlumberger; Шлюмберже
Coursera | US | company | Mountain View | Курсера
EPAM Systems | US | company | Newtown | EPAM; ЭПАМ; EPAM Kazakhstan
USAID | US | government | Washington | United States Agency for International Development; U.S. Agency for International Development; Агентство США по международному развитию; ЮСАИД; АҚШ Халықаралық даму агенттігі
American Councils for International Education | US | other | Washington | American Councils; Американские Советы по международному образованию; Американские Советы
World Bank | US | other | Washington | The World Bank; World Bank Group; Всемирный банк; Дүниежүзілік банк
University of Toronto | CA | university | Toronto | U of T; Университет Торонто; Торонто университеті
McGill University | CA | university | Montreal | Университет Макгилла
University of British Columbia | CA | university | Vancouver | UBC; Университет Британской Колумбии
University of Alberta | CA | university | Edmonton | UAlberta; Университет Альберты
University of Calgary | CA | university | Calgary | UCalgary; Университет Калгари
University of Waterloo | CA | university | Waterloo | Университет Ватерлоо
Cameco | CA | company | Saskatoon | Cameco Corporation; Камеко
University of São Paulo | BR | university | São Paulo | USP; Universidade de São Paulo; Университет Сан-Паулу
University of Campinas | BR | university | Campinas | Unicamp; Universidade Estadual de Campinas; Университет Кампинаса
University of Melbourne | AU | university | Melbourne | Melbourne University; Мельбурнский университет
University of Sydney | AU | university | Sydney | Sydney University; Сиднейский университет
UNSW Sydney | AU | university | Sydney | University of New South Wales; UNSW; Университет Нового Южного Уэльса
Monash University | AU | university | Melbourne | Университет Монаша
Australian National University | AU | university | Canberra | ANU; Австралийский национальный университет
University of Queensland | AU | university | Brisbane | UQ; Квинслендский университет
Curtin University | AU | university | Perth | Университет Кертина
University of Western Australia | AU | university | Perth | UWA; Университет Западной Австралии
RMIT University | AU | university | Melbourne | RMIT; Royal Melbourne Institute of Technology; Королевский Мельбурнский технологический институт
University of Auckland | NZ | university | Auckland | Оклендский университет
University of Canterbury | NZ | university | Christchurch | Кентерберийский университет

# More universities and companies
University of Washington | US | university | Seattle | Вашингтонский университет
University of Florida | US | university | Gainesville | Университет Флориды
University of Minnesota | US | university | Minneapolis | Миннесотский университет
University of Maryland | US | university | College Park | UMD; Мэрилендский университет
University of Virginia | US | university | Charlottesville | Университет Вирджинии
University of Colorado Boulder | US | university | Boulder | CU Boulder; Колорадский университет в Боулдере
Colorado State University | US | university | Fort Collins | Университет штата Колорадо
Montana Technological University | US | university | Butte | Montana Tech; Технологический университет Монтаны
Missouri University of Science and Technology | US | university | Rolla | Missouri S&T; Миссурийский университет науки и технологий
University of Oklahoma | US | university | Norman | Университет Оклахомы
University of Houston | US | university | Houston | Хьюстонский университет
Louisiana State University | US | university | Baton Rouge | LSU; Университет штата Луизиана
University of Kansas | US | university | Lawrence | Канзасский университет
Kansas State University | US | university | Manhattan | K-State; Университет штата Канзас
Iowa State University | US | university | Ames | Университет штата Айова
Rutgers University | US | university | New Brunswick | Rutgers; Ратгерский университет
Northeastern University (Boston) | US | university | Boston | Northeastern University Boston; Северо-Восточный университет (Бостон)
Boston University | US | university | Boston | Бостонский университет
Virginia Tech | US | university | Blacksburg | Virginia Polytechnic Institute and State University; Политехнический институт Вирджинии
University of Chicago | US | university | Chicago | UChicago; Чикагский университет
Northwestern University | US | university | Evanston | Северо-Западный университет (США)
University of California, Los Angeles | US | university | Los Angeles | UCLA; Калифорнийский университет в Лос-Анджелесе
University of California, San Diego | US | university | San Diego | UC San Diego; UCSD; Калифорнийский университет в Сан-Диего
California Institute of Technology | US | university | Pasadena | Caltech; Калифорнийский технологический институт
University of Arkansas | US | university | Fayetteville | Арканзасский университет
Webster University | US | university | St. Louis | Вебстерский университет
Mayo Clinic | US | other | Rochester | Клиника Мэйо
Qualcomm | US | company | San Diego | Квалкомм
Hewlett Packard Enterprise | US | company | Houston | HPE; Hewlett-Packard; HP; Хьюлетт-Паккард
Dell Technologies | US | company | Round Rock | Dell; Делл
Mastercard | US | company | Purchase | Мастеркард
University of Ottawa | CA | university | Ottawa | uOttawa; Оттавский университет
University of Saskatchewan | CA | university | Saskatoon | USask; Университет Саскачевана
Queen's University | CA | university | Kingston | Queen's University at Kingston; Королевский университет Канады
McMaster University | CA | university | Hamilton | Университет Макмастера
Simon Fraser University | CA | university | Burnaby | SFU; Университет Саймона Фрейзера
University of Adelaide | AU | university | Adelaide | Аделаидский университет
Deakin University | AU | university | Geelong | Университет Дикин
Macquarie University | AU | university | Sydney | Университет Маккуори
University of Technology Sydney | AU | university | Sydney | UTS; Сиднейский технологический университет
Federal University of Rio de Janeiro | BR | university | Rio de Janeiro | UFRJ; Федеральный университет Рио-де-Жанейро
University of Buenos Aires | AR | university | Buenos Aires | UBA; Universidad de Buenos Aires; Университет Буэнос-Айреса
National Autonomous University of Mexico | MX | university | Mexico City | UNAM; Национальный автономный университет Мексики
University of Chile | CL | university | Santiago | Universidad de Chile; Чилийский университет
University of Cape Town | ZA | university | Cape Town | UCT; Кейптаунский университет
University of Nairobi | KE | university | Nairobi | Университет Найроби

# International organizations (country = seat)
UNDP | US | other | New York | United Nations Development Programme; ПРООН; Программа развития ООН; БҰҰДБ; БҰҰ Даму бағдарламасы
UNICEF | US | other | New York | United Nations Children's Fund; ЮНИСЕФ; Детский фонд ООН
International Atomic Energy Agency | AT | other | Vienna | IAEA; МАГАТЭ; Международное агентство по атомной энергии; Атом энергиясы жөніндегі халықаралық агенттік
Asian Development Bank | PH | other | Manila | ADB; Азиатский банк развития; АБР; Азия даму банкі
European Bank for Reconstruction and Development | GB | other | London | EBRD; ЕБРР; Европейский банк реконструкции и развития; Еуропа қайта құру және даму банкі
OECD | FR | other | Paris | Organisation for Economic Co-operation and Development; ОЭСР; Организация экономического сотрудничества и развития; ЭЫДҰ

# Industry partners
Baker Hughes | US | company | Houston | Бейкер Хьюз
Weatherford | US | company | Houston | Weatherford International; Уэзерфорд
Rockwell Automation | US | company | Milwaukee | Роквелл Автоматизейшн
Emerson | US | company | St. Louis | Emerson Electric; Эмерсон
Autodesk | US | company | San Francisco | Автодеск
Adobe | US | company | San Jose | Adobe Inc.; Адобе
McKinsey & Company | US | company | New York | McKinsey; Маккинзи
BHP | AU | company | Melbourne | BHP Group; BHP Billiton
Orica | AU | company | Melbourne | Орика
`;
