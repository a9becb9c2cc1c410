/**
 * A number as a spreadsheet cell shows it, from the cell's number format (the first section, for
 * positive numbers). Excel, WPS and LibreOffice write the same display differently: a literal "%"
 * is '0.00"%"' from Excel and '0.00\%' from LibreOffice (neither multiplies by 100, while a bare %
 * does); a unit after the number is '0.00"万元"' or '0.00\万\元'; a currency is '[$¥-804]#,##0.00';
 * colours and conditions ('[Red]', '[>100]') and spacing ('_)', '*-') show nothing. Read as tokens,
 * so a literal wherever it is written is text and only a bare % scales.
 */
import { Dec } from '../../core/decimal.ts';

interface ParsedFormat {
  prefix: string;
  suffix: string;
  isPercent: boolean;
  /** Decimals always shown ("0.00" → 2). */
  places: number;
  /** Further decimals shown when not zero ("0.0#" → 1). */
  optionalPlaces: number;
  /** Whether the format sets decimals at all ("0.00", "0.#"); without, the number is written exactly ("#,##0", General). */
  hasPoint: boolean;
}

const placeholders = new Set(['0', '#', '?', '.', ',']);

/** The format's first section, cut at the first ';' that is neither quoted nor escaped. */
function firstSection(format: string): string {
  let inQuotes = false;
  for (let index = 0; index < format.length; index++) {
    const char = format[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === '\\') index++;
    else if (!inQuotes && char === ';') return format.slice(0, index);
  }
  return format;
}

/** What a bracket shows: a currency's symbol ('[$¥-804]' → '¥'); a colour, locale or condition nothing. */
function bracketText(content: string): string {
  if (!content.startsWith('$')) return '';
  const dash = content.indexOf('-');
  return dash === -1 ? content.slice(1) : content.slice(1, dash);
}

function parseFormat(format: string): ParsedFormat {
  const section = firstSection(format);
  let prefix = '';
  let suffix = '';
  let isPercent = false;
  let hasNumber = false;
  let afterPoint = false;
  let places = 0;
  let optionalPlaces = 0;
  const addLiteral = (text: string) => {
    if (hasNumber) suffix += text;
    else prefix += text;
  };
  for (let index = 0; index < section.length; index++) {
    const char = section[index]!;
    if (char === '"') {
      const end = section.indexOf('"', index + 1);
      const stop = end === -1 ? section.length : end;
      addLiteral(section.slice(index + 1, stop));
      index = stop;
    } else if (char === '\\') {
      addLiteral(section[index + 1] ?? '');
      index++;
    } else if (char === '_' || char === '*') {
      index++; // a space as wide as the next character, or the next character repeated to fill: nothing
    } else if (char === '[') {
      const end = section.indexOf(']', index + 1);
      const stop = end === -1 ? section.length : end;
      addLiteral(bracketText(section.slice(index + 1, stop)));
      index = stop;
    } else if (char === '%') {
      isPercent = true;
      addLiteral('%');
    } else if (placeholders.has(char)) {
      // A placeholder after the suffix began ("0.00 元 0"): the text between is a literal inside
      // the number; rare, and shown as the suffix.
      hasNumber = true;
      if (char === '.') afterPoint = true;
      else if (afterPoint && char === '0') places++;
      else if (afterPoint && char !== ',') optionalPlaces++;
    } else if (/^general$/i.test(section.slice(index, index + 7))) {
      hasNumber = true;
      index += 6;
    } else if (char === '@') {
      hasNumber = true;
    } else if (/[ymdhs]/i.test(char)) {
      // A date or time code exceljs did not turn into a date: the stored number, nothing around it.
      return { prefix: '', suffix: '', isPercent: false, places: 0, optionalPlaces: 0, hasPoint: false };
    } else {
      addLiteral(char);
    }
  }
  return { prefix, suffix, isPercent, places, optionalPlaces, hasPoint: afterPoint };
}

/**
 * The digits shown: `places` always, up to `optionalPlaces` more without trailing zeros. A format
 * without a point writes the number exactly (no rounding to an integer, no thousands separators):
 * an amount stored to the cent stays to the cent whatever the sheet rounded it to.
 */
function writeDigits(value: Dec, format: ParsedFormat): string {
  if (!format.hasPoint) return value.toFixed();
  const text = value.toFixed(format.places + format.optionalPlaces);
  if (format.optionalPlaces === 0) return text;
  const point = text.indexOf('.');
  let end = text.length;
  while (end > point + 1 + format.places && text[end - 1] === '0') end--;
  return text.slice(0, end === point + 1 ? point : end);
}

/** A number as the cell shows it under `numberFormat` (undefined or General: the shortest exact form). */
export function formatCellNumber(value: number, numberFormat: string | undefined): string {
  const format = parseFormat(numberFormat ?? '');
  const decimal = new Dec(String(value));
  const shown = format.isPercent ? decimal.times(100) : decimal;
  return `${format.prefix}${writeDigits(shown, format)}${format.suffix}`;
}
