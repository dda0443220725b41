// Institutions of the Americas and Oceania: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_AMERICAS = `
# United States
Massachusetts Institute of Technology | US | university | Cambridge | MIT; Массачусетский технологический институт; Массачусетс технологиялық институты
Colorado School of Mines | US | university | Golden | Горная школа Колорадо; Колорадо тау-кен мектебі
Indiana University | US | university | Bloomington | Indiana University Bloomington; Университет Индианы; Индиана университеті
University of Arizona | US | university | Tucson | Arizona University; Университет Аризоны; Аризона университеті
Microsoft | US | company | Redmond | Microsoft Corporation; Майкрософт
Cisco | US | company | San Jose | Cisco Systems; Циско
Google | US | company | Mountain View | Google LLC; Гугл
IBM | US | company | Armonk | International Business Machines; Ай-би-эм
`;
