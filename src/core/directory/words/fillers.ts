// Words a name may carry or drop and stay the same name: an article, and "named after" in Russian ("имени",
// short "им.") and Kazakh ("атындағы"): «Университет имени Шакарима» is «Университет Шакарима».
// `language | word word ...`
export const NAME_FILLERS = `
en | the
ru | имени им
kk | атындағы
`;
