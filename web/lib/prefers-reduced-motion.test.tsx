// @vitest-environment jsdom
/** The system's reduced-motion setting, read and followed when it changes. */
import '../components/match-media.test-support.ts';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePrefersReducedMotion } from './prefers-reduced-motion.ts';

function Probe() {
  return <span>{usePrefersReducedMotion() ? '减弱动画' : '正常动画'}</span>;
}

/** A matchMedia whose reduced-motion query answers `reduced`, changed later through the returned setter. */
function stubSystemSetting(reduced: boolean): { change: (next: boolean) => void; restore: () => void } {
  const original = window.matchMedia;
  const listeners = new Set<() => void>();
  let current = reduced;
  window.matchMedia = ((query: string) => ({
    ...original(query),
    get matches() {
      return query === '(prefers-reduced-motion: reduce)' && current;
    },
    addEventListener: (_type: string, listener: () => void) => {
      listeners.add(listener);
    },
    removeEventListener: (_type: string, listener: () => void) => {
      listeners.delete(listener);
    },
  })) as unknown as typeof window.matchMedia;
  return {
    change: (next) => {
      current = next;
      for (const listener of listeners) listener();
    },
    restore: () => {
      window.matchMedia = original;
    },
  };
}

afterEach(cleanup);

describe('usePrefersReducedMotion', () => {
  it('is false when the system does not ask for less motion', () => {
    const setting = stubSystemSetting(false);
    render(<Probe />);
    expect(screen.getByText('正常动画')).toBeTruthy();
    setting.restore();
  });

  it('is true when it does, and follows a change without a reload', () => {
    const setting = stubSystemSetting(true);
    render(<Probe />);
    expect(screen.getByText('减弱动画')).toBeTruthy();
    act(() => setting.change(false));
    expect(screen.getByText('正常动画')).toBeTruthy();
    setting.restore();
  });
});
