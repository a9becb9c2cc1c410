/** The 整改 ledger: notices, items, closed, overdue, and the money decided (万元). */
import { Card, Col, Row, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { moneyActionNames, moneyActions } from '../../../core/rectification/states.ts';
import { formatExactMoney } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { getLedger, type Ledger } from './monitoring-api.ts';

export function LedgerCard() {
  const [ledger, setLedger] = useState<Ledger | null>(null);
  useEffect(() => {
    getLedger().then(setLedger).catch(() => setLedger(null));
  }, []);
  if (!ledger) return null;
  const counts: Array<[string, number]> = [
    ['整改通知', ledger.notices],
    ['已办结通知', ledger.noticesClosed],
    ['整改事项', ledger.items],
    ['已验收事项', ledger.itemsClosed],
    ['逾期事项', ledger.itemsOverdue],
  ];
  return (
    <Card title="整改台账" size="small" extra={<Link to="/rectification">全部整改通知</Link>} style={{ marginBottom: 16 }} data-testid="ledger">
      <Row gutter={[16, 16]}>
        {counts.map(([label, value]) => (
          <Col key={label} xs={12} sm={8} md={4} data-testid={`ledger-${label}`}>
            <Statistic title={label} value={value} valueStyle={label === '逾期事项' && value > 0 ? { color: '#cf1322' } : undefined} />
          </Col>
        ))}
        {moneyActions.map((action) => (
          <Col key={action} xs={12} sm={8} md={4} data-testid={`ledger-${moneyActionNames[action]}`}>
            <Statistic title={`${moneyActionNames[action]}（万元）`} value={formatExactMoney(ledger.money[action])} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
