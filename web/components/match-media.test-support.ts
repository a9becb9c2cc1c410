/** jsdom has no matchMedia; antd's responsive helpers call it. Tests import this first. */
if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

/**
 * Makes the screen a desktop until the returned function is called: every min-width query of
 * antd's breakpoints matches (the stub above matches none, a phone).
 */
export function simulateWideScreen(): () => void {
  const phone = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...phone(query), matches: query.includes('min-width') })) as typeof window.matchMedia;
  return () => {
    window.matchMedia = phone;
  };
}
