/** The upload card refuses files it cannot read with what to do, in Chinese. */
import { describe, expect, it } from 'vitest';
import { describeUnreadableFile, readableExtensions } from './file-types.ts';

describe('describeUnreadableFile', () => {
  it('accepts every readable extension, whatever its case', () => {
    for (const extension of readableExtensions) expect(describeUnreadableFile(`目标表${extension.toUpperCase()}`)).toBeNull();
  });

  it('takes old Office and WPS files (the server converts them)', () => {
    for (const name of ['自评表.xls', '报告.DOC', '目标表.et', '报告.wps']) expect(describeUnreadableFile(name)).toBeNull();
  });

  it('takes OFD, the fixed-layout format bureaus archive in', () => {
    expect(describeUnreadableFile('归档目标表.ofd')).toBeNull();
    expect(describeUnreadableFile('压缩包.zip')).toContain('OFD');
  });

  it('takes a photo or scan of a table as .jpg/.png/.tif (the server reads it by OCR), says other pictures cannot be read, and names the readable kinds otherwise', () => {
    expect(describeUnreadableFile('扫描件.JPG')).toBeNull();
    expect(describeUnreadableFile('照片.png')).toBeNull();
    expect(describeUnreadableFile('扫描件.tif')).toBeNull();
    expect(describeUnreadableFile('传真.TIFF')).toBeNull();
    expect(describeUnreadableFile('截图.webp')).toContain('是无法读取的图片格式');
    expect(describeUnreadableFile('压缩包.zip')).toContain('.xlsx');
    expect(describeUnreadableFile('没有扩展名')).toContain('无法读取“没有扩展名”');
  });
});
