// Who the two sides are in news as it is really written: bodies through their offices, several sides in one
// sentence, a generic description before an institution's own name. Short articles written for the test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/api";

const pairs = (text: string) =>
  extractArticle(text).partnerships.map((p) => [p.kz, p.partner, p.agreement, p.status]);

describe("sides through their offices", () => {
  it("a consul general's visit is the consulate's, and a deputy prime minister is nobody's side", () => {
    expect(
      pairs(
        "Satbayev University hosted the Consul General of Hungary in Kazakhstan, who discussed cooperation with the rector. The Hungarian Deputy Prime Minister sent greetings.",
      ),
    ).toEqual([["Satbayev University", "Consulate General of Hungary in Almaty", "visit", "discussed"]]);
  });

  it("Kazakhstan's ambassador abroad is the Kazakhstan side when no university of Kazakhstan takes part", () => {
    expect(
      pairs(
        "Посол Казахстана в Японии провел встречу с руководством Университета Цукуба. Стороны обсудили перспективы сотрудничества.",
      ),
    ).toEqual([
      ["Embassy of the Republic of Kazakhstan in Japan", "University of Tsukuba", "visit", "discussed"],
    ]);
  });

  it("two ministers named together share their country", () => {
    expect(
      pairs(
        "Al-Farabi Kazakh National University met the Uzbek Deputy Prime Minister and the Minister of Public Education to discuss a scholarship programme.",
      ),
    ).toEqual([
      [
        "Al-Farabi Kazakh National University",
        // As the news of its time names it: the directory keeps a renamed ministry apart from its successor.
        "Ministry of Public Education of the Republic of Uzbekistan",
        "visit",
        "discussed",
      ],
    ]);
  });
});

describe("several sides in one sentence", () => {
  it("each foreign university goes with the Kazakhstan university named beside it", () => {
    expect(
      pairs(
        "Правительство планирует открыть филиал Томского политехнического университета на базе Карагандинского технического университета, а филиал Казанского федерального университета на базе Евразийского национального университета имени Л.Н. Гумилева.",
      ),
    ).toEqual([
      ["Karaganda Technical University", "Tomsk Polytechnic University", "branch_campus", "planned"],
      ["L.N. Gumilyov Eurasian National University", "Kazan Federal University", "branch_campus", "planned"],
    ]);
  });
});

describe("a description before an institution's own name", () => {
  it("«Корейский университет Woosong» is Woosong University, not Korea University", () => {
    expect(
      pairs(
        "Акимат Туркестанской области подписал меморандум об открытии филиала Корейского университета Woosong в Туркестане.",
      ),
    ).toEqual([["Akimat of Turkistan Region", "Woosong University", "branch_campus", "signed"]]);
  });
});

describe("bodies that are not schools, and names that are not bodies", () => {
  it("a foreign agency or association the directory lacks is read by its head word", () => {
    expect(
      extractArticle(
        "Satbayev University signed a memorandum with the Hungarian National Agency for Educational Cooperation.",
      ).partnerships.map((p) => [p.partner, p.country, p.partner_type]),
    ).toEqual([["Hungarian National Agency for Educational Cooperation", "HU", "government"]]);
  });

  it("an office-holder's name after the body's word is no name of the body", () => {
    const found = extractArticle(
      "Северо-Казахстанский университет подписал меморандум с корпорацией из Китая. Документ подписали ректор университета Ербол Исмаилов и директор корпорации Ли Мин. Корпорация поставляет в Китай зерно.",
    ).partnerships.flatMap((p) => [p.kz, p.partner]);
    expect(found.some((name) => /Ismailov|Li Min/.test(name))).toBe(false);
  });

  it("a country adjective is no head word of a name ('корей тілі' is not a foundation)", () => {
    expect(
      pairs(
        "Абай университеті Кореяның Пусан ұлттық университетімен кездесу өткізді. Тараптар корей тілі мұғалімдерін даярлауды талқылады.",
      ).map(([, partner]) => partner),
    ).toEqual(["Pusan National University"]);
  });
});

