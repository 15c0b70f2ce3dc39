/**
 * Generated articles for the ingest benchmark and tests: invented people holding invented-sounding
 * posts in real counties (the national gazetteer knows them), each article a few sentences of the
 * usual report shape. Deterministic: article k is always the same text.
 */
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨'];
const GIVEN = ['立新', '文华', '海燕', '志强', '晓东', '建国', '丽萍', '明远', '国庆', '春华', '永胜', '秀兰'];
const COUNTIES = [
  '安吉县',
  '德清县',
  '长兴县',
  '桐庐县',
  '淳安县',
  '仙居县',
  '天台县',
  '龙泉市',
  '松阳县',
  '景宁畲族自治县',
];
const PRACTICES = ['双报到', '党群服务中心', '网格化管理', '邻里议事会', '红色物业', '村民说事'];

export interface GeneratedArticle {
  name: string;
  text: string;
  date: string;
  county: string;
  /** The county party secretary named in it. */
  secretary: string;
}

const person = (k: number) =>
  `${SURNAMES[k % SURNAMES.length]}${GIVEN[Math.floor(k / SURNAMES.length) % GIVEN.length]}`;

export function generatedArticle(k: number): GeneratedArticle {
  const county = COUNTIES[k % COUNTIES.length]!;
  const secretary = person(k * 7 + 3);
  const deputy = person(k * 11 + 5);
  const practice = PRACTICES[k % PRACTICES.length]!;
  const month = (k % 12) + 1;
  const day = (k % 27) + 1;
  const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const text = [
    `2024年${month}月${day}日`,
    `本报讯 第${k + 1}期 ${month}月${day}日，${county}委书记${secretary}到基层调研治理工作。${secretary}强调，要深化“${practice}”工作，把服务送到群众身边。`,
    `${county}委副书记、${county}长${deputy}参加调研。`,
    `调研组一行查看了便民服务窗口，听取了第${k + 1}号工作报告。`,
  ].join('\n');
  return { name: `generated-${String(k).padStart(4, '0')}.txt`, text, date, county, secretary };
}

export function generatedArticles(count: number, from = 0): GeneratedArticle[] {
  return Array.from({ length: count }, (_, i) => generatedArticle(from + i));
}
