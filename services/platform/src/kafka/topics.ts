/** Topic definitions live in infra/kafka/topics.json; this is their typed view. */
import definitions from '../../../../infra/kafka/topics.json';

export interface TopicDefinition {
  name: string;
  core: boolean;
  partitions: number;
  key: string;
  config: Record<string, string>;
}

export const TOPICS: readonly TopicDefinition[] = definitions.topics as TopicDefinition[];

export const TOPIC = {
  masterdata: 'chainlift.masterdata',
  chains: 'chainlift.chains',
  orders: 'chainlift.orders',
  inventory: 'chainlift.inventory',
  consents: 'chainlift.consents',
  audit: 'chainlift.audit',
  receivables: 'chainlift.receivables',
  finance: 'chainlift.finance',
  prices: 'chainlift.prices',
  assessments: 'chainlift.assessments',
  outcomes: 'chainlift.outcomes',
  deadLetter: 'chainlift.deadletter',
} as const;

/** Core topics: the system of record the projector consumes and a rebuild replays. */
export const CORE_TOPICS = TOPICS.filter((t) => t.core).map((t) => t.name);

for (const name of Object.values(TOPIC)) {
  if (!TOPICS.some((t) => t.name === name))
    throw new Error(`topic ${name} is not defined in infra/kafka/topics.json`);
}
