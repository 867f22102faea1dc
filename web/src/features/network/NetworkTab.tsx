/** The chain's supplier network as a graph (coloured by status, region or risk), and a member's card with the moves on it. */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  List,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { QueryState, StatusTag, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { MemberStatus } from '../../gql/enums';
import type { MemberMove } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { ChainView } from '../chains/operations';
import { RISK_COLOUR, SAFE_COLOUR, STATUS_COLOURS, type ColourBy } from './colours';
import { ChangeMemberStatus, Network, PathToLeader, Risks } from './operations';

const NetworkGraph = lazy(() => import('./NetworkGraph'));

const MOVES: Partial<Record<MemberStatus, MemberMove[]>> = {
  ACTIVE: ['SUSPEND', 'REMOVE'],
  INVITED: ['REMOVE'],
  SUSPENDED: ['REINSTATE', 'REMOVE'],
};

export function NetworkTab({ chain }: { chain: ChainView }) {
  const { t, tk } = useI18n();
  const [colourBy, setColourBy] = useState<ColourBy>('status');
  const [tiers, setTiers] = useState<number[]>([]);
  const [statuses, setStatuses] = useState<MemberStatus[]>([]);
  const [selected, setSelected] = useState<string>();
  const filter = {
    ...(tiers.length ? { tiers } : {}),
    ...(statuses.length ? { statuses } : {}),
  };
  const { data, loading, error, refetch } = useQuery(Network, {
    variables: { chainId: chain.id, filter },
  });
  const network = data?.supplierNetwork;
  // On the rings: members with a supply path. Without one (a link removed) they have no tier and
  // are listed under the graph, marked as a risk.
  const nodes = useMemo(
    () =>
      (network?.nodes ?? []).flatMap((n) =>
        n.tier === null || n.tier === undefined
          ? []
          : [
              {
                id: n.company.id,
                name: n.company.name,
                tier: n.tier,
                status: n.status,
                region: n.company.region ?? null,
              },
            ],
      ),
    [network],
  );
  const withoutPath = useMemo(
    () => (network?.nodes ?? []).filter((n) => !n.pathToLeader),
    [network],
  );
  const links = useMemo(() => network?.links ?? [], [network]);
  const leader = useMemo(
    () => ({ id: chain.leader.id, name: chain.leader.name, region: chain.leader.region ?? null }),
    [chain.leader],
  );
  const act = useAction();
  const [changeStatus] = useMutation(ChangeMemberStatus);
  const risks = useQuery(Risks, { variables: { chainId: chain.id } });
  const riskyIds = useMemo(
    () => new Set((risks.data?.singleSourceRisks ?? []).map((r) => r.supplier.id)),
    [risks.data],
  );
  const ringLabel = useCallback((tier: number) => t('company.tierN', { tier }), [t]);
  const node = network?.nodes.find((n) => n.company.id === selected);
  const path = useQuery(PathToLeader, {
    variables: { chainId: chain.id, supplierId: selected ?? '' },
    skip: !selected || selected === chain.leader.id,
  });
  const supplies = links.filter((l) => l.supplierId === selected).flatMap((l) => l.products);

  return (
    <QueryState loading={loading} error={error} empty={!network} retry={() => void refetch()}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('network.colourBy')}</span>
        <Segmented
          value={colourBy}
          onChange={(v) => setColourBy(v as ColourBy)}
          options={[
            { value: 'status', label: t('network.byStatus') },
            { value: 'region', label: t('network.byRegion') },
            { value: 'risk', label: t('network.byRisk') },
          ]}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('network.filterTiers')}
          style={{ minWidth: 160 }}
          value={tiers}
          onChange={setTiers}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('company.tierN', { tier: n }) }))}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('network.filterStatuses')}
          style={{ minWidth: 180 }}
          value={statuses}
          onChange={setStatuses}
          options={Object.values(MemberStatus).map((s) => ({
            value: s,
            label: tk('status', s),
          }))}
        />
        <Tag>{t('network.total', { count: network?.total ?? 0 })}</Tag>
        <ExportButton
          table="supplier-network"
          filters={{ chainId: chain.id, tiers: tiers.join(','), statuses: statuses.join(',') }}
        />
      </Space>
      {colourBy === 'risk' && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={RISK_COLOUR}>{t('network.riskSingle')}</Tag>
          <Tag color={SAFE_COLOUR}>{t('network.riskNone')}</Tag>
        </Space>
      )}
      {colourBy === 'status' && (
        <Space wrap style={{ marginBottom: 8 }}>
          {Object.entries(STATUS_COLOURS)
            .filter(([s]) => s !== 'REMOVED')
            .map(([s, c]) => (
              <Tag key={s} color={c}>
                {s === 'LEADER' ? t('company.leader') : tk('status', s)}
              </Tag>
            ))}
        </Space>
      )}
      <Typography.Paragraph type="secondary">{t('network.clickHint')}</Typography.Paragraph>
      <Suspense fallback={<div className="network-canvas" />}>
        <NetworkGraph
          leader={leader}
          nodes={nodes}
          links={links}
          colourBy={colourBy}
          riskyIds={riskyIds}
          ringLabel={ringLabel}
          onSelect={setSelected}
        />
      </Suspense>
      {withoutPath.length > 0 && (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          title={
            <Space>
              <Tag color={RISK_COLOUR}>{tk('networkRisk', 'NO_PATH_TO_LEADER')}</Tag>
              {t('network.noPathTitle', { count: withoutPath.length })}
            </Space>
          }
          data-testid="no-path-members"
        >
          <Typography.Paragraph type="secondary">{t('network.noPathHint')}</Typography.Paragraph>
          <List
            size="small"
            dataSource={withoutPath}
            renderItem={(n) => (
              <List.Item
                actions={[
                  <Button key="open" type="link" onClick={() => setSelected(n.company.id)}>
                    {t('network.open')}
                  </Button>,
                ]}
              >
                <Space>
                  {n.company.name}
                  <StatusTag prefix="status" value={n.status} />
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Drawer
        open={!!node}
        onClose={() => setSelected(undefined)}
        title={node?.company.name}
        size={420}
      >
        {node && (
          <Descriptions column={1} size="small" bordered data-testid="company-card">
            <Descriptions.Item label={t('company.uscc')}>{node.company.uscc}</Descriptions.Item>
            <Descriptions.Item label={t('company.region')}>
              {node.company.region ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.industry')}>
              {node.company.industry ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.tier')}>
              {node.tier === null || node.tier === undefined ? (
                <Tag color={RISK_COLOUR}>{tk('networkRisk', 'NO_PATH_TO_LEADER')}</Tag>
              ) : (
                t('company.tierN', { tier: node.tier })
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.status')}>
              <StatusTag prefix="status" value={node.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('company.supplies')}>
              {supplies.join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.pathToLeader')}>
              {(path.data?.pathToLeader ?? []).map((c) => c.name).join(' → ') || '—'}
            </Descriptions.Item>
          </Descriptions>
        )}
        {node && (
          <Space style={{ marginTop: 16 }} wrap>
            {(MOVES[node.status] ?? []).map((move) => (
              <Button
                key={move}
                danger={move === 'REMOVE'}
                onClick={() =>
                  void act(
                    () =>
                      changeStatus({
                        variables: { chainId: chain.id, companyId: node.company.id, move },
                      }),
                    {
                      success: tk('memberMove', move),
                      onDone: () => {
                        setSelected(undefined);
                        void refetch();
                      },
                    },
                  )
                }
              >
                {tk('memberMove', move)}
              </Button>
            ))}
          </Space>
        )}
      </Drawer>
    </QueryState>
  );
}
