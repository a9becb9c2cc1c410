/**
 * 开启监控轮次 (finance): year, window (1-N月 or a cut-off date), deadline, and either every unit or
 * a chosen list of 重点监控 units. Each unit then gets its tables pre-filled from approved targets.
 * Opening is confirmed first: the units see their tables at once and a round cannot be taken back.
 */
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/api-client.ts';
import type { OpeningPreview } from '../../../contract/monitoring-rounds.ts';
import { completedMonths } from '../../../core/monitoring/time-progress.ts';
import { listOrganisations, openRound, previewOpening, type RoundDetail, type RoundSummary } from './monitoring-api.ts';
import { OpeningPreviewNote } from './opening-preview-note.tsx';

interface Values {
  year: number;
  windowKind: 'month' | 'date';
  throughMonth?: number;
  cutOffDate?: Dayjs;
  deadline: Dayjs;
  scope: 'all' | 'chosen';
  organisationIds?: readonly string[];
  title?: string;
}

/**
 * The year's rounds already opened, for the form: their windows said under 截至月份, and the most
 * months any of them completes (core completedMonths: a cut-off on the 15th completes the month
 * before). A new round of the year must end later: an earlier window is refused for every unit that
 * has a later table.
 */
export function describeOpenedWindows(rounds: readonly RoundSummary[], year: unknown): { latestMonth: number | null; note: string | null } {
  const ofYear = rounds.filter((round) => round.year === year);
  if (ofYear.length === 0) return { latestMonth: null, note: null };
  const months = ofYear.map((round) => completedMonths(round.period) ?? 0);
  const latestMonth = Math.max(...months);
  const names = [...new Set(ofYear.map((round) => round.periodName))].join('、');
  return { latestMonth: latestMonth > 0 ? latestMonth : null, note: `${year}年度已开启：${names}。新的一期须晚于已开启的一期。` };
}

