// Fields of cooperation named in a (folded) text, in English, Russian and Kazakh.
import { FIELDS, type Field } from "../schema";

// Letters and digits of the three languages, spelled out: without the "u" flag and Unicode property
// classes the big patterns compile several times faster (the first call of a custom formula pays it).
const WORD_CHAR = "0-9a-z\\u00c0-\\u024f\\u0400-\\u04ff";
const B = `(?<![${WORD_CHAR}])`;
const E = `(?![${WORD_CHAR}])`;
const cue = (source: string) => source;

const FIELD_SOURCES: Record<Field, string> = {
  it: cue(
    [
      `information (?:and communication )?technolog\\S*|(?:network|software) engineering|network technolog\\S*|ict${E}|it${E}|computer\\S*|cloud${E}|software|programming|cyber\\S*|networking|5g${E}|data (?:science|center|centre|analys\\S*)|digital (?:classroom|technolog|skills|platform)\\S*|smart classroom\\S*`,
      `информационн\\S*|ит${E}|цифров\\S* (?:технолог|маркетинг|навык|платформ)\\S*|программировани\\S*|компьютер\\S*|облачн\\S*|сетев\\S* технолог\\S*|кибер\\S*|информатик\\S*|анализ данных|бизнес-информатик\\S*|финансов\\S* технолог\\S*`,
      `ақпараттық\\S*|цифрлық\\S*|бағдарламалау\\S*|киберқауіпсіздік\\S*|бұлтт\\S*|желілік технология\\S*|заттар интернеті`,
    ].join("|"),
  ),
  ai: cue(
    `artificial intelligence|ai${E}|machine learning|искусственн\\S* интеллект\\S*|машинн\\S* обучени\\S*|ии${E}|жасанды интеллект\\S*`,
  ),
  engineering: cue(
    `(?<!network |software )engineering|robotics|mechatronics|mechanical|chemical technolog\\S*|химическ\\S* технолог\\S*|строительств\\S*|машина жасау\\S*|құрылыс\\S*|инженер\\S*|машиностро\\S*|мехатроник\\S*|робототехник\\S*|инжиниринг\\S*|инженерия\\S*|инженерлік\\S*`,
  ),
  mining: cue(
    `mining|mines?${E}|mineral\\S*|metallurg\\S*|горн\\S*|горнодобыв\\S*|металлург\\S*|тау-кен\\S*|кен (?:өндір|байыт|орн)\\S*|шахта\\S*`,
  ),
  energy: cue(
    `energy|nuclear|uranium|gas turbines?|ядерн\\S*|уранов\\S*|атомн\\S*|power (?:grid|engineering|plant|system)\\S*|electric\\S*(?! (?:vehicles?|cars?|bus\\S*))|renewable\\S*|solar|wind power|энергетик\\S*|энергетическ\\S*|электроэнергетик\\S*|энерги\\S*|энергосистем\\S*|гидроэнергетика\\S*|электр энергетика\\S*`,
  ),
  oil_gas: cue(
    `oil${E}|gas${E}(?! turbine)|petroleum|нефт\\S*|газ(?:а|ов|ом)?${E}|нефтегаз\\S*|мұнай\\S*|газ${E}`,
  ),
  manufacturing: cue(
    `manufacturing|industrial automation|production lines?|machine tools?|cnc${E}|станк\\S*|производств\\S* (?:лини|процесс)\\S*|промышленн\\S* (?:автоматизац|робот)\\S*|автоматизаци\\S* производств\\S*|өндіріс\\S*|factory|factories|завод\\S*|фабрик\\S*|зауыт\\S*`,
  ),
  transport_logistics: cue(
    `transport\\S*|logistic\\S*|electric (?:vehicles?|cars?|bus\\S*)|automotive|электромобил\\S*|электробус\\S*|автомобил\\S*|автокөлік\\S*|railway\\S*|port logistics|транспорт\\S*|логистик\\S*|көлік\\S*|логистика\\S*`,
  ),
  marine: cue(`marine|maritime|shipbuilding|navigation|морск\\S*|судостро\\S*|судоходств\\S*|теңіз\\S*`),
  remote_sensing: cue(
    `remote sensing|satellite\\S*|earth observation|geoinformation\\S*|gis${E}|дистанционн\\S* зондировани\\S*|спутник\\S*|космическ\\S* снимк\\S*|қашықтықтан зондтау\\S*|ғарыштық түсірілім\\S*|геоақпараттық\\S*`,
  ),
  nanotechnology: cue(`nano\\S*|нано\\S*`),
  economics_business: cue(
    `(?<!digital )econom\\S*|business\\S*|financ\\S*|management|marketing|accounting|(?<!цифров\\S* )экономи(?:к|ческ)\\S*|бизнес\\S*|финанс\\S*|маркетинг\\S*|бухгалтер\\S*|менеджмент\\S*|(?<!цифрлық )экономика\\S*|қаржы\\S*`,
  ),
  education: cue(
    `education(?! institutions)|educational (?:cooperation|ties|exchange)|teachers?${E}|teacher training|pedagog\\S*|образовани\\S*|учител\\S*|педагог\\S*|мұғалім\\S*|білім беру саласы\\S*|higher education|высше\\S* образовани\\S*|жоғары білім\\S*`,
  ),
  languages_culture: cue(
    `languages?${E}|cultur\\S*|linguist\\S*|philolog\\S*|turkolog\\S*|(?:japanese|korean|chinese|turkic|oriental) studies|history|язык\\S*|(?<!(?:масличн|зернов|кормов|овощн|бобов|технических|сельскохозяйственн)\\S* )культур\\S*|филолог\\S*|лингвист\\S*|тюрколог\\S*|корееведени\\S*|востоковед\\S*|японистик\\S*|(?<!python )тіл(?:і|ін|дер|дері|ін)\\S*|мәдени\\S*|филология\\S*|түркітану\\S*|жапонтану\\S*|шығыстану\\S*|тарих\\S*`,
  ),
  medicine: cue(
    `(?<!veterinary )medic\\S*|health\\S*|clinic\\S*|(?<!ветеринарн\\S* |ветеринария )медицин\\S*|медик\\S*|здравоохранени\\S*|клиник\\S*|клиническ\\S*|медицина\\S*|денсаулық\\S*`,
  ),
  agriculture: cue(
    `agricultur\\S*|agrarian|farm\\S*|crop\\S*|irrigation|agronom\\S*|сельск\\S* хозяйств\\S*|аграрн\\S*|агро\\S*|орошени\\S*|ауыл шаруашылығы\\S*|егін\\S*|суармалы\\S*|мал шаруашылығы\\S*|forestry|лесн\\S* хозяйств\\S*|лесоводств\\S*|орман шаруашылығы\\S*|veterinar\\S*|ветеринар\\S*|селекци\\S*|(?:масличн|зернов|кормов|овощн|бобов|технических|сельскохозяйственн)\\S* культур\\S*`,
  ),
};

/** The fields a folded text speaks of, in the schema's order. */
let compiled: RegExp | undefined;

/** All field patterns in one, each its own group, compiled at first use: one pass over a sentence. */
function fieldCues(): RegExp {
  compiled ??= new RegExp(`${B}(?:${FIELDS.map((field) => `(${FIELD_SOURCES[field]})`).join("|")})`, "g");
  return compiled;
}

/** The fields a folded text speaks of, in the schema's order. */
export function fieldsIn(folded: string): Field[] {
  const re = fieldCues();
  const found = new Set<Field>();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const group = m.findIndex((value, i) => i > 0 && value !== undefined);
    const field = FIELDS[group - 1];
    if (field) found.add(field);
  }
  return FIELDS.filter((field) => found.has(field));
}
