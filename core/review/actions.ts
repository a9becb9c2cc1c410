/** What someone may try to do with a document; decideAccess answers for each of them. */
export const transitionActions = ['submit', 'withdraw', 'supervisor-approve', 'finance-approve', 'return', 'publish', 'revise'] as const;
export type TransitionAction = (typeof transitionActions)[number];

export const documentActions = [
  'read',
  'read-history',
  'create',
  'save',
  'add-opinion',
  ...transitionActions,
] as const;
export type DocumentAction = (typeof documentActions)[number];

/** Chinese names for buttons, messages and the history trail. */
export const documentActionNames: Record<DocumentAction, string> = {
  read: '查看',
  'read-history': '查看历史',
  create: '新建',
  save: '保存',
  'add-opinion': '填写审核意见',
  submit: '提交',
  withdraw: '撤回',
  'supervisor-approve': '主管部门审核通过',
  'finance-approve': '财政审核通过',
  return: '退回',
  publish: '公开',
  revise: '调整',
};

/** Whether the action moves the document to another state. */
export function isTransitionAction(action: DocumentAction): action is TransitionAction {
  return (transitionActions as readonly string[]).includes(action);
}
