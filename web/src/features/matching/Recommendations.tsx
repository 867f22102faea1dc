/**
 * 为你推荐: products matched to the SME's measured gaps (its weakest scenarios, its plans' targets),
 * each with the reasons it was matched, the net monthly price after its leaders' sponsorship, and
 * the product's measured outcomes; the monthly budget it sets; engaging a product for a plan task.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Money, QueryState, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { YuanInput } from '../../components/forms';
import type { RecommendationsFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../../lib/assessment';
import { yuanToAmount } from '../../lib/money-input';
import { engageableTasks } from '../../lib/services';
import { ScenarioTags, Served } from '../providers/ProductsTab';
import { PlanTasks, ProposeEngagement, RecommendedProducts, SetServiceBudget } from './operations';

type Recommendation = RecommendationsFieldsFragment['items'][number];
type Reason = RecommendationsFieldsFragment['gaps'][number];

const REASON_COLOURS: Record<string, string> = {
  WEAK_SCENARIO: 'orange',
  PLAN_TARGET: 'blue',
  SPONSORED: 'gold',
};

export function Recommendations({
  companyId,
  onEngaged,
}: {
  companyId: string;
  onEngaged?(): void;
}) {
  const { t, tk } = useI18n();
  const { data, loading, error, refetch } = useQuery(RecommendedProducts, {
    variables: { companyId },
    fetchPolicy: 'cache-and-network',
  });
  const r = data?.recommendedProducts;
  return (
    <Card
      size="small"
      title={t('recommend.title')}
      data-testid="recommendations"
      extra={
        <Space>
          {r && <BudgetForm budget={r.budget?.amount} onSaved={() => void refetch()} />}
          <ExportButton table="recommended-products" filters={{ companyId }} />
        </Space>
      }
    >
      <QueryState loading={loading} error={error} empty={!r} retry={() => void refetch()}>
        {r && (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            {r.gaps.length > 0 && (
              <Space size={[4, 4]} wrap>
                <Typography.Text strong>{t('recommend.gaps')}</Typography.Text>
                {r.gaps.map((g) => (
                  <ReasonTag key={`${g.code}-${g.scenarioId}`} reason={g} />
                ))}
              </Space>
            )}
            {r.items.length === 0 ? (
              <Empty
                description={
                  r.emptyReason ? tk('recommend.empty', r.emptyReason) : t('recommend.none')
                }
              />
            ) : (
              <List
                dataSource={r.items}
                rowKey={(item) => item.product.id}
                renderItem={(item) => (
                  <RecommendationItem
                    item={item}
                    companyId={companyId}
                    onEngaged={() => {
                      void refetch();
                      onEngaged?.();
                    }}
                  />
                )}
              />
            )}
          </Space>
        )}
      </QueryState>
    </Card>
  );
}

function ReasonTag({ reason }: { reason: Reason }) {
  const { locale } = useI18n();
  return <Tag color={REASON_COLOURS[reason.code] ?? 'default'}>{localized(locale, reason)}</Tag>;
}

function RecommendationItem({
  item,
  companyId,
  onEngaged,
}: {
  item: Recommendation;
  companyId: string;
  onEngaged(): void;
}) {
  const { t } = useI18n();
  const p = item.product;
  const outcomes = p.outcomes;
  return (
    <List.Item data-testid="recommendation" data-product={p.name}>
      <Row gutter={[16, 8]} style={{ width: '100%' }}>
        <Col xs={24} md={14}>
          <Space orientation="vertical" size={4}>
            <Space wrap>
              <Typography.Text strong>{p.name}</Typography.Text>
              <Typography.Text type="secondary">
                {t('recommend.by', { provider: p.provider.name, version: p.version })}
              </Typography.Text>
            </Space>
            <Typography.Text>{p.description}</Typography.Text>
            <ScenarioTags scenarios={p.scenarios} />
            <Space size={[4, 4]} wrap>
              <Typography.Text type="secondary">{t('recommend.why')}</Typography.Text>
              {item.reasons.map((reason) => (
                <ReasonTag key={`${reason.code}-${reason.scenarioId}`} reason={reason} />
              ))}
            </Space>
            <Served product={p} />
          </Space>
        </Col>
        <Col xs={24} md={10}>
          <Space orientation="vertical" size={4}>
            <span>
              {t('recommend.price')} <Money value={p.monthlyPrice} />
            </span>
            <span data-testid="net-price">
              {t('recommend.net')}{' '}
              <Typography.Text strong>
                <Money value={item.netMonthlyPrice} />
              </Typography.Text>
            </span>
            {item.sponsorships.map((s) => (
              <Tag key={s.id} color="gold">
                {Number(s.share) > 0
                  ? t('sponsorship.tag', { leader: s.leader.name, share: s.share })
                  : t('sponsorship.recommendedBy', { leader: s.leader.name })}
              </Tag>
            ))}
            <Typography.Text type="secondary">
              {outcomes.shown
                ? t('recommend.measured', { delivered: outcomes.delivered })
                : t('recommend.notYetMeasured', {
                    delivered: outcomes.delivered,
                    minimum: outcomes.minimum,
                  })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('service.days', { days: p.deliveryDays })}
            </Typography.Text>
            <EngageButton companyId={companyId} product={p} onDone={onEngaged} />
          </Space>
        </Col>
      </Row>
    </List.Item>
  );
}

/** 委托服务: engage the product's provider for one of the company's plan tasks. */
function EngageButton({
  companyId,
  product,
  onDone,
}: {
  companyId: string;
  product: Recommendation['product'];
  onDone(): void;
}) {
  const { t } = useI18n();
  const act = useAction();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ taskId: string; note?: string }>();
  const plans = useQuery(PlanTasks, { variables: { companyId }, skip: !open });
  const [propose, proposing] = useMutation(ProposeEngagement);
  const tasks = engageableTasks(
    plans.data?.improvementPlans ?? [],
    product.scenarios.map((s) => s.scenarioId),
  );
  return (
    <>
      <Button type="primary" size="small" onClick={() => setOpen(true)}>
        {t('recommend.engage')}
      </Button>
      <Modal
        open={open}
        title={t('recommend.engageTitle', {
          product: product.name,
          provider: product.provider.name,
        })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('recommend.engage')}
        cancelText={t('app.cancel')}
        okButtonProps={{ disabled: tasks.length === 0 }}
        confirmLoading={proposing.loading}
        forceRender
      >
        <QueryState
          loading={plans.loading}
          error={plans.error}
          empty={!plans.data}
          retry={() => void plans.refetch()}
        >
          {tasks.length === 0 ? (
            <Alert type="info" showIcon title={t('recommend.noTask')} />
          ) : (
            <Form
              form={form}
              layout="vertical"
              data-testid="engage-form"
              initialValues={{ taskId: tasks[0]?.id }}
              onFinish={(v) =>
                void act(
                  () =>
                    propose({
                      variables: {
                        input: {
                          taskId: v.taskId,
                          productId: product.id,
                          note: v.note?.trim() || null,
                        },
                      },
                    }),
                  {
                    form,
                    success: t('recommend.engaged', { product: product.name }),
                    onDone: () => {
                      setOpen(false);
                      form.resetFields();
                      onDone();
                    },
                  },
                )
              }
            >
              <Form.Item name="taskId" label={t('engagement.task')} rules={[{ required: true }]}>
                <Select
                  aria-label={t('engagement.task')}
                  options={tasks.map((task) => ({ value: task.id, label: task.title }))}
                />
              </Form.Item>
              <Form.Item name="note" label={t('engagement.note')} rules={[{ max: 500 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Form>
          )}
        </QueryState>
      </Modal>
    </>
  );
}

/** The monthly price cap recommendations respect; empty removes it. */
function BudgetForm({ budget, onSaved }: { budget?: string; onSaved(): void }) {
  const { t } = useI18n();
  const act = useAction();
  const [value, setValue] = useState<string | null>(budget ?? null);
  const [save, saving] = useMutation(SetServiceBudget);
  return (
    <Space size={4}>
      <Typography.Text>{t('recommend.budget')}</Typography.Text>
      <YuanInput
        size="small"
        style={{ width: 140 }}
        aria-label={t('recommend.budget')}
        placeholder={t('recommend.noBudget')}
        value={value}
        onChange={(v) => setValue(v)}
      />
      <Button
        size="small"
        loading={saving.loading}
        onClick={() =>
          void act(() => save({ variables: { monthlyCap: value ? yuanToAmount(value) : null } }), {
            success: t('recommend.budgetSaved'),
            onDone: onSaved,
          })
        }
      >
        {t('recommend.setBudget')}
      </Button>
    </Space>
  );
}
