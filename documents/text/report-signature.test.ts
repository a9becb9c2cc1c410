import { describe, expect, it } from 'vitest';
import { findSignatureUnit } from './report-signature.ts';

describe('findSignatureUnit (the unit that signs a report)', () => {
  it('reads the unit over the date at the end', () => {
    expect(
      findSignatureUnit(['……', '下一步将加强跟踪指导。', '', '示范县农业技术推广中心', '2024年3月15日']),
    ).toBe('示范县农业技术推广中心');
  });

  it('skips a page number and a 盖章 note', () => {
    expect(findSignatureUnit(['无。', '示范县民政局（盖章）', '2024年4月', '- 3 -'])).toBe('示范县民政局');
  });

  it('takes no sentence for a unit', () => {
    expect(findSignatureUnit(['下一步将加强与县财政局。', '2024年3月15日'])).toBeNull();
    expect(findSignatureUnit(['五、下一步改进措施', '完善考核办法，加强督办。'])).toBeNull();
  });
});
