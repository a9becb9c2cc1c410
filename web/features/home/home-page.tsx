/** 首页: my tasks for the signed-in role, deadlines, then recent activity. */
import { Alert, Card, Col, Empty, List, Row, Skeleton, Statistic, Typography } from 'antd';
import { useUser } from '../../app/session-context.tsx';
import { DocumentTable, describeDocumentTitle } from '../../components/document-table.tsx';
import { StateTag } from '../../components/state-tag.tsx';
import { Link } from '../../lib/router.tsx';
import { DeadlinesCard } from './deadlines-card.tsx';
import { RemindersCard } from '../monitoring/reminders-card.tsx';
import { RectificationTasksCard } from './rectification-card.tsx';
import { useTasks } from './use-tasks.ts';

export default function HomePage() {
  const user = useUser();
  const { tasks, error } = useTasks(user.role);
  const isUnit = user.role === 'unit-filler' || user.role === 'unit-leader';
  const isReviewer = user.role === 'supervisor-reviewer' || user.role === 'finance-reviewer';
  return (
    <div>
      <Typography.Title level={1}>您好，{user.displayName}</Typography.Title>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {isUnit && <RemindersCard />}
      {!tasks ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {isUnit && (
              <>
                <Col xs={24} sm={8}>
                  <Card>
                    <Statistic title="待填报" value={tasks.toFill.length} />
                  </Card>
                </Col>
                <Col xs={24} sm={8}>
                  <Card>
                    <Statistic
                      title="被退回"
                      value={tasks.returned.length}
                      valueStyle={tasks.returned.length ? { color: '#cf1322' } : undefined}
                    />
                  </Card>
                </Col>
              </>
            )}
            {isReviewer && (
              <Col xs={24} sm={8}>
                <Card>
                  <Statistic title="待我审核" value={tasks.toReview.length} />
                </Card>
              </Col>
            )}
            {user.role === 'finance-reviewer' && (
              <Col xs={24} sm={8}>
                <Card>
                  <Statistic title="待公开" value={tasks.toPublish.length} />
                </Card>
              </Col>
            )}
          </Row>
          {isUnit && tasks.returned.length > 0 && (
            <Card title="被退回，需修改后重新提交" style={{ marginBottom: 16 }}>
              <List
                dataSource={tasks.returned}
                renderItem={(document) => (
                  <List.Item>
                    {/* Not List.Item.Meta: its title is an h4 right under the page's h1 (axe heading-order). */}
                    <div>
                      <div style={{ fontWeight: 500, marginBottom: 4 }}>
                        <Link to={`/documents/${document.id}`}>{describeDocumentTitle(document)}</Link>
                      </div>
                      <div style={{ color: 'rgba(0, 0, 0, 0.62)' }}>退回理由：{document.reason ?? '（未填写）'}</div>
                    </div>
                    <StateTag state={document.state} />
                  </List.Item>
                )}
              />
            </Card>
          )}
          {isUnit && (
            <Card title="待填报" style={{ marginBottom: 16 }}>
              {tasks.toFill.length ? (
                <DocumentTable documents={tasks.toFill} label="待填报的文档" />
              ) : (
                <Empty description="没有待填报的文档" />
              )}
            </Card>
          )}
          {isReviewer && (
            <Card title="待我审核" style={{ marginBottom: 16 }}>
              {tasks.toReview.length ? (
                <DocumentTable documents={tasks.toReview} label="待我审核的文档" />
              ) : (
                <Empty description="没有待审核的文档" />
              )}
            </Card>
          )}
          {user.role === 'finance-reviewer' && tasks.toPublish.length > 0 && (
            <Card title="已批复/已复核，待公开" style={{ marginBottom: 16 }}>
              <DocumentTable documents={tasks.toPublish} label="待公开的文档" />
            </Card>
          )}
          {isUnit && <RectificationTasksCard side="unit" />}
          {user.role === 'finance-reviewer' && <RectificationTasksCard side="finance" />}
          <DeadlinesCard isUnit={isUnit} organisationId={user.organisationId} />
          <Card title="最近动态">
            <DocumentTable documents={tasks.recent} label="最近动态" />
          </Card>
        </>
      )}
    </div>
  );
}