describe("a foreign body's own news: its hosts are not each other's partners", () => {
  it("a delegation's tour of universities in several countries pairs each Kazakhstan host with the delegation's university", () => {
    expect(
      pairs(
        [
          "Zhejiang University delegation tours Central Asia",
          "A delegation of Zhejiang University led by its vice-president visited universities in Kazakhstan, Kyrgyzstan and Uzbekistan from 3 to 9 June.",
          "On 4 June the delegation visited Satbayev University and the Kyrgyz State Technical University, where the sides discussed joint engineering programmes.",
          "On 6 June the delegation visited Samarkand State University and discussed student exchanges.",
        ].join("\n\n"),
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Satbayev University", "Zhejiang University"]]);
  });

  it("a list of the hosts a delegation was invited to is no list of partners of each other", () => {
    expect(
      pairs(
        "The vice-president of Wuhan University and his delegation were invited to visit Al-Farabi Kazakh National University, the Bank of China (Almaty) and Tajik National University in October. The delegation discussed a joint centre.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Al-Farabi Kazakh National University", "Wuhan University"]]);
  });

  it("what the delegation's university signs with a university of another country is not its Kazakhstan pair's news", () => {
    expect(
      pairs(
        [
          "Уральский федеральный университет провел переговоры в Центральной Азии",
          "С 2 по 8 октября делегация Уральского федерального университета посетила Казахстан, Узбекистан и Киргизию.",
          "В Караганде представители УрФУ и Карагандинского университета имени Букетова подписали соглашение о программе двух дипломов.",
          "В Астане делегация провела переговоры в Евразийском национальном университете о совместной магистратуре.",
          "В Ташкенте УрФУ подписал меморандум с Ташкентским государственным техническим университетом.",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["Karaganda Buketov University", "Ural Federal University", "joint_program", "signed"],
      // Talks on a joint master's programme: the programme, still under discussion.
      ["L.N. Gumilyov Eurasian National University", "Ural Federal University", "joint_program", "discussed"],
    ]);
  });

  it("an embassy that arranged a visit is no side of the talks the visitors held", () => {
    expect(
      pairs(
        [
          "KAIST hosts a Kazakh delegation",
          "KAIST signed a memorandum with Astana IT University on 11 March in Daejeon.",
          "The Embassy of Kazakhstan in Korea helped arrange the delegation's visit and its talks.",
        ].join("\n\n"),
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Astana IT University", "Korea Advanced Institute of Science and Technology"]]);
  });
});

describe("a foreign university's forum and its signings", () => {
  const story = [
    "XJU hosts the China–Central Asia University Presidents' Forum",
    "On 10 June the China–Central Asia University Presidents' Forum opened at Xinjiang University (XJU) in Urumqi.",
    "On the sidelines of the forum, XJU signed memoranda with the Kazakh National Agrarian Research University (KazNARU), M. Auezov South Kazakhstan University (SKSU), Tashkent State Agrarian University and the Kyrgyz State Technical University.",
    "The Consul General of Kazakhstan in Urumqi also attended the opening ceremony.",
  ].join("\n\n");

  it("pairs each Kazakhstan university of the list with the host, not with the other countries' universities beside it", () => {
    expect(pairs(story).map(([kz, partner]) => [kz, partner])).toEqual([
      ["Kazakh National Agrarian Research University", "Xinjiang University"],
      ["Auezov South Kazakhstan University", "Xinjiang University"],
    ]);
  });

  it("a memorandum signed at a forum that opened is a signed memorandum, and the forum's name is no university", () => {
    expect(pairs(story).map(([, , agreement, status]) => [agreement, status])).toEqual([
      ["memorandum", "signed"],
      ["memorandum", "signed"],
    ]);
  });

  it("a thing done 'in cooperation with' a foreign body is the Kazakhstan side's, whose name the sentence leaves out", () => {
    expect(
      pairs(
        [
          "A training centre for electric vehicles opened at D. Serikbayev East Kazakhstan Technical University.",
          "The centre was established in cooperation with Tianjin University (China).",
        ].join(" "),
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["D. Serikbayev East Kazakhstan Technical University", "Tianjin University"]]);
  });
});

describe("one body, one partner", () => {
  it("a name written again in other capitals is the same partner", () => {
    expect(
      pairs(
        [
          "A delegation of the Ningbo Coastal University of Foreign Studies (China) visited Abai Kazakh National Pedagogical University on 17 May.",
          "Representatives of the Ningbo Coastal University Of Foreign Studies and Abai KazNPU agreed to exchange students.",
        ].join("\n\n"),
      ).map(([, partner]) => partner),
    ).toEqual(["Ningbo Coastal University of Foreign Studies"]);
  });
});

describe("a foreign university's page about a visit from Kazakhstan", () => {
  const story = [
    "Ambassador of Kazakhstan visits Wuhan University",
    "On 11 April the Ambassador of Kazakhstan to China visited Wuhan University. He was accompanied by the Consul General of Kazakhstan in Guangzhou.",
    "Wuhan University has established partnerships with nine universities in Kazakhstan, including Al-Farabi Kazakh National University and Satbayev University.",
    "The ambassador proposed a joint seminar on the Silk Road.",
  ].join("\n\n");

  it("the partners it has had for years are background, and the consul who came along is an escort", () => {
    expect(pairs(story).map(([kz, partner]) => [kz, partner])).toEqual([
      ["Embassy of the Republic of Kazakhstan in the People's Republic of China", "Wuhan University"],
    ]);
  });
});

describe("a delegation's members", () => {
  it("came with the visitors: a Kazakhstan ministry's officer among them is no side, their embassy's envoy an escort", () => {
    expect(
      pairs(
        [
          "Al-Farabi Kazakh National University hosted the Days of Czech Universities on 5 April.",
          "A delegation of ten Czech universities came to the event. The delegation included the rector of Charles University, the chargé d'affaires of the Embassy of the Czech Republic in Kazakhstan and an officer of the Ministry of Foreign Affairs of Kazakhstan.",
        ].join("\n\n"),
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Al-Farabi Kazakh National University", "Charles University"]]);
  });

  it("a member who works at another Kazakhstan university came with the delegation", () => {
    expect(
      pairs(
        [
          "The Ambassador of Germany visited Toraighyrov University, and DAAD held an information seminar for its students.",
          "Also in the delegation was a DAAD lecturer from Al-Farabi Kazakh National University.",
        ].join("\n\n"),
      ).map(([kz]) => kz),
    ).not.toContain("Al-Farabi Kazakh National University");
  });

  it("a member's office in the visiting university is no partner of its own", () => {
    expect(
      pairs(
        [
          "A delegation of Ningbo Coastal University (China) arrived at Abai Kazakh National Pedagogical University on 17 May.",
          "Members of the delegation: the vice-rector, the Director of the Chinese Language and Culture Institute and the Head of the Department of International Relations.",
        ].join("\n\n"),
      ).map(([, partner]) => partner),
    ).toEqual(["Ningbo Coastal University"]);
  });
});

describe("a part of a university acts for it", () => {
  it("'Columbia University's Harriman Institute' is Columbia University's side", () => {
    expect(
      pairs(
        "The Consulate General of Kazakhstan in New York and Columbia University's Harriman Institute held a round table on Abai at the university.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Consulate General of the Republic of Kazakhstan in New York", "Columbia University"]]);
  });

  it("'the Department of International Cooperation of Xinjiang University' invited for Xinjiang University, and so does the department named again", () => {
    expect(
      pairs(
        [
          "At the invitation of the Department of International Cooperation of Xinjiang University (Urumqi, China), a delegation of M. Auezov South Kazakhstan University visited Urumqi.",
          "The Department of International Cooperation and the delegation agreed on student exchanges.",
        ].join("\n\n"),
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Auezov South Kazakhstan University", "Xinjiang University"]]);
  });

  it("a college of a university is a body of its own", () => {
    expect(
      pairs(
        "The University of Cambridge's Churchill College will provide executive education thanks to a memorandum with Kazatomprom.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Kazatomprom", "Churchill College"]]);
  });
});

describe("a branch with no host named", () => {
  it("is news of the ministry that announces it, not of a university", () => {
    expect(
      pairs(
        [
          "Ғылым және жоғары білім министрі жаңа кампустар туралы хабарлады.",
          "Министрдің сөзінше, жуырда Астанада британдық Coventry университетінің кампусы ашылады.",
        ].join("\n\n"),
      ),
    ).toEqual([
      [
        "Ministry of Science and Higher Education of the Republic of Kazakhstan",
        "Coventry University",
        "branch_campus",
        "planned",
      ],
    ]);
  });
});

describe("a foreign region's government, named through its office", () => {
  it.each([
    [
      "Аким Костанайской области принял делегацию Челябинской области во главе с вице-губернатором. Стороны обсудили сотрудничество в сфере образования.",
      "Government of Chelyabinsk Region",
    ],
    [
      "Жамбыл облысының әкімі Ганьсу провинциясының губернаторымен кездесіп, білім беру саласындағы ынтымақтастықты талқылады.",
      "People's Government of Gansu Province",
    ],
    [
      "The akim of Kostanay Region met the governor of Gansu Province to discuss education.",
      "People's Government of Gansu Province",
    ],
    [
      "Аким Костанайской области встретился с Раисом Республики Татарстан и обсудил сотрудничество.",
      "Government of the Republic of Tatarstan",
    ],
  ])("%s", (text, government) => {
    expect(pairs(text).map(([, partner]) => partner)).toEqual([government]);
  });
});

describe("a foreign university's page about its Kazakhstan trip", () => {
  const story = [
    "СПбГУ и КазНУ имени аль-Фараби подписали соглашение о совместной магистратуре",
    "Ректор СПбГУ и ректор Казахского национального университета имени аль-Фараби подписали в Алматы соглашение о совместной магистерской программе.",
    "В тот же день ректор СПбГУ встретился с министром науки и высшего образования Республики Казахстан. Стороны обсудили возможное открытие филиала СПбГУ в Астане.",
    "Среди казахстанских партнеров СПбГУ – ЕНУ им. Л.Н. Гумилева и Карагандинский университет им. Букетова.",
  ].join("\n\n");

  it("the rector's meeting with a minister is the ministry's news; the partners it lists are background", () => {
    expect(pairs(story)).toEqual([
      [
        "Al-Farabi Kazakh National University",
        "Saint Petersburg State University",
        "joint_program",
        "signed",
      ],
      [
        "Ministry of Science and Higher Education of the Republic of Kazakhstan",
        "Saint Petersburg State University",
        "branch_campus",
        "discussed",
      ],
    ]);
  });
});

describe("the story's headline", () => {
  it("a headline about a branch makes the ministers' agreement on it a branch_campus record", () => {
    expect(
      pairs(
        "В Казахстане откроется филиал венгерского университета\n\nМинистерство науки и высшего образования РК и Министерство культуры и инноваций Венгрии подписали соглашение. Документ регулирует языки обучения и признание дипломов.",
      ),
    ).toEqual([
      [
        "Ministry of Science and Higher Education of the Republic of Kazakhstan",
        "Ministry of Culture and Innovation of Hungary",
        "branch_campus",
        "signed",
      ],
    ]);
  });
});

describe("lists: news when something happens to them, background otherwise", () => {
  it("partner universities a delegation visited are pairs, even introduced by 'such as'", () => {
    expect(
      pairs(
        "The delegation of Satbayev University visited partner universities such as Hanyang University, Kyung Hee University and Pusan National University.",
      ).map(([, partner]) => partner),
    ).toEqual(["Hanyang University", "Kyung Hee University", "Pusan National University"]);
  });

  it("universities given as examples of earlier meetings are not", () => {
    expect(
      pairs(
        "Al-Farabi Kazakh National University hosted Wuhan University. For example, the rector has earlier met the leaders of Tsinghua University, Peking University and Fudan University.",
      ).map(([, partner]) => partner),
    ).toEqual(["Wuhan University"]);
  });

  it("a rank among the top universities makes no list of examples", () => {
    expect(
      pairs(
        "Pusan National University, ranked among the top 300 universities of the world, will open a joint school with Satbayev University. Among the university's partners are Hanyang University and Kyung Hee University.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Satbayev University", "Pusan National University"]]);
  });

  it("'among the other signatories' is a signing", () => {
    expect(
      pairs(
        "Nazarbayev University signed a memorandum with Microsoft on a science park. Eight memoranda have been signed so far; Siemens and Samsung are among the other signatories.",
      ).map(([, partner, agreement, status]) => [partner, agreement, status]),
    ).toEqual([
      ["Microsoft", "memorandum", "signed"],
      ["Siemens", "memorandum", "signed"],
      ["Samsung", "memorandum", "signed"],
    ]);
  });
});

describe("a signing told as a noun or a participle", () => {
  it("the signing of a memorandum is signed; completing the signing later is a plan", () => {
    expect(
      pairs(
        "Special attention was given to the signing of a memorandum between Satbayev University and Hanyang University.",
      ),
    ).toEqual([["Satbayev University", "Hanyang University", "memorandum", "signed"]]);
    expect(
      pairs(
        "Satbayev University and Hanyang University said they would complete the signing of the memorandum in the near future.",
      ),
    ).toEqual([["Satbayev University", "Hanyang University", "memorandum", "planned"]]);
  });

  it("«документ, подписанный ректорами» is a signed document", () => {
    expect(
      pairs(
        "Делегация Карагандинского технического университета побывала в Томском политехническом университете. Согласно документу, подписанному ректорами, вузы будут вести совместные исследования.",
      ).map(([, , , status]) => status),
    ).toEqual(["signed"]);
  });
});

describe("a body named only as the owner of another", () => {
  it("'the Ministry of Education's Exchange Center organised ...' makes no pair of the ministry", () => {
    expect(
      pairs(
        "Chinese colleges organised by the Chinese Ministry of Education's International Exchange Center met Astana IT University on cooperation.",
      ),
    ).toEqual([]);
  });
});

describe("the strongest thing that happened to the pair", () => {
  it("a memorandum signed at a forum the partner organised is a signed memorandum, not a forum held", () => {
    expect(
      pairs(
        "В Пекине прошел форум «Наука и образование», организованный Пекинским университетом. Делегация Казахстанско-Британского технического университета приняла участие в форуме. В рамках форума состоялось подписание меморандума о создании совместной лаборатории между КБТУ и Пекинским университетом.",
      ),
    ).toEqual([["Kazakh-British Technical University", "Peking University", "joint_lab", "signed"]]);
  });

  it("two states that sign are their ministries of the story: the ministers' meeting is a signing", () => {
    expect(
      pairs(
        "The Minister of Science and Higher Education of Kazakhstan met the Minister of University and Research of Italy in Rome. Kazakhstan and Italy signed an agreement on opening a branch of the University of Bologna at Zhetysu University.",
      ).filter(([kz]) => kz?.startsWith("Ministry")),
    ).toEqual([
      [
        "Ministry of Science and Higher Education of the Republic of Kazakhstan",
        "Ministry of University and Research of Italy",
        "branch_campus",
        "signed",
      ],
    ]);
  });

  it("foreign universities planning branches of their own, with no host named, pair with no one", () => {
    expect(
      pairs(
        "Министерство науки и высшего образования РК сообщило о новых филиалах. Свои филиалы в Казахстане планируют открыть Томский политехнический университет, Казанский федеральный университет и Уральский федеральный университет.",
      ),
    ).toEqual([]);
  });

  it("attending an opening ('ашылуына қатысты') is a launched event", () => {
    expect(
      pairs(
        "Еуразия ұлттық университетінде жапон тілі кабинеті ашылды. Кабинеттің ашылуына Жапонияның Қазақстандағы елшісі қатысты.",
      ).map(([, partner, agreement, status]) => [partner, agreement, status]),
    ).toEqual([["Embassy of Japan in Kazakhstan", "event", "launched"]]);
  });
});

describe("names an article defines or frames", () => {
  it("an acronym spelled out in brackets keeps its meaning for the rest of the article", () => {
    expect(
      pairs(
        "A delegation of the Open University of China (OUC) visited Toraighyrov University. The OUC and Toraighyrov University drafted a memorandum on a Chinese language centre.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Toraighyrov University", "Open University of China (OUC)"]]);
  });

  it("a name the directory does not know is shown with the Latin acronym the article gives it", () => {
    expect(
      pairs(
        "Toraighyrov University signed an agreement with the Baltic Institute of Applied Robotics (BIAR) of Latvia. BIAR engineers will teach a course in Pavlodar.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Toraighyrov University", "Baltic Institute of Applied Robotics (BIAR)"]]);
  });

  it("a dateline before a name is not part of it", () => {
    const found = pairs(
      "ASTANA – Maqsut Narikbayev University signed a memorandum with Tashkent State University of Law on Monday.",
    );
    expect(found).toEqual([
      ["Maqsut Narikbayev University", "Tashkent State University of Law", "memorandum", "signed"],
    ]);
  });
});

describe("a branch needs a host", () => {
  it("a branch opened 'in Kazakhstan' with no host named is no branch of the university the story is about", () => {
    expect(
      pairs(
        "Al-Farabi Kazakh National University opened a branch of Northwestern Polytechnical University in 2023. In the same month a branch of Beijing Language and Culture University was opened in Kazakhstan.",
      ).map(([, partner]) => partner),
    ).toEqual(["Northwestern Polytechnical University"]);
  });

  it("one opened 'at the university's base' is", () => {
    expect(
      pairs(
        "Әл-Фараби атындағы Қазақ ұлттық университеті жаңа жобаларды таныстырды. 2022 жылы университет базасында Ресейдің МИФИ ұлттық ядролық зерттеу университетінің филиалы іске қосылды.",
      ).map(([, partner, agreement, status]) => [partner, agreement, status]),
    ).toEqual([["National Research Nuclear University MEPhI", "branch_campus", "launched"]]);
  });
});

describe("events and visits", () => {
  it("a delegation's visit during a round table is a visit; a round table held jointly is an event", () => {
    expect(
      pairs(
        "В Карагандинском техническом университете прошел круглый стол с участием делегации Томского политехнического университета.",
      ).map(([, , agreement, status]) => [agreement, status]),
    ).toEqual([["visit", "discussed"]]);
    expect(
      pairs(
        "Әл-Фараби атындағы Қазақ ұлттық университеті мен Ташкент мемлекеттік техникалық университеті онлайн форматта дөңгелек үстел өткізді.",
      ).map(([, , agreement, status]) => [agreement, status]),
    ).toEqual([["event", "launched"]]);
  });

  it("an ambassador's lecture at an academy is an event held; students studying under a mobility programme is one running", () => {
    expect(
      pairs("Қазақстанның Моңғолиядағы елшісі Моңғолия Ғылым академиясында дәріс оқыды.").map(
        ([, , agreement, status]) => [agreement, status],
      ),
    ).toEqual([["event", "launched"]]);
    expect(
      pairs(
        "Currently 24 students of Ablai Khan University are studying at Jeonbuk National University under the academic mobility programme.",
      ).map(([, , agreement, status]) => [agreement, status]),
    ).toEqual([["academic_mobility", "launched"]]);
  });

  it("development plans shown to guests are no plan ('даму жоспарлары')", () => {
    expect(
      pairs(
        "Ясауи университетіне Германияның Қазақстандағы елшісі келді. Кездесу барысында қонақтарға университеттің даму жоспарлары таныстырылды.",
      ).map(([, , agreement, status]) => [agreement, status]),
    ).toEqual([["visit", "discussed"]]);
  });
});

describe("names in lists of a country's universities", () => {
  it("memoranda signed 'by signing memorandums with' a list; a hyphenated compound is a name of its own", () => {
    expect(
      pairs(
        "During the forum Abai University signed memorandums of cooperation with the Kyrgyz-Russian Academy of Education, the Kyrgyz-Russian Slavic University and the Kyrgyz State Technical University.",
      ).map(([, partner, agreement, status]) => [partner, agreement, status]),
    ).toEqual([
      ["Kyrgyz-Russian Academy of Education", "memorandum", "signed"],
      ["Kyrgyz-Russian Slavic University", "memorandum", "signed"],
      ["Kyrgyz State Technical University named after I. Razzakov", "memorandum", "signed"],
    ]);
  });

  it("a university the directory lacks takes the one country of the article's foreign bodies", () => {
    expect(
      extractArticle(
        "The delegation of Satbayev University visited South Korea and met the rector of Hanyang University. Satbayev University also signed a memorandum with Gimhae Global University. The visit to South Korea ended on Friday.",
      ).partnerships.map((p) => [p.partner, p.country, p.review ?? ""]),
    ).toEqual([
      ["Hanyang University", "KR", ""],
      ["Gimhae Global University", "KR", "The partner's country is taken from the article as a whole."],
    ]);
  });
});

describe("escorts and the story's foreign body", () => {
  it("an ambassador who accompanied a university's delegation is its escort, not a side", () => {
    expect(
      pairs(
        "Делегация Уханьского университета посетила Евразийский национальный университет имени Л.Н. Гумилева и обсудила академическую мобильность. Делегацию сопровождал Генеральный консул КНР в Алматы.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["L.N. Gumilyov Eurasian National University", "Wuhan University"]]);
  });

  it("a Kazakhstan body acting in a sentence of its own in a story about a foreign university pairs with it", () => {
    expect(
      pairs(
        "Heriot-Watt University will open a campus in Aktobe\n\nHeriot-Watt University signed an agreement with K. Zhubanov Aktobe Regional University to open a campus in Aktobe. The Akimat of Aktobe Region has pledged to provide a building for the campus.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([
      ["Zhubanov Aktobe Regional University", "Heriot-Watt University"],
      ["Akimat of Aktobe Region", "Heriot-Watt University"],
    ]);
  });

  it("'the ministers signed' after the ministers met goes on about their pair; 'also attended by' is no side", () => {
    expect(
      pairs(
        "Minister of Science and Higher Education Sayasat Nurbek met the Minister of Education and Science of Georgia.\n\nFollowing the talks, the ministers signed a memorandum of understanding. The meeting was also attended by the Ambassador of Georgia to Kazakhstan.",
      ),
    ).toEqual([
      [
        "Ministry of Science and Higher Education of the Republic of Kazakhstan",
        "Ministry of Education and Science of Georgia",
        "memorandum",
        "signed",
      ],
    ]);
  });

  it("Kazakhstan's ambassador 'ҚХР-дағы' (the abbreviation's ending after a hyphen) is its embassy in China", () => {
    expect(
      pairs(
        "Бейжің шет тілдер университетінде Қазақстанды зерттеу орталығы ашылды. Салтанатты шараға Қазақстанның ҚХР-дағы елшісі қатысты.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([
      [
        "Embassy of the Republic of Kazakhstan in the People's Republic of China",
        "Beijing Foreign Studies University",
      ],
    ]);
  });
});

describe("a page's headline among its menus", () => {
  it("finds the headline after the site's menus and makes a campus opened a branch campus", () => {
    expect(
      pairs(
        [
          "The Astana Times",
          "Home  Nation  Business  Opinion  Culture",
          "Search ...",
          "HERIOT-WATT UNIVERSITY TO OPEN CAMPUS IN AKTOBE",
          "By a staff writer on 29 January 2025",
          "Heriot-Watt University signed an agreement with K. Zhubanov Aktobe Regional University, which will host the new campus.",
          "The Aktobe regional akimat has pledged to provide a renovated building for the campus.",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["Zhubanov Aktobe Regional University", "Heriot-Watt University", "branch_campus", "signed"],
      ["Akimat of Aktobe Region", "Heriot-Watt University", "branch_campus", "planned"],
    ]);
  });
});

describe("the kind each partner of a list got", () => {
  it("a Kazakh sentence's setting ('Сапар барысында') is not the kind of its list's first partner", () => {
    expect(
      pairs(
        "Сапар барысында Тараз өңірлік университеті Ланьчжоу университетімен, Уханьский университетімен және Шыңжаң университетімен меморандумдарға қол қойды.",
      ).map(([, , agreement, status]) => [agreement, status]),
    ).toEqual([
      ["memorandum", "signed"],
      ["memorandum", "signed"],
      ["memorandum", "signed"],
    ]);
  });

  it("a paragraph about the Kazakhstan side alone does not end the story of its pair", () => {
    expect(
      pairs(
        [
          "Ректору Анкарского университета присвоено звание почетного доктора КазНУ имени аль-Фараби.",
          "Мантию вручил ректор КазНУ.",
          "В ходе визита стороны обсудили создание совместной магистерской программы по тюркологии.",
        ].join("\n\n"),
      ).map(([, partner, agreement, status]) => [partner, agreement, status]),
    ).toEqual([["Ankara University", "joint_program", "discussed"]]);
  });
});

describe("who else is named with the sides", () => {
  it("the next of a list after 'с' is with it too: three Kazakhstan universities signed with one partner", () => {
    expect(
      pairs(
        "В этом году были подписаны меморандумы о сотрудничестве Уханьского университета с Казахским национальным университетом им. аль-Фараби, университетом «Нархоз» и Евразийским национальным университетом имени Л.Н. Гумилева.",
      ).map(([kz]) => kz),
    ).toEqual([
      "Al-Farabi Kazakh National University",
      "Narxoz University",
      "L.N. Gumilyov Eurasian National University",
    ]);
  });

  it("a member of an academy, and universities a partner 'already cooperates with' or 'maintains ties with', are no sides", () => {
    expect(
      pairs(
        "Professor A. Sadykov, Director of the Valikhanov Institute of History and Ethnology and Corresponding Member of the National Academy of Sciences of the Republic of Kazakhstan, signed a memorandum with Andijan State University. Andijan universities already cooperate with Al-Farabi Kazakh National University and Satbayev University.",
      ).map(([kz, partner]) => [kz, partner]),
    ).toEqual([["Ch.Ch. Valikhanov Institute of History and Ethnology", "Andijan State University"]]);
  });
});

describe("the story's lead and the bodies it names again", () => {
  it("an akimat named again as 'the regional akimat' is the one named before, and what it pledges pairs it", () => {
    const text = [
      "Woosong University to open a campus in Turkistan",
      "",
      "Woosong University (Korea) will open its campus in Turkistan in 2026. During the visit, its president met the Deputy Akim of Turkistan Region. The deputy akim said that the regional akimat had allocated a building for the campus.",
      "",
      "The president also visited Khoja Akhmet Yassawi International Kazakh-Turkish University and signed a dual degree agreement. Students of Yassawi University will study two years in Daejeon.",
    ].join("\n");
    expect(pairs(text)).toEqual([
      ["Akimat of Turkistan Region", "Woosong University", "branch_campus", "planned"],
      [
        "Khoja Akhmet Yassawi International Kazakh-Turkish University",
        "Woosong University",
        "joint_program",
        "signed",
      ],
    ]);
  });

  it("a dateline opening the body is not one of the lead's sentences that tell whose story it is", () => {
    const text = [
      "Павлодарда түрік тілі орталығы ашылды",
      "",
      "ПАВЛОДАР. 2024 жылғы 5 наурыз. Торайғыров университетінде түрік тілі мен мәдениеті орталығы салтанатты түрде ашылды. Орталықты Түркияның Юнус Эмре институты жабдықтады, деп хабарлайды тілші.",
      "",
      "Шараға Юнус Эмре институтының өкілдері қатысты.",
    ].join("\n");
    expect(pairs(text).map(([kz, partner, , status]) => [kz, partner, status])).toEqual([
      ["Toraighyrov University", "Yunus Emre Institute", "launched"],
    ]);
  });
});

describe("a name written short after its long form", () => {
  it("is the foreign body's unit it was, not the Kazakhstan side an article without one would guess", () => {
    const text = [
      "From 3 to 5 May, at the official invitation of the Institute of Continuing Education and the Department of International Cooperation of Wuhan University (Wuhan, PRC), the Vice-Rector paid a working visit to China. After the seminar, an official meeting was held with the Vice-Rector of Wuhan University. The parties agreed to launch academic mobility programmes.",
      "As part of the visit, meetings were held with the Director of the Institute of Continuing Education.",
    ].join("\n");
    expect(pairs(text).map(([kz]) => kz)).not.toContain("Institute of Continuing Education");
  });
});
