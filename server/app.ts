/**
 * Builds the HTTP application over an open database: repositories → services' deps → routers.
 * main.ts adds configuration, migrations, demo data and listening; tests call this directly.
 */
import cookie from '@fastify/cookie';
import Fastify, { type RouteOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { DatabaseConnection } from './db/connect.ts';
import { createServiceDeps, type ServiceDeps } from './services/deps.ts';
import type { ApiApp } from './http/api-app.ts';
import { registerSessionResolution } from './http/auth.ts';
import { createResponseSerializerCompiler, type ResponseCheck } from './http/response-serializer.ts';
import { registerDocumentRoutes } from './http/documents.routes.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerExportRoutes } from './http/exports.routes.ts';
import { registerFiscalYearRoutes } from './http/fiscal-years.routes.ts';
import { registerHealthRoutes } from './http/health.routes.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerOrganisationRoutes } from './http/organisations.routes.ts';
import { registerPublicRoutes } from './http/public.routes.ts';
import { registerSessionRoutes } from './http/session.routes.ts';
import { registerTargetTableRoutes } from './http/target-tables.routes.ts';
import { registerProjectTargetTableRoutes } from './http/project-target-tables.routes.ts';
import { registerUserRoutes } from './http/users.routes.ts';
import { registerAccountRoutes } from './http/account.routes.ts';
import { registerUserAccountRoutes } from './http/user-accounts.routes.ts';
import { registerWebApp } from './http/web-app.ts';
import { registerMonitoringRoundRoutes } from './http/monitoring-rounds.routes.ts';
import { registerNotificationRoutes } from './http/notifications.routes.ts';
import { registerRectificationRoutes } from './http/rectification.routes.ts';
import { registerResultsRoutes } from './http/results.routes.ts';
import { registerUnitReminderRoutes } from './http/unit-reminders.routes.ts';
import { registerYearStatusRoutes } from './http/year-status.routes.ts';
import { registerRulePackRoutes } from './http/rule-packs.routes.ts';
import { registerImportReviewRoutes } from './http/import-review.routes.ts';
import { registerNulRefusal } from './http/refuse-nul.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerIndicatorLibraryRoutes } from './http/indicator-library.routes.ts';
import { createHeavyWorkPool, type HeavyWork } from './workers/heavy-work.ts';
import { createAdmittedServerFactory, createRequestAdmission } from './http/request-admission.ts';
import { registerReportOverviewRoutes } from './http/report-overview.routes.ts';

// Validation messages people read are Chinese (zod's own wording for built-in checks).
z.config(z.locales.zhCN());

export async function createApp(options: {
  config: Config;
  connection: DatabaseConnection;
  now?: () => Date;
  createId?: () => string;
  isLogging?: boolean;
  /** 'checked' (default: tests, development) or 'fast' (production); see http/response-serializer.ts. */
  responseCheck?: ResponseCheck;
  /** Default: a worker pool from config.workers, closed with the app. */
  heavyWork?: HeavyWork;
  /** Hears every route as it is registered (the route-inventory test lists the real routes with it). */
  onRoute?: (route: RouteOptions) => void;
}): Promise<{ app: ApiApp; deps: ServiceDeps }> {
  const { config, connection } = options;
  // Reading, analysing and exporting run in worker threads with time and memory limits (issue 9).
  const heavyWork =
    options.heavyWork ?? createHeavyWorkPool(config.workers, { isWarm: true, onError: (error) => app.log.error({ err: error }, 'worker thread failed') });
  // One admission for the server's request starts and, on PostgreSQL, a save's work after its
  // database answer (ServiceDeps.awaitTurn), so neither makes the event loop's turns long.
  const admission = createRequestAdmission();
  const deps = createServiceDeps({
    db: connection.db,
    config,
    now: options.now,
    createId: options.createId,
    heavyWork,
    ...(connection.dialect === 'postgres' ? { awaitTurn: () => new Promise<void>((resolve) => admission.admit(resolve)) } : {}),
    hasRequestsWaiting: () => admission.waiting > 0,
  });
  const app = Fastify({
    logger: options.isLogging === false ? false : { level: config.logLevel },
    // Only the configured hops (TRUST_PROXY_HOPS): with `true` the client's own leftmost
    // X-Forwarded-For entry would become request.ip and pick its login-throttle key.
    // (A hop count, written as proxy-addr's trust function since Fastify's types lack the number form.)
    trustProxy: config.trustProxyHops > 0 ? (_address: string, hop: number) => hop < config.trustProxyHops : false,
    // Upload routes set their own, larger limit.
    bodyLimit: 2 * 1024 * 1024,
    // Requests start first come, first served, about one per event-loop turn when busy, so new
    // connections are not left waiting while a saturated turn runs every ready request.
    serverFactory: createAdmittedServerFactory(admission),
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(createResponseSerializerCompiler(options.responseCheck ?? 'checked'));
  registerErrorHandling(app);
  app.addHook('onClose', () => heavyWork.close());

  await registerSecurityHeaders(app, { isSecure: config.isCookieSecure });
  registerNulRefusal(app);
  await app.register(cookie);
  await registerOpenApi(app);
  registerSessionResolution(app, deps);

  registerHealthRoutes(app, { db: connection.db, dialect: connection.dialect });
  registerSessionRoutes(app, deps);
  registerOrganisationRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerUserAccountRoutes(app, deps);
  registerFiscalYearRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerTargetTableRoutes(app, deps);
  registerProjectTargetTableRoutes(app, deps);
  registerImportReviewRoutes(app, deps);
  registerPublicRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerMonitoringRoundRoutes(app, deps);
  registerRectificationRoutes(app, deps);
  registerIndicatorLibraryRoutes(app, deps);
  registerRulePackRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerResultsRoutes(app, deps);
  registerUnitReminderRoutes(app, deps);
  registerReportOverviewRoutes(app, deps);
  registerYearStatusRoutes(app, deps);
  await registerWebApp(app, { webDistDirectory: config.webDistDirectory });

  await app.ready();
  return { app, deps };
}
