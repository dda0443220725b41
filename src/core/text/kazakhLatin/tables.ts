// Kazakh written in the Latin alphabet, read back into the Cyrillic one, per spelling. Three spellings are
// in use in the news:
//   acute       the alphabet of the 2018 decree (á ǵ ı ń ó ú ý, sh ch), which Kazinform's Latin site keeps:
//               "Nazarbaev ýnıversıtetinde", "Qytaı Halyq Respýblıkasynyń Elshisi".
//   apostrophe  the alphabet of the 2017 decree (a' g' i' n' o' s' c' u' y'): "Respy'bli'kasy".
//   umlaut      the 2021 alphabet (ä ğ ı ñ ö ş ç ū ü, ı for і and i for и), with the variants sites type
//               (ǧ for ğ, ŋ for ñ): adyrna's "Äl-Farabi atyndaǧy Qazaq Ūlttyq universitetı".
//
// A rule is `latin=cyrillic`; it may hold only in one place of the word:
//   ^x  at the start of a word     +x  after a vowel (of the Cyrillic written so far)
// The longest group that applies wins ("sh" before "s", "ıa" before "ı"). Apostrophes are written ' and
// stand for every apostrophe sign ('’ʼ`´).

export const SPELLINGS = ["acute", "apostrophe", "umlaut"] as const;
export type Spelling = (typeof SPELLINGS)[number];

export interface SpellingTable {
  /** The rules, in the notation above. */
  rules: string;
  /** Letters only this spelling of Kazakh writes: a word with one is Kazakh. */
  marks: string;
  /**
   * A capital "I" where the spelling writes і and и with one capital: the lower-case letter it is read as
   * when the word's other vowels are all front ones (`front`), and otherwise.
   */
  capitalI?: { front: string; frontLetter: string; otherLetter: string };
}

// Letters and groups all three spellings read alike. "q" is қ everywhere ("Qazaqstan"), "j" is ж; "ts" is
// ц at a word's start and before и, else тс ("aitsa" is айтса); "zh" and "kh" are the English habits.
const COMMON = `
a=а b=б d=д e=е f=ф g=г h=х j=ж k=к l=л m=м n=н o=о p=п q=қ r=р s=с t=т v=в y=ы z=з
sh=ш ch=ч zh=ж kh=х ^ts=ц
`;

// Loanwords that start with э in Cyrillic, where the Latin spellings write "e" as for е ("ekonomıka",
// "energetıka"); the native words keep е ("eki", "el", "eske").
const LOAN_STARTS = `
^ekonom=эконом ^ekolog=эколог ^eksp=эксп ^ekz=экз ^eksk=экск ^elektr=электр ^energ=энерг ^etno=этно
^epid=эпид ^evol=эвол ^emigr=эмигр ^estet=эстет ^etik=этик ^ekran=экран
`;

// Loanwords whose ц some sites write "s" ("delegasııa", "konferensiia"): ц before the spelling's и ($i),
// where a native word has с ("esi" stays есі). $i stands for the spelling's letter for и.
const LOAN_TS = `
delegas$i=делегаци konferens$i=конференци federas$i=федераци assos$i=ассоци organizas$i=организаци
korporas$i=корпораци innovas$i=инноваци kooperas$i=коопераци integras$i=интеграци kommunikas$i=коммуникаци
akkreditas$i=аккредитаци investis$i=инвестици stans$i=станци frans$i=франци ^sentr=центр
`;
const loans = (i: string) => LOAN_TS.replaceAll("$i", i);

export const TABLES: Record<Spelling, SpellingTable> = {
  acute: {
    // ı is и after a consonant and й after a vowel ("Qytaı" Қытай); ıa and ıý are я and ю at a word's
    // start or after a vowel ("jarııalady" жариялады), and и + а after a consonant ("materıal").
    rules: `${COMMON} ${LOAN_STARTS} ${loans("ı")}
á=ә ǵ=ғ i=і ı=и +ı=й ń=ң ó=ө u=ұ ú=ү ý=у tsı=ци ^ıa=я +ıa=я ^ıý=ю +ıý=ю
`,
    marks: "áǵıńóúý",
    capitalI: { front: "eiáóú", frontLetter: "i", otherLetter: "ı" },
  },
  apostrophe: {
    rules: `${COMMON} ${LOAN_STARTS} ${loans("i'")}
a'=ә g'=ғ i=і i'=и +i'=й n'=ң o'=ө u=ұ u'=ү y'=у s'=ш c'=ч ts'=ц tsi'=ци ^i'a=я +i'a=я ^i'y'=ю +i'y'=ю
`,
    marks: "'",
  },
  umlaut: {
    rules: `${COMMON} ${LOAN_STARTS} ${loans("i")}
ä=ә ğ=ғ ǧ=ғ ı=і i=и +i=й ñ=ң ŋ=ң ö=ө ş=ш ç=ч u=у ū=ұ ü=ү tsi=ци ^ia=я +ia=я ^iu=ю +iu=ю
`,
    marks: "äğǧıñŋöşçūü",
    capitalI: { front: "eıäöü", frontLetter: "ı", otherLetter: "i" },
  },
};

/**
 * Endings a name written in Latin letters takes in Kazakh, in Cyrillic: "Harvardpen" is read as the name
 * "Harvard" and the ending "-пен", as Cyrillic Kazakh writes it ("Huawei-мен").
 */
export const NAME_ENDINGS = `
мен бен пен ға ге қа ке да де та те дан ден тан тен нан нен ның нің дың дің тың тің ны ні ды ді ты ті
дағы дегі тағы тегі ндағы ндегі
`;

/**
 * Words of the English company and organisation names that Kazakh news keeps in Latin letters, beside the
 * words the directory knows ("Tianjin Youxin Intelligent Technology Co., Ltd.").
 */
export const ENGLISH_NAME_WORDS = `
co ltd inc llc llp plc gmbh ag sa jsc corp corporation company group holding holdings technology
technologies intelligent systems solutions software electronics network networks digital global
international partners labs lab
`;

/** Lower-case words that join the words of a Latin-script name: "University of Tokyo", "Johnson & Johnson". */
export const NAME_JOINERS = `
of and for the in at de des du la le di del der und fur für van von
`;

/**
 * Short Kazakh words other languages also write (in Cyrillic): "Ol", "Bar", "Sol", "Is" at a sentence's
 * start are these words, not names the directory holds in Latin letters ("Sol", "Bar", "El").
 */
export const KAZAKH_COMMON_WORDS = `
ол ел бар сол іс осы бұл бір екі мен пен да де та те әр алма ата сала бала дала жол жер күн ай жыл ал
ақ тек енді биыл олар біз сіз бұлар келе кеше қазір ара
`;
