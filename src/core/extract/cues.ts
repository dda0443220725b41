// Cue words: what a sentence says happened (status) and to what kind of cooperation (agreement), in
// English, Russian and Kazakh. Patterns run on folded text (lower case, "ё" -> "е") and start at a word
// boundary; they are stems, so "подписал", "подписали", "подписано" share one pattern.
import type { Agreement, Status } from "../schema";

// Letters and digits of the three languages, spelled out: without the "u" flag and Unicode property
// classes the big patterns compile several times faster (the first call of a custom formula pays it).
const WORD_CHAR = "0-9a-z\\u00c0-\\u024f\\u0400-\\u04ff";
const B = `(?<![${WORD_CHAR}])`;
const E = `(?![${WORD_CHAR}])`;
/** A pattern compiled at its first use: loading the engine must cost a custom formula nothing. */
class Cue {
  private compiled: RegExp | undefined;
  constructor(readonly source: string) {}
  get re(): RegExp {
    this.compiled ??= new RegExp(`${B}(?:${this.source})`, "g");
    return this.compiled;
  }
}
const cue = (source: string) => new Cue(source);

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const LAUNCHED = cue(
  [
    // "Admission opens in June", "launches next year": a present tense with a time to come is a plan.
    `(?:has |have |was |were |officially |formally |solemnly )?(?:opened|inaugurated|unveiled|launched)${E}|(?:opens|inaugurates|unveils|launches)${E}(?! (?:in (?:${MONTHS}|20\\d\\d|the (?:autumn|fall|spring|summer|winter))|next|later|on \\d|this (?:autumn|fall|spring|summer|winter|year)))`,
    `opening ceremony|grand opening|at the opening${E}|kicked off|(?:began|started) (?:classes|operating|work|studying|their studies|studies|training)|commissioned`,
    `открыл(?:а|и|ось|ся|ись|ась)?${E}|открыт(?:а|о|ы)?${E}|открывается|запустил(?:а|и)?${E}|запущен(?:а|о|ы)?${E}|стартовал(?:а|о|и)?${E}`,
    `начал(?:а|о|и)? (?:работу|свою работу|действовать|обучение|учебу|учиться)|приступил(?:а|и)? к (?:обучению|занятиям|учебе)|заработал(?:а|о|и)?${E}|торжественн\\S* открыти|введен\\S* в эксплуатацию|состоялось открытие|прошло открытие`,
    `аш(?:ылды|ты|қан|ылған|ылып)${E}|іске қос(?:ылды|ты|ылған|қан)${E}|жұмысын бастады|оқуын бастады|оқуды бастады|салтанатты түрде ашыл`,
    // Kazakh in the Latin alphabet, folded ("ashyldy", "iske qosyldy").
    `ash(?:yldy|ty|qan|ylgan)${E}|iske qos(?:yldy|ty|ylgan|qan)${E}`,
  ].join("|"),
);

const HELD = cue(
  [
    `(?:was |were )?(?:held|hosted)${E}|took place|underwent${E}|(?:has |was )?(?:concluded|completed|ended)${E}|organi[sz]ed${E}`,
    `прош(?:ел|ла|ло|ли)${E}|состоял(?:ся|ась|ось|ись)${E}|завершил(?:ся|ась|ось|ись)${E}|организован\\S*|провел(?:и|а)?${E}|проходил\\S*`,
    `өтті${E}|өткізді${E}|өткізілді${E}|ұйымдастырылған|ұйымдастырды|аяқталды${E}`,
  ].join("|"),
);

const SIGNED = cue(
  [
    `(?<!(?:to|will|would|be|been|not|never|yet) )(?<!(?:to be|will be|would be|not be|to have) )(?:signed|inked)${E}`,
    `signing ceremony|concluded (?:an?|the) (?:agreement|memorandum|contract)|entered into (?:an?|the) (?:agreement|memorandum)|exchanged (?:the )?(?:signed )?(?:memorand|agreement|document)\\S*`,
    // Exchanging the signed documents is how a signing is often told: "обменялись меморандумами".
    `обменялись (?:\\S+ )?(?:меморандум|соглашени|документ|договор)\\S*|(?:меморандум|келісім|құжат)\\S* алмасты\\S*`,
    `подписал(?:а|и)?${E}|подписан(?:о|а|ы)?${E}|заключил(?:а|и)?${E}|заключен(?:о|а|ы)?${E}|подписание (?:состоялось|прошло)|скрепили`,
    `қол қой(?:ды|ылды|ысты|ған|ылған)${E}|жасасты${E}|жасалды${E}`,
    `qol qo(?:idy|ydy|iyldy|iyldy|yyldy|iysty|ygan|iylgan)${E}`,
  ].join("|"),
);

