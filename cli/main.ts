/** The `jixiao` command line: thin over core/ and documents/. */
import { parseArgs } from 'node:util';
import { runImport } from './commands/import.ts';
import { hasFolder, runImportBatch, terminalProgress } from './commands/import-batch.ts';
import { runCheck } from './commands/check.ts';
import { runScore } from './commands/score.ts';
import { runPacks } from './commands/packs.ts';
import { runExport } from './commands/export.ts';
import { CliError } from './load-document.ts';

export const helpText = `jixiao：预算绩效文档的读取、检查与评分

用法：
  jixiao import <文件…> [--json]   读取文档（目标表、批复表、自评表、监控表、评价报告），输出文档模型
        [--layout 版式.json]       按命名版式（GET /api/import-layouts 的结果）读取表头签名相同的文件
        [--unit 单位 [--save-as-own]]  文件所列单位与此不同时拒绝，加 --save-as-own 则按此单位读取并注明
        [--table 序号]             文件中有多张表时读取第几张（从 1 数起；默认第一张）
        [--each-table]             文件中有多张表时逐张读出（文件夹亦可），每张一个文档
  jixiao import <文件夹> [--json]  逐个读取文件夹（含子文件夹）里的全部文件，读出一个报告一个并显示进度；
                                   --json 时每行一个 {"file","document"}；有文件读取失败时退出码为 1
  jixiao check <文件>              检查文档，列出发现的问题（有错误时退出码为 1）
  jixiao score <文件> [--pack 名称] [--json]
                                   按规则包（默认 national）为自评表评分，对照填报得分、总分和等级，列出每项算法
  jixiao packs [--json]            列出规则包：名称、来源、与全国默认的不同
  jixiao export <文件> --format xlsx|docx|pdf|json [-o 输出文件]
                                   按正式格式导出（不给 -o 时以中文文件名存到当前目录）
  jixiao backup [文件]             备份数据库（SQLite：默认存到 ./data/backups；PostgreSQL：显示 pg_dump 命令）
  jixiao restore <文件>            从备份恢复 SQLite 数据库（须先停止服务器；原库保留一份）
  jixiao create-admin <用户名>     建立管理员（无演示数据的新安装、生产环境），打印一次随机密码
  jixiao reset-password <用户名>   重置用户密码，打印一次随机密码，退出其全部会话
  jixiao help                      显示本帮助

<文件> 可以是 .txt、.csv、.xlsx、.docx、.pdf、.ofd、网页 .html/.mht、OpenDocument .ods/.odt、XML 格式的 Word/Excel 文件（.xml），
旧版 .xls、.doc（及 WPS 的 .et、.wps，需安装 LibreOffice），扫描件 PDF、.tif 与表格照片 .jpg/.png（文字识别，需安装 tesseract 与简体中文包；
文件夹中的照片不读取，请逐个写出文件名），
或 jixiao import --json 输出的 .json 文件。

示例：
  npx jixiao import 2023年目标表.txt --json
  npx jixiao score 2022年自评表.txt
  npx jixiao score 2022年自评表.txt --pack sichuan-60-30 --json
  npx jixiao export 2022年自评表.txt --format xlsx -o 自评表.xlsx`;

/** Runs one CLI invocation and returns the process exit code. */
export async function main(
  argv: string[],
  write: (text: string) => void = (text) => void process.stdout.write(`${text}\n`),
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        pack: { type: 'string' },
        layout: { type: 'string' },
        unit: { type: 'string' },
        'save-as-own': { type: 'boolean', default: false },
        table: { type: 'string' },
        'each-table': { type: 'boolean', default: false },
      },
    });
    switch (command) {
      case 'import': {
        requireFiles(positionals, 'import');
        const importOptions = {
          json: values.json ?? false,
          ...(values.layout ? { layout: values.layout } : {}),
          ...(values.unit ? { unit: values.unit } : {}),
          isSavedAsOwn: values['save-as-own'] ?? false,
          ...(values.table === undefined ? {} : { table: parseTableOption(values.table) }),
          isEachTable: values['each-table'] ?? false,
        };
        if (!(await hasFolder(positionals))) {
          write(await runImport({ files: positionals, ...importOptions }));
          return 0;
        }
        const { failed } = await runImportBatch(
          { inputs: positionals, ...importOptions },
          { write, progress: terminalProgress() },
        );
        return failed > 0 ? 1 : 0;
      }
      case 'check': {
        requireFiles(positionals, 'check');
        const { output, hasErrors } = await runCheck({ file: positionals[0] ?? '' });
        write(output);
        return hasErrors ? 1 : 0;
      }
      case 'score':
        requireFiles(positionals, 'score');
        write(await runScore({ file: positionals[0] ?? '', pack: values.pack, json: values.json ?? false }));
        return 0;
      case 'packs':
        write(runPacks({ json: values.json ?? false }));
        return 0;
      case 'export':
        requireFiles(positionals, 'export');
        write(await runExport({ file: positionals[0] ?? '', format: values.format, output: values.output }));
        return 0;
      case 'backup':
        write(
          await (await import('./commands/backup.ts')).runBackup({ output: positionals[0] ?? values.output }),
        );
        return 0;
      case 'restore':
        requireFiles(positionals, 'restore');
        write(await (await import('./commands/backup.ts')).runRestore({ file: positionals[0] ?? '' }));
        return 0;
      case 'create-admin':
        if (!positionals[0]) throw new CliError('请给出用户名，例如：jixiao create-admin admin2', 2);
        write(
          await (await import('./commands/accounts.ts')).runCreateAdmin({ username: positionals[0] ?? '' }),
        );
        return 0;
      case 'reset-password':
        if (!positionals[0]) throw new CliError('请给出用户名，例如：jixiao reset-password admin', 2);
        write(
          await (await import('./commands/accounts.ts')).runResetPassword({ username: positionals[0] ?? '' }),
        );
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        write(helpText);
        return 0;
      default:
        throw new CliError(`未知命令：${command}\n\n${helpText}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`参数有误：${error.message}\n\n${helpText}\n`);
      return 2;
    }
    throw error;
  }
}

/** `--table N`: the N-th table of a file holding several, counted from 1 (0-based inside). */
function parseTableOption(text: string): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1 || number > 200) throw new CliError(`--table 须为 1 到 200 的整数（文件中第几张表），收到“${text}”`, 2);
  return number - 1;
}

function requireFiles(files: string[], command: string): void {
  if (files.length === 0) throw new CliError(`请给出要处理的文件，例如：jixiao ${command} 文件.txt`, 2);
}
