/** Finance imports a unit's file on its behalf through the import review screen, where it picks the unit. */
import { Button, Card, Typography } from 'antd';
import { useRouter } from '../../lib/router.tsx';

export function FinanceImportLink() {
  const { navigate } = useRouter();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Typography.Text>代预算单位导入文件：先核对识别结果并选择单位，再保存为该单位的草稿。</Typography.Text>{' '}
      <Button type="primary" onClick={() => navigate('/documents/import-review')}>
        代单位导入并核对
      </Button>
    </Card>
  );
}
