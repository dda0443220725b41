// How a name translated word for word reads in English, by the country of the institution. A Russian
// "технологический университет" is "Technological University" in Russia and Belarus, but "University of
// Technology" in Poland, China or Lithuania; a Chinese "педагогический" university is "Normal".
//
// `words => words | countries`: "*" for every country (and for a name whose country is unknown, unless
// some are excepted), "!" before the countries that keep the words as they are. "{place}" stands for a
// city's name, and only a city's.
export const ENGLISH_ORDER = `
Chemical Technological University => University of Chemical Technology | *
Chemical Technological Institute => Institute of Chemical Technology | *
Technological University => University of Technology | * ! RU BY UA UZ KG TJ KZ TM AZ AM GE MD MN
Technological Institute => Institute of Technology | * ! RU BY UA UZ KG TJ KZ TM AZ AM GE MD MN
Polytechnic University => University of Technology | PL
Economic University => University of Economics | * ! BY KG KZ
Law University => University of Law | * ! RU KZ
Transport University => Jiaotong University | CN
Pedagogical University => Normal University | CN TW
Pedagogical College => Normal College | CN TW
Agricultural and Forestry University => Agriculture and Forestry University | *
{place} Medical University => Medical University of {place} | PL AT BG
{place} University => University of {place} | AT HU PL CZ SK IT ES PT FR RO HR SI NO GR BG RS
`;

/** Words that say what an institution is rather than which one. */
export const GENERIC_ENGLISH = `
University Institute College Academy Ministry Agency Office Inspectorate Administration Foundation Association
Assembly Council Corporation Holding Group Conservatory School State National Technical Technological
Polytechnic Pedagogical Normal Medical Agrarian Agricultural Vocational Research International Higher Economic
Engineering Regional Federal Science Sciences Technology Education of and the for Information Languages
Foreign First
ICT IT AI Digital Innovation Innovative Smart Joint Training Online Open Summer Winter Networking Cloud Data
Corporate Business Skills Future Talent
`;

/**
 * The English heads of a part of an institution: "the Harriman Institute" of Columbia University, "the
 * Department of International Cooperation" of Xinjiang University. Such a part acts for its institution.
 */
export const UNIT_HEADS = `
Institute Department Center Centre Faculty School Office Laboratory Lab Division
`;

/**
 * Countries whose names written in English by others still take the order above: Chinese institutions'
 * English names follow it so regularly that "Zhejiang Technological University" is a translation of
 * "Zhejiang University of Technology", where another country's may be the name itself.
 */
export const LATIN_RESTYLED: readonly string[] = ["CN", "TW"];
