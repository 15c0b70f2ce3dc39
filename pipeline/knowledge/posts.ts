/**
 * Post titles of Chinese party, government, village and media organisations, and the body
 * units that precede a title (党支部书记 = 书记 of the 党支部 of the place named before it).
 */

/** Titles that name a post held in an organisation or a place (longest first when matched). */
export const POST_TITLES: readonly string[] = [
  '常务副书记', '副书记', '第一书记', '书记',
  '组织委员', '宣传委员', '纪检委员', '统战委员', '青年委员', '常委', '委员',
  '副主任', '主任', '副主席', '主席', '副县长', '县长', '副市长', '市长', '副区长', '区长', '副乡长', '乡长', '副镇长', '镇长',
  '副局长', '局长', '副部长', '部长', '副院长', '院长', '副校长', '校长', '副站长', '站长', '副所长', '所长', '副队长', '队长',
  '副社长', '社长', '理事长', '副会长', '会长', '秘书长', '董事长', '总经理', '副经理', '经理', '网格长', '网格员', '组长', '楼栋长',
  '在职党员', '村民',
];

/**
 * Heads of a place's government: the post is held in the place's people's government
 * (县长 of 万荣县 → 万荣县人民政府), which the text names only by the title.
 */
export const GOVERNMENT_HEAD_TITLES: ReadonlySet<string> = new Set(['县长', '副县长', '市长', '副市长', '区长', '副区长', '乡长', '副乡长', '镇长', '副镇长']);

/** Membership "posts" held in a place rather than a body (村民赵建平: a member of the village). */
export const MEMBER_TITLES: ReadonlySet<string> = new Set(['村民']);

/**
 * Body units written between a place and a title (泗交镇党委组织委员, 社区党支部书记, 居委会主任,
 * and the county bodies a compound title names after 县纪委书记、: 监委, 政协, 人大常委会):
 * the unit names a body of the place (its kind is the suffix's, see organizations.ts); longest first.
 */
export const BODY_UNITS: readonly string[] = ['人大常委会', '党工委', '党委', '党总支', '党支部', '居委会', '村委会', '办事处', '管委会', '业委会', '物管会', '监委', '政协'];

/**
 * Departments of a party committee written after it (县委常委、组织部部长: the 组织部 of that
 * 县委): the post is in the department, which is PART_OF the committee.
 */
export const COMMITTEE_DEPARTMENTS: readonly string[] = ['组织部', '宣传部', '统战部', '政法委', '纪委'];

/**
 * Words before a name that make it a person but not a post holder (退役军人张建华). Only nouns
 * that rarely stand before anything but a name: 居民, 群众 are followed by verbs (居民齐上阵 is not a name).
 */
export const PERSON_ROLES: readonly string[] = ['退役军人', '老党员', '老战士', '志愿者代表'];

/**
 * The newspaper's own staff: credit titles on a page (本版策划 …) and bylines (本报记者 …);
 * each maps a written title to the post recorded (美 编 with layout spaces is 美编).
 */
export const STAFF_TITLES: ReadonlyArray<{ pattern: string; title: string }> = [
  { pattern: '本版策划', title: '策划' },
  { pattern: '本版文字', title: '文字' },
  { pattern: '本版责编', title: '责编' },
  { pattern: '本版编绘', title: '编绘' },
  { pattern: '本版摄影', title: '摄影' },
  { pattern: '本报记者', title: '记者' },
  { pattern: '记者', title: '记者' },
  { pattern: '通讯员', title: '通讯员' },
  { pattern: '实习生', title: '实习生' },
  { pattern: '责编', title: '责编' },
  { pattern: '美编', title: '美编' },
  { pattern: '校对', title: '校对' },
  { pattern: '策划', title: '策划' },
  { pattern: '文字', title: '文字' },
  { pattern: '摄影', title: '摄影' },
  { pattern: '编绘', title: '编绘' },
];

/** How a page names its own newspaper; the body is recorded under this name (kind media). */
export const OWN_NEWSPAPER = '本报';
