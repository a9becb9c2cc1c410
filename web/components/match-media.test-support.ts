/**
 * The jsdom tests' preamble (they import this first). jsdom has no matchMedia; antd's responsive
 * helpers call it. And antd's static messages close themselves on a timer (3 s) that outlives the
 * test file: under load one fired after jsdom was torn down and failed the run with an unhandled
 * error, so in tests they stay open (duration 0: no timer at all).
 */
import { message, notification } from 'antd';

message.config({ duration: 0 });
notification.config({ duration: 0 });

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
