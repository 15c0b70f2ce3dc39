/**
 * Chinese personal names: common surnames (the ~300 most frequent single-character surnames and
 * the usual compound ones) and the words that follow a surname without making a name
 * (张大爷, 王阿姨, 李大姐 are forms of address, not named persons).
 */

const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '申屠', '司徒', '呼延'];

export const SURNAMES: ReadonlySet<string> = new Set([...SINGLE_SURNAMES]);
export const COMPOUND_SURNAME_LIST: readonly string[] = COMPOUND_SURNAMES;

/**
 * Given-name parts that are really forms of address or kinship terms: 张大爷, 王阿姨, 李大姐,
 * 刘师傅, 赵老师 … A surname followed by one of these is not a named person.
 */
export const ADDRESS_TERMS: readonly string[] = [
  '大爷', '大娘', '大妈', '大伯', '大叔', '大婶', '大姐', '大哥', '大嫂', '阿姨', '阿姨们', '奶奶', '爷爷', '姥姥', '老汉', '老太',
  '师傅', '老师', '同志', '先生', '女士', '书记', '主任', '家', '某', '某某', '总', '工', '局', '姐', '哥', '叔', '婶', '伯', '嫂', '妈', '爸',
];

/**
 * Characters that end a name when they follow a two-character name: the usual verbs and
 * particles after a quoted speaker (李明回忆道, 王建国告诉记者 — the third character decides
 * whether the name has two or three characters).
 */
export const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  ...'说讲道表介告称坦回感笑指认强带牵立一在的是和与及等也都又就还正已将把被对向为从到于了着过曾同亲边耐迅欣自详高深再先早主率领看慰走来去做给让使请要会能可所们家等'
]);

/**
 * Words that open what is said of a person in official news (宋某调研, 李某指出 …): when the
 * character after a two-character name starts one of them, the name stops there.
 */
export const NAME_FOLLOWING_WORDS: ReadonlySet<string> = new Set([
  '调研', '指出', '强调', '表示', '介绍', '出席', '主持', '参加', '陪同', '带队', '一行', '讲话', '要求', '深入', '走访', '慰问', '看望', '检查',
  '督导', '调度', '视察', '考察', '坦言', '感慨', '回忆', '告诉', '说道', '认为', '指导', '带领', '率队', '部署', '宣讲', '参观', '听取', '前往',
]);

/**
 * Characters almost never used in given names but common after a surname character in
 * ordinary words (任务, 时间, 万亩 …): a name candidate with one of them is a word.
 */
export const NOT_GIVEN_NAME_CHARS: ReadonlySet<string> = new Set([...'们务件间节季候额款亩些么样度式项次期段域时是个']);
