/** 评价结果通报 as .docx or .xlsx, written in a worker thread (server/workers). */
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { buildCurrentNotice } from './get-results-notice.ts';

export const noticeFormats = ['docx', 'xlsx'] as const;
export type NoticeFormat = (typeof noticeFormats)[number];

const contentTypes: Record<NoticeFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function exportResultsNotice(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; format: NoticeFormat },
): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const { notice } = await buildCurrentNotice(deps, input);
  const bytes = await deps.heavyWork.writeResultsNotice(notice, input.format);
  return { bytes, fileName: `${input.year}年度绩效评价结果通报.${input.format}`, contentType: contentTypes[input.format] };
}
