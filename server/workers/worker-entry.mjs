// The worker threads' entry (piscina loads this file). The server runs TypeScript through tsx
// with no compile step, and a worker thread does not always inherit the parent's loader (vitest
// runs its own), so register tsx here before importing the TypeScript task module.
import { register } from 'tsx/esm/api';

register();
const { runHeavyTask } = await import('./heavy-tasks.ts');

export default runHeavyTask;
