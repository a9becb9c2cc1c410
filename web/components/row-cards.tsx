/**
 * A table's rows as blocks on a phone. Five or more columns do not fit in 390 px: the table
 * scrolled sideways and hid what mattered (登录设备 first, then the finance tables: 绩效总览,
 * 年度报送情况, 评价结果通报). Each row becomes a block: the title column and the action column on
 * the first line, every other column below as "名称：值", rendered by the same column definitions
 * the desktop table uses, so the two never disagree. The desktop keeps its table.
 */
import { Grid, Pagination, Spin, Typography, type PaginationProps } from 'antd';
import type { ColumnType, ColumnsType } from 'antd/es/table';
import { isValidElement, useState, type CSSProperties, type Key, type ReactNode } from 'react';
import './row-cards.css';

/** Below antd's md breakpoint (768 px). Before the first measurement useBreakpoint is empty: a wide screen. */
export function useIsPhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/** A column's key: its `key`, else its `dataIndex` (as the table itself names it). */
function keyOf<T>(column: ColumnType<T>): Key | undefined {
  if (column.key !== undefined) return column.key;
  return typeof column.dataIndex === 'string' || typeof column.dataIndex === 'number' ? column.dataIndex : undefined;
}

/** What the column shows for the row: its render, else the row's value at dataIndex. */
function renderCell<T>(column: ColumnType<T>, item: T, index: number): ReactNode {
  const key = column.dataIndex;
  const value = typeof key === 'string' || typeof key === 'number' ? (item as Record<string | number, unknown>)[key] : undefined;
  if (!column.render) return value as ReactNode;
  const rendered = column.render(value, item, index);
  // antd allows { children, props } (cell spans); a block has no spans, only the children.
  if (rendered !== null && typeof rendered === 'object' && !isValidElement(rendered) && 'children' in rendered) return rendered.children;
  return rendered as ReactNode;
}

const isEmpty = (content: ReactNode) => content === null || content === undefined || content === false || content === '';

export interface RowCardsProps<T> {
  /** The list's accessible name (e.g. 登录设备). */
  label: string;
  items: readonly T[];
  rowKey: (item: T) => string;
  /** The desktop table's columns. */
  columns: ColumnsType<T>;
  /** The column that heads each block (the unit's name, the device). */
  titleKey: Key;
  /** The column set at the right of the first line (a button, a tag). */
  actionKey?: Key;
  /** Columns a block leaves out (a 序号 the list order already shows). */
  omitKeys?: readonly Key[];
  emptyText: ReactNode;
  isLoading?: boolean;
  /** Client paging when `total` is absent (the items are all rows); else the server's page of them. */
  pagination?: PaginationProps | false;
  rowClassName?: (item: T) => string;
  /** data-* attributes of a block (the editor finds an indicator's block by its data-row-path). */
  rowAttributes?: (item: T) => Record<`data-${string}`, string>;
  style?: CSSProperties;
}

export function RowCards<T>(props: RowCardsProps<T>) {
  const { columns, titleKey, actionKey, pagination } = props;
  const [clientPage, setClientPage] = useState(1);
  const leaves = columns.filter((column): column is ColumnType<T> => !('children' in column));
  const title = leaves.find((column) => keyOf(column) === titleKey);
  const action = actionKey === undefined ? undefined : leaves.find((column) => keyOf(column) === actionKey);
  const omitted = new Set(props.omitKeys ?? []);
  const fields = leaves.filter((column) => column !== title && column !== action && !omitted.has(keyOf(column) ?? ''));

  const isClientPaged = pagination !== undefined && pagination !== false && pagination.total === undefined;
  const pageSize = pagination ? (pagination.pageSize ?? 10) : props.items.length;
  const lastPage = Math.max(1, Math.ceil(props.items.length / Math.max(pageSize, 1)));
  const page = Math.min(clientPage, lastPage);
  const shown = isClientPaged ? props.items.slice((page - 1) * pageSize, page * pageSize) : props.items;
  const total = pagination ? (pagination.total ?? props.items.length) : props.items.length;
  // As the table's own pager: shown unless hideOnSinglePage and one page holds everything.
  const hasPager = pagination !== undefined && pagination !== false && !(pagination.hideOnSinglePage && total <= pageSize);
  const offset = isClientPaged ? (page - 1) * pageSize : 0;

  return (
    <Spin spinning={props.isLoading ?? false}>
      {shown.length === 0 ? (
        props.isLoading ? <div style={{ minHeight: 48 }} /> : <Typography.Text type="secondary">{props.emptyText}</Typography.Text>
      ) : (
        <ul aria-label={props.label} className="row-cards" style={props.style}>
          {shown.map((item, index) => (
            <li key={props.rowKey(item)} className={props.rowClassName?.(item) || undefined} {...props.rowAttributes?.(item)}>
              <div className="row-cards-head">
                <Typography.Text strong>{title ? renderCell(title, item, offset + index) : null}</Typography.Text>
                {action && <span className="row-cards-action">{renderCell(action, item, offset + index)}</span>}
              </div>
              {fields.map((column, fieldIndex) => {
                const content = renderCell(column, item, offset + index);
                if (isEmpty(content)) return null;
                const name = typeof column.title === 'function' ? null : column.title;
                return (
                  <div key={String(keyOf(column) ?? fieldIndex)} className="row-cards-field">
                    {!isEmpty(name) && <Typography.Text type="secondary">{name}：</Typography.Text>}
                    {content}
                  </div>
                );
              })}
            </li>
          ))}
        </ul>
      )}
      {pagination && hasPager && (
        <div className="row-cards-pager">
          {pagination.showTotal && <Typography.Text type="secondary">{pagination.showTotal(total, [offset + 1, offset + shown.length])}</Typography.Text>}
          <Pagination
            simple
            size="small"
            current={isClientPaged ? page : pagination.current}
            pageSize={pageSize}
            total={total}
            onChange={(next, size) => (isClientPaged ? setClientPage(next) : pagination.onChange?.(next, size))}
          />
        </div>
      )}
    </Spin>
  );
}
