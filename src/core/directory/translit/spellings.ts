// Names a transcription system cannot give back by itself, as the institutions and places spell them in
// English. Kontsevich writes ㅓ and ㅗ alike and a final ㄴ like ㅇ, and Korean universities keep spellings
// older than any system (Kyung Hee, Yonsei, Kyungpook); a Turkish ğ inside a word is an г in Russian.
// `CC | English | Cyrillic form; form` (base forms: "Кёнбук" also reads "Кёнбукский").
export const SPELLINGS = `
# Korea: cities and provinces
KR | Seoul | Сеул
KR | Daegu | Тэгу
KR | Incheon | Инчхон
KR | Gwangju | Кванджу
KR | Daejeon | Тэджон
KR | Ulsan | Ульсан
KR | Suwon | Сувон
KR | Changwon | Чханвон
KR | Jeonju | Чонджу
KR | Cheongju | Чхонджу
KR | Cheonan | Чхонан
KR | Jeju | Чеджу; Чечжу
KR | Pohang | Пхохан
KR | Gyeongju | Кёнджу
KR | Andong | Андон
KR | Mokpo | Мокпхо
KR | Yeosu | Йосу; Ёсу
KR | Gimhae | Кимхэ
KR | Gangneung | Каннын
KR | Chuncheon | Чхунчхон
KR | Wonju | Вонджу
KR | Kunsan | Кунсан
KR | Kongju | Конджу
KR | Sunchon | Сунчхон
KR | Gyeonggi | Кёнги
KR | Kangwon | Канвон
KR | Kyungpook | Кёнбук; Кёнпук
KR | Kyungnam | Кённам
KR | Chungbuk | Чхунбук
KR | Chungnam | Чхуннам
KR | Chonnam | Чоннам
KR | Jeonbuk | Чонбук; Чонпук
KR | Gyeongsang | Кёнсан
# Korea: the names universities go by
KR | Yonsei | Ёнсе; Ёнсей; Йонсе
KR | Korea | Корё
KR | Kyung Hee | Кёнхи
KR | Sungkyunkwan | Сонгюнгван; Сонгюнкван; Сунгюнгван
KR | Hanyang | Ханян; Ханъян
KR | Chung-Ang | Чунан; Чунъан
KR | Inha | Инха
KR | Ajou | Аджу; Ачжу
KR | Konkuk | Конгук
KR | Dongguk | Тонгук; Донгук
KR | Sogang | Соган; Соганг
KR | Kookmin | Кукмин
KR | Dankook | Тангук; Данкук
KR | Keimyung | Кемён; Кеймён
KR | Yeungnam | Ённам
KR | Hoseo | Хосо
KR | Woosong | Вусон; Вусонг; Усон
KR | Woosuk | Вусок; Усок
KR | Hankuk | Хангук
KR | Ewha | Ихва; Эхва
KR | Sookmyung | Сукмён
KR | Sungshin | Сонсин
KR | Dong-A | Тонъа; Донга
KR | Dong-eui | Тоный; Донгый
KR | Myongji | Мёнджи
KR | Kwangwoon | Квангун
KR | Soongsil | Сунсиль
KR | Sejong | Седжон
KR | Sun Moon | Сонмун; Сунмун
KR | Pai Chai | Пэджэ
KR | Hannam | Ханнам
KR | Chosun | Чосон
KR | Wonkwang | Вонгван
KR | Inje | Инджэ
KR | Kyungsung | Кёнсон
KR | Gachon | Качхон; Гачон
KR | Dongseo | Тонсо; Донсо
KR | Sangmyung | Санмён
KR | Hallym | Халлим
KR | Daejin | Тэджин
KR | Hongik | Хоник; Хонгик
KR | Joongbu | Чунбу
KR | Mokwon | Моквон
KR | Handong | Хандон
KR | Baekseok | Пэксок
KR | Namseoul | Намсеул
KR | Hanbat | Ханбат
KR | Hanseo | Хансо
# Turkey: a ğ or ü that Russian spelling hides
TR | Doğu | Догу
TR | Boğaziçi | Богазичи
TR | Iğdır | Ыгдыр; Игдыр
TR | Niğde | Нигде
TR | Muğla | Мугла
TR | Ağrı | Агры
TR | Erdoğan | Эрдоган
TR | Sağlık | Саглык
TR | Özyeğin | Озйегин; Озьегин
TR | Süleyman | Сулейман; Сюлейман
# Japan: conventional Russian spellings older than Polivanov
JP | Tokyo | Токио
JP | Kyoto | Киото
`;
