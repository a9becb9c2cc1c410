// @vitest-environment jsdom
import '../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ConfigProvider, Table } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { appLocale } from './app-locale.ts';

afterEach(cleanup);

describe('appLocale', () => {
  it('names a table row’s buttons 展开行 and 收起行, the rest as antd’s zh_CN', () => {
    render(
      <ConfigProvider locale={appLocale}>
        <Table
          rowKey="key"
          pagination={false}
          columns={[{ title: '指标', dataIndex: 'name' }]}
          dataSource={[{ key: '1', name: '群众满意度' }]}
          expandable={{ expandedRowRender: () => <span>详情内容</span> }}
        />
      </ConfigProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '展开行' }));
    expect(screen.getByText('详情内容')).toBeTruthy();
    expect(screen.getByRole('button', { name: '收起行' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '关闭行' })).toBeNull();
    expect(appLocale.locale).toBe('zh-cn');
  });
});
