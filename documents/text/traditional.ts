/**
 * Traditional → simplified characters for documents published in traditional script (some
 * provincial sites serve an auto-converted copy, often with pinyin glosses: "項(xiàng)目").
 * The converter (opencc-js, Taiwan variants → mainland) costs about 0.2 s to build, so it is built
 * only when a text has traditional characters, and then once.
 */
import { Converter, type ConverterFunction } from 'opencc-js/t2cn';
import { transformKeepingColumns } from './keep-columns.ts';

/**
 * Frequent traditional-only characters of performance documents (none is also a simplified
 * character): one of them is enough evidence that the text needs converting.
 */
const TRADITIONAL_EVIDENCE =
  /[績預評項標報資額際設備總統計劃據數單門關財務稅費職責機構檢測務區縣鄉鎮員會議經濟環護義為與這個們來時間實現發開進過還業產權請應認處續維織導層級類舉證質滿慮覽範圍執撥專辦災營衛戶齊擬購礎錄幣]/;

let converter: ConverterFunction | null = null;

/** True when the text has characters only traditional script uses. */
export function hasTraditionalCharacters(text: string): boolean {
  return TRADITIONAL_EVIDENCE.test(text);
}

/** The text in simplified characters; unchanged (and no converter built) when it has none to convert. */
export function toSimplified(text: string): string {
  if (!hasTraditionalCharacters(text)) return text;
  converter ??= Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/** A pinyin syllable with its tone mark, as glossed after a character: "(xiàng)", "（qū）". */
const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * Removes pinyin glosses after characters: "項(xiàng)目" → "項目". Only a syllable with a tone mark
 * is a gloss, so "(a)" or "（km）" stays.
 */
export function stripPinyinGlosses(text: string): string {
  if (!TONE_MARK.test(text)) return text;
  const strip = (cell: string): string => cell.replace(PINYIN_GLOSS, (gloss) => (TONE_MARK.test(gloss) ? '' : gloss));
  // (A fixed-width line's columns stay where its header names them: "實(shí)際(jì)完成值  分值" keeps 分值 in place.)
  return text
    .split('\n')
    .map((line) => (TONE_MARK.test(line) ? transformKeepingColumns(line, strip) : line))
    .join('\n');
}
