/** GET /api/public/deployment: what the login page names (issue 10), no session needed. */
import { z } from 'zod';

export const deploymentSchema = z
  .object({
    productName: z.string(),
    financeBureauName: z
      .string()
      .nullable()
      .describe('FINANCE_BUREAU_NAME，未设置时为组织树最上级的财政部门；无法确定时为 null'),
  })
  .describe('部署信息');

export type Deployment = z.infer<typeof deploymentSchema>;
