// Kazakh news about a partnership, with genitive and instrumental endings on the names.
import type { Status } from "../../src/core/schema";
import { KK_MONTHS } from "../../src/core/text/months";
import { CITIES, COUNTRIES } from "./names";
import type { Rng } from "./rng";
import type { Pair, StoryAgreement, StoryField, Writer } from "./story";

/** Nominative, dative (what one signs) and accusative (what one opens). */
const THING: Record<StoryAgreement, { nom: string; dat: string; acc: string }> = {
  memorandum: {
    nom: "өзара түсіністік туралы меморандум",
    dat: "өзара түсіністік туралы меморандумға",
    acc: "өзара түсіністік туралы меморандумды",
  },
  agreement: {
    nom: "ынтымақтастық туралы келісім",
    dat: "ынтымақтастық туралы келісімге",
    acc: "ынтымақтастық туралы келісімді",
  },
  joint_program: {
    nom: "бірлескен магистратура бағдарламасы",
    dat: "бірлескен магистратура бағдарламасына",
    acc: "бірлескен магистратура бағдарламасын",
  },
  branch_campus: { nom: "филиал", dat: "филиалға", acc: "филиалын" },
  joint_lab: { nom: "бірлескен зертхана", dat: "бірлескен зертханаға", acc: "бірлескен зертхананы" },
  training_center: { nom: "оқу орталығы", dat: "оқу орталығына", acc: "оқу орталығын" },
  academic_mobility: {
    nom: "академиялық ұтқырлық бағдарламасы",
    dat: "академиялық ұтқырлық бағдарламасына",
    acc: "академиялық ұтқырлық бағдарламасын",
  },
  internship: {
    nom: "студенттерге арналған тағылымдама бағдарламасы",
    dat: "студенттерге арналған тағылымдама бағдарламасына",
    acc: "студенттерге арналған тағылымдама бағдарламасын",
  },
  visit: { nom: "ынтымақтастық", dat: "ынтымақтастыққа", acc: "ынтымақтастықты" },
};

const FIELD: Record<StoryField, string> = {
  it: "ақпараттық технологиялар",
  ai: "жасанды интеллект",
  engineering: "инженерия",
  mining: "тау-кен ісі",
  energy: "жаңартылатын энергетика",
  oil_gas: "мұнай-газ ісі",
  transport_logistics: "көлік және логистика",
  remote_sensing: "Жерді қашықтықтан зондтау",
  economics_business: "экономика және бизнес",
  languages_culture: "тіл оқыту",
  medicine: "медицина",
  agriculture: "ауыл шаруашылығы",
};

function action(pair: Pair, rng: Rng): string {
  const { nom, dat, acc } = THING[pair.agreement];
  const isDocument = pair.agreement === "memorandum" || pair.agreement === "agreement";
  if (pair.agreement === "visit")
    return rng.pick(["ынтымақтастықты дамыту мәселесін талқылады", "келіссөздер жүргізді"]);
  const verbs: Record<Status, readonly string[]> = {
    signed: isDocument ? [`${dat} қол қойды`] : [`${nom} ашу туралы келісімге қол қойды`],
    launched: [`${acc} ашты`, `${acc} іске қосты`],
    planned: [`${acc} ашуды жоспарлап отыр`, `${acc} ашуға келісті`],
    discussed: [`${nom} ашу мәселесін талқылады`, `${nom} құру туралы келіссөздер жүргізді`],
  };
  return rng.pick(verbs[pair.status]);
}

function cityOf(name: string): string {
  return CITIES[name]?.kk ?? name;
}

