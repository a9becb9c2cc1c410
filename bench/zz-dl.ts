import { readFileSync } from 'node:fs';
import { readDocxLines } from '../documents/docx/read-docx.ts';
import { defaultImportLimits } from '../documents/import-error.ts';
const f = process.argv[2]!;
console.log((await readDocxLines(readFileSync(f), defaultImportLimits)).join('\n'));
