/** On the public list: the published 评价结果通报, one link per year (nothing when none is published). */
import { Card, List } from 'antd';
import { useEffect, useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { listPublicNotices } from './results-api.ts';

export function PublicResultsLinks() {
  const [items, setItems] = useState<Array<{ year: number; publishedAt: string }>>([]);
  useEffect(() => {
    // The list of documents stays usable when this small list cannot load.
    listPublicNotices()
      .then((list) => setItems(list.items))
      .catch(() => setItems([]));
  }, []);
  if (items.length === 0) return null;
  return (
    <Card size="small" title="评价结果通报">
      <List
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item>
            <Link to={`/public/results/${item.year}`}>{`关于${item.year}年度预算绩效自评结果的通报`}</Link>
            <span style={{ color: '#595959' }}>{formatDate(item.publishedAt)}</span>
          </List.Item>
        )}
      />
    </Card>
  );
}
