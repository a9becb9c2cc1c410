/** Shown on every page while signed in with a demo account (issue 9 item 5): demo data, not for real work. */
import { Alert } from 'antd';

export function DemoBanner() {
  return (
    <Alert
      type="warning"
      banner
      showIcon
      message="您正在使用演示账号：这里的单位、人员和文档都是演示数据，请勿录入真实数据。正式使用请由管理员新建账号，并停用全部演示账号。"
    />
  );
}
