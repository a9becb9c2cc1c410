/**
 * Issue 9 item 9: closing a fiscal year (年度关闭) freezes its documents on the server. Every write
 * to a document of a closed year (create, upload, save, transition, opinion) is refused here,
 * whatever the web app shows.
 */
import type { Repositories } from '../../db/repositories.ts';
import { ServiceError } from '../service-error.ts';

export async function ensureYearOpen(
  repositories: Pick<Repositories, 'fiscalYears'>,
  year: number,
): Promise<void> {
  if (await repositories.fiscalYears.isClosed(year)) {
    throw new ServiceError({
      code: 'fiscal-year-closed',
      message: `${year} 年度已关闭，该年度的文档不能再新建、修改或流转。如需修改，请联系管理员重新开启该年度。`,
      httpStatus: 409,
    });
  }
}