export const kazakh: Writer = {
  lang: "kk",
  title: ({ main }) =>
    `${main.kz.kkNom} мен ${main.partner.kkNom} ${FIELD[main.field]} саласында ынтымақтаспақ`,
  lead: (story, rng) => {
    const { kz, partner } = story.main;
    const country = COUNTRIES[partner.country]?.kkGen ?? partner.country;
    const { year, month, day } = story.date;
    return `${cityOf(kz.city)}, ${year} жылғы ${day} ${KK_MONTHS[month - 1]} — ${kz.kkNom} ${country} ${partner.kkIns} ${FIELD[story.main.field]} саласында ${action(story.main, rng)}, деп хабарлады университеттің баспасөз қызметі.`;
  },
  second: (pair, rng) =>
    `Сонымен қатар осы аптада ${pair.kz.kkNom} ${pair.partner.kkIns} ${FIELD[pair.field]} бағытында ${action(pair, rng)}.`,
  listed: ({ main, listed }, rng) => {
    const names = listed.map((p) => p.kkNom);
    const last = names.pop();
    return `${main.kz.kkGen} шетелдік серіктестерінің саны ${rng.int(20, 90)}-дан асады, олардың қатарында ${names.join(", ")} және ${last} бар.`;
  },
  background: [
    ({ main }, rng) =>
      `${main.kz.kkNom} ${rng.int(1930, 2010)} жылы құрылған, бүгінде онда ${rng.int(6, 18)} факультетте ${rng.int(5, 30)} мыңға жуық студент білім алады. Университеттің ${rng.int(10, 60)} білім беру бағдарламасы халықаралық аккредитациядан өтті.`,
    ({ main }, rng) =>
      `Екі оқу орнының байланысы бірнеше жыл бұрын басталған. ${rng.int(2012, 2022)} жылдан бері ${rng.int(40, 400)}-ден астам студент пен ${rng.int(5, 60)} оқытушы ${cityOf(main.kz.city)} мен ${main.partner.city} қалаларында алмасу бағдарламаларына және жазғы мектептерге қатысты.`,
    () =>
      "Тараптар ортақ оқу жоспарын әзірлеп, зертханалық жабдықты бірлесіп пайдалануды және жылына екі рет ғылыми семинар өткізуді көздейді. Оқу ағылшын тілінде жүреді, кейбір модульдер қазақ және орыс тілдерінде оқытылады.",
    (story, rng) =>
      `Алғашқы ${rng.int(15, 120)} студентті қабылдау ${story.date.year + 1} жылдың қыркүйегінде күтілуде. Оқу ақысының бір бөлігін мемлекеттік грант өтейді, үздік студенттер серіктес университеттің стипендиясын алады.`,
    ({ main }, rng) =>
      `«${rng.pick(["Бұл бір реттік шара емес, ұзақ мерзімді серіктестік", "Студенттерімізге әлемдік деңгейдегі зертханалар мен оқытушылар қажет", "Біз әлемнің кез келген елінде жұмыс істей алатын түлектер даярлағымыз келеді", "Бүгінгі ғылымды шекара білмейтін командалар жасайды"])}», — деді ${main.kz.kkGen} ${rng.pick(["ректоры", "халықаралық ынтымақтастық жөніндегі проректоры", "инженерия факультетінің деканы", "халықаралық бөлімінің басшысы"])}.`,
    (_story, rng) =>
      `Соңғы ${rng.int(3, 6)} жылда Қазақстанда шетелдік университеттердің ${rng.int(12, 40)} филиалы ашылды, олардың көбі Алматы мен Астанада орналасқан. Министрлік бұл сан әлі де өседі деп күтеді.`,
    ({ main }, rng) =>
      `Салтанатты шара университеттің ${rng.int(150, 900)} орындық жаңа конференц-залында өтті. Сол күні ${cityOf(main.kz.city)} қаласында ауа райы жыл мезгіліне қарағанда ${rng.pick(["жылы", "суық", "желді", "құрғақ"])} болды.`,
    (_story, rng) =>
      `Ресми деректерге сәйкес, өткен жылы Қазақстандағы шетелдік студенттер саны ${rng.int(20, 35)} мыңға жетті, олардың ең көбі Өзбекстаннан, Үндістаннан және Қытайдан келген.`,
    ({ main }, rng) =>
      `${main.partner.kkNom} ${FIELD[main.field]} саласындағы зерттеулерімен танымал; онда ${rng.int(10, 60)} мыңға жуық студент оқиды, ал университет ${rng.int(30, 120)}-дан астам елдің оқу орындарымен ынтымақтасады.`,
    (_story, rng) =>
      `Қонақтар кітапханаға, студенттер жатақханасына және ${rng.int(12, 80)} студенттік стартап жеңілдетілген бағамен кеңсе жалдайтын технопаркке барды.`,
  ],
  credit: (rng) =>
    rng.pick([
      "Фото: университеттің баспасөз қызметі",
      "Дереккөз: баспасөз қызметі",
      "Фото ұйымдастырушылардан",
    ]),
};
