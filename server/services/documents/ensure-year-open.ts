/**
 * Issue 9 item 9: closing a fiscal year (年度关闭) freezes its documents on the server. Every write
 * to a document of a closed year (create, upload, save, transition, opinion) is refused here,
 * whatever the web app shows.
 */
import type { RulePack } from '../../../core/rule-packs/index.ts';
import type { Repositories } from '../../db/repositories.ts';
import { ServiceError } from '../service-error.ts';
import { choosePack, packForDocument, type PackChoices } from '../rule-packs/pack-for-year.ts';

function createYearClosedError(year: number): ServiceError {
  return new ServiceError({
    code: 'fiscal-year-closed',
    message: `${year} 年度已关闭，该年度的文档不能再新建、修改或流转。如需修改，请联系管理员重新开启该年度。`,
    httpStatus: 409,
  });
}

export async function ensureYearOpen(
  repositories: Pick<Repositories, 'fiscalYears'>,
  year: number,
): Promise<void> {
  if (await repositories.fiscalYears.isClosed(year)) throw createYearClosedError(year);
}

/**
 * ensureYearOpen and then packForDocument, for a save: with the unit's path, both from one
 * statement (the fiscal year's row holds the year's pack and whether it is open), or from none when
 * the save read them with its document.
 */
export async function packForOpenYear(
  repositories: Pick<Repositories, 'fiscalYears' | 'rulePacks' | 'organisations'>,
  input: {
    year: number;
    organisationId: string;
    organisationPath: readonly string[];
    /** Read with the document already (documents.getSaveView): no statement at all. */
    known?: { choices: PackChoices; isYearClosed: boolean };
  },
): Promise<RulePack> {
  if (!input.organisationPath.length) {
    await ensureYearOpen(repositories, input.year);
    return packForDocument(repositories, input);
  }
  let known = input.known;
  if (!known) {
    const choices = await repositories.rulePacks.findPackChoices({ year: input.year, organisationIds: input.organisationPath });
    known = { choices, isYearClosed: choices.isYearClosed };
  }
  if (known.isYearClosed) throw createYearClosedError(input.year);
  return choosePack(input.organisationPath, known.choices).pack;
}
