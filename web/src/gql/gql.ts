/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      company {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query BankProducts($bankId: ID) {\n    financeProducts(bankId: $bankId) {\n      id\n      name\n      advanceRate\n      annualRate\n      minRemainingDays\n    }\n  }\n': typeof types.BankProductsDocument;
  '\n  query ReceivablePool($productId: ID!, $loanEndDate: Date!) {\n    receivablePool(productId: $productId, loanEndDate: $loanEndDate) {\n      eligible\n      reasons\n      receivable {\n        id\n        status\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n        activePledge {\n          id\n          registerNumber\n          status\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.ReceivablePoolDocument;
  '\n  mutation RegisterPledge($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    registerPledge(receivableId: $receivableId, productId: $productId, loanEndDate: $loanEndDate) {\n      id\n      registerNumber\n      status\n    }\n  }\n': typeof types.RegisterPledgeDocument;
  '\n  query BankPledges {\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      holder {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        debtor {\n          id\n          name\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.BankPledgesDocument;
  '\n  mutation ActOnPledge($id: ID!, $action: PledgeAction!, $reason: String) {\n    actOnPledge(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      registerNumber\n    }\n  }\n': typeof types.ActOnPledgeDocument;
  '\n  mutation ReportPrice($sku: String!, $price: Decimal!) {\n    reportPrice(sku: $sku, price: $price)\n  }\n': typeof types.ReportPriceDocument;
  '\n  query BankExposure {\n    bankExposure {\n      largestDebtorShare\n      total {\n        amount\n        currency\n      }\n      byDebtor {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byBorrower {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byChain {\n        share\n        chain {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.BankExposureDocument;
  '\n  query BankRisk {\n    orders: circularTrades(kind: ORDERS) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    receivables: circularTrades(kind: RECEIVABLES) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    undeliveredBacking {\n      orderStatus\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.BankRiskDocument;
  '\n  query MyChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n          region\n        }\n        memberCounts {\n          status\n          count\n        }\n      }\n    }\n  }\n': typeof types.MyChainsDocument;
  '\n  mutation CreateChain($name: String!) {\n    createChain(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateChainDocument;
  '\n  query SupplierNetwork($chainId: ID!, $filter: NetworkFilter) {\n    supplierNetwork(chainId: $chainId, filter: $filter, first: 500) {\n      total\n      nodes {\n        tier\n        status\n        company {\n          id\n          name\n          uscc\n          region\n          industry\n        }\n      }\n      links {\n        supplierId\n        buyerId\n        products\n      }\n    }\n  }\n': typeof types.SupplierNetworkDocument;
  '\n  query PathToLeader($chainId: ID!, $supplierId: ID!) {\n    pathToLeader(chainId: $chainId, supplierId: $supplierId) {\n      id\n      name\n    }\n  }\n': typeof types.PathToLeaderDocument;
  '\n  query ReceivedConsents {\n    consents(direction: RECEIVED) {\n      id\n      scope\n      status\n      grantor {\n        id\n        name\n      }\n      expiresAt\n    }\n  }\n': typeof types.ReceivedConsentsDocument;
  '\n  mutation InviteSupplier($chainId: ID!, $supplier: SupplierInvite!) {\n    inviteSupplier(chainId: $chainId, supplier: $supplier) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n': typeof types.InviteSupplierDocument;
  '\n  mutation ImportSuppliers($chainId: ID!, $csv: String!) {\n    importSuppliers(chainId: $chainId, csv: $csv) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n': typeof types.ImportSuppliersDocument;
  '\n  query SupplierKpis {\n    supplierKpis {\n      supplier {\n        id\n        name\n      }\n      orders\n      delivered\n      onTime\n      onTimePerMille\n      openValue {\n        amount\n        currency\n      }\n      leadTimeDaysTenths\n    }\n  }\n': typeof types.SupplierKpisDocument;
  '\n  query SingleSourceRisks($chainId: ID!) {\n    singleSourceRisks(chainId: $chainId) {\n      product\n      buyerTier\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SingleSourceRisksDocument;
  '\n  query LeaderFinance {\n    leaderFinance {\n      awaitingConfirmation {\n        amount\n        currency\n      }\n      confirmedOutstanding {\n        amount\n        currency\n      }\n      overdue {\n        amount\n        currency\n      }\n      financedAgainst {\n        amount\n        currency\n      }\n      financedReceivables\n      dueByMonth {\n        month\n        receivables\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    receivables(role: DEBTOR, first: 200) {\n      id\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      creditor {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      loanEndDate\n      bank {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.LeaderFinanceDocument;
  '\n  mutation ConfirmReceivables($ids: [ID!]!) {\n    confirmReceivables(ids: $ids) {\n      id\n      status\n    }\n  }\n': typeof types.ConfirmReceivablesDocument;
  '\n  subscription ReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n': typeof types.ReceivableChangedDocument;
  '\n  query SupplierStock($companyId: ID!) {\n    stock(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n': typeof types.SupplierStockDocument;
  '\n  subscription StockChanged($companyId: ID!) {\n    stockChanged(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n': typeof types.StockChangedDocument;
  '\n  query InventoryLoans {\n    inventoryLoans {\n      id\n      status\n      warehouse\n      level\n      ltv\n      pledgeRate\n      marginCallLtv\n      liquidationLtv\n      borrower {\n        id\n        name\n      }\n      bank {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n      principal {\n        amount\n        currency\n      }\n      collateralValue {\n        amount\n        currency\n      }\n      controlLine {\n        amount\n        currency\n      }\n      goods {\n        sku\n        quantity\n        inStock\n        unitCost {\n          amount\n          currency\n        }\n        marketPrice {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.InventoryLoansDocument;
  '\n  mutation ActOnInventoryLoan($id: ID!, $action: InventoryLoanAction!) {\n    actOnInventoryLoan(id: $id, action: $action) {\n      id\n      status\n    }\n  }\n': typeof types.ActOnInventoryLoanDocument;
  '\n  mutation ReleaseGoods($loanId: ID!, $sku: String!, $quantity: Int!) {\n    releaseGoods(loanId: $loanId, sku: $sku, quantity: $quantity) {\n      id\n      status\n    }\n  }\n': typeof types.ReleaseGoodsDocument;
  '\n  query Alerts {\n    alerts(first: 20) {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        borrower {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AlertsDocument;
  '\n  subscription FinanceAlerts {\n    financeAlerts {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        level\n        ltv\n        borrower {\n          id\n          name\n        }\n        collateralValue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.FinanceAlertsDocument;
  '\n  query Orders($role: OrderRole!, $status: OrderStatus) {\n    orders(role: $role, status: $status, first: 200) {\n      id\n      number\n      status\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n      lines {\n        sku\n        productName\n        quantity\n      }\n      total {\n        amount\n        currency\n      }\n      placedOn\n      promisedDate\n    }\n  }\n': typeof types.OrdersDocument;
  '\n  mutation ActOnOrder($orderId: ID!, $action: OrderAction!) {\n    actOnOrder(orderId: $orderId, action: $action) {\n      id\n      status\n    }\n  }\n': typeof types.ActOnOrderDocument;
  '\n  subscription OrderChanged {\n    orderChanged {\n      id\n      number\n      status\n    }\n  }\n': typeof types.OrderChangedDocument;
  '\n  mutation RegisterReceivable($input: RegisterReceivableInput!) {\n    registerReceivable(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RegisterReceivableDocument;
  '\n  query SmeChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.SmeChainsDocument;
  '\n  mutation RespondToInvitation($chainId: ID!, $accept: Boolean!) {\n    respondToInvitation(chainId: $chainId, accept: $accept) {\n      status\n      chain {\n        id\n      }\n    }\n  }\n': typeof types.RespondToInvitationDocument;
  '\n  mutation ReportStock($positions: [StockInput!]!) {\n    reportStock(positions: $positions) {\n      eventId\n      status\n    }\n  }\n': typeof types.ReportStockDocument;
  '\n  query LowStock($companyId: ID!) {\n    lowStock(companyId: $companyId) {\n      sku\n      onHand\n      openDemand\n      shortfall\n    }\n  }\n': typeof types.LowStockDocument;
  '\n  query GrantedConsents {\n    consents(direction: GRANTED) {\n      id\n      scope\n      status\n      expiresAt\n      grantedAt\n      grantee {\n        id\n        name\n        kind\n      }\n    }\n    accessLog {\n      at\n      scope\n      what\n      viewerUserEmail\n      viewer {\n        id\n        name\n      }\n    }\n    myChains {\n      status\n      chain {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    companies(kind: BANK, first: 200) {\n      id\n      name\n    }\n  }\n': typeof types.GrantedConsentsDocument;
  '\n  mutation GrantConsent($granteeId: ID!, $scope: ConsentScope!, $expiresAt: DateTime) {\n    grantConsent(granteeId: $granteeId, scope: $scope, expiresAt: $expiresAt) {\n      id\n      status\n    }\n  }\n': typeof types.GrantConsentDocument;
  '\n  mutation RevokeConsent($consentId: ID!) {\n    revokeConsent(consentId: $consentId) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeConsentDocument;
  '\n  mutation DeclareSupplier($supplierId: ID!, $products: [String!]) {\n    declareSupplier(supplierId: $supplierId, products: $products) {\n      eventId\n      status\n    }\n  }\n': typeof types.DeclareSupplierDocument;
  '\n  query SmeCompanies {\n    companies(kind: SME, first: 200) {\n      id\n      name\n      region\n    }\n  }\n': typeof types.SmeCompaniesDocument;
  '\n  query HeldReceivables {\n    receivables(role: HOLDER, first: 200) {\n      id\n      rootId\n      parentId\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      debtor {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n      }\n      activePledge {\n        id\n        registerNumber\n        status\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      bank {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n        days\n      }\n    }\n    financeProducts {\n      id\n      name\n      advanceRate\n      annualRate\n      bank {\n        id\n        name\n      }\n    }\n    companies(kind: SME, first: 200) {\n      id\n      name\n    }\n  }\n': typeof types.HeldReceivablesDocument;
  '\n  mutation SplitReceivable($id: ID!, $amounts: [Decimal!]!) {\n    splitReceivable(id: $id, amounts: $amounts) {\n      id\n      status\n    }\n  }\n': typeof types.SplitReceivableDocument;
  '\n  mutation TransferReceivable($id: ID!, $toCompanyId: ID!) {\n    transferReceivable(id: $id, toCompanyId: $toCompanyId) {\n      id\n      status\n    }\n  }\n': typeof types.TransferReceivableDocument;
  '\n  mutation ApplyForFinancing($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    applyForFinancing(\n      receivableId: $receivableId\n      productId: $productId\n      loanEndDate: $loanEndDate\n    ) {\n      id\n      registerNumber\n      status\n    }\n  }\n': typeof types.ApplyForFinancingDocument;
  '\n  subscription HeldReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n': typeof types.HeldReceivableChangedDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      company {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n':
    types.LoginDocument,
  '\n  query BankProducts($bankId: ID) {\n    financeProducts(bankId: $bankId) {\n      id\n      name\n      advanceRate\n      annualRate\n      minRemainingDays\n    }\n  }\n':
    types.BankProductsDocument,
  '\n  query ReceivablePool($productId: ID!, $loanEndDate: Date!) {\n    receivablePool(productId: $productId, loanEndDate: $loanEndDate) {\n      eligible\n      reasons\n      receivable {\n        id\n        status\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n        activePledge {\n          id\n          registerNumber\n          status\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.ReceivablePoolDocument,
  '\n  mutation RegisterPledge($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    registerPledge(receivableId: $receivableId, productId: $productId, loanEndDate: $loanEndDate) {\n      id\n      registerNumber\n      status\n    }\n  }\n':
    types.RegisterPledgeDocument,
  '\n  query BankPledges {\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      holder {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        debtor {\n          id\n          name\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.BankPledgesDocument,
  '\n  mutation ActOnPledge($id: ID!, $action: PledgeAction!, $reason: String) {\n    actOnPledge(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      registerNumber\n    }\n  }\n':
    types.ActOnPledgeDocument,
  '\n  mutation ReportPrice($sku: String!, $price: Decimal!) {\n    reportPrice(sku: $sku, price: $price)\n  }\n':
    types.ReportPriceDocument,
  '\n  query BankExposure {\n    bankExposure {\n      largestDebtorShare\n      total {\n        amount\n        currency\n      }\n      byDebtor {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byBorrower {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byChain {\n        share\n        chain {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.BankExposureDocument,
  '\n  query BankRisk {\n    orders: circularTrades(kind: ORDERS) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    receivables: circularTrades(kind: RECEIVABLES) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    undeliveredBacking {\n      orderStatus\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.BankRiskDocument,
  '\n  query MyChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n          region\n        }\n        memberCounts {\n          status\n          count\n        }\n      }\n    }\n  }\n':
    types.MyChainsDocument,
  '\n  mutation CreateChain($name: String!) {\n    createChain(name: $name) {\n      id\n      name\n    }\n  }\n':
    types.CreateChainDocument,
  '\n  query SupplierNetwork($chainId: ID!, $filter: NetworkFilter) {\n    supplierNetwork(chainId: $chainId, filter: $filter, first: 500) {\n      total\n      nodes {\n        tier\n        status\n        company {\n          id\n          name\n          uscc\n          region\n          industry\n        }\n      }\n      links {\n        supplierId\n        buyerId\n        products\n      }\n    }\n  }\n':
    types.SupplierNetworkDocument,
  '\n  query PathToLeader($chainId: ID!, $supplierId: ID!) {\n    pathToLeader(chainId: $chainId, supplierId: $supplierId) {\n      id\n      name\n    }\n  }\n':
    types.PathToLeaderDocument,
  '\n  query ReceivedConsents {\n    consents(direction: RECEIVED) {\n      id\n      scope\n      status\n      grantor {\n        id\n        name\n      }\n      expiresAt\n    }\n  }\n':
    types.ReceivedConsentsDocument,
  '\n  mutation InviteSupplier($chainId: ID!, $supplier: SupplierInvite!) {\n    inviteSupplier(chainId: $chainId, supplier: $supplier) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n':
    types.InviteSupplierDocument,
  '\n  mutation ImportSuppliers($chainId: ID!, $csv: String!) {\n    importSuppliers(chainId: $chainId, csv: $csv) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n':
    types.ImportSuppliersDocument,
  '\n  query SupplierKpis {\n    supplierKpis {\n      supplier {\n        id\n        name\n      }\n      orders\n      delivered\n      onTime\n      onTimePerMille\n      openValue {\n        amount\n        currency\n      }\n      leadTimeDaysTenths\n    }\n  }\n':
    types.SupplierKpisDocument,
  '\n  query SingleSourceRisks($chainId: ID!) {\n    singleSourceRisks(chainId: $chainId) {\n      product\n      buyerTier\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n    }\n  }\n':
    types.SingleSourceRisksDocument,
  '\n  query LeaderFinance {\n    leaderFinance {\n      awaitingConfirmation {\n        amount\n        currency\n      }\n      confirmedOutstanding {\n        amount\n        currency\n      }\n      overdue {\n        amount\n        currency\n      }\n      financedAgainst {\n        amount\n        currency\n      }\n      financedReceivables\n      dueByMonth {\n        month\n        receivables\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    receivables(role: DEBTOR, first: 200) {\n      id\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      creditor {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      loanEndDate\n      bank {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.LeaderFinanceDocument,
  '\n  mutation ConfirmReceivables($ids: [ID!]!) {\n    confirmReceivables(ids: $ids) {\n      id\n      status\n    }\n  }\n':
    types.ConfirmReceivablesDocument,
  '\n  subscription ReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n':
    types.ReceivableChangedDocument,
  '\n  query SupplierStock($companyId: ID!) {\n    stock(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n':
    types.SupplierStockDocument,
  '\n  subscription StockChanged($companyId: ID!) {\n    stockChanged(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n':
    types.StockChangedDocument,
  '\n  query InventoryLoans {\n    inventoryLoans {\n      id\n      status\n      warehouse\n      level\n      ltv\n      pledgeRate\n      marginCallLtv\n      liquidationLtv\n      borrower {\n        id\n        name\n      }\n      bank {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n      principal {\n        amount\n        currency\n      }\n      collateralValue {\n        amount\n        currency\n      }\n      controlLine {\n        amount\n        currency\n      }\n      goods {\n        sku\n        quantity\n        inStock\n        unitCost {\n          amount\n          currency\n        }\n        marketPrice {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.InventoryLoansDocument,
  '\n  mutation ActOnInventoryLoan($id: ID!, $action: InventoryLoanAction!) {\n    actOnInventoryLoan(id: $id, action: $action) {\n      id\n      status\n    }\n  }\n':
    types.ActOnInventoryLoanDocument,
  '\n  mutation ReleaseGoods($loanId: ID!, $sku: String!, $quantity: Int!) {\n    releaseGoods(loanId: $loanId, sku: $sku, quantity: $quantity) {\n      id\n      status\n    }\n  }\n':
    types.ReleaseGoodsDocument,
  '\n  query Alerts {\n    alerts(first: 20) {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        borrower {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AlertsDocument,
  '\n  subscription FinanceAlerts {\n    financeAlerts {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        level\n        ltv\n        borrower {\n          id\n          name\n        }\n        collateralValue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.FinanceAlertsDocument,
  '\n  query Orders($role: OrderRole!, $status: OrderStatus) {\n    orders(role: $role, status: $status, first: 200) {\n      id\n      number\n      status\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n      lines {\n        sku\n        productName\n        quantity\n      }\n      total {\n        amount\n        currency\n      }\n      placedOn\n      promisedDate\n    }\n  }\n':
    types.OrdersDocument,
  '\n  mutation ActOnOrder($orderId: ID!, $action: OrderAction!) {\n    actOnOrder(orderId: $orderId, action: $action) {\n      id\n      status\n    }\n  }\n':
    types.ActOnOrderDocument,
  '\n  subscription OrderChanged {\n    orderChanged {\n      id\n      number\n      status\n    }\n  }\n':
    types.OrderChangedDocument,
  '\n  mutation RegisterReceivable($input: RegisterReceivableInput!) {\n    registerReceivable(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RegisterReceivableDocument,
  '\n  query SmeChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.SmeChainsDocument,
  '\n  mutation RespondToInvitation($chainId: ID!, $accept: Boolean!) {\n    respondToInvitation(chainId: $chainId, accept: $accept) {\n      status\n      chain {\n        id\n      }\n    }\n  }\n':
    types.RespondToInvitationDocument,
  '\n  mutation ReportStock($positions: [StockInput!]!) {\n    reportStock(positions: $positions) {\n      eventId\n      status\n    }\n  }\n':
    types.ReportStockDocument,
  '\n  query LowStock($companyId: ID!) {\n    lowStock(companyId: $companyId) {\n      sku\n      onHand\n      openDemand\n      shortfall\n    }\n  }\n':
    types.LowStockDocument,
  '\n  query GrantedConsents {\n    consents(direction: GRANTED) {\n      id\n      scope\n      status\n      expiresAt\n      grantedAt\n      grantee {\n        id\n        name\n        kind\n      }\n    }\n    accessLog {\n      at\n      scope\n      what\n      viewerUserEmail\n      viewer {\n        id\n        name\n      }\n    }\n    myChains {\n      status\n      chain {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    companies(kind: BANK, first: 200) {\n      id\n      name\n    }\n  }\n':
    types.GrantedConsentsDocument,
  '\n  mutation GrantConsent($granteeId: ID!, $scope: ConsentScope!, $expiresAt: DateTime) {\n    grantConsent(granteeId: $granteeId, scope: $scope, expiresAt: $expiresAt) {\n      id\n      status\n    }\n  }\n':
    types.GrantConsentDocument,
  '\n  mutation RevokeConsent($consentId: ID!) {\n    revokeConsent(consentId: $consentId) {\n      id\n      status\n    }\n  }\n':
    types.RevokeConsentDocument,
  '\n  mutation DeclareSupplier($supplierId: ID!, $products: [String!]) {\n    declareSupplier(supplierId: $supplierId, products: $products) {\n      eventId\n      status\n    }\n  }\n':
    types.DeclareSupplierDocument,
  '\n  query SmeCompanies {\n    companies(kind: SME, first: 200) {\n      id\n      name\n      region\n    }\n  }\n':
    types.SmeCompaniesDocument,
  '\n  query HeldReceivables {\n    receivables(role: HOLDER, first: 200) {\n      id\n      rootId\n      parentId\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      debtor {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n      }\n      activePledge {\n        id\n        registerNumber\n        status\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      bank {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n        days\n      }\n    }\n    financeProducts {\n      id\n      name\n      advanceRate\n      annualRate\n      bank {\n        id\n        name\n      }\n    }\n    companies(kind: SME, first: 200) {\n      id\n      name\n    }\n  }\n':
    types.HeldReceivablesDocument,
  '\n  mutation SplitReceivable($id: ID!, $amounts: [Decimal!]!) {\n    splitReceivable(id: $id, amounts: $amounts) {\n      id\n      status\n    }\n  }\n':
    types.SplitReceivableDocument,
  '\n  mutation TransferReceivable($id: ID!, $toCompanyId: ID!) {\n    transferReceivable(id: $id, toCompanyId: $toCompanyId) {\n      id\n      status\n    }\n  }\n':
    types.TransferReceivableDocument,
  '\n  mutation ApplyForFinancing($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    applyForFinancing(\n      receivableId: $receivableId\n      productId: $productId\n      loanEndDate: $loanEndDate\n    ) {\n      id\n      registerNumber\n      status\n    }\n  }\n':
    types.ApplyForFinancingDocument,
  '\n  subscription HeldReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n':
    types.HeldReceivableChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      company {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      company {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BankProducts($bankId: ID) {\n    financeProducts(bankId: $bankId) {\n      id\n      name\n      advanceRate\n      annualRate\n      minRemainingDays\n    }\n  }\n',
): (typeof documents)['\n  query BankProducts($bankId: ID) {\n    financeProducts(bankId: $bankId) {\n      id\n      name\n      advanceRate\n      annualRate\n      minRemainingDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReceivablePool($productId: ID!, $loanEndDate: Date!) {\n    receivablePool(productId: $productId, loanEndDate: $loanEndDate) {\n      eligible\n      reasons\n      receivable {\n        id\n        status\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n        activePledge {\n          id\n          registerNumber\n          status\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReceivablePool($productId: ID!, $loanEndDate: Date!) {\n    receivablePool(productId: $productId, loanEndDate: $loanEndDate) {\n      eligible\n      reasons\n      receivable {\n        id\n        status\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n        activePledge {\n          id\n          registerNumber\n          status\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterPledge($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    registerPledge(receivableId: $receivableId, productId: $productId, loanEndDate: $loanEndDate) {\n      id\n      registerNumber\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterPledge($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    registerPledge(receivableId: $receivableId, productId: $productId, loanEndDate: $loanEndDate) {\n      id\n      registerNumber\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BankPledges {\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      holder {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        debtor {\n          id\n          name\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BankPledges {\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      holder {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        dueDate\n        amount {\n          amount\n          currency\n        }\n        debtor {\n          id\n          name\n        }\n      }\n      offer {\n        days\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActOnPledge($id: ID!, $action: PledgeAction!, $reason: String) {\n    actOnPledge(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      registerNumber\n    }\n  }\n',
): (typeof documents)['\n  mutation ActOnPledge($id: ID!, $action: PledgeAction!, $reason: String) {\n    actOnPledge(id: $id, action: $action, reason: $reason) {\n      id\n      status\n      registerNumber\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportPrice($sku: String!, $price: Decimal!) {\n    reportPrice(sku: $sku, price: $price)\n  }\n',
): (typeof documents)['\n  mutation ReportPrice($sku: String!, $price: Decimal!) {\n    reportPrice(sku: $sku, price: $price)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BankExposure {\n    bankExposure {\n      largestDebtorShare\n      total {\n        amount\n        currency\n      }\n      byDebtor {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byBorrower {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byChain {\n        share\n        chain {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BankExposure {\n    bankExposure {\n      largestDebtorShare\n      total {\n        amount\n        currency\n      }\n      byDebtor {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byBorrower {\n        share\n        company {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n      byChain {\n        share\n        chain {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BankRisk {\n    orders: circularTrades(kind: ORDERS) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    receivables: circularTrades(kind: RECEIVABLES) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    undeliveredBacking {\n      orderStatus\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BankRisk {\n    orders: circularTrades(kind: ORDERS) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    receivables: circularTrades(kind: RECEIVABLES) {\n      kind\n      companies {\n        id\n        name\n      }\n    }\n    undeliveredBacking {\n      orderStatus\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n        holder {\n          id\n          name\n        }\n        debtor {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n          region\n        }\n        memberCounts {\n          status\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n          region\n        }\n        memberCounts {\n          status\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateChain($name: String!) {\n    createChain(name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateChain($name: String!) {\n    createChain(name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupplierNetwork($chainId: ID!, $filter: NetworkFilter) {\n    supplierNetwork(chainId: $chainId, filter: $filter, first: 500) {\n      total\n      nodes {\n        tier\n        status\n        company {\n          id\n          name\n          uscc\n          region\n          industry\n        }\n      }\n      links {\n        supplierId\n        buyerId\n        products\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SupplierNetwork($chainId: ID!, $filter: NetworkFilter) {\n    supplierNetwork(chainId: $chainId, filter: $filter, first: 500) {\n      total\n      nodes {\n        tier\n        status\n        company {\n          id\n          name\n          uscc\n          region\n          industry\n        }\n      }\n      links {\n        supplierId\n        buyerId\n        products\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PathToLeader($chainId: ID!, $supplierId: ID!) {\n    pathToLeader(chainId: $chainId, supplierId: $supplierId) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query PathToLeader($chainId: ID!, $supplierId: ID!) {\n    pathToLeader(chainId: $chainId, supplierId: $supplierId) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReceivedConsents {\n    consents(direction: RECEIVED) {\n      id\n      scope\n      status\n      grantor {\n        id\n        name\n      }\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query ReceivedConsents {\n    consents(direction: RECEIVED) {\n      id\n      scope\n      status\n      grantor {\n        id\n        name\n      }\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteSupplier($chainId: ID!, $supplier: SupplierInvite!) {\n    inviteSupplier(chainId: $chainId, supplier: $supplier) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteSupplier($chainId: ID!, $supplier: SupplierInvite!) {\n    inviteSupplier(chainId: $chainId, supplier: $supplier) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportSuppliers($chainId: ID!, $csv: String!) {\n    importSuppliers(chainId: $chainId, csv: $csv) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportSuppliers($chainId: ID!, $csv: String!) {\n    importSuppliers(chainId: $chainId, csv: $csv) {\n      applied\n      created\n      invited\n      alreadyMembers\n      invalid\n      rows {\n        row\n        uscc\n        name\n        status\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupplierKpis {\n    supplierKpis {\n      supplier {\n        id\n        name\n      }\n      orders\n      delivered\n      onTime\n      onTimePerMille\n      openValue {\n        amount\n        currency\n      }\n      leadTimeDaysTenths\n    }\n  }\n',
): (typeof documents)['\n  query SupplierKpis {\n    supplierKpis {\n      supplier {\n        id\n        name\n      }\n      orders\n      delivered\n      onTime\n      onTimePerMille\n      openValue {\n        amount\n        currency\n      }\n      leadTimeDaysTenths\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SingleSourceRisks($chainId: ID!) {\n    singleSourceRisks(chainId: $chainId) {\n      product\n      buyerTier\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SingleSourceRisks($chainId: ID!) {\n    singleSourceRisks(chainId: $chainId) {\n      product\n      buyerTier\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeaderFinance {\n    leaderFinance {\n      awaitingConfirmation {\n        amount\n        currency\n      }\n      confirmedOutstanding {\n        amount\n        currency\n      }\n      overdue {\n        amount\n        currency\n      }\n      financedAgainst {\n        amount\n        currency\n      }\n      financedReceivables\n      dueByMonth {\n        month\n        receivables\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    receivables(role: DEBTOR, first: 200) {\n      id\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      creditor {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      loanEndDate\n      bank {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LeaderFinance {\n    leaderFinance {\n      awaitingConfirmation {\n        amount\n        currency\n      }\n      confirmedOutstanding {\n        amount\n        currency\n      }\n      overdue {\n        amount\n        currency\n      }\n      financedAgainst {\n        amount\n        currency\n      }\n      financedReceivables\n      dueByMonth {\n        month\n        receivables\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n    receivables(role: DEBTOR, first: 200) {\n      id\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      creditor {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      loanEndDate\n      bank {\n        id\n        name\n      }\n      holder {\n        id\n        name\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmReceivables($ids: [ID!]!) {\n    confirmReceivables(ids: $ids) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmReceivables($ids: [ID!]!) {\n    confirmReceivables(ids: $ids) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  subscription ReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupplierStock($companyId: ID!) {\n    stock(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query SupplierStock($companyId: ID!) {\n    stock(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription StockChanged($companyId: ID!) {\n    stockChanged(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  subscription StockChanged($companyId: ID!) {\n    stockChanged(companyId: $companyId) {\n      sku\n      productName\n      warehouse\n      quantity\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InventoryLoans {\n    inventoryLoans {\n      id\n      status\n      warehouse\n      level\n      ltv\n      pledgeRate\n      marginCallLtv\n      liquidationLtv\n      borrower {\n        id\n        name\n      }\n      bank {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n      principal {\n        amount\n        currency\n      }\n      collateralValue {\n        amount\n        currency\n      }\n      controlLine {\n        amount\n        currency\n      }\n      goods {\n        sku\n        quantity\n        inStock\n        unitCost {\n          amount\n          currency\n        }\n        marketPrice {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InventoryLoans {\n    inventoryLoans {\n      id\n      status\n      warehouse\n      level\n      ltv\n      pledgeRate\n      marginCallLtv\n      liquidationLtv\n      borrower {\n        id\n        name\n      }\n      bank {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n      principal {\n        amount\n        currency\n      }\n      collateralValue {\n        amount\n        currency\n      }\n      controlLine {\n        amount\n        currency\n      }\n      goods {\n        sku\n        quantity\n        inStock\n        unitCost {\n          amount\n          currency\n        }\n        marketPrice {\n          amount\n          currency\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActOnInventoryLoan($id: ID!, $action: InventoryLoanAction!) {\n    actOnInventoryLoan(id: $id, action: $action) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ActOnInventoryLoan($id: ID!, $action: InventoryLoanAction!) {\n    actOnInventoryLoan(id: $id, action: $action) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReleaseGoods($loanId: ID!, $sku: String!, $quantity: Int!) {\n    releaseGoods(loanId: $loanId, sku: $sku, quantity: $quantity) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReleaseGoods($loanId: ID!, $sku: String!, $quantity: Int!) {\n    releaseGoods(loanId: $loanId, sku: $sku, quantity: $quantity) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Alerts {\n    alerts(first: 20) {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        borrower {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Alerts {\n    alerts(first: 20) {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        borrower {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription FinanceAlerts {\n    financeAlerts {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        level\n        ltv\n        borrower {\n          id\n          name\n        }\n        collateralValue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription FinanceAlerts {\n    financeAlerts {\n      id\n      level\n      ltv\n      causeType\n      raisedAt\n      collateralValue {\n        amount\n        currency\n      }\n      loan {\n        id\n        level\n        ltv\n        borrower {\n          id\n          name\n        }\n        collateralValue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Orders($role: OrderRole!, $status: OrderStatus) {\n    orders(role: $role, status: $status, first: 200) {\n      id\n      number\n      status\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n      lines {\n        sku\n        productName\n        quantity\n      }\n      total {\n        amount\n        currency\n      }\n      placedOn\n      promisedDate\n    }\n  }\n',
): (typeof documents)['\n  query Orders($role: OrderRole!, $status: OrderStatus) {\n    orders(role: $role, status: $status, first: 200) {\n      id\n      number\n      status\n      buyer {\n        id\n        name\n      }\n      supplier {\n        id\n        name\n      }\n      lines {\n        sku\n        productName\n        quantity\n      }\n      total {\n        amount\n        currency\n      }\n      placedOn\n      promisedDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActOnOrder($orderId: ID!, $action: OrderAction!) {\n    actOnOrder(orderId: $orderId, action: $action) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ActOnOrder($orderId: ID!, $action: OrderAction!) {\n    actOnOrder(orderId: $orderId, action: $action) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OrderChanged {\n    orderChanged {\n      id\n      number\n      status\n    }\n  }\n',
): (typeof documents)['\n  subscription OrderChanged {\n    orderChanged {\n      id\n      number\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterReceivable($input: RegisterReceivableInput!) {\n    registerReceivable(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterReceivable($input: RegisterReceivableInput!) {\n    registerReceivable(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SmeChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SmeChains {\n    myChains {\n      status\n      tier\n      since\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToInvitation($chainId: ID!, $accept: Boolean!) {\n    respondToInvitation(chainId: $chainId, accept: $accept) {\n      status\n      chain {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToInvitation($chainId: ID!, $accept: Boolean!) {\n    respondToInvitation(chainId: $chainId, accept: $accept) {\n      status\n      chain {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportStock($positions: [StockInput!]!) {\n    reportStock(positions: $positions) {\n      eventId\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportStock($positions: [StockInput!]!) {\n    reportStock(positions: $positions) {\n      eventId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LowStock($companyId: ID!) {\n    lowStock(companyId: $companyId) {\n      sku\n      onHand\n      openDemand\n      shortfall\n    }\n  }\n',
): (typeof documents)['\n  query LowStock($companyId: ID!) {\n    lowStock(companyId: $companyId) {\n      sku\n      onHand\n      openDemand\n      shortfall\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GrantedConsents {\n    consents(direction: GRANTED) {\n      id\n      scope\n      status\n      expiresAt\n      grantedAt\n      grantee {\n        id\n        name\n        kind\n      }\n    }\n    accessLog {\n      at\n      scope\n      what\n      viewerUserEmail\n      viewer {\n        id\n        name\n      }\n    }\n    myChains {\n      status\n      chain {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    companies(kind: BANK, first: 200) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query GrantedConsents {\n    consents(direction: GRANTED) {\n      id\n      scope\n      status\n      expiresAt\n      grantedAt\n      grantee {\n        id\n        name\n        kind\n      }\n    }\n    accessLog {\n      at\n      scope\n      what\n      viewerUserEmail\n      viewer {\n        id\n        name\n      }\n    }\n    myChains {\n      status\n      chain {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    companies(kind: BANK, first: 200) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantConsent($granteeId: ID!, $scope: ConsentScope!, $expiresAt: DateTime) {\n    grantConsent(granteeId: $granteeId, scope: $scope, expiresAt: $expiresAt) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantConsent($granteeId: ID!, $scope: ConsentScope!, $expiresAt: DateTime) {\n    grantConsent(granteeId: $granteeId, scope: $scope, expiresAt: $expiresAt) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeConsent($consentId: ID!) {\n    revokeConsent(consentId: $consentId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeConsent($consentId: ID!) {\n    revokeConsent(consentId: $consentId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclareSupplier($supplierId: ID!, $products: [String!]) {\n    declareSupplier(supplierId: $supplierId, products: $products) {\n      eventId\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclareSupplier($supplierId: ID!, $products: [String!]) {\n    declareSupplier(supplierId: $supplierId, products: $products) {\n      eventId\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SmeCompanies {\n    companies(kind: SME, first: 200) {\n      id\n      name\n      region\n    }\n  }\n',
): (typeof documents)['\n  query SmeCompanies {\n    companies(kind: SME, first: 200) {\n      id\n      name\n      region\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HeldReceivables {\n    receivables(role: HOLDER, first: 200) {\n      id\n      rootId\n      parentId\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      debtor {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n      }\n      activePledge {\n        id\n        registerNumber\n        status\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      bank {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n        days\n      }\n    }\n    financeProducts {\n      id\n      name\n      advanceRate\n      annualRate\n      bank {\n        id\n        name\n      }\n    }\n    companies(kind: SME, first: 200) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query HeldReceivables {\n    receivables(role: HOLDER, first: 200) {\n      id\n      rootId\n      parentId\n      status\n      invoiceNumber\n      issuedOn\n      dueDate\n      longTenor\n      amount {\n        amount\n        currency\n      }\n      debtor {\n        id\n        name\n      }\n      creditor {\n        id\n        name\n      }\n      activePledge {\n        id\n        registerNumber\n        status\n      }\n    }\n    pledges(first: 200) {\n      id\n      registerNumber\n      status\n      requestedOn\n      loanEndDate\n      reason\n      bank {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      receivable {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      offer {\n        advance {\n          amount\n          currency\n        }\n        interest {\n          amount\n          currency\n        }\n        net {\n          amount\n          currency\n        }\n        days\n      }\n    }\n    financeProducts {\n      id\n      name\n      advanceRate\n      annualRate\n      bank {\n        id\n        name\n      }\n    }\n    companies(kind: SME, first: 200) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SplitReceivable($id: ID!, $amounts: [Decimal!]!) {\n    splitReceivable(id: $id, amounts: $amounts) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SplitReceivable($id: ID!, $amounts: [Decimal!]!) {\n    splitReceivable(id: $id, amounts: $amounts) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferReceivable($id: ID!, $toCompanyId: ID!) {\n    transferReceivable(id: $id, toCompanyId: $toCompanyId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferReceivable($id: ID!, $toCompanyId: ID!) {\n    transferReceivable(id: $id, toCompanyId: $toCompanyId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyForFinancing($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    applyForFinancing(\n      receivableId: $receivableId\n      productId: $productId\n      loanEndDate: $loanEndDate\n    ) {\n      id\n      registerNumber\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyForFinancing($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {\n    applyForFinancing(\n      receivableId: $receivableId\n      productId: $productId\n      loanEndDate: $loanEndDate\n    ) {\n      id\n      registerNumber\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription HeldReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  subscription HeldReceivableChanged {\n    receivableChanged {\n      id\n      status\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
