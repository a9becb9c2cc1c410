import { describe, expect, it } from 'vitest';
import { findSignatureUnit } from './report-signature.ts';

const BODY = ['四、存在的问题及改进措施', '下一步将加强对示范户的跟踪指导。', ''];

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

  // The same signature with each kind of line a page puts below it.
  const below: [string, string[]][] = [
    ['nothing', []],
    ['an attachment line', ['附件：1.青禾县项目绩效自评表']],
    ['an attachment list', ['附件：', '1.项目绩效自评表', '2.项目资金明细表']],
    ['a page footer', ['第 4 页 共 4 页']],
    ['a site footer', ['主办单位：青禾县人民政府办公室  地址：青禾县迎宾路8号', '网站标识码 4399000012']],
    ['print links', ['【打印本页】 【关闭窗口】']],
    ['a copy-to line', ['抄送：青禾县财政局']],
  ];
  it.each(below)('reads the unit over its date with %s below', (_name, after) => {
    expect(findSignatureUnit([...BODY, '青禾县乡村振兴服务中心', '2025年2月28日', ...after])).toBe('青禾县乡村振兴服务中心');
    expect(findSignatureUnit([...BODY, '青禾县乡村振兴服务中心（盖章）', '', '2025-02-28', '', ...after])).toBe(
      '青禾县乡村振兴服务中心',
    );
  });

  it('takes no unit that is not over a date once other lines follow it', () => {
    expect(findSignatureUnit([...BODY, '青禾县乡村振兴服务中心', '附件：1.项目绩效自评表'])).toBeNull();
    expect(findSignatureUnit([...BODY, '2025年2月28日', '附件：1.项目绩效自评表'])).toBeNull();
  });

  it('looks for a dated signature only among the last lines', () => {
    const longAttachment = Array.from({ length: 20 }, (_, index) => `${index + 1}.青禾县第${index + 1}项支出说明。`);
    expect(findSignatureUnit([...BODY, '青禾县乡村振兴服务中心', '2025年2月28日', ...longAttachment])).toBeNull();
  });
});
