/** The leader's view of the stock its suppliers share with it (an INVENTORY consent). */
import { useQuery } from '@apollo/client/react';
import { Alert, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { QueryState } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { ReceivedConsents } from '../consents/operations';
import { StockCoverage } from './operations';
import { StockTable } from './StockTable';

export function SupplierStockTab() {
  const { t } = useI18n();
  const consents = useQuery(ReceivedConsents);
  const sharing = (consents.data?.consents ?? []).filter(
    (c) => c.scope === 'INVENTORY' && c.status === 'ACTIVE',
  );
  const [chosen, setChosen] = useState<string>();
  const supplierId = chosen ?? sharing[0]?.grantor.id;
  return (
    <QueryState
      loading={consents.loading}
      error={consents.error}
      empty={!consents.data}
      retry={() => void consents.refetch()}
    >
      {sharing.length === 0 ? (
        <Alert type="info" showIcon title={t('stock.noConsent')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('stock.chooseSupplier')}</span>
            <Select
              style={{ minWidth: 260 }}
              value={supplierId}
              onChange={setChosen}
              options={sharing.map((c) => ({ value: c.grantor.id, label: c.grantor.name }))}
              data-testid="stock-supplier"
            />
            <Tag color="green">{t('stock.live')}</Tag>
          </Space>
          {supplierId && <EmptyReason key={`why-${supplierId}`} companyId={supplierId} />}
          {supplierId && <StockTable key={supplierId} companyId={supplierId} />}
        </Space>
      )}
    </QueryState>
  );
}

/** Why a shared stock list is empty (the consent covers no products yet, or none is in stock). */
function EmptyReason({ companyId }: { companyId: string }) {
  const { t, tk } = useI18n();
  const { data } = useQuery(StockCoverage, { variables: { companyId } });
  const coverage = data?.stockCoverage;
  if (!coverage?.emptyReason) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="stock-empty-reason"
      title={tk('stockEmpty', coverage.emptyReason)}
      description={
        coverage.products.length > 0
          ? t('stock.covers', { products: coverage.products.join(t('consents.sep')) })
          : undefined
      }
    />
  );
}
