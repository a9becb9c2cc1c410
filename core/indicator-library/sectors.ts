/**
 * Sectors (行业) as data: a unit's sector is read from its name (…公安局 → 公安), so peers are the
 * units of one sector. A new sector or wording is an edit here.
 */
export interface Sector {
  name: string;
  /** Words in a unit's name that place it in the sector, longest first within the sector. */
  words: readonly string[];
}

export const sectors: readonly Sector[] = [
  { name: '公安', words: ['公安', '派出所', '交警', '警察'] },
  { name: '司法', words: ['司法', '法院', '检察', '监狱', '戒毒'] },
  { name: '教育', words: ['教育', '学校', '中学', '小学', '幼儿园', '学院', '大学'] },
  { name: '卫生健康', words: ['卫生', '卫健', '医院', '疾病预防', '健康'] },
  { name: '水利', words: ['水利', '水务', '水文', '河道', '水库'] },
  { name: '交通', words: ['交通', '公路', '运输'] },
  { name: '农业农村', words: ['农业', '农村', '畜牧', '林业', '渔业'] },
  { name: '民政', words: ['民政', '养老', '福利', '殡葬'] },
  { name: '文化旅游', words: ['文化', '旅游', '博物馆', '图书馆'] },
  { name: '生态环境', words: ['生态环境', '环境', '环保'] },
  { name: '财政', words: ['财政'] },
  { name: '人力资源社会保障', words: ['人力资源', '社会保障', '社保', '就业'] },
  { name: '自然资源', words: ['自然资源', '国土', '测绘'] },
  { name: '住房城乡建设', words: ['住房', '城乡建设', '住建', '城管'] },
  { name: '市场监管', words: ['市场监督', '市场监管'] },
  { name: '应急管理', words: ['应急', '消防'] },
];

/** The sector a unit's name places it in ('' when no word matches). */
export function inferSector(unitName: string): string {
  for (const sector of sectors) if (sector.words.some((word) => unitName.includes(word))) return sector.name;
  return '';
}
