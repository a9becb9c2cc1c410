/**
 * Hook for demo documents, owned by the documents engineer: loadDemoData calls this once, on
 * first start, after the demo organisations and users exist. Returns how many documents it wrote.
 */
import type { ServiceDeps } from '../../services/deps.ts';
import type { DemoData } from '../load-demo-data.ts';

export async function seedDemoDocuments(_deps: ServiceDeps, _demo: DemoData): Promise<number> {
  return 0;
}
