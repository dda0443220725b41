// Institutions of Europe (without Russia): `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_EUROPE = `
# United Kingdom
University of Exeter | GB | university | Exeter | Exeter University; Эксетерский университет; Университет Эксетера; Эксетер университеті
University of Leeds | GB | university | Leeds | Leeds University; Университет Лидса; Лидский университет; Лидс университеті
Heriot-Watt University | GB | university | Edinburgh | Heriot Watt University; Университет Хериот-Ватт; Хериот-Ватт университеті
University of Cambridge | GB | university | Cambridge | Cambridge University; Кембриджский университет; Кембридж университеті
University of Oxford | GB | university | Oxford | Oxford University; Оксфордский университет; Оксфорд университеті
University College London | GB | university | London | UCL; Университетский колледж Лондона; Лондон университеттік колледжі
University of Manchester | GB | university | Manchester | Manchester University; Манчестерский университет; Университет Манчестера; Манчестер университеті
British Council | GB | other | London | Британский совет; Британ кеңесі

# Germany
TU Bergakademie Freiberg | DE | university | Freiberg | Freiberg University of Mining and Technology; Technische Universität Bergakademie Freiberg; Фрайбергская горная академия; Горная академия Фрайберга; Фрайберг тау-кен академиясы
Technische Universität Berlin | DE | university | Berlin | TU Berlin; Technical University of Berlin; Берлинский технический университет; Технический университет Берлина; Берлин техникалық университеті
Berlin School of Economics and Law | DE | university | Berlin | HWR Berlin; Hochschule für Wirtschaft und Recht Berlin; Берлинская школа экономики и права; Берлин экономика және құқық мектебі
RWTH Aachen University | DE | university | Aachen | RWTH Aachen; RWTH; Рейнско-Вестфальский технический университет Ахена; Ахенский технический университет; Ахен техникалық университеті
Technical University of Munich | DE | university | Munich | TUM; Technische Universität München; Мюнхенский технический университет; Мюнхен техникалық университеті
Siemens | DE | company | Munich | Siemens AG; Сименс
SAP | DE | company | Walldorf | SAP SE; САП
DAAD | DE | other | Bonn | German Academic Exchange Service; Deutscher Akademischer Austauschdienst; Германская служба академических обменов; Неміс академиялық алмасу қызметі
`;