const NOT_SIGNED = cue(
  [
    `no (?:documents?|agreements?|memorand\\S*) (?:was|were|has been|have been) (?:yet )?signed|(?:was|were|has|have) not (?:yet )?(?:been )?signed|not yet signed`,
    `не (?:был\\S* )?подписан\\S*|пока не подписан\\S*|не подписано|без подписания`,
    `қол қойылған жоқ|қол қойылмады|қол қойған жоқ`,
  ].join("|"),
);

const PLANNED = cue(
  [
    `agreed (?:to|on|that)${E}|(?:will|shall) (?:open|launch|start|admit|sign|establish|create|set up|offer|begin|undergo|cooperate|be (?:opened|launched|signed|set up|established|created))`,
    `plans? to|planned${E}|intends? to|intend(?:ed)? to|(?:is|are) expected to|expected to (?:open|start|sign|begin)|decided to|decision was (?:approved|made|taken)`,
    `was approved|roadmap|(?:is|are) due to|scheduled (?:to|for)|(?:is|are) set to|reached an agreement|agreement was reached|to be signed`,
    `договорил(?:ись|ся|ась)${E}|достигнут\\S* договоренност|договоренность достигнута|планиру\\S*|запланирован\\S*|намерен\\S*|решено${E}|принято решение`,
    `ожида(?:ется|ются|ют)${E}|предполагается|будет (?:открыт|создан|запущен|подписан)\\S*|будут (?:открыт|создан|запущен|подписан)\\S*|откроется|откроют|появится|стартует|начнется|буд(?:ет|ут) сотрудничать|пройд(?:ет|ут)${E}`,
    `жоспарла\\S*|шешім қабылданды|келісті${E}|уағдаласты\\S*|уағдаластыққа|көзделіп|ниетті|ашылады${E}|іске қосылады|басталады${E}|күтілуде|ашпақ`,
  ].join("|"),
);

// "Agreed to continue talks" is still talk.
const CONTINUE_TALKS = cue(
  [
    `agreed to (?:continue|keep|maintain)|decided to continue|(?:it was )?decided to (?:hold|continue) (?:further )?(?:talks|consultations)`,
    `договорились (?:продолжить|продолжать)|(?:решено|решили|условились) продолжить`,
    `(?:келіссөздерді|кездесулерді|диалогты|консультацияларды|талқылауды) жалғастыр\\S*(?: \\S+)?(?: келісті| уағдаласты)?`,
  ].join("|"),
);

// "A final decision is to be taken in autumn": what is planned is the deciding, so the matter is still talk.
const DECISION_PENDING = cue(
  [
    `(?:final )?decision (?:is|will be) (?:expected|due|to be (?:made|taken)|made later|taken later)|(?:will|to) decide later`,
    `решени\\S* (?:планиру\\S*|предполага\\S*|будет|должн\\S*|ожида\\S*) (?:\\S+ )?приня\\S*|решени\\S* (?:пока )?не принят\\S*`,
    `шешім\\S* (?:\\S+ )?(?:қабылданады|қабылдау жоспарлан\\S*|қабылданбады|әлі қабылданған жоқ)`,
  ].join("|"),
);

const DISCUSSED = cue(
  [
    `discuss\\S*|talks${E}|negotiat\\S*|met${E}|meeting|meet${E}|visit\\S*|delegation|explored|consider\\S*|proposed|propos\\S*|exchange of views|welcomed|received`,
    `обсуди\\S*|обсужд\\S*|переговор\\S*|встреч\\S*|встрети\\S*|визит\\S*|посети\\S*|посещени\\S*|делегаци\\S*|рассмотр\\S*|предлож\\S*|консультаци\\S*|принял\\S* делегаци`,
    `талқыла\\S*|кездес\\S*|сапар\\S*|делегаци\\S*|келіссөз\\S*|қабылдады|келді${E}|ұсын\\S*|қарастыр\\S*|іссапар\\S*`,
    `talqyla\\S*|kezdes\\S*|sapar\\S*|delegatsi\\S*|kelissoz\\S*`,
  ].join("|"),
);

