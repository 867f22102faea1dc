/** The SME's digital-level assessment: the questionnaire (draft, submit), then its result, history, evidence and plans. */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Me } from '../../session/me';
import { QueryState } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { answerValues } from '../../lib/assessment';
import { CompanyAssessment } from './CompanyAssessment';
import { MyAssessments, QuestionnaireQuery } from './operations';
import { QuestionnaireForm } from './QuestionnaireForm';
import { Recommendations } from '../matching/Recommendations';

export default function AssessmentTab({ me }: { me: Me }) {
  const { t } = useI18n();
  const questionnaire = useQuery(QuestionnaireQuery, { fetchPolicy: 'cache-first' });
  const mine = useQuery(MyAssessments, { fetchPolicy: 'cache-and-network' });
  const [tab, setTab] = useState<string>();
  // Its open draft, or else the last submission to start the next one from.
  const draft = mine.data?.myAssessments.find((a) => a.status === 'DRAFT');
  const start = draft ?? mine.data?.myAssessments.find((a) => a.status === 'SUBMITTED');
  const submitted = mine.data?.myAssessments.some((a) => a.status === 'SUBMITTED');
  const [resultsKey, setResultsKey] = useState(0);
  const loading = questionnaire.loading || mine.loading;
  const ready = questionnaire.data && mine.data;
  return (
    <QueryState
      loading={loading}
      error={questionnaire.error ?? mine.error}
      empty={!ready}
      retry={() => {
        void questionnaire.refetch();
        void mine.refetch();
      }}
    >
      {ready && (
        <CompanyAssessment
          key={resultsKey}
          companyId={me.company.id}
          planner={{ id: me.company.id, name: me.company.name }}
          activeKey={tab ?? (submitted && !draft ? 'result' : 'questionnaire')}
          onTabChange={setTab}
          moreTabs={[
            {
              key: 'recommended',
              label: t('recommend.title'),
              children: <Recommendations companyId={me.company.id} />,
            },
          ]}
          extraTabs={[
            {
              key: 'questionnaire',
              label: t('assessment.tab.questionnaire'),
              children: (
                <QuestionnaireForm
                  key={start?.id ?? 'new'}
                  questionnaire={questionnaire.data.questionnaire}
                  initial={answerValues(start?.answers)}
                  savedAt={draft?.savedAt}
                  onSaved={() => void mine.refetch()}
                  onSubmitted={() => {
                    void mine.refetch();
                    setResultsKey((k) => k + 1);
                    setTab('result');
                  }}
                />
              ),
            },
          ]}
        />
      )}
    </QueryState>
  );
}
