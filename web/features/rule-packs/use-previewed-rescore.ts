/**
 * The change of a rule pack that rescores documents (a year's pack, a region's pack): choosing
 * first asks the server for a dry run and keeps it as `pending` (the confirm dialog lists what
 * will be rescored); confirming makes the change, keeps it as `lastChange` and says so.
 */
import { message } from 'antd';
import { useState } from 'react';
import { describeError } from '../../lib/api-client.ts';

export interface PreviewedRescore<Choice, Change> {
  isWorking: boolean;
  /** The choice waiting for confirmation, with the dry run's answer. */
  pending: { choice: Choice; preview: Change } | null;
  lastChange: Change | null;
  choose(choice: Choice): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  clearLastChange(): void;
}

export function usePreviewedRescore<Choice, Change>(options: {
  /** Makes the change, or with `dryRun` only says what it would rescore. */
  run(choice: Choice, dryRun: boolean): Promise<Change>;
  /** The success message after a confirmed change. */
  describeDone(choice: Choice, change: Change): string;
  onChanged?(): void;
}): PreviewedRescore<Choice, Change> {
  const [isWorking, setIsWorking] = useState(false);
  const [pending, setPending] = useState<{ choice: Choice; preview: Change } | null>(null);
  const [lastChange, setLastChange] = useState<Change | null>(null);

  const working = async (work: () => Promise<void>) => {
    setIsWorking(true);
    try {
      await work();
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsWorking(false);
    }
  };

  return {
    isWorking,
    pending,
    lastChange,
    choose: (choice) => working(async () => setPending({ choice, preview: await options.run(choice, true) })),
    confirm: () =>
      working(async () => {
        if (!pending) return;
        const change = await options.run(pending.choice, false);
        setLastChange(change);
        setPending(null);
        void message.success(options.describeDone(pending.choice, change));
        options.onChanged?.();
      }),
    cancel: () => setPending(null),
    clearLastChange: () => setLastChange(null),
  };
}
