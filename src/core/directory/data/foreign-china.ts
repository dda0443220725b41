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
Shanghai International Studies University | CN | university | Shanghai | SISU; ШУИЯ; Шанхайский университет иностранных языков; Шанхай шет тілдер университеті; 上海外国语大学
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

Renmin University of China | CN | university | Beijing | RUC; Renmin University; Народный университет Китая; Жэньминь университет; Қытай Халық университеті; 中国人民大学
Beijing Normal University | CN | university | Beijing | BNU; Пекинский педагогический университет; Бейжің педагогикалық университеті; 北京师范大学
Beijing Jiaotong University | CN | university | Beijing | BJTU; Пекинский транспортный университет; Пекинский университет Цзяотун; Бейжің Цзяотун университеті; 北京交通大学
Beihang University | CN | university | Beijing | Beijing University of Aeronautics and Astronautics; BUAA; Бэйханский университет; Пекинский университет авиации и космонавтики; Бэйхан университеті; 北京航空航天大学
University of Science and Technology Beijing | CN | university | Beijing | USTB; Beijing University of Science and Technology; Пекинский научно-технический университет; Бейжің ғылым және технология университеті; 北京科技大学
Beijing University of Posts and Telecommunications | CN | university | Beijing | BUPT; Пекинский университет почты и телекоммуникаций; Пекинский университет почт и телекоммуникаций; Бейжің пошта және телекоммуникация университеті; 北京邮电大学
Beijing University of Technology | CN | university | Beijing | BJUT; Пекинский технологический университет; Бейжің технология университеті; 北京工业大学
Beijing University of Chemical Technology | CN | university | Beijing | BUCT; Пекинский химико-технологический университет; 北京化工大学
China Agricultural University | CN | university | Beijing | CAU; Китайский сельскохозяйственный университет; Китайский аграрный университет; Қытай ауыл шаруашылығы университеті; 中国农业大学
China University of Geosciences (Beijing) | CN | university | Beijing | CUGB; China University of Geosciences Beijing; Китайский геологический университет (Пекин); 中国地质大学（北京）
China University of Geosciences (Wuhan) | CN | university | Wuhan | China University of Geosciences; CUG; China University of Geosciences Wuhan; Китайский геологический университет; Китайский университет геонаук; Қытай геоғылымдар университеті; 中国地质大学（武汉）
China University of Petroleum (East China) | CN | university | Qingdao | UPC; China University of Petroleum East China; Китайский нефтяной университет (Восточный Китай); 中国石油大学（华东）
Central University of Finance and Economics | CN | university | Beijing | CUFE; Центральный университет финансов и экономики; 中央财经大学
University of International Business and Economics | CN | university | Beijing | UIBE; Университет международного бизнеса и экономики; Пекинский университет международного бизнеса и экономики; 对外经济贸易大学
Communication University of China | CN | university | Beijing | CUC; Коммуникационный университет Китая; Китайский университет коммуникаций; Қытай коммуникация университеті; 中国传媒大学
Minzu University of China | CN | university | Beijing | MUC; Central University for Nationalities; Центральный университет национальностей; Университет Миньцзу Китая; 中央民族大学
North China Electric Power University | CN | university | Beijing | NCEPU; Северо-Китайский университет электроэнергетики; Северо-Китайский электроэнергетический университет; 华北电力大学
Capital Normal University | CN | university | Beijing | CNU; Столичный педагогический университет; 首都师范大学
Tongji University | CN | university | Shanghai | Университет Тунцзи; Тунцзи университеті; 同济大学
East China Normal University | CN | university | Shanghai | ECNU; Восточно-Китайский педагогический университет; Шығыс Қытай педагогикалық университеті; 华东师范大学
Shanghai University | CN | university | Shanghai | SHU; Шанхайский университет; Шанхай университеті; 上海大学
East China University of Science and Technology | CN | university | Shanghai | ECUST; Восточно-Китайский университет науки и технологий; 华东理工大学
Shanghai University of Finance and Economics | CN | university | Shanghai | SUFE; Шанхайский университет финансов и экономики; 上海财经大学
Shanghai Maritime University | CN | university | Shanghai | Шанхайский морской университет; Шанхай теңіз университеті; 上海海事大学
Donghua University | CN | university | Shanghai | Университет Дунхуа; 东华大学
Nankai University | CN | university | Tianjin | Нанькайский университет; Нанькай университеті; 南开大学
Tianjin University of Technology | CN | university | Tianjin | TJUT; Тяньцзиньский технологический университет; 天津理工大学
Tianjin Normal University | CN | university | Tianjin | TJNU; Тяньцзиньский педагогический университет; 天津师范大学
Tianjin Foreign Studies University | CN | university | Tianjin | TFSU; Тяньцзиньский университет иностранных языков; Тяньцзинь шет тілдер университеті; 天津外国语大学
Tianjin University of Technology and Education | CN | university | Tianjin | TUTE; Тяньцзиньский университет технологий и образования; Тяньцзиньский технолого-педагогический университет; 天津职业技术师范大学
Tianjin Sino-German University of Applied Sciences | CN | university | Tianjin | TSGUAS; Тяньцзиньский китайско-немецкий университет прикладных наук; 天津中德应用技术大学
Northeast Forestry University | CN | university | Harbin | NEFU; Северо-Восточный лесотехнический университет; 东北林业大学
Northeast Agricultural University | CN | university | Harbin | NEAU; Северо-Восточный аграрный университет; Северо-Восточный сельскохозяйственный университет; 东北农业大学
Heilongjiang University | CN | university | Harbin | HLJU; Хэйлунцзянский университет; Хэйлунцзян университеті; 黑龙江大学
Harbin Normal University | CN | university | Harbin | HRBNU; Харбинский педагогический университет; Харбин педагогикалық университеті; 哈尔滨师范大学
Harbin University of Science and Technology | CN | university | Harbin | HRBUST; Харбинский научно-технический университет; 哈尔滨理工大学
Harbin Medical University | CN | university | Harbin | HMU; Харбинский медицинский университет; 哈尔滨医科大学
Jilin University | CN | university | Changchun | JLU; Цзилиньский университет; Цзилинь университеті; 吉林大学
Northeast Normal University | CN | university | Changchun | NENU; Северо-Восточный педагогический университет; 东北师范大学
Changchun University of Science and Technology | CN | university | Changchun | CUST; Чанчуньский научно-технический университет; 长春理工大学
Northeastern University | CN | university | Shenyang | NEU; Northeastern University (China); Северо-Восточный университет; Солтүстік-Шығыс университеті; 东北大学
Liaoning University | CN | university | Shenyang | LNU; Ляонинский университет; 辽宁大学
Shenyang Aerospace University | CN | university | Shenyang | SAU; Шэньянский аэрокосмический университет; 沈阳航空航天大学
Dalian University of Foreign Languages | CN | university | Dalian | DUFL; Даляньский университет иностранных языков; Далянь шет тілдер университеті; 大连外国语大学
Dalian Jiaotong University | CN | university | Dalian | DJTU; Даляньский транспортный университет; Даляньский университет Цзяотун; 大连交通大学
Dalian Polytechnic University | CN | university | Dalian | DLPU; Даляньский политехнический университет; 大连工业大学
Xinjiang Normal University | CN | university | Urumqi | XJNU; Синьцзянский педагогический университет; Шыңжаң педагогикалық университеті; 新疆师范大学
Xinjiang Agricultural University | CN | university | Urumqi | XJAU; Синьцзянский аграрный университет; Синьцзянский сельскохозяйственный университет; Шыңжаң аграрлық университеті; 新疆农业大学
Xinjiang Medical University | CN | university | Urumqi | XJMU; Синьцзянский медицинский университет; Шыңжаң медицина университеті; 新疆医科大学
Xinjiang University of Finance and Economics | CN | university | Urumqi | XUFE; Синьцзянский университет финансов и экономики; Шыңжаң қаржы және экономика университеті; 新疆财经大学
Xinjiang Institute of Engineering | CN | university | Urumqi | Синьцзянский инженерный институт; Шыңжаң инженерлік институты; 新疆工程学院
Shihezi University | CN | university | Shihezi | SHZU; Шихэцзыский университет; Университет Шихэцзы; Шихэцзы университеті; 石河子大学
Tarim University | CN | university | Alar | Таримский университет; Тарим университеті; 塔里木大学; Тарем университеті; Тарем университет; Университет Тарим; Тарим университет
Yili Normal University | CN | university | Yining | Ili Normal University; Илийский педагогический университет; Іле педагогикалық университеті; 伊犁师范大学
Kashgar University | CN | university | Kashgar | Кашгарский университет; Қашқар университеті; 喀什大学
Changji University | CN | university | Changji | Чанцзийский университет; 昌吉学院
Lanzhou Jiaotong University | CN | university | Lanzhou | LZJTU; Ланьчжоуский транспортный университет; Ланьчжоуский университет Цзяотун; 兰州交通大学
Lanzhou University of Technology | CN | university | Lanzhou | LUT; Ланьчжоуский технологический университет; 兰州理工大学
Northwest Normal University | CN | university | Lanzhou | NWNU; Северо-Западный педагогический университет; 西北师范大学
Xidian University | CN | university | Xi'an | Сидяньский университет; Университет Сидянь; 西安电子科技大学
Chang'an University | CN | university | Xi'an | CHD; Changan University; Чанъаньский университет; Университет Чанъань; 长安大学
Shaanxi Normal University | CN | university | Xi'an | SNNU; Шэньсийский педагогический университет; 陕西师范大学
Northwest A&F University | CN | university | Yangling | NWAFU; Northwest Agriculture and Forestry University; Северо-Западный университет сельского и лесного хозяйства; Северо-Западный сельскохозяйственный и лесотехнический университет; 西北农林科技大学
Xi'an International Studies University | CN | university | Xi'an | XISU; Сианьский университет иностранных языков; Сиань шет тілдер университеті; 西安外国语大学
Xi'an Shiyou University | CN | university | Xi'an | XSYU; Xi'an Petroleum University; Сианьский нефтяной университет; 西安石油大学
Xi'an University of Architecture and Technology | CN | university | Xi'an | XAUAT; Сианьский архитектурно-строительный университет; 西安建筑科技大学
Xi'an University of Science and Technology | CN | university | Xi'an | XUST; Сианьский научно-технический университет; 西安科技大学
Huazhong University of Science and Technology | CN | university | Wuhan | HUST; Хуачжунский научно-технический университет; Хуачжун ғылым және технология университеті; 华中科技大学
Wuhan University of Technology | CN | university | Wuhan | WHUT; Уханьский технологический университет; Ухань технологиялық университеті; 武汉理工大学
Central China Normal University | CN | university | Wuhan | CCNU; Центрально-Китайский педагогический университет; 华中师范大学
Zhongnan University of Economics and Law | CN | university | Wuhan | ZUEL; Чжуннаньский университет экономики и права; 中南财经政法大学
Huazhong Agricultural University | CN | university | Wuhan | HZAU; Хуачжунский аграрный университет; 华中农业大学
Southeast University | CN | university | Nanjing | SEU; Юго-Восточный университет; Оңтүстік-Шығыс университеті; 东南大学
Nanjing University of Aeronautics and Astronautics | CN | university | Nanjing | NUAA; Нанкинский университет аэронавтики и астронавтики; 南京航空航天大学
Nanjing University of Science and Technology | CN | university | Nanjing | NJUST; Нанкинский научно-технический университет; 南京理工大学
Nanjing University of Information Science and Technology | CN | university | Nanjing | NUIST; Нанкинский университет информационных наук и технологий; 南京信息工程大学
Nanjing Agricultural University | CN | university | Nanjing | NJAU; Нанкинский аграрный университет; Нанкинский сельскохозяйственный университет; 南京农业大学
Nanjing Normal University | CN | university | Nanjing | NNU; Нанкинский педагогический университет; 南京师范大学
Nanjing Tech University | CN | university | Nanjing | NJTech; Nanjing University of Technology; Нанкинский технологический университет; 南京工业大学
Hohai University | CN | university | Nanjing | Университет Хохай; Хохайский университет; 河海大学
Soochow University | CN | university | Suzhou | Сучжоуский университет; 苏州大学
Jiangsu University | CN | university | Zhenjiang | UJS; Цзянсуский университет; 江苏大学
Jiangnan University | CN | university | Wuxi | Цзяннаньский университет; 江南大学
Zhejiang Normal University | CN | university | Jinhua | ZJNU; Чжэцзянский педагогический университет; 浙江师范大学
Zhejiang University of Technology | CN | university | Hangzhou | ZJUT; Чжэцзянский технологический университет; 浙江工业大学
Shandong University | CN | university | Jinan | Шаньдунский университет; Шаньдун университеті; 山东大学
Ocean University of China | CN | university | Qingdao | OUC; Китайский океанологический университет; Океанический университет Китая; 中国海洋大学
Qingdao University | CN | university | Qingdao | QDU; Циндаоский университет; 青岛大学
Shandong University of Science and Technology | CN | university | Qingdao | SDUST; Шаньдунский научно-технический университет; 山东科技大学
Sichuan University | CN | university | Chengdu | SCU; Сычуаньский университет; Сычуань университеті; 四川大学
University of Electronic Science and Technology of China | CN | university | Chengdu | UESTC; Университет электронных наук и технологий Китая; 电子科技大学
Southwest Jiaotong University | CN | university | Chengdu | SWJTU; Юго-Западный транспортный университет; Юго-Западный университет Цзяотун; 西南交通大学
Southwest Petroleum University | CN | university | Chengdu | SWPU; Юго-Западный нефтяной университет; 西南石油大学
Chongqing University | CN | university | Chongqing | CQU; Чунцинский университет; Чунцин университеті; 重庆大学
Sun Yat-sen University | CN | university | Guangzhou | SYSU; Университет Сунь Ятсена; 中山大学
South China University of Technology | CN | university | Guangzhou | SCUT; Южно-Китайский технологический университет; 华南理工大学
Shenzhen University | CN | university | Shenzhen | SZU; Шэньчжэньский университет; 深圳大学
Southern University of Science and Technology | CN | university | Shenzhen | SUSTech; Южный университет науки и технологий; 南方科技大学
Central South University | CN | university | Changsha | CSU; Центрально-Южный университет; 中南大学
Hunan University | CN | university | Changsha | HNU; Хунаньский университет; 湖南大学
Xiamen University | CN | university | Xiamen | XMU; Сямэньский университет; Сямынь университеті; 厦门大学
Hefei University of Technology | CN | university | Hefei | HFUT; Хэфэйский технологический университет; 合肥工业大学
Zhengzhou University | CN | university | Zhengzhou | ZZU; Чжэнчжоуский университет; 郑州大学
Inner Mongolia University | CN | university | Hohhot | IMU; Университет Внутренней Монголии; Ішкі Моңғолия университеті; 内蒙古大学
Yunnan University | CN | university | Kunming | YNU; Юньнаньский университет; 云南大学
Guangxi University | CN | university | Nanning | GXU; Гуансийский университет; 广西大学
University of Hong Kong | HK | university | Hong Kong | HKU; The University of Hong Kong; Гонконгский университет; Гонконг университеті; 香港大学
Chinese University of Hong Kong | HK | university | Hong Kong | CUHK; The Chinese University of Hong Kong; Китайский университет Гонконга; 香港中文大学
Hong Kong Polytechnic University | HK | university | Hong Kong | PolyU; The Hong Kong Polytechnic University; Гонконгский политехнический университет; 香港理工大学
Hong Kong University of Science and Technology | HK | university | Hong Kong | HKUST; The Hong Kong University of Science and Technology; Гонконгский университет науки и технологий; 香港科技大学
City University of Hong Kong | HK | university | Hong Kong | CityU; Городской университет Гонконга; 香港城市大学
Northeast Petroleum University | CN | university | Daqing | NEPU; Северо-Восточный нефтяной университет; Дацинский нефтяной институт; 东北石油大学
Liaoning Technical University | CN | university | Fuxin | LNTU; Ляонинский технический университет; 辽宁工程技术大学
China University of Mining and Technology (Beijing) | CN | university | Beijing | CUMTB; China University of Mining and Technology Beijing; Китайский горно-технологический университет (Пекин); 中国矿业大学（北京）
Anhui University of Science and Technology | CN | university | Huainan | AUST; Аньхойский научно-технический университет; 安徽理工大学
Henan Polytechnic University | CN | university | Jiaozuo | HPU; Хэнаньский политехнический университет; 河南理工大学
Taiyuan University of Technology | CN | university | Taiyuan | TYUT; Тайюаньский технологический университет; 太原理工大学
Kunming University of Science and Technology | CN | university | Kunming | KUST; Куньминский научно-технический университет; 昆明理工大学
Jiangxi University of Science and Technology | CN | university | Ganzhou | JXUST; Цзянсийский научно-технический университет; 江西理工大学
Inner Mongolia University of Science and Technology | CN | university | Baotou | IMUST; Научно-технический университет Внутренней Монголии; 内蒙古科技大学
Wuhan University of Science and Technology | CN | university | Wuhan | WUST; Уханьский научно-технический университет; 武汉科技大学
Xinjiang University of Science and Technology | CN | university | Korla | Синьцзянский научно-технический университет; 新疆科技学院
Lanzhou University of Finance and Economics | CN | university | Lanzhou | LZUFE; Ланьчжоуский университет финансов и экономики; 兰州财经大学
Gansu Agricultural University | CN | university | Lanzhou | GSAU; Ганьсуский аграрный университет; Ганьсуский сельскохозяйственный университет; 甘肃农业大学
Ningxia University | CN | university | Yinchuan | NXU; Нинсяский университет; 宁夏大学
Qinghai University | CN | university | Xining | QHU; Цинхайский университет; 青海大学
Inner Mongolia Agricultural University | CN | university | Hohhot | IMAU; Аграрный университет Внутренней Монголии; 内蒙古农业大学
Shanxi University | CN | university | Taiyuan | SXU; Шаньсийский университет; 山西大学
Yanshan University | CN | university | Qinhuangdao | Яньшаньский университет; 燕山大学
Hebei University of Technology | CN | university | Tianjin | HEBUT; Хэбэйский технологический университет; 河北工业大学
Hebei University | CN | university | Baoding | HBU; Хэбэйский университет; 河北大学
Tiangong University | CN | university | Tianjin | Tianjin Polytechnic University; TGU; Тяньгунский университет; Тяньцзиньский политехнический университет; 天津工业大学
Tianjin University of Science and Technology | CN | university | Tianjin | TUST; Тяньцзиньский научно-технический университет; 天津科技大学
Tianjin University of Commerce | CN | university | Tianjin | TJCU; Тяньцзиньский коммерческий университет; 天津商业大学
Tianjin Chengjian University | CN | university | Tianjin | TCU; Тяньцзиньский архитектурно-строительный университет; 天津城建大学
Tianjin Medical University | CN | university | Tianjin | TMU; Тяньцзиньский медицинский университет; 天津医科大学
Beijing University of Civil Engineering and Architecture | CN | university | Beijing | BUCEA; Пекинский университет гражданского строительства и архитектуры; 北京建筑大学
North China University of Technology | CN | university | Beijing | NCUT; Северо-Китайский технологический университет; 北方工业大学
China Three Gorges University | CN | university | Yichang | CTGU; Университет Трёх ущелий; 三峡大学
Hubei University | CN | university | Wuhan | Хубэйский университет; 湖北大学
Henan University | CN | university | Kaifeng | HENU; Хэнаньский университет; 河南大学
Zhengzhou University of Light Industry | CN | university | Zhengzhou | ZZULI; Чжэнчжоуский университет лёгкой промышленности; 郑州轻工业大学
Shandong Normal University | CN | university | Jinan | SDNU; Шаньдунский педагогический университет; 山东师范大学
Shandong Agricultural University | CN | university | Tai'an | SDAU; Шаньдунский аграрный университет; 山东农业大学
Qilu University of Technology | CN | university | Jinan | QLUT; Цилуский технологический университет; 齐鲁工业大学
Yangzhou University | CN | university | Yangzhou | YZU; Янчжоуский университет; 扬州大学
Nantong University | CN | university | Nantong | Наньтунский университет; 南通大学
Jiangsu Normal University | CN | university | Xuzhou | JSNU; Цзянсуский педагогический университет; 江苏师范大学
China Pharmaceutical University | CN | university | Nanjing | Китайский фармацевтический университет; 中国药科大学
Nanjing Medical University | CN | university | Nanjing | NMU; Нанкинский медицинский университет; 南京医科大学
Ningbo University | CN | university | Ningbo | NBU; Нинбоский университет; 宁波大学
Zhejiang Sci-Tech University | CN | university | Hangzhou | ZSTU; Чжэцзянский научно-технический университет; 浙江理工大学
Zhejiang Gongshang University | CN | university | Hangzhou | ZJGSU; Чжэцзянский университет промышленности и торговли; 浙江工商大学
Shanghai University of Engineering Science | CN | university | Shanghai | SUES; Шанхайский инженерно-технический университет; 上海工程技术大学
Shanghai Normal University | CN | university | Shanghai | SHNU; Шанхайский педагогический университет; 上海师范大学
Shanghai Ocean University | CN | university | Shanghai | SHOU; Шанхайский океанический университет; 上海海洋大学
Shanghai University of Electric Power | CN | university | Shanghai | SUEP; Шанхайский университет электроэнергетики; 上海电力大学
Fuzhou University | CN | university | Fuzhou | FZU; Фучжоуский университет; 福州大学
Guangdong University of Foreign Studies | CN | university | Guangzhou | GDUFS; Гуандунский университет иностранных языков; 广东外语外贸大学
Jinan University | CN | university | Guangzhou | Цзинаньский университет; 暨南大学
Southwest University | CN | university | Chongqing | SWU; Юго-Западный университет; 西南大学
Chongqing Jiaotong University | CN | university | Chongqing | CQJTU; Чунцинский транспортный университет; 重庆交通大学
Chongqing University of Posts and Telecommunications | CN | university | Chongqing | CQUPT; Чунцинский университет почты и телекоммуникаций; 重庆邮电大学
Chengdu University of Technology | CN | university | Chengdu | CDUT; Чэндуский технологический университет; 成都理工大学
Sichuan Agricultural University | CN | university | Ya'an | SICAU; Сычуаньский аграрный университет; 四川农业大学
Harbin University of Commerce | CN | university | Harbin | HUC; Харбинский коммерческий университет; 哈尔滨商业大学
Qiqihar University | CN | university | Qiqihar | QQHRU; Цицикарский университет; 齐齐哈尔大学
Jilin Agricultural University | CN | university | Changchun | JLAU; Цзилиньский аграрный университет; 吉林农业大学
Changchun University of Technology | CN | university | Changchun | CCUT; Чанчуньский технологический университет; 长春工业大学
Yanbian University | CN | university | Yanji | YBU; Яньбяньский университет; 延边大学
Shenyang University of Technology | CN | university | Shenyang | SUT; Шэньянский технологический университет; 沈阳工业大学
Shenyang Jianzhu University | CN | university | Shenyang | SJZU; Шэньянский архитектурно-строительный университет; 沈阳建筑大学
Dalian Medical University | CN | university | Dalian | Даляньский медицинский университет; 大连医科大学
Shaanxi University of Science and Technology | CN | university | Xi'an | SUST; Шэньсийский научно-технический университет; 陕西科技大学
Xi'an Technological University | CN | university | Xi'an | XATU; Сианьский технологический университет; 西安工业大学
Northwest University of Political Science and Law | CN | university | Xi'an | NWUPL; Северо-Западный университет политики и права; 西北政法大学

