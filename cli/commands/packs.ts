/** `jixiao packs [--json]`: every rule pack with its source and what it changes. */
import { packLabel, rulePacks } from '../../core/rule-packs/index.ts';

/** The packs for people (one block each) or as JSON. */
export function runPacks({ json }: { json: boolean }): string {
  if (json) {
    return JSON.stringify(
      rulePacks.map(({ name, version, title, source, region, changes }) => ({ name, version, title, source, region, changes })),
      null,
      2,
    );
  }
  return rulePacks
    .map((pack) =>
      [`${pack.name}（${packLabel(pack)}）${pack.title}`, `  地区：${pack.region}`, `  来源：${pack.source}`, ...pack.changes.map((change) => `  · ${change}`)].join('\n'),
    )
    .join('\n\n');
}
