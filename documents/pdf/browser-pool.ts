/**
 * One warm headless Chromium shared by PDF exports (issue 14: a browser started per export cost
 * 7–13 s under load). The first export launches it; later ones open a fresh context in it (own
 * cookies and storage, so exports never see each other). It closes itself after `idleMs` without
 * exports, and a crashed or closed browser is replaced at the next export.
 */
import type { Browser } from '@playwright/test';

export interface BrowserPool {
  /** Runs `work` with the warm browser (launching it when needed); the browser stays open after. */
  use<T>(work: (browser: Browser) => Promise<T>): Promise<T>;
  /** Closes the browser now (tests, shutdown); the next `use` launches a new one. */
  close(): Promise<void>;
  /** How many browsers this pool has launched: a warm pool launches once. */
  readonly launchCount: number;
  readonly isOpen: boolean;
}

export const defaultIdleMs = 60_000;

export function createBrowserPool(options: { launch: () => Promise<Browser>; idleMs?: number }): BrowserPool {
  const idleMs = options.idleMs ?? defaultIdleMs;
  let launching: Promise<Browser> | null = null;
  let browser: Browser | null = null;
  let active = 0;
  let launchCount = 0;
  let idleTimer: NodeJS.Timeout | null = null;

  function forget(closed: Browser): void {
    if (browser === closed) browser = null;
  }

  async function getBrowser(): Promise<Browser> {
    if (browser?.isConnected()) return browser;
    launching ??= (async () => {
      try {
        const launched = await options.launch();
        launchCount++;
        // A crash (or a close from elsewhere) drops it; the next export launches another.
        launched.on('disconnected', () => forget(launched));
        browser = launched;
        return launched;
      } finally {
        launching = null;
      }
    })();
    return launching;
  }

  function scheduleIdleClose(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (active === 0) void closeNow();
    }, idleMs);
    // The idle timer alone never keeps a CLI or test process alive.
    idleTimer.unref();
  }

  async function closeNow(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    const open = browser ?? (launching ? await launching.catch(() => null) : null);
    browser = null;
    await open?.close().catch(() => undefined);
  }

  return {
    async use(work) {
      active++;
      if (idleTimer) clearTimeout(idleTimer);
      try {
        let current = await getBrowser();
        try {
          return await work(current);
        } catch (error) {
          // The browser died under this export: one retry in a fresh one.
          if (current.isConnected()) throw error;
          forget(current);
          current = await getBrowser();
          return await work(current);
        }
      } finally {
        active--;
        if (active === 0) scheduleIdleClose();
      }
    },
    close: closeNow,
    get launchCount() {
      return launchCount;
    },
    get isOpen() {
      return browser?.isConnected() ?? false;
    },
  };
}
