/** The monitoring lights from best to worst, with what the charts show for each. */
export const lightLevels = [
  { key: 'none', value: 0, label: '未亮灯', color: '#d9d9d9' },
  { key: 'green', value: 1, label: '绿灯', color: '#52c41a' },
  { key: 'blue', value: 2, label: '蓝灯', color: '#1677ff' },
  { key: 'yellow', value: 3, label: '黄灯', color: '#faad14' },
  { key: 'red', value: 4, label: '红灯', color: '#f5222d' },
] as const;
