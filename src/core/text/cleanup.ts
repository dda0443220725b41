// Removes what pasted or fetched news carries besides the article: menus, "Other news" lists, subscription
// calls, share buttons, photo credits, repeated titles and stray symbols.

// A line that ends the article: everything after it is a list of other headlines.
const TAIL_MARKERS = [
  /^(?:other|related|more|latest|read also|see also|recommended|popular|top)(?: news| stories| articles| posts)?\s*[:→>»]*$/iu,
  /^(?:read more|more news|all news|news feed)(?![\p{L}\p{N}]).{0,20}$/iu,
  /^(?:другие новости|читайте также|похожие новости|последние новости|лента новостей|все новости|новости по теме|смотрите также|популярное|материалы по теме)(?![\p{L}\p{N}]).{0,20}$/iu,
  /^(?:басқа жаңалықтар|барлық жаңалықтар|соңғы жаңалықтар|жаңалықтар лентасы|тағы оқыңыз|ұқсас жаңалықтар|оқи отырыңыз)(?![\p{L}\p{N}]).{0,20}$/iu,
];

// A line that is not article text wherever it appears.
const NOISE_LINES = [
  /^[\s×✕✖•·|/\\\-–—→←»«*#_=+]*$/u,
  /^(?:share|поделиться|бөлісу|tweet|like)(?![\p{L}\p{N}]).{0,80}$/iu,
  /^(?:photo|фото|сурет|image|источник фото|photo credit)s?\s*(?:by)?\s*[:©-]/iu,
  /^(?:©|copyright(?![\p{L}\p{N}]))/iu,
  /(?:subscribe|follow us|join us) (?:to|on) (?:our|the)(?![\p{L}\p{N}])/iu,
  /подписывайтесь на на(?:ш|шу|ши)(?![\p{L}\p{N}])/iu,
  /(?:жазылыңыз|арнамыздан оқыңыз|арнамызға жазылыңыз)/iu,
  /^(?:facebook|twitter|x|telegram|whatsapp|instagram|vk|youtube|linkedin)(?:\s*[|·,•]\s*(?:facebook|twitter|x|telegram|whatsapp|instagram|vk|youtube|linkedin))*\s*$/iu,
  /^(?:menu|меню|home|главная|басты бет|search|поиск|іздеу|login|войти|кіру)$/iu,
  // Breadcrumbs: "Главная / Новости", "Home > News > Education".
  /^(?:home|главная|басты бет|news|новости|жаңалықтар)(?:\s*[/>»|]\s*[\p{L} -]{1,30}){1,4}$/iu,
  /^(?:tags?|теги|тегтер)\s*:/iu,
  // Another article's headline inside this one: "Читайте также: КазНУ и ... открыли центр".
  /^(?:read also|see also|also read|read more|читайте также|также читайте|смотрите также|тағы оқыңыз|оқи отырыңыз)\s*[:\-–—]/iu,
  /^(?:press[- ]service of|пресс-служба|баспасөз қызметі)(?![\p{L}\p{N}]).{0,80}$/iu,
  /^(?:опубликовано|posted|published|жарияланды)(?![\p{L}\p{N}])\s*(?:on|:)?\s*$/iu,
];

export interface Cleaned {
  text: string;
  /** How many lines were dropped. */
  dropped: number;
}

export function cleanArticle(text: string): Cleaned {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const original of lines) {
    const line = original.replace(/[\u200b\u00a0\t]+/g, " ").trim();
    if (line === "") {
      if (kept.length > 0 && kept[kept.length - 1] !== "") kept.push("");
      continue;
    }
    if (line.length < 60 && TAIL_MARKERS.some((pattern) => pattern.test(line))) {
      dropped += 1;
      break;
    }
    const key = line.toLowerCase();
    // Noise is short; a long line is article text (and testing it would cost the most).
    if ((line.length < 300 && NOISE_LINES.some((pattern) => pattern.test(line))) || seen.has(key)) {
      dropped += 1;
      continue;
    }
    seen.add(key);
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return { text: kept.join("\n"), dropped };
}
