// Institutions of Europe (without Russia): `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_EUROPE = `
# United Kingdom
University of Exeter | GB | university | Exeter | Exeter University; Эксетерский университет; Университет Эксетера; Эксетер университеті; Camborne School of Mines; University of Exeter Camborne School of Mines; Университет Экзетера; Экзетерский университет; Эксетер университет
University of Leeds | GB | university | Leeds | Leeds University; Университет Лидса; Лидский университет; Лидс университеті
Heriot-Watt University | GB | university | Edinburgh | Heriot Watt University; Университет Хериот-Ватт; Хериот-Ватт университеті
University of Cambridge | GB | university | Cambridge | Cambridge University; Кембриджский университет; Кембридж университеті
University of Oxford | GB | university | Oxford | Oxford University; Оксфордский университет; Оксфорд университеті
University College London | GB | university | London | UCL; Университетский колледж Лондона; Лондон университеттік колледжі
University of Manchester | GB | university | Manchester | Manchester University; Манчестерский университет; Университет Манчестера; Манчестер университеті
British Council | GB | other | London | Британский совет; Британ кеңесі

# Germany
TU Bergakademie Freiberg | DE | university | Freiberg | Freiberg University of Mining and Technology; Technische Universität Bergakademie Freiberg; Фрайбергская горная академия; Горная академия Фрайберга; Фрайберг тау-кен академиясы
Technische Universität Berlin | DE | university | Berlin | TU Berlin; Technical University of Berlin; Берлинский технический университет; Технический университет Берлина; Берлин техникалық университеті
Berlin School of Economics and Law | DE | university | Berlin | HWR Berlin; Hochschule für Wirtschaft und Recht Berlin; Берлинская школа экономики и права; Берлин экономика және құқық мектебі
RWTH Aachen University | DE | university | Aachen | RWTH Aachen; RWTH; Рейнско-Вестфальский технический университет Ахена; Ахенский технический университет; Ахен техникалық университеті
Technical University of Munich | DE | university | Munich | TUM; Technische Universität München; Мюнхенский технический университет; Мюнхен техникалық университеті
Siemens | DE | company | Munich | Siemens AG; Сименс
SAP | DE | company | Walldorf | SAP SE; САП
DAAD | DE | other | Bonn | German Academic Exchange Service; Deutscher Akademischer Austauschdienst; Германская служба академических обменов; Неміс академиялық алмасу қызметі