# Vocational colleges
Urumqi Vocational University | CN | university | Urumqi | Urumqi Vocational College; Урумчийский профессиональный университет; Урумчийский профессионально-технический университет; Үрімжі кәсіптік университеті; 乌鲁木齐职业大学
Tianjin Light Industry Vocational Technical College | CN | college | Tianjin | Tianjin Light Industry Vocational College; Тяньцзиньский профессионально-технический колледж лёгкой промышленности; Тяньцзиньский колледж легкой промышленности; Тяньцзинь жеңіл өнеркәсіп кәсіптік-техникалық колледжі; 天津轻工职业技术学院
Nanjing Vocational College of Science and Technology | CN | college | Nanjing | Nanjing Polytechnic Institute; Нанкинский профессиональный колледж науки и технологий; Нанкин ғылым және технология кәсіптік колледжі
Jilin Electronic Information Vocational and Technical College | CN | college | Jilin | Jilin Electronic Information Vocational College; Цзилиньский профессионально-технический колледж электронной информации; Цзилинь электрондық ақпарат кәсіптік-техникалық колледжі; 吉林电子信息职业技术学院

Tianjin Bohai Vocational Technical College | CN | college | Tianjin | Tianjin Bohai Vocational and Technical College; Тяньцзиньский профессионально-технический колледж Бохай; 天津渤海职业技术学院
Tianjin Railway Technical and Vocational College | CN | college | Tianjin | Tianjin Railway Vocational and Technical College; Тяньцзиньский железнодорожный профессионально-технический колледж; 天津铁道职业技术学院
Tianjin Modern Vocational Technology College | CN | college | Tianjin | Тяньцзиньский современный профессионально-технический колледж; 天津现代职业技术学院
Tianjin Vocational Institute | CN | college | Tianjin | Тяньцзиньский профессиональный институт; 天津职业大学
Tianjin Electronic Information College | CN | college | Tianjin | Tianjin Electronic Information Vocational Technology College; Тяньцзиньский колледж электронной информации; 天津电子信息职业技术学院
Xinjiang Agricultural Vocational Technical College | CN | college | Changji | Xinjiang Agricultural Vocational College; Синьцзянский сельскохозяйственный профессионально-технический колледж; 新疆农业职业技术学院
Shenzhen Polytechnic University | CN | university | Shenzhen | Shenzhen Polytechnic; Шэньчжэньский политехнический университет; Шэньчжэньский политехнический институт; 深圳职业技术大学
Chongqing Vocational Institute of Engineering | CN | college | Chongqing | Чунцинский профессиональный инженерный институт; 重庆工程职业技术学院
Xinjiang Vocational University | CN | university | Urumqi | Синьцзянский профессиональный университет; Шыңжаң кәсіптік университеті; 新疆职业大学
Xinjiang Light Industry Vocational Technical College | CN | college | Urumqi | Xinjiang Light Industry Vocational College; Синьцзянский профессионально-технический колледж лёгкой промышленности; 新疆轻工职业技术学院
Xinjiang Railway Vocational and Technical College | CN | college | Hami | Синьцзянский железнодорожный профессионально-технический колледж; 新疆铁道职业技术学院
Bayingolin Vocational and Technical College | CN | college | Korla | Баянгол-Монгольский профессионально-технический колледж; 巴音郭楞职业技术学院
Karamay Vocational and Technical College | CN | college | Karamay | Карамайский профессионально-технический колледж; 克拉玛依职业技术学院
Changji Vocational and Technical College | CN | college | Changji | Чанцзийский профессионально-технический колледж; 昌吉职业技术学院
Xinjiang Institute of Technology | CN | university | Aksu | Синьцзянский технологический институт; 新疆理工学院
Northwest Minzu University | CN | university | Lanzhou | Northwest University for Nationalities; Северо-Западный университет национальностей; 西北民族大学
Shanghai University of Political Science and Law | CN | university | Shanghai | SHUPL; Шанхайский университет политических наук и права; 上海政法学院
China University of Political Science and Law | CN | university | Beijing | CUPL; Китайский университет политических наук и права; 中国政法大学

