/**
 * Pledge registration (中登网) in the bank's views: the 登记 tag of a pledge (未登记 red, 即将到期
 * orange), the download of the registry forms as a CSV, and the risk card listing pledges that are
 * not registered or whose registration ends soon.
 */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import { Money, QueryState, useAction } from '../../components/common';
import { ExportButton } from '../../components/ExportButton';
import type { RegistrationRisk } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { PledgeRegistrationForms } from './operations';
import { registrationCsv, type FormColumn } from './registration-csv';

export function RegistrationTag({
  risk,
  registration,
}: {
  risk: RegistrationRisk | null | undefined;
  registration?: { number: string; expiresOn: string } | null;
}) {
  const { t } = useI18n();
  return (
    <>
      {risk && (
        <Tag color={risk === 'UNREGISTERED' ? 'red' : 'orange'} data-registration-risk={risk}>
          {risk === 'UNREGISTERED' ? t('registration.unregistered') : t('registration.expiring')}
        </Tag>
      )}
      {registration && (
        <span title={t('registration.expiresOn', { date: registration.expiresOn })}>
          {registration.number}
        </span>
      )}
    </>
  );
}

function save(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Downloads the registry form's fields of every approved or disbursed pledge (CSV, UTF-8 with BOM). */
export function DownloadRegistrationForms() {
  const { t } = useI18n();
  const act = useAction();
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const title = (c: FormColumn) => t(`registration.csv.${c}` as const);
  return (
    <Button
      loading={loading}
      data-testid="download-registration-forms"
      onClick={() =>
        void act(
          async () => {
            setLoading(true);
            try {
              const { data } = await client.query({
                query: PledgeRegistrationForms,
                fetchPolicy: 'network-only',
              });
              const forms = data?.pledgeRegistrationForms ?? [];
              save(
                registrationCsv(forms, title),
                `pledge-registration-forms-${new Date().toISOString().slice(0, 10)}.csv`,
              );
              return forms.length;
            } finally {
              setLoading(false);
            }
          },
          { success: (n) => t('registration.downloaded', { count: n }) },
        )
      }
    >
      {t('registration.download')}
    </Button>
  );
}

/** The bank's risk view: pledges not registered (未登记) or whose registration ends within 30 days. */
export function RegistrationRiskCard() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(PledgeRegistrationForms, {
    variables: { unregisteredOnly: false },
  });
  const risky = (data?.pledgeRegistrationForms ?? []).filter((f) => f.registrationRisk);
  return (
    <Card
      size="small"
      title={t('registration.riskTitle')}
      extra={
        <Space>
          <ExportButton table="registration-risks" />
          <DownloadRegistrationForms />
        </Space>
      }
    >
      <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
        <Table
          size="small"
          rowKey="pledgeId"
          dataSource={risky}
          data-testid="registration-risks"
          locale={{ emptyText: t('registration.noRisk') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('pledges.registerNumber'), dataIndex: 'registerNumber' },
            { title: t('pledges.holder'), render: (_, f) => f.pledgor.name },
            { title: t('receivables.debtor'), render: (_, f) => f.debtor.name },
            {
              title: t('registration.amount'),
              align: 'right',
              render: (_, f) => <Money value={f.amount} />,
            },
            {
              title: t('registration.column'),
              render: (_, f) => <RegistrationTag risk={f.registrationRisk} />,
            },
            { title: t('registration.number'), render: (_, f) => f.registrationNumber ?? '—' },
          ]}
        />
      </QueryState>
    </Card>
  );
}