# Rest of Europe (UK and German additions first)
Imperial College London | GB | university | London | Imperial College; Имперский колледж Лондона; Лондон империялық колледжі
King's College London | GB | university | London | KCL; Королевский колледж Лондона; Лондон корольдік колледжі
London School of Economics and Political Science | GB | university | London | LSE; London School of Economics; Лондонская школа экономики; Лондонская школа экономики и политических наук; Лондон экономика мектебі
Queen Mary University of London | GB | university | London | QMUL; Queen Mary; Лондонский университет королевы Марии
University of Edinburgh | GB | university | Edinburgh | Edinburgh University; Эдинбургский университет; Эдинбург университеті
University of Glasgow | GB | university | Glasgow | Glasgow University; Университет Глазго; Глазго университеті
University of Strathclyde | GB | university | Glasgow | Strathclyde University; Университет Стратклайда; Стратклайд университеті
University of Aberdeen | GB | university | Aberdeen | Aberdeen University; Абердинский университет; Абердин университеті
Robert Gordon University | GB | university | Aberdeen | RGU; Университет Роберта Гордона; Роберт Гордон университеті
University of Birmingham | GB | university | Birmingham | Birmingham University; Бирмингемский университет; Бирмингем университеті
University of Nottingham | GB | university | Nottingham | Nottingham University; Ноттингемский университет; Ноттингем университеті
University of Warwick | GB | university | Coventry | Warwick University; Уорикский университет; Университет Уорика; Уорик университеті
Coventry University | GB | university | Coventry | Университет Ковентри; Ковентри университеті
University of Bristol | GB | university | Bristol | Bristol University; Бристольский университет; Бристоль университеті
University of Sheffield | GB | university | Sheffield | Sheffield University; Шеффилдский университет; Шеффилд университеті
University of Liverpool | GB | university | Liverpool | Liverpool University; Ливерпульский университет; Ливерпуль университеті
Newcastle University | GB | university | Newcastle upon Tyne | Newcastle University UK; Университет Ньюкасла; Ньюкасл университеті
Durham University | GB | university | Durham | University of Durham; Даремский университет; Дарем университеті
Lancaster University | GB | university | Lancaster | Ланкастерский университет; Ланкастер университеті
Loughborough University | GB | university | Loughborough | Университет Лафборо; Лафборо университеті
University of Southampton | GB | university | Southampton | Southampton University; Саутгемптонский университет; Саутгемптон университеті
University of Surrey | GB | university | Guildford | Surrey University; Университет Суррея; Суррей университеті
University of Bath | GB | university | Bath | Bath University; Университет Бата; Бат университеті
Cardiff University | GB | university | Cardiff | Кардиффский университет; Кардифф университеті
Cranfield University | GB | university | Cranfield | Крэнфилдский университет; Университет Крэнфилда; Крэнфилд университеті
De Montfort University | GB | university | Leicester | Университет Де Монфор; Де Монфор университеті
University of Portsmouth | GB | university | Portsmouth | Portsmouth University; Портсмутский университет; Портсмут университеті
University of London | GB | university | London | Лондонский университет; Лондон университеті
Shell | GB | company | London | Shell plc; Royal Dutch Shell; Shell Kazakhstan; Шелл
BP | GB | company | London | BP plc; British Petroleum; Бритиш Петролеум
Ludwig Maximilian University of Munich | DE | university | Munich | LMU Munich; LMU; Ludwig-Maximilians-Universität München; Мюнхенский университет Людвига-Максимилиана; Мюнхенский университет; Мюнхен университеті
Heidelberg University | DE | university | Heidelberg | Ruprecht Karl University of Heidelberg; Universität Heidelberg; Гейдельбергский университет; Гейдельберг университеті
Free University of Berlin | DE | university | Berlin | Freie Universität Berlin; FU Berlin; Свободный университет Берлина; Берлинский свободный университет; Берлин еркін университеті
Humboldt University of Berlin | DE | university | Berlin | Humboldt-Universität zu Berlin; HU Berlin; Берлинский университет имени Гумбольдта; Университет Гумбольдта; Гумбольдт университеті
Karlsruhe Institute of Technology | DE | university | Karlsruhe | KIT; Технологический институт Карлсруэ; Карлсруэ технологиялық институты
TU Dresden | DE | university | Dresden | Technische Universität Dresden; Dresden University of Technology; Дрезденский технический университет; Дрезден техникалық университеті
Clausthal University of Technology | DE | university | Clausthal-Zellerfeld | TU Clausthal; Technische Universität Clausthal; Технический университет Клаусталя; Клаустальский технический университет
University of Stuttgart | DE | university | Stuttgart | Universität Stuttgart; Штутгартский университет; Штутгарт университеті
Otto von Guericke University Magdeburg | DE | university | Magdeburg | OVGU; University of Magdeburg; Магдебургский университет имени Отто фон Герике; Магдебургский университет
Leibniz University Hannover | DE | university | Hanover | Leibniz Universität Hannover; Ганноверский университет имени Лейбница; Ганноверский университет
University of Hamburg | DE | university | Hamburg | Universität Hamburg; Гамбургский университет; Гамбург университеті
Goethe University Frankfurt | DE | university | Frankfurt am Main | Goethe-Universität Frankfurt; Франкфуртский университет имени Гёте; Франкфурт университеті
University of Göttingen | DE | university | Göttingen | Georg-August-Universität Göttingen; Геттингенский университет; Гёттингенский университет
Ruhr University Bochum | DE | university | Bochum | Ruhr-Universität Bochum; Рурский университет в Бохуме; Рурский университет
Bosch | DE | company | Gerlingen | Robert Bosch GmbH; Бош
BASF | DE | company | Ludwigshafen | BASF SE; БАСФ
Volkswagen | DE | company | Wolfsburg | Volkswagen Group; VW; Фольксваген
Siemens Energy | DE | company | Munich | Siemens Energy AG; Сименс Энерджи
Festo | DE | company | Esslingen am Neckar | Festo Didactic; Фесто
GIZ | DE | government | Bonn | Deutsche Gesellschaft für Internationale Zusammenarbeit; German Agency for International Cooperation; Германское общество по международному сотрудничеству; ГИЦ; Германияның халықаралық ынтымақтастық қоғамы
Goethe-Institut | DE | other | Munich | Goethe Institute; Goethe-Institut Kasachstan; Гёте-Институт; Институт Гёте; Гёте институты
Sorbonne University | FR | university | Paris | Sorbonne Université; Sorbonne; Университет Сорбонны; Сорбонна; Сорбонна университеті
Université Paris-Saclay | FR | university | Paris | Paris-Saclay University; University of Paris-Saclay; Университет Париж-Сакле
École Polytechnique | FR | university | Palaiseau | Ecole Polytechnique; Политехническая школа; Политехническая школа Парижа
Sciences Po | FR | university | Paris | Paris Institute of Political Studies; Парижский институт политических исследований; Сьянс По
University of Strasbourg | FR | university | Strasbourg | Université de Strasbourg; Страсбургский университет; Страсбург университеті
Université Grenoble Alpes | FR | university | Grenoble | Grenoble Alpes University; UGA; Университет Гренобль-Альпы; Гренобльский университет
Mines Paris – PSL | FR | university | Paris | Mines ParisTech; Mines Paris; École des Mines de Paris; Парижская горная школа; Горная школа Парижа
CentraleSupélec | FR | university | Gif-sur-Yvette | Centrale Supelec; Сантраль Сюпелек
IFP School | FR | university | Rueil-Malmaison | IFP Énergies nouvelles School; Французский институт нефти; IFP
INSA Lyon | FR | university | Lyon | Institut National des Sciences Appliquées de Lyon; Национальный институт прикладных наук Лиона
TotalEnergies | FR | company | Paris | TotalEnergies SE; ТоталЭнерджиз; Тоталь
Schneider Electric | FR | company | Rueil-Malmaison | Schneider; Шнайдер Электрик
Orano | FR | company | Châtillon | Orano Group; Areva; Орано; Арева
Alstom | FR | company | Saint-Ouen-sur-Seine | Alstom Kazakhstan; Альстом
Campus France | FR | government | Paris | Кампюс Франс; Агентство Campus France
UNESCO | FR | other | Paris | United Nations Educational, Scientific and Cultural Organization; ЮНЕСКО
Politecnico di Milano | IT | university | Milan | Polytechnic University of Milan; Polimi; Миланский политехнический университет; Милан политехникалық университеті
Politecnico di Torino | IT | university | Turin | Polytechnic University of Turin; Polito; Туринский политехнический университет; Турин политехникалық университеті
Sapienza University of Rome | IT | university | Rome | Sapienza Università di Roma; Sapienza; Римский университет Ла Сапиенца; Университет Сапиенца
University of Bologna | IT | university | Bologna | Università di Bologna; UNIBO; Болонский университет; Болонья университеті
University of Padua | IT | university | Padua | Università degli Studi di Padova; University of Padova; Падуанский университет
Eni | IT | company | Rome | Eni S.p.A.; Эни
Universidad Politécnica de Madrid | ES | university | Madrid | Technical University of Madrid; Мадридский политехнический университет
Complutense University of Madrid | ES | university | Madrid | Universidad Complutense de Madrid; UCM; Мадридский университет Комплутенсе
University of Barcelona | ES | university | Barcelona | Universitat de Barcelona; Барселонский университет
University of Salamanca | ES | university | Salamanca | Universidad de Salamanca; Саламанкский университет
University of Granada | ES | university | Granada | Universidad de Granada; Гранадский университет
University of Warsaw | PL | university | Warsaw | Uniwersytet Warszawski; Варшавский университет; Варшава университеті
Jagiellonian University | PL | university | Kraków | Uniwersytet Jagielloński; Ягеллонский университет; Ягеллон университеті
AGH University of Krakow | PL | university | Kraków | AGH University of Science and Technology; AGH; Горно-металлургическая академия имени Станислава Сташица; Краковская горно-металлургическая академия
Warsaw University of Technology | PL | university | Warsaw | Politechnika Warszawska; Варшавский политехнический университет
Adam Mickiewicz University | PL | university | Poznań | Adam Mickiewicz University in Poznań; Университет имени Адама Мицкевича; Познанский университет
Wrocław University of Science and Technology | PL | university | Wrocław | Politechnika Wrocławska; Вроцлавский политехнический университет
Silesian University of Technology | PL | university | Gliwice | Politechnika Śląska; Силезский технологический университет
Gdańsk University of Technology | PL | university | Gdańsk | Politechnika Gdańska; Гданьский политехнический университет
Lodz University of Technology | PL | university | Łódź | Politechnika Łódzka; Лодзинский технический университет
Charles University | CZ | university | Prague | Univerzita Karlova; Карлов университет; Карл университеті
Czech Technical University in Prague | CZ | university | Prague | CTU in Prague; ČVUT; Чешский технический университет в Праге; Чешский технический университет
Brno University of Technology | CZ | university | Brno | Vysoké učení technické v Brně; Технический университет Брно; Брненский технологический университет
VSB – Technical University of Ostrava | CZ | university | Ostrava | VSB-TUO; VŠB – Technical University of Ostrava; Технический университет Остравы; Остравский технический университет
Masaryk University | CZ | university | Brno | Masarykova univerzita; Университет Масарика; Масарик университеті
Czech University of Life Sciences Prague | CZ | university | Prague | CZU; Česká zemědělská univerzita v Praze; Чешский университет естественных наук; Чешский агротехнический университет
Mendel University in Brno | CZ | university | Brno | Mendelova univerzita v Brně; Университет Менделя в Брно
Eötvös Loránd University | HU | university | Budapest | ELTE; Eotvos Lorand University; Будапештский университет имени Лоранда Этвеша; Университет Этвеша Лоранда
Budapest University of Technology and Economics | HU | university | Budapest | BME; Будапештский университет технологии и экономики; Будапештский технический университет
University of Debrecen | HU | university | Debrecen | Debreceni Egyetem; Дебреценский университет; Дебрецен университеті
University of Szeged | HU | university | Szeged | Szegedi Tudományegyetem; Сегедский университет; Сегед университеті
University of Miskolc | HU | university | Miskolc | Miskolci Egyetem; Мишкольцский университет
Hungarian University of Agriculture and Life Sciences | HU | university | Gödöllő | Венгерский университет сельского хозяйства и наук о жизни
Tempus Public Foundation | HU | government | Budapest | Tempus Közalapítvány; Фонд Темпус
University of Vienna | AT | university | Vienna | Universität Wien; Венский университет; Вена университеті
TU Wien | AT | university | Vienna | Vienna University of Technology; Technische Universität Wien; Венский технический университет
Montanuniversität Leoben | AT | university | Leoben | University of Leoben; Montanuniversitaet Leoben; Леобенский горный университет; Горный университет Леобена
ETH Zurich | CH | university | Zurich | ETH Zürich; Swiss Federal Institute of Technology in Zurich; Швейцарская высшая техническая школа Цюриха; Цюрихский политехнический институт
EPFL | CH | university | Lausanne | École Polytechnique Fédérale de Lausanne; Swiss Federal Institute of Technology Lausanne; Федеральная политехническая школа Лозанны
University of Geneva | CH | university | Geneva | Université de Genève; UNIGE; Женевский университет
ABB | CH | company | Zurich | ABB Ltd; АББ
Delft University of Technology | NL | university | Delft | TU Delft; Делфтский технический университет
Wageningen University & Research | NL | university | Wageningen | Wageningen University; WUR; Вагенингенский университет
University of Groningen | NL | university | Groningen | Rijksuniversiteit Groningen; Гронингенский университет
University of Amsterdam | NL | university | Amsterdam | Universiteit van Amsterdam; UvA; Амстердамский университет
Erasmus University Rotterdam | NL | university | Rotterdam | Erasmus Universiteit Rotterdam; Университет Эразма Роттердамского
Maastricht University | NL | university | Maastricht | Universiteit Maastricht; Маастрихтский университет
KU Leuven | BE | university | Leuven | Catholic University of Leuven; Katholieke Universiteit Leuven; Лёвенский католический университет
Ghent University | BE | university | Ghent | Universiteit Gent; UGent; Гентский университет
University of Helsinki | FI | university | Helsinki | Helsingin yliopisto; Хельсинкский университет; Хельсинки университеті
Aalto University | FI | university | Espoo | Aalto-yliopisto; Университет Аалто; Аалто университеті
University of Oulu | FI | university | Oulu | Oulun yliopisto; Университет Оулу
Tampere University | FI | university | Tampere | Tampereen yliopisto; Университет Тампере
LUT University | FI | university | Lappeenranta | Lappeenranta-Lahti University of Technology; Технологический университет Лаппеенранты
Häme University of Applied Sciences | FI | university | Hämeenlinna | HAMK; Hame University of Applied Sciences; Университет прикладных наук Хяме
Nokia | FI | company | Espoo | Nokia Corporation; Нокиа
KTH Royal Institute of Technology | SE | university | Stockholm | KTH; Королевский технологический институт; Королевский технологический институт Стокгольма
Lund University | SE | university | Lund | Lunds universitet; Лундский университет
Uppsala University | SE | university | Uppsala | Uppsala universitet; Уппсальский университет
Chalmers University of Technology | SE | university | Gothenburg | Chalmers; Технический университет Чалмерса
Luleå University of Technology | SE | university | Luleå | Lulea University of Technology; LTU; Технологический университет Лулео
Ericsson | SE | company | Stockholm | Telefonaktiebolaget LM Ericsson; Эрикссон
Norwegian University of Science and Technology | NO | university | Trondheim | NTNU; Норвежский университет естественных и технических наук
University of Oslo | NO | university | Oslo | Universitetet i Oslo; UiO; Университет Осло
Equinor | NO | company | Stavanger | Statoil; Эквинор
Trinity College Dublin | IE | university | Dublin | TCD; Тринити-колледж; Дублинский университет Тринити-колледж
University College Dublin | IE | university | Dublin | UCD; Университетский колледж Дублина
Dublin City University | IE | university | Dublin | DCU; Дублинский городской университет
Vilnius University | LT | university | Vilnius | Vilniaus universitetas; Вильнюсский университет
Kaunas University of Technology | LT | university | Kaunas | KTU; Kauno technologijos universitetas; Каунасский технологический университет
Vilnius Gediminas Technical University | LT | university | Vilnius | VILNIUS TECH; VGTU; Вильнюсский технический университет имени Гедиминаса
Riga Technical University | LV | university | Riga | RTU; Rīgas Tehniskā universitāte; Рижский технический университет
University of Latvia | LV | university | Riga | Latvijas Universitāte; Латвийский университет
Transport and Telecommunication Institute | LV | university | Riga | Институт транспорта и связи; Рижский институт транспорта и связи
Tallinn University of Technology | EE | university | Tallinn | TalTech; Tallinna Tehnikaülikool; Таллинский технический университет
University of Tartu | EE | university | Tartu | Tartu Ülikool; Тартуский университет
Belarusian State University | BY | university | Minsk | БГУ; Белорусский государственный университет; Беларусь мемлекеттік университеті
Belarusian National Technical University | BY | university | Minsk | BNTU; БНТУ; Белорусский национальный технический университет; Беларусь ұлттық техникалық университеті
Belarusian State University of Informatics and Radioelectronics | BY | university | Minsk | BSUIR; БГУИР; Белорусский государственный университет информатики и радиоэлектроники
Belarusian State Technological University | BY | university | Minsk | Белорусский государственный технологический университет
Belarusian State Agrarian Technical University | BY | university | Minsk | BSATU; БГАТУ; Белорусский государственный аграрный технический университет
Yanka Kupala State University of Grodno | BY | university | Grodno | Grodno State University; ГрГУ им. Янки Купалы; Гродненский государственный университет имени Янки Купалы
Taras Shevchenko National University of Kyiv | UA | university | Kyiv | Kyiv University; КНУ имени Тараса Шевченко; Киевский национальный университет имени Тараса Шевченко
Igor Sikorsky Kyiv Polytechnic Institute | UA | university | Kyiv | KPI; Kyiv Polytechnic Institute; КПИ; Киевский политехнический институт имени Игоря Сикорского
V.N. Karazin Kharkiv National University | UA | university | Kharkiv | Karazin University; Харьковский национальный университет имени В.Н. Каразина
Lviv Polytechnic National University | UA | university | Lviv | Lviv Polytechnic; Национальный университет «Львовская политехника»; Львовская политехника