# Companies
Huawei | CN | company | Shenzhen | Huawei Technologies; Huawei Technologies Co., Ltd.; Huawei Technologies Kazakhstan; Huawei Kazakhstan; Хуавэй; Хуавей; Huawei компаниясы; 华为
ZTE | CN | company | Shenzhen | ZTE Corporation; ZTE Kazakhstan; ЗТЕ; 中兴通讯

CNPC | CN | company | Beijing | China National Petroleum Corporation; PetroChina; Китайская национальная нефтегазовая корпорация; КННК; Қытай ұлттық мұнай-газ корпорациясы; 中国石油天然气集团
Sinopec | CN | company | Beijing | China Petroleum & Chemical Corporation; China Petrochemical Corporation; Синопек; 中国石化
CITIC Group | CN | company | Beijing | CITIC; Ситик; 中信集团
Alibaba Group | CN | company | Hangzhou | Alibaba; Alibaba Cloud; Алибаба; 阿里巴巴
Tencent | CN | company | Shenzhen | Tencent Holdings; Тенсент; 腾讯
Lenovo | CN | company | Beijing | Lenovo Group; Леново; 联想
Xiaomi | CN | company | Beijing | Xiaomi Corporation; Сяоми; 小米
BYD | CN | company | Shenzhen | BYD Company; BYD Auto; БИД; 比亚迪
Haier | CN | company | Qingdao | Haier Group; Хайер; 海尔
Baidu | CN | company | Beijing | Байду; 百度
iFLYTEK | CN | company | Hefei | iFlytek; АйФлайТек; 科大讯飞
CRRC | CN | company | Beijing | CRRC Corporation; China Railway Rolling Stock Corporation; 中国中车
PowerChina | CN | company | Beijing | Power Construction Corporation of China; Sinohydro; 中国电建
China Road and Bridge Corporation | CN | company | Beijing | CRBC; 中国路桥
Chinese Academy of Sciences | CN | other | Beijing | CAS; Китайская академия наук; Академия наук Китая; КАН; Қытай ғылым академиясы; 中国科学院
Xinjiang Institute of Ecology and Geography | CN | other | Urumqi | Xinjiang Institute of Ecology and Geography, Chinese Academy of Sciences; XIEG; Синьцзянский институт экологии и географии; Синьцзянский институт экологии и географии Китайской академии наук; Шыңжаң экология және география институты; 中国科学院新疆生态与地理研究所
Chinese Academy of Agricultural Sciences | CN | other | Beijing | CAAS; Китайская академия сельскохозяйственных наук; 中国农业科学院
China Scholarship Council | CN | government | Beijing | CSC; Китайский стипендиальный совет; Қытай стипендиялық кеңесі; 国家留学基金管理委员会
Center for Language Education and Cooperation | CN | government | Beijing | CLEC; Hanban; Confucius Institute Headquarters; Центр языкового образования и сотрудничества; Ханьбань; 中国国际中文教育基金会
Consulate General of the People's Republic of China in Almaty | CN | embassy | Almaty | Chinese Consulate General in Almaty; Consulate General of China in Almaty; Генеральное консульство КНР в Алматы; Генконсульство КНР в Алматы; Генеральное консульство Китая в Алматы; ҚХР-дың Алматыдағы Бас консулдығы

