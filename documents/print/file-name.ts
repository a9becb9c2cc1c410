/**
 * The name clerks give a document's file, without extension ("2023年某县公安局部门整体支出绩效目标表"):
 * used for downloads (documents/export.ts) and as the print view's tab title, which the browser's
 * 另存为 PDF offers as the file name. No Node modules: the web app imports it too.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { describeKind } from './titles.ts';

/** Characters Windows and macOS refuse in file names (control characters are removed separately). */
const unsafeCharacters = /[\\/:*?"<>|]/g;

function removeControlCharacters(text: string): string {
  return Array.from(text)
    .filter((character) => character.charCodeAt(0) >= 0x20)
    .join('');
}

/** Year, unit (or project for a project table) and the form's name, safe as a file name. */
export function suggestFileBaseName(document: PerformanceDocument): string {
  const year = document.year === null ? '' : `${document.year}年`;
  const owner = document.scope === 'project' && document.project ? document.project : document.unit;
  return removeControlCharacters(`${year}${owner}${describeKind(document)}`).replace(unsafeCharacters, '').trim() || describeKind(document);
}
