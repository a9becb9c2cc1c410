/**
 * Test-only child process of crash.db.test.ts: saves one document over and over, each save a
 * versioned update plus its audit entry in one transaction (as services/documents does), and
 * prints "committed N" after each commit. The test kills it with SIGKILL mid-write.
 * Arguments: <sqlite|postgres> <file or url> <schema or -> <document id>.
 */
import { connectPostgres, connectSqlite } from '../connect.ts';
import { runInTransaction } from '../repositories.ts';

const [dialect, location, schema, documentId] = process.argv.slice(2);
if (!dialect || !location || !schema || !documentId) throw new Error('usage: crash-writer <dialect> <location> <schema|-> <document id>');
const connection = dialect === 'sqlite' ? connectSqlite(location) : connectPostgres({ url: location, searchPath: schema });

for (;;) {
  const committed = await runInTransaction(connection.db, async (repositories) => {
    const stored = await repositories.documents.getById(documentId);
    if (!stored) throw new Error('document missing');
    const at = new Date().toISOString();
    // A body large enough that a kill often lands inside the write.
    const body = { ...stored.body, overallGoal: `第${stored.version + 1}次保存：${'绩效目标'.repeat(4000)}` };
    const result = await repositories.documents.updateWithVersion({ id: documentId, expectedVersion: stored.version, changes: { body, updatedAt: at, updatedBy: null } });
    if (result.status !== 'updated') throw new Error(`update ${result.status}`);
    await repositories.auditEntries.append({ documentId, actorId: null, at, action: 'save', fromState: stored.state, toState: stored.state, reason: null, changes: [] });
    return result.document.version;
  });
  process.stdout.write(`committed ${committed}\n`);
}
