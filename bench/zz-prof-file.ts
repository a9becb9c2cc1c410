import { readFileSync } from 'node:fs';
import { readText } from '../documents/text/read-text.ts';
readText(readFileSync(process.argv[2]!, 'utf8'));
