// How a text names a country beyond its plain name (the engine takes plain names from i18n-iso-countries):
// adjectives, demonyms, abbreviations and short names in English, Russian and Kazakh, in their base form.
// `CC | word; word; ...`
export const COUNTRY_WORDS = `
KZ | Kazakh; Kazakhstani; Kazakhstan's; RK; Republic of Kazakhstan; Qazaqstan; казахстанский; казахский; Казахстан; РК; Республика Казахстан; Қазақстан; қазақстандық; ҚР; Қазақстан Республикасы
CN | Chinese; China's; PRC; People's Republic of China; китайский; Китай; КНР; Китайская Народная Республика; Қытай; қытайлық; ҚХР; Қытай Халық Республикасы
RU | Russian; Russia's; Russian Federation; российский; русский; Россия; РФ; Российская Федерация; Ресей; ресейлік; Ресей Федерациясы
GB | British; UK; U.K.; United Kingdom; Britain; Great Britain; England; Scottish; Scotland; Wales; Welsh; британский; Великобритания; Англия; Соединённое Королевство; Ұлыбритания; британдық; ағылшын; Англия
US | American; USA; U.S.; US; United States; America; американский; США; Соединённые Штаты; Америка; АҚШ; американдық; Америка Құрама Штаттары
TR | Turkish; Turkey; Türkiye; Turkiye; турецкий; Турция; Турецкая Республика; Түркия; түрік; түркиялық
KR | Korean; South Korea; South Korean; Republic of Korea; корейский; южнокорейский; Южная Корея; Республика Корея; Корея; Оңтүстік Корея; корей; кореялық; Корея Республикасы
JP | Japanese; Japan's; японский; Япония; Жапония; жапон; жапониялық
DE | German; Germany's; немецкий; германский; Германия; ФРГ; Германия; неміс; германиялық
UZ | Uzbek; Uzbekistani; узбекский; узбекистанский; Узбекистан; Өзбекстан; өзбек; өзбекстандық
KG | Kyrgyz; Kyrgyzstani; Kirghiz; кыргызский; киргизский; кыргызстанский; Кыргызстан; Киргизия; Қырғызстан; қырғыз; қырғызстандық
`;
