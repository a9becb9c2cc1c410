/** A document's review state as a coloured tag (names from core/review). */
import { Tag } from 'antd';
import { reviewStateNames, type ReviewState } from '../../core/review/states.ts';

const stateColors: Record<ReviewState, string> = {
  draft: 'default',
  returned: 'red',
  submitted: 'processing',
  'supervisor-reviewed': 'cyan',
  approved: 'green',
  'finance-reviewed': 'green',
  published: 'gold',
};

export function StateTag({ state }: { state: ReviewState }) {
  return <Tag color={stateColors[state]}>{reviewStateNames[state]}</Tag>;
}
