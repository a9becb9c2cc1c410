/**
 * The document-level facts of the read, each with how sure the reader is (读取 / 未读到 / 已更正):
 * kind, unit, year and project. The person corrects kind, year and project; finance picks the unit
 * it imports for.
 */
import { Card, Form, Input, InputNumber, Select, Tag } from 'antd';
import { documentKindNames, documentKinds } from '../../../core/model.ts';
import type { ImportCorrections, ImportPreview } from '../../../contract/import-review.ts';

const confidenceTags = {
  // Text darker than antd's preset tag colours, for contrast at 12 px (axe color-contrast).
  read: <Tag color="green" style={{ color: '#135200' }}>已读取</Tag>,
  missing: <Tag color="orange" style={{ color: '#873800' }}>未读到</Tag>,
  corrected: <Tag color="blue" style={{ color: '#003a8c' }}>已更正</Tag>,
} as const;

type Props = {
  preview: ImportPreview;
  corrections: ImportCorrections;
  onChange: (corrections: ImportCorrections) => void;
  isFinance: boolean;
  organisationId: string | undefined;
  onChangeOrganisation: (organisationId: string) => void;
};

export function FieldsForm({ preview, corrections, onChange, isFinance, organisationId, onChangeOrganisation }: Props) {
  const confidence = (field: 'kind' | 'unit' | 'year' | 'project') =>
    confidenceTags[preview.fields.find((entry) => entry.field === field)?.confidence ?? 'missing'];
  const { document } = preview;
  return (
    <Card size="small" title="文档信息">
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label={<span>种类 {confidence('kind')}</span>}>
          <Select
            aria-label="文档种类"
            style={{ width: 160 }}
            value={document.kind}
            options={documentKinds.map((kind) => ({ value: kind, label: documentKindNames[kind] }))}
            onChange={(kind) => onChange({ ...corrections, kind })}
          />
        </Form.Item>
        <Form.Item label={<span>年度 {confidence('year')}</span>}>
          <InputNumber
            aria-label="年度"
            min={1990}
            max={2100}
            value={document.year}
            onChange={(year) => onChange({ ...corrections, year: year ?? null })}
          />
        </Form.Item>
        <Form.Item label={<span>文件所列单位 {confidence('unit')}</span>}>
          <Input aria-label="文件所列单位" value={document.unit} readOnly style={{ width: 180 }} />
        </Form.Item>
        {document.scope === 'project' && (
          <Form.Item label={<span>项目名称 {confidence('project')}</span>}>
            <Input
              aria-label="项目名称"
              style={{ width: 200 }}
              defaultValue={document.project ?? ''}
              onBlur={(event) => onChange({ ...corrections, project: event.target.value.trim() || null })}
            />
          </Form.Item>
        )}
        {isFinance && (
          <Form.Item label="导入到单位" required>
            <Select
              aria-label="导入到单位"
              style={{ width: 200 }}
              placeholder="请选择单位"
              value={organisationId}
              options={preview.units.map((unit) => ({ value: unit.id, label: unit.name }))}
              onChange={onChangeOrganisation}
            />
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
