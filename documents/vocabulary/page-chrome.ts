/**
 * The words of a web page around a published table (navigation, print and close links, visit
 * counters, the site's footer), as data. A text dump copied from a finance bureau's page keeps
 * them above and below the document; read as table rows they became indicators ("附件下载：") or
 * ran into the last indicator's name. Matched on a line without whitespace.
 */
export const pageChromeMarkers: readonly string[] = [
  '打印本页',
  '关闭窗口',
  '【打印】',
  '【关闭】',
  '[打印]',
  '[关闭]',
  '【字体',
  '字体:大中小',
  '字体：大中小',
  '字号:大中小',
  '字号：大中小',
  '浏览次数',
  '阅读次数',
  '访问次数',
  '点击次数',
  'ICP备',
  '网站标识码',
  '公网安备',
  '版权所有',
  '主办单位:',
  '主办单位：',
  '承办单位:',
  '承办单位：',
  '技术支持:',
  '技术支持：',
  '返回顶部',
  '分享到:',
  '分享到：',
  '扫一扫在手机',
  '上一篇:',
  '上一篇：',
  '下一篇:',
  '下一篇：',
  '相关链接',
  '附件下载',
  '网站地图',
  '当前位置:',
  '当前位置：',
  '您现在的位置',
  '您的位置:',
  '您的位置：',
  // A document site's frame above the text of a file ("《…》由会员分享，可在线阅读，更多相关《…》请在…上搜索").
  '由会员分享',
  '可在线阅读',
];

/**
 * A page's breadcrumb trail on a line of its own: "首页 > 信息公开 > 预算绩效 > 绩效自评", "网站首页»政务公开»…".
 * Its last step may name the document's kind (绩效自评) and was read as a title.
 */
export const BREADCRUMB_LINE = /^\s*(?:网站)?首页\s*[>＞»›→]/;

/**
 * A page's attachment slot left empty, on a line of its own under the table: "附件:", "附件：" (a Wuhan
 * district's pages print it before the 扫一扫 footer). Read as a row it became an indicator "附件:".
 */
export const EMPTY_ATTACHMENT_LINE = /^\s*附件\s*[:：]\s*$/;

/** Chrome lines are short; a longer line that mentions a marker is text of the document. */
export const MAX_PAGE_CHROME_LINE_LENGTH = 120;

/**
 * A page's number on a line of its own, as a PDF's text keeps it between a table's rows where the
 * table runs over a page: "- 2 -", "— 2 —", "第 2 页 共 3 页", "第2页/共3页", "共3页 第2页", "2/3".
 * A bare number is no page number (a cell of a dump with one cell per line), nor "1/2" inside a row.
 */
export const PAGE_NUMBER_LINE =
  /^\s*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:(?:\s*[,，/])?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页(?:\s*[,，/])?\s*第\s*\d{1,3}\s*页|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

/**
 * The mark a printed table carries where it goes on over a page: "续表", "续上表", "（续表）", "续表2",
 * alone or with the amount unit repeated beside it ("续表      单位：万元"), maybe after the form
 * feed pdftotext puts between pages. Not a row of the table: read as one, its word joins the name of
 * the last row above the break.
 */
const CONTINUED_TABLE_LINE = /^\s*[（(]?续上?表(?:\s?\d{1,2})?[)）]?(?:\s+(?:金额)?单位[:：]\s?\S{1,4})?$/;

/** A page's number or a table's 续表 mark on a line of its own (after pdftotext's form feed, if any). */
export function isPageBreakLine(line: string): boolean {
  const text = line.startsWith('\f') ? line.replace(/^\f+/, '') : line;
  return PAGE_NUMBER_LINE.test(text) || CONTINUED_TABLE_LINE.test(text);
}
