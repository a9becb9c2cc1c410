import { Tag } from 'antd';
import type { SaveStatus } from './use-document-draft.ts';

const labels: Record<SaveStatus, { text: string; color: string }> = {
  saved: { text: '已保存', color: 'green' },
  dirty: { text: '有未保存的修改', color: 'orange' },
  saving: { text: '正在保存…', color: 'blue' },
  error: { text: '保存失败，修改仍在本页', color: 'red' },
  conflict: { text: '版本冲突', color: 'red' },
};

export function SaveStatusTag({ status }: { status: SaveStatus }) {
  return <Tag color={labels[status].color}>{labels[status].text}</Tag>;
}
