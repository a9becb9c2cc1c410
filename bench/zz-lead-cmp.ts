import { readFileSync } from 'node:fs';
import { analyseDocument } from '../core/analyse.ts';
import { importFile } from '../documents/import-file.ts';
import { compareFacts, documentFacts } from '../documents/layouts/facts.ts';
const pairs = process.argv.slice(2);
for (let i = 0; i < pairs.length; i += 2) {
  const read = async (f: string) => documentFacts(analyseDocument(await importFile({ bytes: readFileSync(f), fileName: f.split('/').pop()! })));
  const [a, b] = [await read(pairs[i]!), await read(pairs[i + 1]!)];
  const r = compareFacts(a, b);
  console.log(pairs[i + 1], `${r.matched}/${r.expected}`, r.missing.slice(0, 5), r.wrong.slice(0, 5));
}