const AGREEMENT_CUES: ReadonlyArray<readonly [Agreement, Cue]> = [
  [
    "branch_campus",
    cue(
      `branch(?:es)?${E}(?! office)|branch campus|campus abroad|(?:overseas|offshore|satellite|foreign) campus|филиал\\S*|филиалын\\S*|филиалы\\S*`,
    ),
  ],
  [
    "joint_lab",
    cue(
      [
        `(?:joint|shared|common)(?: \\S+){0,3} lab(?:oratory|oratories|s)?${E}|lab(?:oratory)? (?:together )?with`,
        `совместн\\S*(?: \\S+){0,2} лаборатори\\S*|лаборатори\\S* (?:с|со)${E}|общ\\S* лаборатори\\S*`,
        `бірлескен(?: \\S+){0,2} зертхана\\S*|зертхана\\S* бірлесіп`,
      ].join("|"),
    ),
  ],
  [
    "training_center",
    cue(
      [
        `training(?: and research| and innovation)? cent(?:er|re)s?|training workshops?|ict academ\\S*|innovation campus|luban\\S*|lu ban${E}|jingshi|jing shi`,
        `competence cent(?:er|re)|skills cent(?:er|re)|research and training cent(?:er|re)|academy of huawei|huawei academ\\S*`,
        `учебн\\S*(?:[- ]\\S+)? центр\\S*|обучающ\\S* центр\\S*|центр\\S* (?:подготовки|компетенций|обучения)|мастерск\\S*|лубань|лу бань|цзин ?ши|академи\\S* ict`,
        `оқу(?:-зерттеу|-әдістемелік)? орталы\\S*|оқыту орталы\\S*|шеберхана\\S*|лубань`,
        `(?:joint|shared) (?:\\S+ ){0,2}cent(?:er|re)s?${E}|совместн\\S* (?:\\S+ ){0,2}центр\\S*|бірлескен (?:\\S+ ){0,2}орталы\\S*`,
      ].join("|"),
    ),
  ],
  [
    "joint_program",
    cue(
      [
        `double[- ]degree|dual[- ]degree|two (?:diplomas|degrees)|(?:degrees|diplomas) from both|joint (?:\\S+ ){0,2}(?:program|programme|programs|programmes|degree|master)\\S*`,
        `network (?:educational )?program\\S*|joint curricul\\S*`,
        `двойн\\S* диплом\\S*|дву(?:х)?дипломн\\S*|двух диплом\\S*|два диплома|совместн\\S* (?:\\S+ ){0,2}программ\\S*|сетев\\S* (?:\\S+ )?программ\\S*|совместн\\S* магистратур\\S*`,
        `қос диплом\\S*|бірлесіп (?:\\S+ ){0,2}бағдарлама\\S*|(?:магистратура|магистрлік) бағдарлама\\S* бірлесіп|екі диплом\\S*|екі университеттің дипломын|бірлескен (?:\\S+ ){0,2}бағдарлама\\S*|бірлескен магистратура\\S*`,
      ].join("|"),
    ),
  ],
  [
    "academic_mobility",
    cue(
      [
        `academic mobility|academic exchange\\S*|student exchange\\S*|exchange of (?:students|lecturers|teachers|staff)|exchanges? (?:for|of) students|semester exchange\\S*|exchange program\\S*|spend (?:a|one) semester|exchange (?:students|lecturers|teachers)`,
        `академическ\\S* мобильност\\S*|академическ\\S* обмен\\S*|обмен\\S* (?:студент|преподавател|обучающ)\\S*|студенческ\\S* обмен\\S*|семестров\\S* обучени\\S*`,
        `академиялық ұтқырлық\\S*|академиялық алмасу\\S*|(?:студент|оқытушы|білім алушы)\\S* алмасу\\S*|бір семестр\\S*`,
      ].join("|"),
    ),
  ],
  [
    "internship",
    cue(
      [
        `internships?${E}|traineeships?|practical training|work placements?|clinical (?:practice|training|rotation)`,
        `стажиров(?:к|ок)\\S*|практик(?:а|у|и|ой)${E}|производственн\\S* практик\\S*|клиническ\\S* практик\\S*`,
        `тағылымдама\\S*|іс-тәжірибе\\S*|өндірістік практика\\S*`,
      ].join("|"),
    ),
  ],
  ["memorandum", cue(`memorand\\S*|mou${E}|меморандум\\S*`)],
  [
    "agreement",
    cue(
      `agreements?${E}|contracts?${E}|accords?${E}|protocol${E}|дорожн\\S* карт\\S*|жол карта\\S*|соглашени\\S*|договор(?!ил|енност)\\S*|протокол\\S*|контракт\\S*|келісім\\S*|kelisim\\S*|шарт${E}|шартқа|хаттама\\S*`,
    ),
  ],
  [
    "event",
    cue(
      [
        `summer school|winter school|forum${E}|conference\\S*|olympiad\\S*|competition\\S*|hackathon\\S*|festival\\S*|exhibition\\S*|seminar\\S*|round table|symposium|webinar`,
        `летн\\S* школ\\S*|зимн\\S* школ\\S*|форум\\S*|конференци\\S*|олимпиад\\S*|конкурс\\S*|хакатон\\S*|фестивал\\S*|выставк\\S*|семинар\\S*|круглый стол|симпозиум\\S*`,
        `жазғы мектеп\\S*|қысқы мектеп\\S*|форум\\S*|конференция\\S*|олимпиада\\S*|байқау\\S*|хакатон\\S*|көрме\\S*|семинар\\S*|дөңгелек үстел`,
      ].join("|"),
    ),
  ],
  [
    "visit",
    cue(
      `visit\\S*|delegation\\S*|met${E}|meeting\\S*|talks${E}|визит\\S*|делегаци\\S*|посети\\S*|встреч\\S*|сапар\\S*|кездес\\S*|келді${E}|делегация\\S*`,
    ),
  ],
];

