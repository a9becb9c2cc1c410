import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../db/organisations.repository.ts';
import { mapSupervisors } from './list-summary-rows.ts';

function organisation(path: string[], kind: Organisation['kind'], name: string): Organisation {
  return { id: path.at(-1)!, parentId: path.at(-2) ?? null, kind, name, path, createdAt: '2025-01-01T00:00:00.000Z' };
}

describe('mapSupervisors', () => {
  it('names the nearest 主管部门 above each organisation, never the organisation itself', () => {
    const organisations = [
      organisation(['f'], 'finance-bureau', '某省财政厅'),
      organisation(['f', 's1'], 'supervisor', '上级主管'),
      organisation(['f', 's1', 's2'], 'supervisor', '下级主管'),
      organisation(['f', 's1', 's2', 'u1'], 'unit', '甲单位'),
      organisation(['f', 's1', 'u2'], 'unit', '乙单位'),
      organisation(['f', 'u3'], 'unit', '丙单位'),
    ];
    expect(Object.fromEntries(mapSupervisors(organisations))).toEqual({ f: null, s1: null, s2: '上级主管', u1: '下级主管', u2: '上级主管', u3: null });
  });
});
