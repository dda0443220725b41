// Chinese (and Hong Kong) institutions: `Canonical English name | CC | type | City | alias; alias; ...`.
export const FOREIGN_CHINA = `
# Universities
Tsinghua University | CN | university | Beijing | Tsinghua; THU; Университет Цинхуа; Цинхуа; Цинхуа университеті; 清华大学
Peking University | CN | university | Beijing | PKU; Beijing University; Пекинский университет; Бейцзинский университет; Пекин университеті; 北京大学
Fudan University | CN | university | Shanghai | Fudan; Университет Фудань; Фуданьский университет; Фудань университеті; 复旦大学
Shanghai Jiao Tong University | CN | university | Shanghai | SJTU; Shanghai Jiaotong University; Шанхайский университет Цзяотун; Шанхайский транспортный университет; Шанхай Цзяотун университеті; 上海交通大学
Zhejiang University | CN | university | Hangzhou | ZJU; Чжэцзянский университет; Чжэцзян университеті; 浙江大学
Nanjing University | CN | university | Nanjing | NJU; Нанкинский университет; Нанкин университеті; 南京大学
University of Science and Technology of China | CN | university | Hefei | USTC; Научно-технический университет Китая; Китайский научно-технический университет; Қытай ғылым және технология университеті; 中国科学技术大学
Harbin Institute of Technology | CN | university | Harbin | HIT; Харбинский политехнический университет; Харбинский технологический институт; Харбин технологиялық институты; Харбин политехникалық университеті; 哈尔滨工业大学
Xi'an Jiaotong University | CN | university | Xi'an | XJTU; Xi'an Jiaotong; Xian Jiaotong University; Сианьский университет Цзяотун; Сианьский транспортный университет; Сиань Цзяотун университеті; 西安交通大学
Harbin Engineering University | CN | university | Harbin | HEU; HRBEU; Harbin University of Engineering; Харбинский инженерный университет; Харбин инженерлік университеті; 哈尔滨工程大学
Beijing Institute of Technology | CN | university | Beijing | BIT; Пекинский политехнический университет; Пекинский технологический институт; Бейжің технологиялық институты; 北京理工大学
Beijing Language and Culture University | CN | university | Beijing | BLCU; Пекинский университет языка и культуры; Пекинский университет языков и культуры; Бейжің тіл және мәдениет университеті; Пекин тіл және мәдениет университеті; 北京语言大学
Shanghai International Studies University | CN | university | Shanghai | SISU; Шанхайский университет иностранных языков; Шанхай шет тілдер университеті; 上海外国语大学
Beijing Foreign Studies University | CN | university | Beijing | BFSU; Пекинский университет иностранных языков; Бейжің шет тілдер университеті; 北京外国语大学
China University of Petroleum (Beijing) | CN | university | Beijing | China University of Petroleum; China University of Petroleum Beijing; CUP; CUPB; Китайский нефтяной университет; Китайский нефтяной университет (Пекин); Қытай мұнай университеті; 中国石油大学（北京）
China University of Mining and Technology | CN | university | Xuzhou | CUMT; Китайский горно-технологический университет; Китайский университет горного дела и технологий; Қытай тау-кен және технологиялар университеті; 中国矿业大学
Northwestern Polytechnical University | CN | university | Xi'an | NPU; NWPU; Северо-Западный политехнический университет; Солтүстік-Батыс политехникалық университеті; 西北工业大学
Dalian Maritime University | CN | university | Dalian | DMU; Даляньский морской университет; Далянь теңіз университеті; 大连海事大学
Dalian University of Technology | CN | university | Dalian | DUT; Даляньский технологический университет; Далянь технологиялық университеті; 大连理工大学
Lanzhou University | CN | university | Lanzhou | LZU; Ланьчжоуский университет; Ланьчжоу университеті; 兰州大学
Wuhan University | CN | university | Wuhan | WHU; Уханьский университет; Ухань университеті; 武汉大学
Xinjiang University | CN | university | Urumqi | XJU; Синьцзянский университет; Шыңжаң университеті; 新疆大学
Tianjin University | CN | university | Tianjin | TJU; Тяньцзиньский университет; Тяньцзинь университеті; 天津大学
Northwest University | CN | university | Xi'an | NWU; Northwest University (China); Северо-Западный университет; Солтүстік-Батыс университеті; 西北大学

# Vocational colleges
Urumqi Vocational University | CN | university | Urumqi | Urumqi Vocational College; Урумчийский профессиональный университет; Урумчийский профессионально-технический университет; Үрімжі кәсіптік университеті; 乌鲁木齐职业大学
Tianjin Light Industry Vocational Technical College | CN | college | Tianjin | Tianjin Light Industry Vocational College; Тяньцзиньский профессионально-технический колледж лёгкой промышленности; Тяньцзиньский колледж легкой промышленности; Тяньцзинь жеңіл өнеркәсіп кәсіптік-техникалық колледжі; 天津轻工职业技术学院
Nanjing Vocational College of Science and Technology | CN | college | Nanjing | Nanjing Polytechnic Institute; Нанкинский профессиональный колледж науки и технологий; Нанкин ғылым және технология кәсіптік колледжі
Jilin Electronic Information Vocational and Technical College | CN | college | Jilin | Jilin Electronic Information Vocational College; Цзилиньский профессионально-технический колледж электронной информации; Цзилинь электрондық ақпарат кәсіптік-техникалық колледжі; 吉林电子信息职业技术学院

# Companies
Huawei | CN | company | Shenzhen | Huawei Technologies; Huawei Technologies Co., Ltd.; Huawei Technologies Kazakhstan; Huawei Kazakhstan; Хуавэй; Хуавей; Huawei компаниясы; 华为
ZTE | CN | company | Shenzhen | ZTE Corporation; ZTE Kazakhstan; ЗТЕ; 中兴通讯

# Government and embassy
Ministry of Education of the People's Republic of China | CN | government | Beijing | Ministry of Education of China; Chinese Ministry of Education; China's Ministry of Education; MOE of China; Министерство образования КНР; Министерство образования Китайской Народной Республики; Министерство образования Китая; ҚХР Білім министрлігі; Қытай Білім министрлігі
Embassy of the People's Republic of China in Kazakhstan | CN | embassy | Astana | Embassy of the People's Republic of China in the Republic of Kazakhstan; Chinese Embassy in Kazakhstan; Embassy of China in Kazakhstan; PRC Embassy in Kazakhstan; Посольство КНР в Казахстане; Посольство КНР в РК; Посольство КНР в Республике Казахстан; Посольство Китайской Народной Республики в Республике Казахстан; Посольство Китая в Казахстане; ҚХР-дың Қазақстандағы елшілігі; ҚХР-дың Қазақстан Республикасындағы елшілігі; Қытай Халық Республикасының Қазақстан Республикасындағы Елшілігі; Қытайдың Қазақстандағы елшілігі
`;
