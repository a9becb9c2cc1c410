/** A library context for 群众安全感满意度 and fetch stubbed to answer it: the reference-notes tests of both editors. */
import { vi } from 'vitest';
import type { LibraryContextResponse } from '../../../contract/indicator-library.ts';

export const libraryContext: LibraryContextResponse = {
  references: {
    // The key is the clustered name (normaliseIndicatorName): 群众安全感满意度 → 安全感满意度.
    安全感满意度: { lastYear: 2025, lastTarget: 93, lastActual: 94, peerMedian: 93, typicalTarget: 92, unit: '%' },
  },
  levels: { level1: ['满意度指标', '产出指标'], level2: ['服务对象满意度指标', '数量指标'] },
  policy: { peerShortfall: 0.2, requiredCommonIndicators: [] },
};

/** Stubs the global fetch to answer every request with `libraryContext`; undo with vi.unstubAllGlobals(). */
export function stubLibraryContext() {
  const fetch = vi.fn(async () => new Response(JSON.stringify(libraryContext), { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