# Government, academies and embassy
Ministry of Education of the People's Republic of China | CN | government | Beijing | Ministry of Education of China; Chinese Ministry of Education; China's Ministry of Education; MOE of China; Министерство образования КНР; Министерство образования Китайской Народной Республики; Министерство образования Китая; ҚХР Білім министрлігі; Қытай Білім министрлігі
Embassy of the People's Republic of China in Kazakhstan | CN | embassy | Astana | Embassy of the People's Republic of China in the Republic of Kazakhstan; Chinese Embassy in Kazakhstan; Embassy of China in Kazakhstan; PRC Embassy in Kazakhstan; Посольство КНР в Казахстане; Посольство КНР в РК; Посольство КНР в Республике Казахстан; Посольство Китайской Народной Республики в Республике Казахстан; Посольство Китая в Казахстане; ҚХР-дың Қазақстандағы елшілігі; ҚХР-дың Қазақстан Республикасындағы елшілігі; Қытай Халық Республикасының Қазақстан Республикасындағы Елшілігі; Қытайдың Қазақстандағы елшілігі

# Industry partners
China National Nuclear Corporation | CN | company | Beijing | CNNC; Китайская национальная ядерная корпорация; Қытай ұлттық ядролық корпорациясы
China General Nuclear Power Group | CN | company | Shenzhen | CGN; CGNPC; Китайская генеральная ядерная энергетическая корпорация
State Grid Corporation of China | CN | company | Beijing | State Grid; SGCC; Государственная электросетевая корпорация Китая
SANY | CN | company | Changsha | SANY Group; Sany Heavy Industry; Сани
XCMG | CN | company | Xuzhou | Xuzhou Construction Machinery Group; XCMG Group
JAC Motors | CN | company | Hefei | Anhui Jianghuai Automobile; Джак Моторс
Chery | CN | company | Wuhu | Chery Automobile; Чери
Great Wall Motor | CN | company | Baoding | Great Wall Motors; Haval; Грейт Волл
Hikvision | CN | company | Hangzhou | Hangzhou Hikvision Digital Technology; Хиквижн
China Telecom | CN | company | Beijing | Китай Телеком
China Mobile | CN | company | Beijing | Чайна Мобайл
`;
