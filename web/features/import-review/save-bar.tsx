/**
 * Saving a reviewed import: optionally keep the column mapping as a named layout (finance may share
 * it with every unit under it), and, when the file names another unit, an explicit choice —
 * cancel, or save as the owner's unit with the file's unit noted. A file of several tables: once one
 * is saved, the next can be reviewed.
 */
import { App, Button, Card, Checkbox, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ImportCorrections, ImportPreview, ImportSaveResult } from '../../../contract/import-review.ts';
import { describeError } from '../../lib/api-client.ts';
import { useRouter } from '../../lib/router.tsx';
import { saveImport } from './import-review-api.ts';
import type { LoadedFile } from './import-review-page.tsx';

type Props = {
  file: LoadedFile;
  corrections: ImportCorrections;
  preview: ImportPreview;
  organisationId: string | undefined;
  isFinance: boolean;
  /** A file holding several tables, with one after this: review it next (shown once this one is saved). */
  onNextTable?: () => void;
};

export function SaveBar({ file, corrections, preview, organisationId, isFinance, onNextTable }: Props) {
  const { navigate } = useRouter();
  // The App's modal carries the theme (accessible colours); the static Modal.confirm does not.
  const { modal } = App.useApp();
  const [shouldSaveLayout, setShouldSaveLayout] = useState(false);
  const [layoutName, setLayoutName] = useState('');
  const [scope, setScope] = useState<'organisation' | 'shared'>('organisation');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<ImportSaveResult | null>(null);

  const save = async (unitMismatch?: 'save-as-owner') => {
    setIsSaving(true);
    setError(null);
    try {
      const result = await saveImport({
        ...file,
        corrections,
        ...(organisationId ? { organisationId } : {}),
        ...(shouldSaveLayout ? { layout: { name: layoutName.trim() || file.fileName, scope } } : {}),
        ...(unitMismatch ? { unitMismatch } : {}),
      });
      setSaved(result);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setIsSaving(false);
    }
  };

  const confirmAndSave = () => {
    if (!preview.unitCheck.isMismatch) {
      void save();
      return;
    }
    modal.confirm({
      title: '文件所列单位与导入单位不同',
      content: `文件所列单位为“${preview.unitCheck.fileUnit}”。若确是本单位的文档，可按“${preview.unitCheck.ownerName}”保存，并在文档中注明文件所列单位；否则请取消。`,
      okText: `按“${preview.unitCheck.ownerName}”保存并注明`,
      cancelText: '取消',
      onOk: () => save('save-as-owner'),
    });
  };

  const isBlocked = isFinance && !organisationId;
  return (
    <Card size="small" title="保存">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Checkbox checked={shouldSaveLayout} onChange={(event) => setShouldSaveLayout(event.target.checked)} disabled={!preview.header}>
          保存栏目对应为命名版式（同样表头的文件以后自动按此读取）
        </Checkbox>
        {shouldSaveLayout && (
          <Space wrap>
            <Input aria-label="版式名称" placeholder="版式名称，如：某县自评表（考核分）" value={layoutName} onChange={(event) => setLayoutName(event.target.value)} style={{ width: 280 }} />
            {isFinance && (
              <Radio.Group value={scope} onChange={(event) => setScope(event.target.value as 'organisation' | 'shared')}>
                <Radio value="organisation">仅该单位</Radio>
                <Radio value="shared">共享给所辖单位</Radio>
              </Radio.Group>
            )}
          </Space>
        )}
        <Space wrap>
          <Button type="primary" loading={isSaving} disabled={isBlocked || saved !== null} onClick={confirmAndSave}>
            确认导入为草稿
          </Button>
          {isBlocked && <Typography.Text type="warning">请先选择导入到哪个单位</Typography.Text>}
        </Space>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        {saved && (
          <Space wrap>
            <Typography.Text type="success">
              已生成草稿：{saved.document.year}年 {saved.document.organisationName}
              {saved.layout ? `，已保存命名版式“${saved.layout.name}”` : ''}
            </Typography.Text>
            <Button onClick={() => navigate(`/documents/${saved.document.id}`)}>打开草稿</Button>
            {onNextTable && (
              <Button type="primary" onClick={onNextTable}>
                核对下一张表
              </Button>
            )}
          </Space>
        )}
      </Space>
    </Card>
  );
}
