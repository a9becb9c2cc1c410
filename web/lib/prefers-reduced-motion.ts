/**
 * Whether the person asked their system for less motion (Windows 显示 → 动画效果 off, macOS
 * 减弱动态效果, or a browser flag). Ant Design's zoom and slide effects are then turned off
 * (theme token `motion: false`): dialogs, popconfirms and dropdowns appear at once. It also
 * helps on an old office PC, where a 300 ms zoom stutters, and the browser journeys run this way
 * (playwright.config.ts reducedMotion), so a click never lands on a dialog still zooming in.
 */
import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

function mediaList(): MediaQueryList | undefined {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' ? undefined : window.matchMedia(query);
}

function subscribe(onChange: () => void): () => void {
  const list = mediaList();
  if (!list || typeof list.addEventListener !== 'function') return () => undefined;
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function currentPreference(): boolean {
  return mediaList()?.matches ?? false;
}

/** True while the system asks for reduced motion; follows a change without a reload. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, currentPreference, () => false);
}
