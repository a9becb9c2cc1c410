/** 移动: choose the new parent (only places the kinds allow, never its own subtree), then confirm. */
import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { organisationKindNames } from '../../../core/organisation-kinds.ts';
import type { Organisation } from '../../../contract/organisations.ts';
import { countDescendants, describePath, listMoveTargets } from './organisation-tree.ts';

export function MoveOrganisationModal(props: {
  organisation: Organisation | null;
  organisations: readonly Organisation[];
  onMove(input: { organisation: Organisation; parent: Organisation }): Promise<void>;
  onCancel(): void;
}) {
  const [parentId, setParentId] = useState<string | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const moving = props.organisation;
  const targets = moving ? listMoveTargets(props.organisations, moving) : [];
  const parent = targets.find((target) => target.id === parentId) ?? null;
  const below = moving ? countDescendants(props.organisations, moving) : 0;
  const close = () => {
    setParentId(null);
    setIsConfirming(false);
    props.onCancel();
  };
  const onOk = async () => {
    if (!moving || !parent) return;
    if (!isConfirming) {
      setIsConfirming(true);
      return;
    }
    await props.onMove({ organisation: moving, parent });
    setParentId(null);
    setIsConfirming(false);
  };
  return (
    <Modal
      title={moving ? `移动“${moving.name}”` : ''}
      open={moving !== null}
      okText={isConfirming ? '确认移动' : '下一步'}
      okButtonProps={{ disabled: !parent }}
      cancelText="取消"
      onOk={() => void onOk()}
      onCancel={close}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="移到哪个单位之下" extra="只列出类别允许的上级；不能移到本单位自己的下级之下。">
          <Select
            aria-label="新的上级单位"
            showSearch
            optionFilterProp="label"
            placeholder="选择新的上级单位"
            value={parentId ?? undefined}
            onChange={(value: string) => {
              setParentId(value);
              setIsConfirming(false);
            }}
            options={targets.map((target) => ({
              value: target.id,
              label: `${describePath(props.organisations, target)}（${organisationKindNames[target.kind]}）`,
            }))}
          />
        </Form.Item>
      </Form>
      {isConfirming && moving && parent && (
        <Alert
          type="warning"
          showIcon
          message={`确定把“${moving.name}”${below > 0 ? `连同其下 ${below} 个单位` : ''}移到“${parent.name}”之下？`}
          description="移动后，其文档改由新上级审核和查看，原上级不再能看到。"
        />
      )}
    </Modal>
  );
}
