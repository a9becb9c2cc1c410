/** "逾期 N 天" in red when a deadline has passed; nothing when it has not (a 整改 notice, its list, the home page). */
import { Tag } from 'antd';

export function OverdueTag(props: { days: number }) {
  return props.days > 0 ? <Tag color="red">逾期 {props.days} 天</Tag> : null;
}
