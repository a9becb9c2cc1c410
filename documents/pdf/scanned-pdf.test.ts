import { describe, expect, it } from 'vitest';
import { ImportError, importFile } from '../import-file.ts';

/** A one-page PDF drawing `content`, with a 2×2 grey picture as /Im1 when `hasPicture`, and Helvetica as /F1. */
function buildPdf(content: string, hasPicture: boolean): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>${hasPicture ? ' /XObject << /Im1 6 0 R >>' : ''} >> >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(hasPicture ? ['<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream'] : []),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function refusal(bytes: Buffer): Promise<{ code: string; message: string }> {
  try {
    await importFile({ bytes, fileName: '自评表.pdf' });
    return { code: 'no error', message: '' };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { code: error.code, message: error.message };
  }
}

const picture = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
const text = (words: string) => `BT /F1 12 Tf 72 760 Td (${words}) Tj ET`;

describe('a PDF with no text to read says what it is', () => {
  it('a scan (page pictures, at most a page number of text) is refused as a scan, with what to upload instead', async () => {
    for (const content of [picture, `${picture}\n${text('- 1 -')}`]) {
      const { code, message } = await refusal(buildPdf(content, true));
      expect(code).toBe('no-text');
      expect(message).toMatch(/^“自评表\.pdf”是扫描件.*请上传原始的 Excel、Word 文件/);
    }
  });

  it('a PDF with neither text nor pictures (text turned into drawing) says there is no text', async () => {
    const { code, message } = await refusal(buildPdf('0 0 m 100 100 l S', false));
    expect(code).toBe('no-text');
    expect(message).toContain('没有可读取的文字（文字可能已转成图形）');
  });

  it('a PDF with text that is no performance document stays "not a document", picture or not', async () => {
    const words = text('Meeting notice: the committee meets on Friday at ten in the small hall.');
    expect((await refusal(buildPdf(`${picture}\n${words}`, true))).code).toBe('not-a-document');
    expect((await refusal(buildPdf(words, false))).code).toBe('not-a-document');
  });
});
