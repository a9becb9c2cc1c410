/** 催报 messages finance sent to the user's unit (home page and the monitoring page); nothing when there are none. */
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../lib/format.ts';
import { listOwnReminders, type Reminder } from './monitoring-api.ts';

export function RemindersCard() {
  const [reminders, setReminders] = useState<Reminder[]>([]);
  useEffect(() => {
    listOwnReminders()
      .then((result) => setReminders(result.items.slice(0, 3)))
      .catch(() => setReminders([]));
  }, []);
  return (
    <>
      {reminders.map((reminder) => (
        <Alert
          key={reminder.id}
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`催报：${reminder.roundTitle}`}
          description={`${reminder.message}（${reminder.actorName ?? '财政部门'}，${formatDateTime(reminder.at)}）`}
        />
      ))}
    </>
  );
}
