/** CompanyRegistered → (:Company). Rule: @chainlift/domain company (one company per USCC and per id). */
import {
  companyRegionCode,
  companyRegistration,
  type CompanyRegistered,
  type Registry,
} from '@chainlift/domain';
import type { Handler } from './handler';

export const companyRegistered: Handler<CompanyRegistered, Registry> = {
  type: 'CompanyRegistered',

  async load(tx, events) {
    const { records } = await tx.run(
      `UNWIND $keys AS k
       OPTIONAL MATCH (byUscc:Company {uscc: k.uscc})
       OPTIONAL MATCH (byId:Company {id: k.id})
       RETURN collect(DISTINCT byUscc.uscc) AS usccs, collect(DISTINCT byId.id) AS ids`,
      { keys: events.map((e) => ({ uscc: e.payload.uscc, id: e.payload.companyId })) },
    );
    const row = records[0];
    return {
      usccs: new Set<string>(row?.get('usccs') ?? []),
      ids: new Set<string>(row?.get('ids') ?? []),
    };
  },
  decide: (state, { payload }) => companyRegistration.decide(state, payload),
  evolve: (state, { payload }) => companyRegistration.evolve(state, payload),

  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       CREATE (:Company {id: r.companyId, name: r.name, uscc: r.uscc, kind: r.kind, region: r.region,
                         regionCode: r.regionCode, industry: r.industry, registeredAt: datetime(r.at), registeredBy: r.eventId})`,
      {
        rows: accepted.map((e) => ({
          ...e.payload,
          regionCode: companyRegionCode(e.payload),
          at: e.occurredAt,
          eventId: e.id,
        })),
      },
    );
  },
};
