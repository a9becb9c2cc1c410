import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../contract/organisations.ts';
import {
  buildOrganisationTree,
  countDescendants,
  describePath,
  listChildKinds,
  listMoveTargets,
  listVisibleNodes,
} from './organisation-tree.ts';

const organisation = (id: string, kind: Organisation['kind'], path: string[]): Organisation => ({
  id,
  kind,
  name: `名${id}`,
  parentId: path.at(-2) ?? null,
  createdAt: '2026-01-01T00:00:00.000Z',
  path,
});
const bureau = organisation('b', 'finance-bureau', ['b']);
const county = organisation('c', 'finance-bureau', ['b', 'c']);
const supervisor = organisation('s', 'supervisor', ['b', 's']);
const unit = organisation('u', 'unit', ['b', 's', 'u']);
const other = organisation('o', 'supervisor', ['b', 'o']);
const all = [bureau, county, supervisor, unit, other];

describe('buildOrganisationTree', () => {
  it('nests by parent and leaves leaves without children', () => {
    const [root] = buildOrganisationTree(all);
    expect(root?.id).toBe('b');
    expect(root?.children?.map((child) => child.id).sort()).toEqual(['c', 'o', 's']);
    const nestedSupervisor = root?.children?.find((child) => child.id === 's');
    expect(nestedSupervisor?.children?.map((child) => child.id)).toEqual(['u']);
    expect(nestedSupervisor?.children?.[0]).not.toHaveProperty('children');
  });

  it('makes an organisation whose parent is not visible a root', () => {
    expect(buildOrganisationTree([supervisor, unit]).map((node) => node.id)).toEqual(['s']);
  });
});

describe('listVisibleNodes', () => {
  const tree = buildOrganisationTree(all);
  const listed = (folded: string[]) => listVisibleNodes(tree, new Set(folded)).map(({ node, depth }) => `${node.id}${depth}`);

  it('lists the tree in order with each node’s depth, children right under their parent', () => {
    // Sorted by name as the tree is: 名c, 名o, 名s; 名u under 名s.
    expect(listed([])).toEqual(['b0', 'c1', 'o1', 's1', 'u2']);
  });

  it('leaves out what lies under a folded node, keeping the node itself', () => {
    expect(listed(['s'])).toEqual(['b0', 'c1', 'o1', 's1']);
    expect(listed(['b'])).toEqual(['b0']);
    // Folding a leaf changes nothing.
    expect(listed(['u'])).toEqual(listed([]));
  });
});

describe('listMoveTargets', () => {
  it('never offers the organisation itself or its own descendants, nor its present parent', () => {
    expect(listMoveTargets(all, supervisor).map((item) => item.id)).toEqual(['c']);
  });

  it('offers a unit every 主管部门 and 财政部门 except its present parent', () => {
    expect(listMoveTargets(all, unit).map((item) => item.id)).toEqual(['b', 'c', 'o']);
  });
});

describe('the rest', () => {
  it('counts the whole subtree below', () => {
    expect(countDescendants(all, bureau)).toBe(4);
    expect(countDescendants(all, unit)).toBe(0);
  });

  it('lists the kinds that may be added under each kind', () => {
    expect(listChildKinds('finance-bureau')).toEqual(['finance-bureau', 'supervisor', 'unit']);
    expect(listChildKinds('supervisor')).toEqual(['unit']);
    expect(listChildKinds('unit')).toEqual([]);
  });

  it('writes the path in names', () => {
    expect(describePath(all, unit)).toBe('名b / 名s / 名u');
  });
});