# More of the UK, Germany and the rest of Europe
University of Reading | GB | university | Reading | Reading University; Университет Рединга; Рединг университеті
University of York | GB | university | York | Йоркский университет
University of East Anglia | GB | university | Norwich | UEA; Университет Восточной Англии
University of Leicester | GB | university | Leicester | Лестерский университет
Brunel University London | GB | university | London | Brunel University; Университет Брунеля
City St George's, University of London | GB | university | London | City, University of London; City University London; Городской университет Лондона
SOAS University of London | GB | university | London | SOAS; School of Oriental and African Studies; Школа востоковедения и африканистики
University of Westminster | GB | university | London | Вестминстерский университет
University of Greenwich | GB | university | London | Гринвичский университет
Birmingham City University | GB | university | Birmingham | BCU; Бирмингемский городской университет
Sheffield Hallam University | GB | university | Sheffield | Университет Шеффилд Халлам
Nottingham Trent University | GB | university | Nottingham | Ноттингем Трент университет
Manchester Metropolitan University | GB | university | Manchester | MMU; Манчестерский городской университет
Northumbria University | GB | university | Newcastle upon Tyne | Университет Нортумбрии
University of Dundee | GB | university | Dundee | Университет Данди
University of St Andrews | GB | university | St Andrews | St Andrews University; Сент-Эндрюсский университет
Queen's University Belfast | GB | university | Belfast | QUB; Королевский университет Белфаста
Swansea University | GB | university | Swansea | Университет Суонси
Aston University | GB | university | Birmingham | Астонский университет
University of Kent | GB | university | Canterbury | Кентский университет
University of Sussex | GB | university | Brighton | Сассекский университет
University of Essex | GB | university | Colchester | Эссекский университет
University of Hull | GB | university | Hull | Университет Халла
University of Huddersfield | GB | university | Huddersfield | Университет Хаддерсфилда
University of Salford | GB | university | Salford | Университет Солфорда
University of Central Lancashire | GB | university | Preston | UCLan; Университет Центрального Ланкашира
Teesside University | GB | university | Middlesbrough | Университет Тиссайда
University of Stirling | GB | university | Stirling | Университет Стерлинга
Edinburgh Napier University | GB | university | Edinburgh | Napier University; Эдинбургский университет Нейпира
Glasgow Caledonian University | GB | university | Glasgow | GCU; Каледонский университет Глазго
Oxford Brookes University | GB | university | Oxford | Университет Оксфорд Брукс
University of Plymouth | GB | university | Plymouth | Plymouth University; Университет Плимута
University of Derby | GB | university | Derby | Университет Дерби
Cambridge University Press & Assessment | GB | other | Cambridge | Cambridge Assessment; Cambridge Assessment English; Cambridge University Press; Кембридж Ассессмент
Pearson | GB | company | London | Pearson plc; Пирсон
University of Bremen | DE | university | Bremen | Universität Bremen; Бременский университет
University of Potsdam | DE | university | Potsdam | Universität Potsdam; Потсдамский университет
University of Cologne | DE | university | Cologne | Universität zu Köln; Кёльнский университет
University of Bonn | DE | university | Bonn | Universität Bonn; Боннский университет
University of Münster | DE | university | Münster | Universität Münster; Мюнстерский университет
University of Freiburg | DE | university | Freiburg im Breisgau | Albert-Ludwigs-Universität Freiburg; Фрайбургский университет
Leipzig University | DE | university | Leipzig | Universität Leipzig; Лейпцигский университет
University of Jena | DE | university | Jena | Friedrich Schiller University Jena; Йенский университет
Technical University of Darmstadt | DE | university | Darmstadt | TU Darmstadt; Дармштадтский технический университет
Technische Universität Braunschweig | DE | university | Braunschweig | TU Braunschweig; Технический университет Брауншвейга
Chemnitz University of Technology | DE | university | Chemnitz | TU Chemnitz; Хемницкий технический университет
Technische Universität Ilmenau | DE | university | Ilmenau | TU Ilmenau; Технический университет Ильменау
Brandenburg University of Technology Cottbus-Senftenberg | DE | university | Cottbus | BTU Cottbus; Бранденбургский технический университет
RPTU Kaiserslautern-Landau | DE | university | Kaiserslautern | TU Kaiserslautern; Технический университет Кайзерслаутерна
Kiel University | DE | university | Kiel | Christian-Albrechts-Universität zu Kiel; Кильский университет
University of Rostock | DE | university | Rostock | Universität Rostock; Ростокский университет
Martin Luther University Halle-Wittenberg | DE | university | Halle | Universität Halle; Университет Мартина Лютера Галле-Виттенберг
Justus Liebig University Giessen | DE | university | Giessen | JLU Giessen; Гиссенский университет
University of Hohenheim | DE | university | Stuttgart | Universität Hohenheim; Хоэнхаймский университет
Mittweida University of Applied Sciences | DE | university | Mittweida | Hochschule Mittweida; Университет прикладных наук Митвайда
Zittau/Görlitz University of Applied Sciences | DE | university | Zittau | Hochschule Zittau/Görlitz; Университет прикладных наук Циттау/Гёрлиц
Technische Hochschule Georg Agricola | DE | university | Bochum | TH Georg Agricola; Georg Agricola University; Технический университет имени Георгия Агриколы
TH Köln | DE | university | Cologne | Cologne University of Applied Sciences; Technische Hochschule Köln
Anhalt University of Applied Sciences | DE | university | Köthen | Hochschule Anhalt; Университет прикладных наук Анхальт
Charité – Universitätsmedizin Berlin | DE | university | Berlin | Charité; Charite; Шарите; Клиника Шарите
Fraunhofer Society | DE | other | Munich | Fraunhofer-Gesellschaft; Fraunhofer; Общество Фраунгофера
Max Planck Society | DE | other | Munich | Max-Planck-Gesellschaft; Общество Макса Планка
Helmholtz Association | DE | other | Berlin | Helmholtz Association of German Research Centres; Helmholtz-Gemeinschaft; Объединение имени Гельмгольца
thyssenkrupp | DE | company | Essen | ThyssenKrupp; Тиссенкрупп
CLAAS | DE | company | Harsewinkel | Claas; Клаас
Knauf | DE | company | Iphofen | Knauf Group; Кнауф
Karolinska Institutet | SE | university | Stockholm | Karolinska Institute; Каролинский институт
University of Lisbon | PT | university | Lisbon | Universidade de Lisboa; Лиссабонский университет
University of Porto | PT | university | Porto | Universidade do Porto; Университет Порту
University of Coimbra | PT | university | Coimbra | Universidade de Coimbra; Коимбрский университет
National and Kapodistrian University of Athens | GR | university | Athens | University of Athens; Афинский университет
Aristotle University of Thessaloniki | GR | university | Thessaloniki | AUTh; Университет имени Аристотеля в Салониках
Sofia University | BG | university | Sofia | Sofia University St. Kliment Ohridski; Софийский университет
University of Bucharest | RO | university | Bucharest | Universitatea din București; Бухарестский университет
Comenius University Bratislava | SK | university | Bratislava | Comenius University; Университет Коменского
Slovak University of Technology in Bratislava | SK | university | Bratislava | STU Bratislava; Словацкий технический университет
University of Ljubljana | SI | university | Ljubljana | Univerza v Ljubljani; Люблянский университет
University of Zagreb | HR | university | Zagreb | Sveučilište u Zagrebu; Загребский университет
University of Belgrade | RS | university | Belgrade | Univerzitet u Beogradu; Белградский университет
Technical University of Denmark | DK | university | Kongens Lyngby | DTU; Технический университет Дании
University of Copenhagen | DK | university | Copenhagen | Københavns Universitet; Копенгагенский университет
Aarhus University | DK | university | Aarhus | Aarhus Universitet; Орхусский университет
University of Iceland | IS | university | Reykjavík | Háskóli Íslands; Исландский университет
University of Luxembourg | LU | university | Luxembourg | Université du Luxembourg; Люксембургский университет
Moldova State University | MD | university | Chișinău | Молдавский государственный университет
Belarusian State Pedagogical University | BY | university | Minsk | BSPU; БГПУ имени Максима Танка; Белорусский государственный педагогический университет имени Максима Танка
Belarusian State Economic University | BY | university | Minsk | BSEU; БГЭУ; Белорусский государственный экономический университет
Belarusian State Medical University | BY | university | Minsk | BSMU; Белорусский государственный медицинский университет
Francisk Skorina Gomel State University | BY | university | Gomel | Gomel State University; ГГУ им. Ф. Скорины; Гомельский государственный университет имени Франциска Скорины
Polotsk State University | BY | university | Novopolotsk | Полоцкий государственный университет имени Евфросинии Полоцкой
Belarusian-Russian University | BY | university | Mogilev | BRU; Белорусско-Российский университет
Brest State Technical University | BY | university | Brest | BrSTU; БрГТУ; Брестский государственный технический университет
Belarusian State Agricultural Academy | BY | university | Gorki | BSAA; БГСХА; Белорусская государственная сельскохозяйственная академия

