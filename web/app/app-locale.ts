/**
 * antd's Chinese locale with our wording where its own reads oddly to a clerk: a table row's
 * collapse button is 关闭行 ("close the row") in antd's zh_CN; 收起行 is what it does.
 */
// Vite 8 trap (STACK.md): the CJS path 'antd/locale/zh_CN' is silently not applied.
import zhCN from 'antd/es/locale/zh_CN';
import type { Locale } from 'antd/es/locale';

export const appLocale: Locale = {
  ...zhCN,
  Table: { ...zhCN.Table, collapse: '收起行' },
};
