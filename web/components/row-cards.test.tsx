// @vitest-environment jsdom
import './match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ColumnsType } from 'antd/es/table';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RowCards } from './row-cards.tsx';

afterEach(cleanup);

interface Row {
  id: string;
  name: string;
  rate: string | null;
  note: string | null;
}

const rows: Row[] = Array.from({ length: 23 }, (_, index) => ({ id: `r${index + 1}`, name: `第${index + 1}单位`, rate: index === 0 ? null : `${index}.50`, note: index === 0 ? '说明一' : null }));

const columns: ColumnsType<Row> = [
  { title: '序号', key: 'index', render: (_value, _row, index) => index + 1 },
  { title: '单位', dataIndex: 'name' },
  { title: '执行率', dataIndex: 'rate', render: (value: string | null) => (value ? `${value}%` : '—') },
  { title: '说明', dataIndex: 'note', render: (value: string | null) => ({ children: value ?? '', props: { colSpan: 1 } }) },
  { title: '操作', key: 'action', render: (_value, row) => <button type="button">调整{row.name}</button> },
];

const blocks = () => within(screen.getByRole('list', { name: '各单位' })).getAllByRole('listitem');

describe('RowCards', () => {
  it('heads each block with the title and action columns and lists the others as 名称：值, leaving out empty and omitted ones', () => {
    render(<RowCards<Row> label="各单位" items={rows.slice(0, 2)} rowKey={(row) => row.id} columns={columns} titleKey="name" actionKey="action" omitKeys={['index']} rowAttributes={(row) => ({ 'data-row-path': `rows.${row.id}` })} emptyText="无" />);
    const [first, second] = blocks();
    // A block carries the attributes given for its row (the target editor finds a row by its data-row-path).
    expect(second!.getAttribute('data-row-path')).toBe('rows.r2');
    expect(first!.querySelector('.row-cards-head')!.textContent).toBe('第1单位调整第1单位');
    expect([...first!.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual(['执行率：—', '说明：说明一']);
    // A cell given as { children, props } shows its children; an empty note is no line at all.
    expect([...second!.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual(['执行率：1.50%']);
    expect(within(second!).getByRole('button', { name: '调整第2单位' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages the rows itself when the pagination has no total, numbering as the table would', () => {
    render(<RowCards<Row> label="各单位" items={rows} rowKey={(row) => row.id} columns={columns} titleKey="name" pagination={{ pageSize: 20, showTotal: (total) => `共 ${total} 个单位` }} emptyText="无" />);
    expect(blocks()).toHaveLength(20);
    expect(screen.getByText('共 23 个单位')).toBeTruthy();
    fireEvent.click(screen.getByTitle(/^(下一页|Next Page)$/));
    expect(blocks().map((block) => block.querySelector('.row-cards-head')!.textContent)).toEqual(['第21单位', '第22单位', '第23单位']);
    expect(blocks()[0]!.textContent).toContain('序号：21');
  });

  it('asks for the next page of a server-paged list and shows the rows it is given', () => {
    const onChange = vi.fn();
    render(<RowCards<Row> label="各单位" items={rows.slice(0, 5)} rowKey={(row) => row.id} columns={columns} titleKey="name" pagination={{ current: 1, pageSize: 5, total: 23, onChange }} emptyText="无" />);
    expect(blocks()).toHaveLength(5);
    fireEvent.click(screen.getByTitle(/^(下一页|Next Page)$/));
    expect(onChange).toHaveBeenCalledWith(2, 5);
  });

  it('says why there is nothing, and nothing while loading', () => {
    const { rerender } = render(<RowCards<Row> label="各单位" items={[]} rowKey={(row) => row.id} columns={columns} titleKey="name" emptyText="没有符合条件的单位" />);
    expect(screen.getByText('没有符合条件的单位')).toBeTruthy();
    rerender(<RowCards<Row> label="各单位" items={[]} rowKey={(row) => row.id} columns={columns} titleKey="name" isLoading emptyText="没有符合条件的单位" />);
    expect(screen.queryByText('没有符合条件的单位')).toBeNull();
  });
});
