/**
 * CJK radical-supplement characters (U+2E80–U+2EF3) that fonts map ordinary characters to: a PDF's text layer
 * (and pdftotext's text of it) may give 部⻔ for 部门, ⺠警 for 民警, 家⻑ for 家長. NFKC folds only two of them
 * (⺟, ⻳), so each one that stands for a character of the documents is mapped to it (Unicode's equivalent
 * unified ideographs; the Japanese simplified forms to the Chinese ones). The Kangxi radicals (U+2F00–U+2FD5)
 * fold by NFKC.
 */
const radicalSupplement: Record<string, string> = {
  '⺁': '厂',
  '⺒': '巳',
  '⺓': '幺',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺩': '王',
  '⺬': '示',
  '⺮': '竹',
  '⺼': '月',
  '⺽': '臼',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻫': '齐',
  '⻬': '齐',
  '⻭': '齿',
  '⻮': '齿',
  '⻯': '龙',
  '⻰': '龙',
  '⻱': '龜',
  '⻲': '龟',
  '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2fdf]/;
const RADICALS = /[\u2e80-\u2fdf]/g;

/** Each radical-supplement character that stands for a character as that character, each Kangxi radical by NFKC. */
export function foldRadicals(text: string): string {
  if (!RADICAL.test(text)) return text;
  return text.replace(RADICALS, (character) => radicalSupplement[character] ?? character.normalize('NFKC'));
}
