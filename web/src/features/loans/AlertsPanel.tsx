import { useQuery, useSubscription } from '@apollo/client/react';
import { App, Card, List, Space } from 'antd';
import { useState } from 'react';
import { QueryState, StatusTag } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime, formatMoney, formatPercent } from '../../lib/format';
import { AlertsQuery, FinanceAlerts } from './operations';

/** Alerts newest first; new ones arrive by subscription and pop up as a notification. */
export function AlertsPanel() {
  const { t, tk, locale } = useI18n();
  const { notification } = App.useApp();
  const { data, loading, error, refetch } = useQuery(AlertsQuery);
  const [pushed, setPushed] = useState<NonNullable<typeof data>['alerts']>([]);
  useSubscription(FinanceAlerts, {
    onData: ({ data: d }) => {
      const alert = d.data?.financeAlerts;
      if (!alert) return;
      setPushed((list) => [alert, ...list.filter((a) => a.id !== alert.id)]);
      notification.warning({
        title: tk('level', alert.level),
        description: t('alerts.raised', {
          borrower: alert.loan.borrower.name,
          level: tk('level', alert.level),
          value: formatMoney(alert.collateralValue.amount, alert.collateralValue.currency),
          ltv: formatPercent(alert.ltv),
        }),
        duration: 8,
      });
    },
  });
  const seen = new Set(pushed.map((a) => a.id));
  const alerts = [...pushed, ...(data?.alerts ?? []).filter((a) => !seen.has(a.id))];
  return (
    <Card
      size="small"
      title={t('alerts.title')}
      data-testid="alerts"
      lang={locale}
      extra={<ExportButton table="alerts" />}
    >
      <QueryState loading={loading} error={error} empty={false} retry={() => void refetch()}>
        <List
          size="small"
          dataSource={alerts}
          locale={{ emptyText: t('alerts.none') }}
          renderItem={(a) => (
            <List.Item data-level={a.level}>
              <Space wrap>
                <StatusTag prefix="level" value={a.level} />
                <span>
                  {t('alerts.raised', {
                    borrower: a.loan.borrower.name,
                    level: tk('level', a.level),
                    value: formatMoney(a.collateralValue.amount, a.collateralValue.currency),
                    ltv: formatPercent(a.ltv),
                  })}
                </span>
                <span style={{ color: '#888' }}>
                  {t('alerts.cause')}: {a.causeType} · {formatDateTime(a.raisedAt)}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </QueryState>
    </Card>
  );
}
