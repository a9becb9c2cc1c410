/**
 * Issue 9 item 9: "the unit shown on prints and public pages comes from the organisation, not from
 * free text in the body". Saves store the organisation's name, but documents stored before that
 * rule, uploads and copies may still carry another name in `body.unit`; so every read that shows
 * a body (document views, the document read, public pages, exports and prints) puts the owning
 * organisation's name in at read time. Read time rather than a migration: an organisation renamed
 * later is shown by its current name too, and write paths added on other branches cannot bring
 * the free text back.
 */
import type { PerformanceDocument } from '../../../core/model.ts';

/** The body as shown: its unit is the owning organisation's name. */
export function withOrganisationUnit(
  body: PerformanceDocument,
  organisationName: string,
): PerformanceDocument {
  return body.unit === organisationName ? body : { ...body, unit: organisationName };
}

/**
 * The same for a body kept as stored JSON text (GET /api/documents/:id sends it unparsed): only the
 * top-level "unit" value is replaced (indicator values have a nested "unit" of their own), with no
 * parse of the whole body. The text must be a JSON object, as every stored body is.
 */
export function withOrganisationUnitText(bodyText: string, organisationName: string): string {
  const found = findTopLevelValue(bodyText, 'unit');
  const unitJson = JSON.stringify(organisationName);
  if (!found) {
    const start = bodyText.indexOf('{') + 1;
    const isEmpty = bodyText.slice(start).trim() === '}';
    return `${bodyText.slice(0, start)}"unit":${unitJson}${isEmpty ? '' : ','}${bodyText.slice(start)}`;
  }
  if (bodyText.slice(found.start, found.end) === unitJson) return bodyText;
  return `${bodyText.slice(0, found.start)}${unitJson}${bodyText.slice(found.end)}`;
}

const whitespace = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, index: number): number {
  let at = index;
  while (at < text.length && whitespace.has(text[at]!)) at += 1;
  return at;
}

/** From an opening quote to just past its closing one (a quote after an odd run of backslashes is escaped). */
function skipString(text: string, index: number): number {
  let from = index + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw new SyntaxError('unterminated string in stored body');
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Characters that matter inside a nested value; the rest is skipped by the regex engine. */
const structural = /["[\]{}]/g;

/** From the first character of a value to just past it. */
function skipValue(text: string, index: number): number {
  const first = text[index];
  if (first === '"') return skipString(text, index);
  if (first !== '{' && first !== '[') {
    let at = index;
    while (at < text.length && !',}]'.includes(text[at]!) && !whitespace.has(text[at]!)) at += 1;
    return at;
  }
  let depth = 0;
  structural.lastIndex = index;
  for (let match = structural.exec(text); match; match = structural.exec(text)) {
    const character = match[0];
    if (character === '"') structural.lastIndex = skipString(text, match.index);
    else if (character === '{' || character === '[') depth += 1;
    else if ((depth -= 1) === 0) return match.index + 1;
  }
  throw new SyntaxError('unterminated value in stored body');
}

/** Where the value of a top-level key of a JSON object starts and ends, or null when the key is absent. */
function findTopLevelValue(text: string, key: string): { start: number; end: number } | null {
  let at = skipWhitespace(text, 0);
  if (text[at] !== '{') throw new SyntaxError('stored body is not a JSON object');
  at = skipWhitespace(text, at + 1);
  while (text[at] === '"') {
    const keyEnd = skipString(text, at);
    const name = JSON.parse(text.slice(at, keyEnd)) as string;
    const start = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    const end = skipValue(text, start);
    if (name === key) return { start, end };
    at = skipWhitespace(text, end);
    if (text[at] === ',') at = skipWhitespace(text, at + 1);
  }
  return null;
}