// What was opened or is to be opened, when the sentence does not say "joint": "X and Festo opened a
// mechatronics laboratory", "agreed to open a Cisco Networking Academy at the university", "Huawei ICT
// академиясын ашты". A laboratory set up by the two sides is a joint lab; a company's (or any) academy or
// centre opened for students is a training centre. English and Russian put the verb first, Kazakh last.
const OPEN_VERB_FIRST = `(?:open\\S*|launch\\S*|unveil\\S*|inaugurat\\S*|set(?:ting)? up|establish\\S*|creat\\S*|открыт\\S*|открыл\\S*|открыва\\S*|откро\\S*|запуст\\S*|запуск\\S*|созда\\S*|оборудова\\S*)(?: \\S+){0,4} `;
const OPEN_VERB_LAST = `(?: \\S+){0,2} (?:аш\\S*|ашыл\\S*|құр\\S*|іске қос\\S*)`;
const LAB_WORD = `(?:lab|labs|laborator\\S*|лаборатори\\S*)${E}`;
const ACADEMY_WORD = `(?:academy|академи\\S*)${E}`;
const CENTRE_WORD = `(?:centre|center|центр\\S*)${E}`;
const OPENED_LAB = cue(`${OPEN_VERB_FIRST}${LAB_WORD}|(?:зертхана\\S*)${OPEN_VERB_LAST}`);
const OPENED_ACADEMY = cue(`${OPEN_VERB_FIRST}${ACADEMY_WORD}|(?:академия\\S*)${OPEN_VERB_LAST}`);
const OPENED_CENTRE = cue(`${OPEN_VERB_FIRST}${CENTRE_WORD}|(?:орталы\\S*)${OPEN_VERB_LAST}`);

/** Strongest first: what a partnership "is" when a sentence names several kinds. */
export const AGREEMENT_RANK: readonly Agreement[] = [
  "branch_campus",
  "joint_lab",
  "training_center",
  "joint_program",
  // A signed memorandum is a memorandum even when it mentions exchanges or internships.
  "memorandum",
  "academic_mobility",
  "internship",
  "agreement",
  "event",
  "visit",
];

