/** The "already exists" refusal names what exists, so the clerk knows which document to open. */
import { describe, expect, it } from 'vitest';
import { createDocumentExistsError } from './document-errors.ts';

describe('createDocumentExistsError', () => {
  it("names the year and the kind of a department's document, without speaking of a project", () => {
    const error = createDocumentExistsError({ kind: 'target-table', year: 2026 });
    expect(error.message).toContain('本单位2026年已有绩效目标表');
    expect(error.message).not.toContain('项目');
    expect(error.code).toBe('document-exists');
    expect(error.httpStatus).toBe(409);
  });

  it("names the project of a project's document", () => {
    const error = createDocumentExistsError({ kind: 'self-evaluation', year: 2025, project: '社区矫正中心建设' });
    expect(error.message).toContain('本单位2025年已有项目“社区矫正中心建设”的绩效自评表');
  });

  it('says 本年度 when the year is not known, and keeps the monitoring wording', () => {
    expect(createDocumentExistsError({ kind: 'evaluation-report' }).message).toContain('本单位本年度已有绩效评价报告');
    expect(createDocumentExistsError({ kind: 'monitoring', year: 2026 }).message).toContain('绩效运行监控表');
  });
});
