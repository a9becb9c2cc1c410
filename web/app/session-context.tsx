/** The signed-in user and the CSRF token, loaded once from GET /api/session. */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, callApi, requestJson, setCsrfToken } from '../lib/api-client.ts';
import { sessionResponseSchema, type SessionUser } from '../../contract/session.ts';
import { useRouter } from '../lib/router.tsx';

/** Pages anyone may open without signing in (the public page). */
const publicPrefixes = ['/public'];

export function isPublicPath(path: string): boolean {
  return publicPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

interface SessionState {
  user: SessionUser | null;
  isLoading: boolean;
  logIn: (input: { username: string; password: string }) => Promise<void>;
  logOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const { path } = useRouter();
  // The public pages never ask for a session: a visitor's GET /api/session would answer 401, which
  // the browser logs as an error in the console. The check runs once a staff page is opened.
  const isSessionNeeded = !isPublicPath(path);
  const hasChecked = useRef(false);

  useEffect(() => {
    if (!isSessionNeeded || hasChecked.current) return;
    // Once per page load (StrictMode runs effects twice, so no "is current" guard: the provider
    // lives as long as the app).
    hasChecked.current = true;
    callApi({ method: 'GET', url: '/api/session', response: sessionResponseSchema })
      .then((session) => {
        setCsrfToken(session.csrfToken);
        setUser(session.user);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.warn(error);
      })
      .finally(() => setIsLoading(false));
  }, [isSessionNeeded]);

  const logIn = useCallback(async (input: { username: string; password: string }) => {
    const session = await callApi({ method: 'POST', url: '/api/login', body: input, response: sessionResponseSchema });
    setCsrfToken(session.csrfToken);
    setUser(session.user);
  }, []);

  const logOut = useCallback(async () => {
    try {
      await requestJson('POST', '/api/logout');
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, isLoading, logIn, logOut }), [user, isLoading, logIn, logOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user; only for pages behind the login. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
