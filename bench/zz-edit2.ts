import { readFileSync } from 'node:fs';
import { textEdits } from '../documents/layouts/variation/edits.ts';
import { composeEdits } from '../documents/layouts/variation/pairs.ts';
import { splitReportSections } from '../documents/text/report-sections.ts';
const [family, ids] = process.argv.slice(2);
const edits = ids!.split('+').map((id) => textEdits.find((edit) => edit.id === id || edit.id.startsWith(id + ':'))!);
const edit = edits.length === 2 ? composeEdits(edits[0]!, edits[1]!) : edits[0]!;
const lines = edit.apply(readFileSync(`documents/layouts/fixtures/${family}/source.txt`, 'utf8')).split('\n');
for (const s of splitReportSections(lines)) console.log(s.line, JSON.stringify(lines[s.line - 1]), '→', s.title);
