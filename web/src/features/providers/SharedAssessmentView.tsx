/** An engaged SME's latest result and the platform's evidence, as its provider sees them with the SME's ASSESSMENT consent. */
import { useQuery } from '@apollo/client/react';
import { Empty, Space } from 'antd';
import { QueryState } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { EvidenceView } from '../assessment/EvidenceView';
import { ResultView } from '../assessment/ResultView';
import { SharedAssessment } from './operations';

export function SharedAssessmentView({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SharedAssessment, {
    variables: { companyId },
  });
  const latest = data?.assessment.latest;
  return (
    <QueryState loading={loading} error={error} empty={!data} retry={() => void refetch()}>
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {latest?.result ? (
            <ResultView result={latest.result} submittedAt={latest.submittedAt} />
          ) : (
            <Empty description={t('assessment.notSubmitted')} />
          )}
          <EvidenceView evidence={data.evidence} companyId={companyId} />
        </Space>
      )}
    </QueryState>
  );
}
