/**
 * The settings pages' list state (用户管理, 单位管理, 年度与截止日期): the list loaded from one GET,
 * a failure shown as a message, and `act` for a change — it runs, says what was done or the
 * server's Chinese refusal, and reloads the list on success (true) or leaves it (false).
 */
import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { callApi, describeError } from './api-client.ts';

export function useManagedList<Schema extends z.ZodType<{ items: unknown[] }>>(input: { url: string; response: Schema }) {
  const { message } = App.useApp();
  const { url, response } = input;
  const [items, setItems] = useState<z.infer<Schema>['items']>([]);
  const [isLoading, setIsLoading] = useState(true);

  const reload = useCallback(() => {
    setIsLoading(true);
    callApi({ method: 'GET', url, response })
      .then((answer) => setItems(answer.items))
      .catch((error: unknown) => void message.error(describeError(error)))
      .finally(() => setIsLoading(false));
  }, [message, url, response]);
  useEffect(reload, [reload]);

  const act = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
      try {
        await work();
        void message.success(done);
        reload();
        return true;
      } catch (error) {
        void message.error(describeError(error));
        return false;
      }
    },
    [message, reload],
  );

  return { items, isLoading, reload, act };
}
