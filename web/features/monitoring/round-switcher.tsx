/**
 * Several monitoring rounds in one year (1-6月, 1-9月; issue 11): on a round's page, a choice of the
 * year's other rounds, so the overview by level and the tables can be read for each window.
 * Shown only when the year has more than one round the user takes part in.
 */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useRouter } from '../../lib/router.tsx';
import { listRounds, type RoundSummary } from './monitoring-api.ts';

export function RoundSwitcher({ roundId, year }: { roundId: string; year: number }) {
  const { navigate } = useRouter();
  const [rounds, setRounds] = useState<RoundSummary[]>([]);
  useEffect(() => {
    let isCurrent = true;
    listRounds()
      .then((answer) => isCurrent && setRounds(answer.items.filter((round) => round.year === year)))
      .catch(() => isCurrent && setRounds([]));
    return () => {
      isCurrent = false;
    };
  }, [year]);
  if (rounds.length < 2) return null;
  return (
    <Select<string>
      aria-label="本年度监控轮次"
      style={{ minWidth: 240, marginBottom: 16 }}
      value={roundId}
      onChange={(id) => navigate(`/monitoring/${encodeURIComponent(id)}`)}
      options={[...rounds].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((round) => ({ value: round.id, label: `${round.title}（${round.periodName}）` }))}
    />
  );
}
