/**
 * The import review screen (issue 8 item 9): an uploaded file read without saving, the source grid
 * beside the model. The person fixes the kind, year and project, assigns column roles (the
 * corrected read re-runs the same reader on the server), moves misplaced rows, sees findings tied
 * to source lines, is warned when the file names another unit, and saves — optionally keeping the
 * mapping as a named layout so the next file of the same layout reads without help.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Select, Space, Spin, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportCorrections, ImportPreview } from '../../../contract/import-review.ts';
import { documentKindNames } from '../../../core/model.ts';
import type { ColumnRole } from '../../../documents/vocabulary/columns.ts';
import { FindingsList } from '../../components/findings-list.tsx';
import { useUser } from '../../app/session-context.tsx';
import { describeError } from '../../lib/api-client.ts';
import { describeHeaderBand } from './describe-header-band.ts';
import { FieldsForm } from './fields-form.tsx';
import { previewImport, readFileBase64 } from './import-review-api.ts';
import { ModelPanel } from './model-panel.tsx';
import { takePendingImportFile } from './pending-file.ts';
import { readableExtensions } from '../workspace/file-types.ts';
import { SaveAllTables } from './save-all-tables.tsx';
import { SaveBar } from './save-bar.tsx';
import { SourceGrid } from './source-grid.tsx';

export interface LoadedFile {
  fileName: string;
  contentBase64: string;
}

/** A table of a file holding several, for the chooser: its place, where it opens, its kind when known. */
function describeTable(table: ImportPreview['tables'][number], index: number, preview: ImportPreview): string {
  const kind = table.kind ?? (index === preview.table ? preview.document.kind : null);
  return `第 ${index + 1} 张（第 ${table.line} 行起${kind ? `，${documentKindNames[kind]}` : ''}）`;
}

export default function ImportReviewPage() {
  const user = useUser();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [corrections, setCorrections] = useState<ImportCorrections>({});
  const [organisationId, setOrganisationId] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (picked: File) => {
    setError(null);
    setCorrections({});
    setPreview(null);
    setFile({ fileName: picked.name, contentBase64: await readFileBase64(picked) });
  };

  useEffect(() => {
    const pending = takePendingImportFile();
    if (pending) void load(pending);
  }, []);

  useEffect(() => {
    if (!file) return;
    let isCurrent = true;
    setIsLoading(true);
    previewImport({ ...file, corrections, ...(organisationId ? { organisationId } : {}) })
      .then((read) => {
        if (isCurrent) {
          setPreview(read);
          setError(null);
        }
      })
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)))
      .finally(() => isCurrent && setIsLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [file, corrections, organisationId]);

  const changeRole = (column: number, role: ColumnRole | null) => {
    const current = preview?.header?.columns.map((entry) => ({ column: entry.column, role: entry.role })) ?? [];
    setCorrections({ ...corrections, columnRoles: current.map((entry) => (entry.column === column ? { column, role } : entry)) });
  };
  const moveRow = (line: number, goalIndex: number | null) => {
    const others = (corrections.rowMoves ?? []).filter((move) => move.line !== line);
    setCorrections({ ...corrections, rowMoves: [...others, { line, goalIndex }] });
  };
  const findingLines = new Set((preview?.findings ?? []).flatMap((finding) => (finding.line === undefined ? [] : [finding.line])));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        导入核对
      </Typography.Title>
      <Card size="small">
        <Upload.Dragger
          accept={readableExtensions.join(',')}
          multiple={false}
          showUploadList={false}
          beforeUpload={(picked) => {
            void load(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{file ? `已选择：${file.fileName}（点击或拖入可换一个文件）` : '点击或拖入要导入的文件（.xlsx、.docx、.pdf、.ofd、.txt、.csv、网页 .html/.mht、OpenDocument .ods/.odt，或旧版 .xls、.doc）'}</p>
          <p style={{ color: '#595959' }}>先核对识别结果，确认无误后再保存为草稿</p>
        </Upload.Dragger>
      </Card>
      {error && <Alert type="error" showIcon message={error} />}
      {isLoading && !preview && <Spin tip="正在识别表格…"><div style={{ height: 80 }} /></Spin>}
      {preview && file && (
        <>
          {preview.unitCheck.isMismatch && (
            <Alert
              type="warning"
              showIcon
              message={`文件所列单位为“${preview.unitCheck.fileUnit}”，与“${preview.unitCheck.ownerName}”不同`}
              description="请确认这是否是本单位的文档。保存时须明确选择：取消，或按本单位保存并注明文件所列单位。"
            />
          )}
          {preview.tables.length > 1 && (
            <Alert
              type="info"
              showIcon
              message={`此文件有 ${preview.tables.length} 张表，正在核对第 ${preview.table + 1} 张`}
              description={
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <span>逐张核对，导入后可接着选下一张：</span>
                    <Select
                      aria-label="选择要导入的表"
                      value={preview.table}
                      style={{ minWidth: 240 }}
                      options={preview.tables.map((table, index) => ({ value: index, label: describeTable(table, index, preview) }))}
                      // Corrections belong to one table: another table starts without them.
                      onChange={(table: number) => setCorrections({ table })}
                    />
                  </Space>
                  <span>或不逐张核对，把每张表按识别结果各导入为一份草稿：</span>
                  <SaveAllTables
                    file={file}
                    preview={preview}
                    corrections={corrections}
                    organisationId={organisationId}
                    isFinance={user.role === 'finance-reviewer'}
                    onReviewTable={(table) => {
                      setCorrections({ table });
                      window.scrollTo({ top: 0, behavior: 'smooth' });
                    }}
                  />
                </Space>
              }
            />
          )}
          {preview.layout && (
            <Alert type="info" showIcon message={`已按命名版式“${preview.layout.name}”读取栏目（${preview.layout.scope === 'shared' ? '财政部门共享' : '本单位'}）`} />
          )}
          <FieldsForm
            key={`fields-${preview.table}`}
            preview={preview}
            corrections={corrections}
            onChange={setCorrections}
            isFinance={user.role === 'finance-reviewer'}
            organisationId={organisationId}
            onChangeOrganisation={setOrganisationId}
          />
          <Spin spinning={isLoading}>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card size="small" title="原表（可在每列上方改栏目）">
                  <SourceGrid preview={preview} onChangeRole={changeRole} highlightedLines={findingLines} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card size="small" title="识别结果">
                  <ModelPanel preview={preview} onMoveRow={moveRow} />
                </Card>
              </Col>
            </Row>
          </Spin>
          <Card size="small" title={`发现的问题（${preview.findings.length}）`}>
            <FindingsList findings={preview.findings} maxHeight={240} />
          </Card>
          <Typography.Text style={{ color: '#434343' }}>{describeHeaderBand(preview)}</Typography.Text>
          <SaveBar
            key={`save-${preview.table}`}
            {...(preview.table + 1 < preview.tables.length ? { onNextTable: () => setCorrections({ table: preview.table + 1 }) } : {})}
            file={file}
            corrections={corrections}
            preview={preview}
            organisationId={organisationId}
            isFinance={user.role === 'finance-reviewer'}
          />
        </>
      )}
    </Space>
  );
}
