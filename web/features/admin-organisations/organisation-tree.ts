/** The flat organisation list as a tree for the 单位管理 table, and where a unit may be moved. */
import { canPlaceUnder, type OrganisationKind } from '../../../core/organisation-kinds.ts';
import type { Organisation } from '../../../contract/organisations.ts';

export interface OrganisationNode extends Organisation {
  /** Omitted for a leaf, so the table shows no expand button there. */
  children?: OrganisationNode[];
}

/** Nests organisations under their parents; an organisation whose parent is not listed becomes a root. */
export function buildOrganisationTree(organisations: readonly Organisation[]): OrganisationNode[] {
  const byId = new Map<string, OrganisationNode>(
    organisations.map((organisation) => [organisation.id, { ...organisation }]),
  );
  const roots: OrganisationNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sortByName = (nodes: OrganisationNode[]) => {
    nodes.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const node of nodes) if (node.children) sortByName(node.children);
  };
  sortByName(roots);
  return roots;
}

/** How many organisations lie below `organisation` (its whole subtree, itself not counted). */
export function countDescendants(organisations: readonly Organisation[], organisation: Organisation): number {
  return organisations.filter((other) => other.id !== organisation.id && other.path.includes(organisation.id))
    .length;
}

/**
 * The parents `moving` may go under: the kinds must fit (core/organisation-kinds.ts) and never
 * itself or its own descendant; its present parent is left out (nothing would change).
 */
export function listMoveTargets(
  organisations: readonly Organisation[],
  moving: Organisation,
): Organisation[] {
  return organisations.filter(
    (candidate) =>
      !candidate.path.includes(moving.id) &&
      candidate.id !== moving.parentId &&
      canPlaceUnder(moving.kind, candidate.kind),
  );
}

/** The kinds that may be added under `parentKind`. */
export function listChildKinds(parentKind: OrganisationKind): OrganisationKind[] {
  return (['finance-bureau', 'supervisor', 'unit'] as const).filter((kind) =>
    canPlaceUnder(kind, parentKind),
  );
}

/** "示范县财政局 / 示范县政法委员会" — the path in names, for choosing a parent. */
export function describePath(organisations: readonly Organisation[], organisation: Organisation): string {
  const names = new Map(organisations.map((item) => [item.id, item.name]));
  return organisation.path.map((id) => names.get(id) ?? '…').join(' / ');
}

/** A node as a phone lists it: in tree order, with how deep it lies (roots at 0). */
export interface VisibleNode {
  node: OrganisationNode;
  depth: number;
}

/** The tree in order, one entry per node, leaving out what lies under a folded node (as the desktop tree hides it). */
export function listVisibleNodes(tree: readonly OrganisationNode[], folded: ReadonlySet<string>): VisibleNode[] {
  const visible: VisibleNode[] = [];
  const visit = (nodes: readonly OrganisationNode[], depth: number) => {
    for (const node of nodes) {
      visible.push({ node, depth });
      if (node.children && !folded.has(node.id)) visit(node.children, depth + 1);
    }
  };
  visit(tree, 0);
  return visible;
}
