/**
 * A report section's title without the unit's numbering: the web, the printed outline and the
 * fidelity facts show or compare the words, whatever numbering the stored title has.
 */

/** "7、 存在的问题" / "（二）项目支出" / "一、部门基本情况" → the title without its numbering. */
export function stripSectionNumbering(title: string): string {
  return title.replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）])\s*/, '').trim();
}
