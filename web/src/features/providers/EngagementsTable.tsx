/**
 * Engagements as either party sees them: the SME that engaged a product for a plan task, or the
 * provider. The provider accepts and delivers; either side cancels before delivery. The provider
 * opens the SME's assessment when the SME shared it (ASSESSMENT consent).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Drawer, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Money, QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import type { EngagementFieldsFragment, EngagementStatus } from '../../gql/graphql';
import { EngagementStatus as STATUSES } from '../../gql/enums';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { engagementActions, type EngagementAction } from '../../lib/services';
import { ActOnEngagement, Engagements } from './operations';
import { SharedAssessmentView } from './SharedAssessmentView';

export function EngagementsCard({
  viewer,
  title,
}: {
  /** PROVIDER: the provider's side; COMPANY: the SME's. */
  viewer: 'PROVIDER' | 'COMPANY';
  title: string;
}) {
  const { t, tk } = useI18n();
  const act = useAction();
  const [status, setStatus] = useState<EngagementStatus>();
  const { data, loading, error, refetch } = useQuery(Engagements, {
    variables: { status: status ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const [run] = useMutation(ActOnEngagement);
  const [viewing, setViewing] = useState<EngagementFieldsFragment['company']>();
  const perform = (e: EngagementFieldsFragment, action: EngagementAction) =>
    void act(() => run({ variables: { engagementId: e.id, action } }), {
      success: t(`engagement.done.${action}`, { product: e.product.name }),
      onDone: () => void refetch(),
    });
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          <Select<EngagementStatus>
            allowClear
            size="small"
            style={{ minWidth: 120 }}
            aria-label={t('engagement.status')}
            placeholder={t('engagement.allStatuses')}
            value={status}
            onChange={setStatus}
            options={Object.values(STATUSES).map((s) => ({
              value: s,
              label: tk('engagementStatus', s),
            }))}
          />
          <ExportButton table="engagements" filters={{ status }} />
        </Space>
      }
    >
      <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
        <Table
          size="small"
          rowKey="id"
          dataSource={data?.engagements ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('engagement.none') }}
          data-testid={`engagements-${viewer.toLowerCase()}`}
          columns={[
            viewer === 'PROVIDER'
              ? {
                  title: t('engagement.company'),
                  render: (_, e) => (
                    <Space orientation="vertical" size={0}>
                      <span>{e.company.name}</span>
                      {e.assessmentShared ? (
                        <Typography.Link onClick={() => setViewing(e.company)}>
                          {t('engagement.viewAssessment')}
                        </Typography.Link>
                      ) : (
                        <Typography.Text type="secondary">
                          {t('engagement.assessmentNotShared')}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                }
              : { title: t('engagement.provider'), render: (_, e) => e.provider.name },
            {
              title: t('engagement.product'),
              render: (_, e) => `${e.product.name} · v${e.productVersion}`,
            },
            { title: t('engagement.task'), render: (_, e) => e.task.title },
            {
              title: t('engagement.status'),
              render: (_, e) => <StatusTag prefix="engagementStatus" value={e.status} />,
            },
            {
              title: t('engagement.monthlyPrice'),
              render: (_, e) => (
                <Space orientation="vertical" size={0}>
                  <Money value={e.monthlyPrice} />
                  {e.sponsorship && (
                    <Tag color="gold">
                      {t('sponsorship.tag', {
                        leader: e.sponsorship.leader.name,
                        share: e.sponsorship.share,
                      })}
                    </Tag>
                  )}
                </Space>
              ),
            },
            { title: t('engagement.proposedAt'), render: (_, e) => formatDate(e.proposedAt) },
            { title: t('engagement.acceptedOn'), render: (_, e) => formatDate(e.acceptedOn) },
            { title: t('engagement.deliveredOn'), render: (_, e) => formatDate(e.deliveredOn) },
            { title: t('engagement.note'), render: (_, e) => e.note ?? '' },
            {
              title: t('app.actions'),
              render: (_, e) => (
                <Space size={4}>
                  {engagementActions(viewer, e.status).map((action) =>
                    action === 'CANCEL' ? (
                      <Popconfirm
                        key={action}
                        title={t('engagement.cancelConfirm')}
                        okText={t('app.ok')}
                        cancelText={t('app.cancel')}
                        onConfirm={() => perform(e, action)}
                      >
                        <Button size="small" danger>
                          {t('engagement.action.CANCEL')}
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Button
                        key={action}
                        size="small"
                        type="primary"
                        onClick={() => perform(e, action)}
                      >
                        {t(`engagement.action.${action}`)}
                      </Button>
                    ),
                  )}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <Drawer
        open={!!viewing}
        size="large"
        title={viewing ? t('engagement.assessmentOf', { company: viewing.name }) : ''}
        onClose={() => setViewing(undefined)}
        destroyOnHidden
      >
        {viewing && <SharedAssessmentView companyId={viewing.id} />}
      </Drawer>
    </Card>
  );
}
