/** Names as headers write them, without the codes and notes around them. */
import { bracketedNameNotes } from '../vocabulary/labels.ts';

/** A code in brackets before a name ("(217003)…", "[318]…", Inner Mongolia and central exports). */
const BRACKETED_CODE = /^[(（[【]\s*[0-9A-Z]{2,}\s*[)）\]】]\s*(?=[\u4e00-\u9fff])/;
/** A note in brackets after a name that says what kind of budget body it is ("…局(部门)"). */
const BRACKETED_NAME_NOTE = new RegExp(`[(（](?:${bracketedNameNotes.join('|')})[)）]$`);

/**
 * A name without the code written in front of it: a budget code ("51000021R000000019951-工资性支出",
 * Sichuan), a unit code ("316002-石岭县公路养护中心", Anhui) or one in brackets ("[318]…"), and
 * without a bracketed note after it ("…局(部门)").
 */
export function withoutCode(name: string | null): string | null {
  if (name === null) return null;
  const bare = name
    // The name after a code may open with its year ("…357-2023年全县…补助资金").
    .replace(/^[0-9A-Z]{3,}\s*[-—－_]\s*(?=[\u4e00-\u9fff]|\d{4}年)/, '')
    .replace(BRACKETED_CODE, '')
    .replace(BRACKETED_NAME_NOTE, '');
  return bare === '' ? name : bare;
}
