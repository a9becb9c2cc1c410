// @vitest-environment jsdom
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { readText } from '../../../documents/text/read-text.ts';
import { MonitoringView } from './monitoring-view.tsx';

afterEach(cleanup);

const table = [
  '项目支出绩效目标执行监控表（2025年度）',
  '项目名称\t校园安保服务',
  '项目资金（万元）\t年初预算数\t调整后预算数\t1-7月执行数\t执行率\t全年预计执行数',
  '年度资金总额\t120\t120\t70\t58.33%\t118',
  '一级指标\t二级指标\t三级指标\t年度指标值\t1-7月实际完成值\t完成目标可能性\t原因说明\t纠偏措施',
  '产出指标\t数量指标\t安保巡查次数\t≥240次\t140\t确定能\t\t',
  '\t\t新修边沟长度\t≥8公里\t2\t有可能\t雨季推迟开工\t9月集中施工',
].join('\n');
const report = [
  '某某中心2025年项目绩效运行监控报告',
  '一、项目基本情况',
  '截至2025年6月30日，项目资金已到位50万元。',
  '二、下一步措施',
  '加快执行进度。',
].join('\n');

const read = (text: string) => analyseDocument(readText(text)!);

describe('MonitoringView', () => {
  it('shows the window, the lights and each indicator with its reason', () => {
    render(<MonitoringView body={read(table)} />);
    expect(screen.getByText('监控期间：1-7月')).toBeTruthy();
    expect(document.body.textContent).toContain('1-7月实际完成值');
    expect(screen.getByText('新修边沟长度')).toBeTruthy();
    expect(screen.getByText('雨季推迟开工')).toBeTruthy();
    // 执行 58.33% of 7/12 → green; 边沟 2 of 8 × 7/12 → red, and so the table's target light.
    expect(screen.getAllByText('红灯').length).toBeGreaterThanOrEqual(2);
    expect(screen.getAllByText('绿灯').length).toBeGreaterThanOrEqual(1);
  });

  it('shows each indicator as a block on a phone, and as a table row on a desktop', () => {
    // The test environment's screen is a phone (match-media.test-support.ts).
    const { unmount } = render(<MonitoringView body={read(table)} />);
    const blocks = screen.getByRole('list', { name: '监控指标' });
    expect(blocks.textContent).toContain('产出指标 / 数量指标');
    expect(screen.queryByRole('columnheader', { name: '一级指标' })).toBeNull();
    unmount();
    const restore = simulateWideScreen();
    try {
      render(<MonitoringView body={read(table)} />);
      expect(screen.getByRole('columnheader', { name: '一级指标' })).toBeTruthy();
      expect(screen.queryByRole('list', { name: '监控指标' })).toBeNull();
    } finally {
      restore();
    }
  });

  it('shows a monitoring report’s sections', () => {
    render(<MonitoringView body={read(report)} />);
    expect(screen.getByText('下一步措施')).toBeTruthy();
    expect(screen.getByText('监控期间：截至6月30日')).toBeTruthy();
    expect(screen.queryByText('前言')).toBeNull();
  });

  it('shows the text a report gives before its first heading as 前言', () => {
    const withPreamble = report.replace('一、项目基本情况', '按照财政局通知，现将监控情况报告如下。\n一、项目基本情况');
    render(<MonitoringView body={read(withPreamble)} />);
    expect(screen.getByText('前言')).toBeTruthy();
    expect(screen.getByText('按照财政局通知，现将监控情况报告如下。')).toBeTruthy();
  });
});
