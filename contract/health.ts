/** GET /api/health: liveness plus a database round trip. */
import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok'), database: z.string() });
