import { describe, expect, it } from 'vitest';
import { buildExportUrl, readDownloadFileName } from './download-file.ts';

describe('readDownloadFileName', () => {
  it.each([
    [
      `attachment; filename="2024.xlsx"; filename*=UTF-8''2024%E5%B9%B4%E7%A4%BA%E8%8C%83%E5%8E%BF%E5%85%AC%E5%AE%89%E5%B1%80.xlsx`,
      '2024年示范县公安局.xlsx',
    ],
    [`attachment; filename*=utf-8''%E6%B1%87%E6%80%BB.xlsx`, '汇总.xlsx'],
    ['attachment; filename="plain.docx"', 'plain.docx'],
    [`attachment; filename="fallback.pdf"; filename*=UTF-8''%E0%A4%A`, 'fallback.pdf'],
  ])('reads %s as %s', (header, expected) => {
    expect(readDownloadFileName(header)).toBe(expected);
  });

  it('gives null without a header or a name', () => {
    expect(readDownloadFileName(null)).toBeNull();
    expect(readDownloadFileName('attachment')).toBeNull();
  });
});

describe('buildExportUrl', () => {
  it('uses the public API for published documents and encodes the id', () => {
    expect(buildExportUrl({ documentId: 'a/b', format: 'pdf' })).toBe(
      '/api/documents/a%2Fb/export?format=pdf',
    );
    expect(buildExportUrl({ documentId: 'x', format: 'docx', isPublic: true })).toBe(
      '/api/public/documents/x/export?format=docx',
    );
  });
});