# Industry partners
Accenture | IE | company | Dublin | Accenture plc; Аксенчер
KPMG | NL | company | Amstelveen | KPMG International; КПМГ
Deloitte | GB | company | London | Deloitte Touche Tohmatsu; Делойт
PwC | GB | company | London | PricewaterhouseCoopers; ПрайсуотерхаусКуперс
EY | GB | company | London | Ernst & Young; Эрнст энд Янг
Weir Group | GB | company | Glasgow | The Weir Group
Rio Tinto | GB | company | London | Рио Тинто
Linde | GB | company | Woking | Linde plc; Линде
Dassault Systèmes | FR | company | Vélizy-Villacoublay | Dassault Systemes; Дассо Систем
KUKA | DE | company | Augsburg | KUKA AG; Кука
Bosch Rexroth | DE | company | Lohr am Main | Rexroth; Бош Рексрот
Phoenix Contact | DE | company | Blomberg | Феникс Контакт
Endress+Hauser | CH | company | Reinach | Endress Hauser; Эндресс+Хаузер
Liebherr | CH | company | Bulle | Liebherr Group; Либхерр
Glencore | CH | company | Baar | Glencore plc; Гленкор
Sandvik | SE | company | Stockholm | Sandvik AB; Сандвик
Epiroc | SE | company | Stockholm | Epiroc AB; Эпирок
Atlas Copco | SE | company | Nacka | Атлас Копко
Metso | FI | company | Espoo | Metso Outotec; Outotec; Метсо
ArcelorMittal | LU | company | Luxembourg | АрселорМиттал
`;
