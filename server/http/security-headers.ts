/**
 * Security headers on every response (the web app, the API and /api/docs) via @fastify/helmet:
 * a Content-Security-Policy the built web app (Ant Design's inline styles, ECharts' canvas) and
 * swagger-ui work under, no framing by other sites, no MIME sniffing, no referrer to other
 * origins, and HSTS only when the server is reached over https (COOKIE_SECURE): on a plain-http
 * office network HSTS and upgrade-insecure-requests would lock browsers out.
 *
 * The headers do not depend on the request (no CSP nonces), but @fastify/helmet builds helmet's
 * middleware anew for every request (≈ 3 % of a document read's CPU, bench/api-request-cost.ts).
 * So helmet answers one request of a throwaway Fastify instance at start, and every response gets
 * the headers it set, written the same way (on the raw response, in an onRequest hook).
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import type { ApiApp } from './api-app.ts';

export function helmetOptions(options: { isSecure: boolean }): FastifyHelmetOptions {
  return {
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
  };
}

/** Headers Fastify itself writes on any answer; whatever else the probe's answer carries is helmet's. */
const fastifyOwnHeaders = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The headers helmet sets with these options, read from one answer of a throwaway instance. */
export async function computeSecurityHeaders(options: { isSecure: boolean }): Promise<OutgoingHttpHeaders> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, helmetOptions(options));
  probe.get('/', async () => 'ok');
  try {
    const response = await probe.inject({ method: 'GET', url: '/' });
    return Object.fromEntries(Object.entries(response.headers).filter(([name]) => !fastifyOwnHeaders.has(name.toLowerCase())));
  } finally {
    await probe.close();
  }
}

export async function registerSecurityHeaders(app: ApiApp, options: { isSecure: boolean }): Promise<void> {
  const headers = Object.entries(await computeSecurityHeaders(options));
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) if (value !== undefined) reply.raw.setHeader(name, value);
    done();
  });
}
