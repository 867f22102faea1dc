/** Improvement plans (评估-规划-实施-优化): targets, and tasks with owner, due date and status to move. */
import { useMutation } from '@apollo/client/react';
import { Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { PlanFieldsFragment, TaskStatus } from '../../gql/graphql';
import { useAction } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { formatDate } from '../../lib/format';
import { UpdateTask } from './operations';

const TASK_STATUSES: TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'];

export function PlanList({ plans, onChanged }: { plans: PlanFieldsFragment[]; onChanged(): void }) {
  const { t } = useI18n();
  if (plans.length === 0) return <Empty description={t('plan.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {plans.map((plan) => (
        <PlanCard key={plan.id} plan={plan} onChanged={onChanged} />
      ))}
    </Space>
  );
}

function PlanCard({ plan, onChanged }: { plan: PlanFieldsFragment; onChanged(): void }) {
  const { t, tk, locale } = useI18n();
  const act = useAction();
  const [update] = useMutation(UpdateTask);
  const scenarioName = (id: string | null | undefined) => {
    const target = plan.targets.find((x) => x.scenarioId === id);
    return target ? localized(locale, target) : '—';
  };
  return (
    <Card
      size="small"
      data-testid="plan"
      title={t('plan.title', { date: formatDate(plan.createdAt), planner: plan.plannedBy.name })}
    >
      <Typography.Text strong>{t('plan.targets')}</Typography.Text>
      <Space wrap style={{ margin: '8px 0 12px' }}>
        {plan.targets.map((x) => (
          <Tag key={x.scenarioId} color={x.reached ? 'green' : 'blue'}>
            {t('plan.target', {
              scenario: localized(locale, x),
              base: x.baseLevel ?? '—',
              current: x.currentLevel ?? '—',
              level: x.level,
            })}
            {x.reached && ` · ${t('plan.reached')}`}
          </Tag>
        ))}
      </Space>
      <Table
        size="small"
        rowKey="id"
        dataSource={plan.tasks}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('plan.task'), dataIndex: 'title' },
          { title: t('assessment.scenario'), render: (_, task) => scenarioName(task.scenarioId) },
          { title: t('plan.owner'), render: (_, task) => task.owner.name },
          {
            title: t('plan.dueDate'),
            render: (_, task) => (
              <Space>
                {formatDate(task.dueDate)}
                {task.overdue && <Tag color="red">{t('plan.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('plan.status'),
            width: 150,
            render: (_, task) => (
              <Select<TaskStatus>
                size="small"
                style={{ width: 130 }}
                value={task.status}
                aria-label={t('plan.status')}
                options={TASK_STATUSES.map((s) => ({ value: s, label: tk('taskStatus', s) }))}
                onChange={(status) =>
                  void act(() => update({ variables: { taskId: task.id, status } }), {
                    success: t('plan.taskUpdated', { task: task.title }),
                    onDone: onChanged,
                  })
                }
              />
            ),
          },
          { title: t('plan.note'), dataIndex: 'note', render: (n?: string | null) => n ?? '' },
        ]}
      />
    </Card>
  );
}