export function OpenRoundForm(props: { onOpened: (round: RoundDetail) => void; rounds?: readonly RoundSummary[] }) {
  const [form] = Form.useForm<Values>();
  // The App's modal carries the theme (accessible colours); the static Modal.confirm does not.
  const { modal } = App.useApp();
  const [units, setUnits] = useState<{ value: string; label: string }[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    listOrganisations()
      .then((result) => setUnits(result.items.filter((organisation) => organisation.kind === 'unit').map((organisation) => ({ value: organisation.id, label: organisation.name }))))
      .catch(() => setUnits([]));
  }, []);
  const windowKind = Form.useWatch('windowKind', form);
  const scope = Form.useWatch('scope', form);
  const year = Form.useWatch('year', form);
  // What opening this year would generate, asked as the year changes (a failed preview says nothing: opening still answers).
  const [preview, setPreview] = useState<OpeningPreview | null>(null);
  useEffect(() => {
    setPreview(null);
    if (typeof year !== 'number' || year < 1990 || year > 2100) return;
    let isCurrent = true;
    previewOpening(year)
      .then((answer) => isCurrent && setPreview(answer))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [year]);
  const cannotOpen = preview !== null && (!preview.isYearOpen || preview.tables === 0);
  // A year with a round already: the month starts after its latest window, unless the user chose one.
  const opened = describeOpenedWindows(props.rounds ?? [], year);
  useEffect(() => {
    if (opened.latestMonth === null || form.isFieldTouched('throughMonth')) return;
    const current = form.getFieldValue('throughMonth') as number | undefined;
    if (current === undefined || current <= opened.latestMonth) form.setFieldValue('throughMonth', Math.min(12, opened.latestMonth + 1));
  }, [form, opened.latestMonth]);

  const submit = async (values: Values) => {
    setIsBusy(true);
    try {
      const result = await openRound({
        year: values.year,
        title: values.title?.trim() || undefined,
        period: values.windowKind === 'month' ? { throughMonth: values.throughMonth ?? null } : { cutOffDate: values.cutOffDate?.format('YYYY-MM-DD') ?? null },
        deadline: values.deadline.format('YYYY-MM-DD'),
        targets: values.scope === 'chosen' ? (values.organisationIds ?? []).map((organisationId) => ({ organisationId })) : undefined,
      });
      const skipped = result.withoutTargets.length > 0 ? `；${result.withoutTargets.map((unit) => unit.organisationName).join('、')} 没有已批复的绩效目标，未生成` : '';
      void message.success(`已开启监控，生成 ${result.created} 张监控表${skipped}`);
      props.onOpened(result.round);
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Card title="开启监控轮次" size="small" style={{ marginBottom: 16 }}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), windowKind: 'month', throughMonth: 6, scope: 'all' }}
        onFinish={(values) =>
          void modal.confirm({
            title: '确认开启监控轮次',
            content: describeOpening(values, preview),
            okText: '确认开启',
            cancelText: '取消',
            onOk: () => submit(values),
          })
        }
      >
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber aria-label="年度" min={1990} max={2100} />
        </Form.Item>
        <OpeningPreviewNote preview={preview} onPickYear={(picked) => form.setFieldValue('year', picked)} />
        <Form.Item label="监控期间" name="windowKind">
          <Radio.Group options={[{ value: 'month', label: '1-N月' }, { value: 'date', label: '截至日期' }]} />
        </Form.Item>
        {windowKind === 'date' ? (
          <Form.Item label="截至日期" name="cutOffDate" rules={[{ required: true, message: '请选择截至日期' }]}>
            <DatePicker aria-label="截至日期" />
          </Form.Item>
        ) : (
          <Form.Item label="截至月份（1-N月的 N）" name="throughMonth" rules={[{ required: true, message: '请填写月份' }]} extra={opened.note}>
            <InputNumber aria-label="截至月份" min={1} max={12} />
          </Form.Item>
        )}
        <Form.Item label="填报截止日期" name="deadline" rules={[{ required: true, message: '请选择填报截止日期' }]}>
          <DatePicker aria-label="填报截止日期" />
        </Form.Item>
        <Form.Item label="范围" name="scope">
          <Radio.Group options={[{ value: 'all', label: '全部单位' }, { value: 'chosen', label: '重点监控单位' }]} />
        </Form.Item>
        {scope === 'chosen' && (
          <Form.Item label="重点监控单位" name="organisationIds" rules={[{ required: true, message: '请选择单位' }]}>
            <Select mode="multiple" aria-label="重点监控单位" options={units} optionFilterProp="label" />
          </Form.Item>
        )}
        <Form.Item label="名称（可不填）" name="title">
          <Input aria-label="名称" maxLength={200} placeholder="如：2026年1-6月绩效运行监控" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isBusy} disabled={cannotOpen}>
          开启监控并生成监控表
        </Button>
      </Form>
    </Card>
  );
}

/**
 * What opening will do, in the confirmation: which window, for whom, by when, and that it stays;
 * for every unit with the preview of the same year, how many units and tables.
 */
export function describeOpening(
  values: Pick<Values, 'year' | 'windowKind' | 'throughMonth' | 'cutOffDate' | 'deadline' | 'scope' | 'organisationIds'>,
  preview: OpeningPreview | null = null,
): string {
  const window = values.windowKind === 'month' ? `1-${values.throughMonth ?? ''}月` : `截至${values.cutOffDate?.format('YYYY-MM-DD') ?? ''}`;
  const deadline = `填报截止 ${values.deadline.format('YYYY-MM-DD')}。开启后各单位即可看到并填报，轮次不能撤销。`;
  if (values.scope !== 'chosen' && preview?.year === values.year && preview.tables > 0) {
    const without = preview.unitsWithout > 0 ? `（另有 ${preview.unitsWithout} 个单位没有已批复的绩效目标，不生成）` : '';
    return `将为已批复${values.year}年度绩效目标的 ${preview.units} 个单位生成 ${preview.tables} 张${values.year}年${window}监控表${without}，${deadline}`;
  }
  const whom = values.scope === 'chosen' ? `所选 ${values.organisationIds?.length ?? 0} 个重点监控单位` : '全部单位';
  return `将为${whom}中已批复${values.year}年度绩效目标的单位生成${values.year}年${window}监控表，${deadline}`;
}
