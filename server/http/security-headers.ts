/**
 * Security headers on every response (the web app, the API and /api/docs) via @fastify/helmet:
 * a Content-Security-Policy the built web app (Ant Design's inline styles, ECharts' canvas) and
 * swagger-ui work under, no framing by other sites, no MIME sniffing, no referrer to other
 * origins, and HSTS only when the server is reached over https (COOKIE_SECURE): on a plain-http
 * office network HSTS and upgrade-insecure-requests would lock browsers out.
 */
import helmet from '@fastify/helmet';
import type { ApiApp } from './api-app.ts';

export async function registerSecurityHeaders(app: ApiApp, options: { isSecure: boolean }): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Ant Design and swagger-ui write their styles inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
        ...(options.isSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: options.isSecure ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false } : false,
    // The web app loads nothing from other origins, but downloads open in new tabs.
    crossOriginEmbedderPolicy: false,
  });
}
