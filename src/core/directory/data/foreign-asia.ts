// Institutions of Asia (without China and Russia), the Middle East and Africa: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_ASIA = `
# Türkiye
Ankara University | TR | university | Ankara | Ankara Üniversitesi; Анкарский университет; Анкара университеті
Hacettepe University | TR | university | Ankara | Hacettepe Üniversitesi; Университет Хаджеттепе; Хаджеттепе университеті
Gazi University | TR | university | Ankara | Gazi Üniversitesi; Университет Гази; Гази университеті
Middle East Technical University | TR | university | Ankara | METU; ODTÜ; Orta Doğu Teknik Üniversitesi; Ближневосточный технический университет; Таяу Шығыс техникалық университеті

# Korea, Japan
Korea Advanced Institute of Science and Technology | KR | university | Daejeon | KAIST; Корейский институт передовых технологий; Корея озық ғылым және технология институты
Seoul National University | KR | university | Seoul | SNU; Сеульский национальный университет; Сеул ұлттық университеті
Samsung | KR | company | Suwon | Samsung Electronics; Самсунг
University of Tokyo | JP | university | Tokyo | Tokyo University; Токийский университет; Токио университеті
JICA | JP | government | Tokyo | Japan International Cooperation Agency; Японское агентство международного сотрудничества; Жапонияның халықаралық ынтымақтастық агенттігі

# Central Asia
National University of Uzbekistan | UZ | university | Tashkent | National University of Uzbekistan named after Mirzo Ulugbek; NUUz; Национальный университет Узбекистана; Национальный университет Узбекистана имени Мирзо Улугбека; Өзбекстан ұлттық университеті
Tashkent State Technical University | UZ | university | Tashkent | TSTU; Tashkent State Technical University named after Islam Karimov; Ташкентский государственный технический университет; ТашГТУ; Ташкент мемлекеттік техникалық университеті
Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan | UZ | government | Tashkent | Ministry of Higher Education, Science and Innovation of Uzbekistan; Uzbek Ministry of Higher Education, Science and Innovation; Министерство высшего образования, науки и инноваций Республики Узбекистан; Министерство высшего образования, науки и инноваций Узбекистана; Өзбекстан Республикасының Жоғары білім, ғылым және инновациялар министрлігі
Kyrgyz State Technical University named after I. Razzakov | KG | university | Bishkek | Kyrgyz State Technical University; KSTU named after I. Razzakov; KSTU Razzakov; Кыргызский государственный технический университет имени И. Раззакова; КГТУ им. И. Раззакова; Қырғыз мемлекеттік техникалық университеті
American University of Central Asia | KG | university | Bishkek | AUCA; Американский университет в Центральной Азии; АУЦА; Орталық Азиядағы Америка университеті
`;
