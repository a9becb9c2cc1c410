/**
 * The main menu's shape (issue 10): settings pages — set up once a year, not used every day — sit
 * under one 设置 entry at the end, so the everyday pages fit one row and nothing falls under
 * antd's "···"; and which entry is highlighted for the page shown.
 */

export interface MenuEntry {
  key: string;
  label: string;
  /** A group opens as a submenu (a popup in the header, unfolded in the phone drawer). */
  children?: MenuEntry[];
}

/** The key of the 设置 group (not a page: clicking it only opens it). */
export const settingsGroupKey = 'settings';

/** Pages that are settings, in the order they appear under 设置. */
const settingsPageKeys = ['/admin/users', '/admin/organisations', '/admin/fiscal-years', '/admin/rule-packs'];

/** Moves the settings pages among `entries` into a 设置 group at the end (none: unchanged). */
export function groupSettingsEntries(entries: readonly MenuEntry[]): MenuEntry[] {
  const settings = entries
    .filter((entry) => settingsPageKeys.includes(entry.key))
    .sort((a, b) => settingsPageKeys.indexOf(a.key) - settingsPageKeys.indexOf(b.key));
  if (settings.length === 0) return [...entries];
  const everyday = entries.filter((entry) => !settingsPageKeys.includes(entry.key));
  return [...everyday, { key: settingsGroupKey, label: '设置', children: settings }];
}

function listPages(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) => (entry.children ? listPages(entry.children) : [entry]));
}

/**
 * The page entry to highlight at `path`: the one whose address is the longest start of it
 * (首页 only at "/"), and the groups that hold it, to unfold in the drawer.
 */
export function pickSelectedEntry(entries: readonly MenuEntry[], path: string): { selectedKeys: string[]; openKeys: string[] } {
  const matching = listPages(entries).filter((entry) =>
    entry.key === '/' ? path === '/' : path === entry.key || path.startsWith(`${entry.key}/`),
  );
  const selected = matching.sort((a, b) => b.key.length - a.key.length)[0];
  if (!selected) return { selectedKeys: [], openKeys: [] };
  const openKeys = entries
    .filter((entry) => entry.children && listPages(entry.children).some((child) => child.key === selected.key))
    .map((entry) => entry.key);
  return { selectedKeys: [selected.key], openKeys };
}