export interface SentenceCues {
  statuses: Set<Status>;
  agreements: Set<Agreement>;
  /** "No documents were signed", "пока не подписаны", "қол қойылған жоқ": still at the talking stage. */
  notSigned: boolean;
  /**
   * A centre was (or is to be) opened, of no stated kind: a company's centre is a training centre ("Siemens
   * opened a competence centre"); two universities' "centre for Chinese studies" is not.
   */
  openedCentre: boolean;
}

/** The statuses and kinds of cooperation a (folded) sentence speaks of. */
type Kind =
  | Agreement
  | "launched"
  | "held"
  | "signed"
  | "notSigned"
  | "planned"
  | "continueTalks"
  | "decisionPending"
  | "discussed";

let combined: { re: RegExp; kinds: Kind[] } | undefined;

/**
 * All cues in one pattern, one pass over a sentence. Where two cues could start at the same place the
 * first listed wins: "no documents were signed" before "signed", "agreed to continue" before "agreed to".
 */
function combinedCues(): { re: RegExp; kinds: Kind[] } {
  if (combined) return combined;
  const list: ReadonlyArray<readonly [Kind, Cue]> = [
    ["notSigned", NOT_SIGNED],
    ["continueTalks", CONTINUE_TALKS],
    ["decisionPending", DECISION_PENDING],
    ["signed", SIGNED],
    ["launched", LAUNCHED],
    ["held", HELD],
    ["planned", PLANNED],
    ...AGREEMENT_CUES,
    ["discussed", DISCUSSED],
  ];
  const source = list.map(([, c]) => `(${c.source})`).join("|");
  combined = { re: new RegExp(`${B}(?:${source})`, "g"), kinds: list.map(([kind]) => kind) };
  return combined;
}

/** The statuses and kinds of cooperation a (folded) sentence speaks of. */
export function sentenceCues(folded: string): SentenceCues {
  const statuses = new Set<Status>();
  const agreements = new Set<Agreement>();
  const { re, kinds } = combinedCues();
  const seen = new Map<Kind, number>();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const group = m.findIndex((value, i) => i > 0 && value !== undefined);
    const kind = kinds[group - 1];
    if (kind) seen.set(kind, (seen.get(kind) ?? 0) + 1);
  }
  const n = (kind: Kind) => seen.get(kind) ?? 0;
  for (const agreement of AGREEMENT_RANK) if (n(agreement) > 0) agreements.add(agreement);
  let openedCentre = false;
  // Only read when nothing stronger named the kind: most sentences never pay for these.
  if (
    !agreements.has("joint_lab") &&
    !agreements.has("training_center") &&
    !agreements.has("branch_campus")
  ) {
    if (matches(OPENED_LAB, folded)) agreements.add("joint_lab");
    else if (matches(OPENED_ACADEMY, folded)) agreements.add("training_center");
    else openedCentre = matches(OPENED_CENTRE, folded);
  }
  // A forum "held" is a launched event, unless it is only where a signing took place ("signed ... during the
  // forum held in Almaty").
  // An internship that students "underwent" ("прошли стажировку", "тағылымдамадан өтті") took place too.
  const tookPlace = agreements.has("event") || agreements.has("internship");
  if (n("launched") > 0 || (tookPlace && n("held") > 0 && n("signed") === 0)) statuses.add("launched");
  if (n("signed") > 0) statuses.add("signed");
  if (n("planned") > 0) statuses.add("planned");
  if (n("discussed") > 0 || n("continueTalks") > 0 || n("decisionPending") > 0 || agreements.has("visit"))
    statuses.add("discussed");
  return { statuses, agreements, notSigned: n("notSigned") > 0, openedCentre };
}

function matches(c: Cue, folded: string): boolean {
  const re = c.re;
  re.lastIndex = 0;
  return re.test(folded);
}

/** The strongest kind among several. */
export function strongestAgreement(agreements: Iterable<Agreement>): Agreement | null {
  let best: Agreement | null = null;
  for (const agreement of agreements) {
    if (best === null || AGREEMENT_RANK.indexOf(agreement) < AGREEMENT_RANK.indexOf(best)) best = agreement;
  }
  return best;
}
