/** 评价结果通报 out: .docx and .xlsx (finance's export), from core/results' notice. */
export { writeResultsNoticeDocx } from './write-results-notice-docx.ts';
export { writeResultsNoticeXlsx } from './write-results-notice-xlsx.ts';
export { formatNoticeTitle, listGradeRows, listNoticeRows, noticeColumns } from './notice-rows.ts';
