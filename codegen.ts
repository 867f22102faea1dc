import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed resolvers for the gateway from schema/graphql (npm run codegen). */
const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  generates: {
    'services/gateway/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#Context',
        mappers: {
          Company: '../reads/companies#CompanyRow',
          Chain: '../reads/chains#ChainRow',
          Membership: '../reads/chains#MembershipRow',
          OwnSupplier: '../reads/chains#OwnSupplierRow',
          OwnBuyer: '../reads/chains#OwnBuyerRow',
          ConsentCandidate: '../reads/consents#ConsentCandidateRow',
          NetworkNode: '../reads/network#NetworkNodeRow',
          SingleSourceRisk: '../reads/network#SingleSourceRiskRow',
          Exposure: '../reads/network#ExposureRow',
          PurchaseOrder: '../reads/orders#OrderRow',
          SupplierKpi: '../reads/orders#SupplierKpiRow',
          User: '../reads/users#UserRow',
          Session: '../reads/users#SessionRow',
          StockPosition: '../reads/inventory#StockRow',
          WarehouseReceipt: '../reads/inventory#ReceiptRow',
          Consent: '../reads/consents#ConsentRow',
          Notification: '../reads/notifications#NotificationRow',
          AccessRecord: '../reads/consents#AccessRow',
          ApiKey: '../reads/api-keys#ApiKeyRow',
          Receivable: '../reads/receivables#ReceivableRow',
          ReceivableTransfer: '../reads/receivables#TransferRow',
          Payment: '../reads/receivables#PaymentRow',
          Pledge: '../reads/pledges#PledgeRow',
          FinanceProduct: '../reads/pledges#ProductRow',
          InventoryLoan: '../reads/inventory-loans#LoanRow',
          PledgedGoods: '../reads/inventory-loans#GoodsRow',
          Alert: '../reads/inventory-loans#AlertRow',
          ReleaseRequest: '../reads/release-requests#ReleaseRequestRow',
          Assessment: '../reads/assessment#AssessmentRow',
          ImprovementPlan: '../reads/assessment#PlanRow',
          ImprovementTask: '../reads/assessment#TaskRow',
          ServiceProduct: '../reads/providers#ServiceProductRow',
          ServiceProductVersion: '../reads/providers#ProductVersionRow',
          Engagement: '../reads/providers#EngagementRow',
        },
        scalars: { DateTime: 'string', ID: 'string', Decimal: 'string', Date: 'string' },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
