// The sites a published add-on may fetch. Apps Script lets an Editor add-on fetch only the URL prefixes its
// manifest lists (`urlFetchWhitelist`, https only); the build writes them from this list. A bound script
// fetches any public https or http URL and does not use it.
//
// To add a site: add its domain (without "www.") to the right group below, then build and deploy a new
// version of the add-on (README: "As a published Editor add-on"). A domain covers its subdomains
// ("inform.kz" covers en.inform.kz and kaz.inform.kz).

/** News sites and agencies of Kazakhstan, in Kazakh, Russian and English. */
const NEWS = [
  "inform.kz", // Kazinform, the national agency
  "kazinform.kz",
  "kt.kz", // Kazakhstan Today
  "interfax.kz",
  "bnews.kz",
  "astanatimes.com",
  "kazpravda.kz",
  "egemen.kz",
  "aikyn.kz",
  "zhasalash.kz",
  "ana-tili.kz",
  "abai.kz",
  "adyrna.kz",
  "turkystan.kz",
  "el.kz",
  "baq.kz",
  "qazaqstan.tv",
  "qazaqtv.com",
  "khabar.kz",
  "24.kz",
  "kazakh-tv.kz",
  "tengrinews.kz",
  "zakon.kz",
  "nur.kz",
  "informburo.kz",
  "vlast.kz",
  "kursiv.media",
  "kapital.kz",
  "forbes.kz",
  "inbusiness.kz",
  "lsm.kz",
  "ekonomist.kz",
  "profit.kz",
  "dknews.kz",
  "caravan.kz",
  "ratel.kz",
  "liter.kz",
  "time.kz",
  "orda.kz",
  "365info.kz",
  "dalanews.kz",
  "ernur.kz",
  "bilimland.kz",
  "azattyq.org",
  "sputnik.kz",
  "kazlenta.kz",
] as const;

/** The state: the government portal (ministries and akimats), the President's and Prime Minister's sites. */
const GOVERNMENT = ["gov.kz", "akorda.kz", "primeminister.kz", "parlam.kz", "edu.kz"] as const;

/** Universities and colleges of Kazakhstan. */
const UNIVERSITIES = [
  "kaznu.kz", // Al-Farabi Kazakh National University
  "farabi.university",
  "enu.kz", // L.N. Gumilyov Eurasian National University
  "nu.edu.kz", // Nazarbayev University
  "satbayev.university",
  "kbtu.edu.kz",
  "kbtu.kz",
  "kimep.kz",
  "sdu.edu.kz",
  "sdukz.edu.kz",
  "almau.edu.kz",
  "narxoz.kz",
  "kaznmu.edu.kz", // Asfendiyarov Kazakh National Medical University
  "kaznpu.kz", // Abai Kazakh National Pedagogical University
  "abaiuniversity.edu.kz",
  "ablaikhan.kz",
  "kaznaru.edu.kz",
  "kazatu.edu.kz",
  "astanait.edu.kz",
  "iitu.edu.kz",
  "aues.kz",
  "mnu.kz",
  "kazguu.kz",
  "turan-edu.kz",
  "uib.kz",
  "kau.kz",
  "dku.kz", // German-Kazakh University
  "kafu.edu.kz",
  "ayu.edu.kz", // Khoja Akhmet Yassawi University
  "auezov.edu.kz",
  "buketov.edu.kz",
  "ksu.kz",
  "kstu.kz",
  "ektu.kz",
  "ektu.edu.kz",
  "vkgu.kz",
  "shakarim.edu.kz",
  "shakarim.kz",
  "tou.edu.kz",
  "toraighyrov.kz",
  "wku.edu.kz",
  "zhubanov.edu.kz",
  "korkyt.kz",
  "dulaty.kz",
  "zu.edu.kz",
  "ku.edu.kz",
  "ksu.edu.kz",
  "yu.edu.kz",
  "asu.edu.kz",
  "qmu.edu.kz",
  "amu.kz",
  "zkmu.org",
  "aiu.kz",
  "iie.kz",
  "kazeu.kz",
  "atu.edu.kz",
  "kazgasa.kz",
  "kaznai.kz",
  "kazcontinent.kz",
  "kuam.kz",
  "psu.kz",
  "semgu.kz",
  "aktsu.kz",
  "atgu.kz",
  "zhezu.kz",
  "nkzu.kz",
  "wkau.kz",
] as const;

/** Every allowed domain, once. */
export const ALLOWED_DOMAINS: readonly string[] = [
  ...new Set<string>([...NEWS, ...GOVERNMENT, ...UNIVERSITIES]),
];

/** Whether a (normalised) host is one of the allowed domains or a subdomain of one. */
export function isAllowedSite(host: string, domains: readonly string[] = ALLOWED_DOMAINS): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The manifest's urlFetchWhitelist: each domain and its subdomains, https only, as Apps Script asks. */
export function urlFetchWhitelist(domains: readonly string[] = ALLOWED_DOMAINS): string[] {
  return domains.flatMap((domain) => [`https://${domain}/`, `https://*.${domain}/`]);
}
