/** Every refusal is `{ code, message }`: a stable code and a Chinese message (server/http/errors.ts maps them). */
import { z } from 'zod';

export const errorResponseSchema = z
  .object({ code: z.string().describe('稳定的错误代码'), message: z.string().describe('中文错误说明') })
  .loose()
  .describe('错误');

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
