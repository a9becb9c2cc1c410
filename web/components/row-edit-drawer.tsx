/**
 * The full-width drawer a phone edits one indicator in (the target editor's and the
 * self-evaluation's blocks): the row's number in its title, 完成 to go back to the list. What it
 * holds is the editor's own.
 */
import { Button, Drawer } from 'antd';
import type { ReactNode } from 'react';

export function RowEditDrawer(props: { rowNumber: number; isOpen: boolean; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer
      title={`编辑指标（第${props.rowNumber}行）`}
      placement="right"
      width="100%"
      open={props.isOpen}
      onClose={props.onClose}
      extra={
        <Button type="primary" onClick={props.onClose}>
          完成
        </Button>
      }
    >
      {props.children}
    </Drawer>
  );
}
