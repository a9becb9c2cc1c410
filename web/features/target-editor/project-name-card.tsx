/**
 * 项目名称 of a 项目支出 table, shown above its money. Read-only here: the name is part of the
 * document's identity (one table per unit, year and project), chosen when the table is created.
 */
import { Card, Typography } from 'antd';

export function ProjectNameCard(props: { project: string | null | undefined }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Typography.Text strong>项目名称：</Typography.Text>
      <Typography.Text>{props.project || '（未填写）'}</Typography.Text>
    </Card>
  );
}
