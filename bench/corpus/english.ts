// English news about a partnership: dateline lead, optional second pair, background, quotes, credit.
import type { Status } from "../../src/core/schema";
import { EN_MONTHS } from "../../src/core/text/months";
import { CITIES, COUNTRIES } from "./names";
import type { Rng } from "./rng";
import type { Pair, Story, StoryAgreement, StoryField, Writer } from "./story";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const THING: Record<StoryAgreement, string> = {
  memorandum: "a memorandum of understanding",
  agreement: "a cooperation agreement",
  joint_program: "a joint master's programme",
  branch_campus: "a branch campus",
  joint_lab: "a joint laboratory",
  training_center: "a training centre",
  academic_mobility: "an academic mobility programme",
  internship: "an internship programme for students",
  visit: "closer cooperation",
};

const FIELD: Record<StoryField, string> = {
  it: "information technology",
  ai: "artificial intelligence",
  engineering: "engineering",
  mining: "mining",
  energy: "renewable energy",
  oil_gas: "oil and gas engineering",
  transport_logistics: "transport and logistics",
  remote_sensing: "satellite remote sensing",
  economics_business: "business and economics",
  languages_culture: "language teaching",
  medicine: "medicine",
  agriculture: "agriculture",
};

function action(pair: Pair, rng: Rng): string {
  const thing = THING[pair.agreement];
  const isDocument = pair.agreement === "memorandum" || pair.agreement === "agreement";
  if (pair.agreement === "visit") return `${rng.pick(["held talks on", "discussed prospects for"])} ${thing}`;
  const verbs: Record<Status, readonly string[]> = {
    signed: isDocument ? [`signed ${thing}`] : [`signed an agreement to set up ${thing}`],
    launched: [`opened ${thing}`, `launched ${thing}`],
    planned: [`agreed to open ${thing}`, `plan to launch ${thing}`],
    discussed: [`discussed opening ${thing}`, `held talks on creating ${thing}`],
  };
  return rng.pick(verbs[pair.status]);
}

function dateline(story: Story): string {
  const { year, month, day } = story.date;
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

function cityOf(name: string): string {
  return CITIES[name]?.en ?? name;
}

export const english: Writer = {
  lang: "en",
  title: ({ main }) =>
    `${main.kz.short} and ${main.partner.short} ${main.status === "signed" ? "sign" : "move on"} ${THING[main.agreement].replace(/^an? /, "")} in ${FIELD[main.field]}`,
  lead: (story, rng) => {
    const { kz, partner } = story.main;
    const country = COUNTRIES[partner.country]?.en ?? partner.country;
    return `${cityOf(kz.city)}, ${dateline(story)} — ${kz.en} (${kz.short}) and ${partner.en} of ${country} have ${action(story.main, rng)} in ${FIELD[story.main.field]}, the Kazakh university said on ${rng.pick(WEEKDAYS)}.`;
  },
  second: (pair, rng) =>
    `In a separate ceremony the same week, ${pair.kz.en} and ${pair.partner.en} ${action(pair, rng)} covering ${FIELD[pair.field]}.`,
  listed: ({ main, listed }, rng) => {
    const names = listed.map((p) => p.en);
    const last = names.pop();
    return `${main.kz.short} already works with more than ${rng.int(20, 90)} universities abroad, among them ${names.join(", ")} and ${last}.`;
  },
  background: [
    ({ main }, rng) =>
      `${main.kz.short} was founded in ${rng.int(1930, 2010)} and today teaches about ${rng.int(5, 30)},${rng.int(100, 999)} students in ${rng.int(6, 18)} faculties. Its ${rng.int(10, 60)} programmes have been accredited by international agencies, and the university ranks among the top ${rng.pick([5, 10, 20])} in Central Asia.`,
    ({ main }, rng) =>
      `The agreement builds on several years of contacts between the two institutions. Since ${rng.int(2012, 2022)}, more than ${rng.int(40, 400)} students and ${rng.int(5, 60)} staff members have taken part in exchanges, short courses and summer schools in ${cityOf(main.kz.city)} and ${main.partner.city}.`,
    () =>
      "Under the plan, the partners will develop a common curriculum, share laboratory equipment and hold joint seminars twice a year. Teaching will be in English, with some modules offered in Russian and Kazakh.",
    (story, rng) =>
      `Officials said the first intake of ${rng.int(15, 120)} students is expected in September ${story.date.year + 1}. Tuition will be partly covered by state grants, and the best students will receive scholarships from the partner university.`,
    ({ main }, rng) =>
      `"${rng.pick(["This is a long-term partnership, not a one-off event", "Our students need laboratories and teachers of world standard", "We want graduates who can work anywhere in the world", "Science today is done by teams that cross borders"])}," the ${rng.pick(["rector", "vice-rector for international cooperation", "dean of engineering", "head of the international office"])} of ${main.kz.short} said at the ceremony.`,
    (_story, rng) =>
      `Kazakhstan has been expanding its ties with universities abroad: in the past ${rng.int(3, 6)} years, ${rng.int(12, 40)} branches of foreign universities have opened in the country, most of them in Almaty and Astana, and more are expected.`,
    ({ main }, rng) =>
      `The weather in ${cityOf(main.kz.city)} was unusually ${rng.pick(["warm", "cold", "windy", "dry"])} for the season, and the ceremony was held in the university's new conference hall, which seats ${rng.int(150, 900)} people and opened last ${rng.pick(EN_MONTHS)}.`,
    (_story, rng) =>
      `According to official figures, the number of international students in Kazakhstan reached ${rng.int(20, 35)},${rng.int(100, 999)} last year, with the largest groups coming from Uzbekistan, India and China.`,
    ({ main }, rng) =>
      `${main.partner.en} is known for its research in ${FIELD[main.field]}; it has about ${rng.int(10, 60)},000 students and works with universities in more than ${rng.int(30, 120)} countries.`,
    (_story, rng) =>
      `Participants also toured the campus library, the student hostel and a technology park where ${rng.int(12, 80)} start-ups founded by students and graduates rent office space at reduced prices.`,
  ],
  credit: (rng) =>
    rng.pick(["Photo: university press service", "Source: press office", "Photo by the organisers"]),
};
