/** Grouping indicator names that mean one indicator (issue 13: "110接处警满意度" ≈ "群众对110接处警工作满意度"). */
import { SIMILAR_NAME_THRESHOLD } from './name-words.ts';
import { measureNameSimilarity, normaliseIndicatorName } from './normalise-name.ts';

const NUMBER = /\d+(?:\.\d+)?/g;
// The measure a name ends with: two names measuring different things never merge (及时率 vs 满意度).
const MEASURE_ENDING = /(?:满意度|知晓率|覆盖率|完成率|合格率|达标率|执行率|及时率|准确率|率|度|数|量|额|次|人|天|时间|里程|面积|个|项|起)$/u;

function readNumbers(key: string): string {
  return (key.match(NUMBER) ?? []).join(',');
}

function readMeasure(key: string): string {
  return MEASURE_ENDING.exec(key)?.[0] ?? '';
}

/**
 * Whether two names are one indicator: equal keys, or keys at least SIMILAR_NAME_THRESHOLD alike
 * with the same numbers (110 ≠ 120) and the same closing measure (满意度 ≠ 及时率).
 */
export function isSameIndicatorName(a: string, b: string): boolean {
  const left = normaliseIndicatorName(a);
  const right = normaliseIndicatorName(b);
  if (left === right) return true;
  if (readNumbers(left) !== readNumbers(right) || readMeasure(left) !== readMeasure(right)) return false;
  return measureNameSimilarity(left, right) >= SIMILAR_NAME_THRESHOLD;
}

export interface NameCluster {
  /** The key of the cluster: the first name's key. */
  key: string;
  /** The most frequent written name, for display (ties: the first seen). */
  name: string;
  names: string[];
}

/** Clusters names in the order given; each name joins the first cluster whose key it matches. */
export function clusterIndicatorNames(names: readonly string[]): NameCluster[] {
  const clusters: Array<NameCluster & { counts: Map<string, number> }> = [];
  for (const name of names) {
    const cluster = clusters.find((candidate) => isSameIndicatorName(candidate.key, name));
    if (cluster) {
      cluster.names.push(name);
      cluster.counts.set(name, (cluster.counts.get(name) ?? 0) + 1);
      continue;
    }
    clusters.push({ key: normaliseIndicatorName(name), name, names: [name], counts: new Map([[name, 1]]) });
  }
  return clusters.map(({ key, names: clustered, counts }) => {
    let name = clustered[0]!;
    for (const [candidate, count] of counts) if (count > (counts.get(name) ?? 0)) name = candidate;
    return { key, name, names: clustered };
  });
}
