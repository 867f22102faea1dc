import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CompanyRow } from '../reads/companies';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-23T04:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  kind: CompanyKind;
  name: Scalars['String']['output'];
  region: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 (GB 32100-2015) */
  uscc: Scalars['String']['output'];
};

export type CompanyKind =
  | 'BANK'
  /** 链主 / 核心企业 */
  | 'CHAIN_LEADER'
  /** 中小企业 supplier */
  | 'SME'
  /** 监管方 (third-party warehouse operator) */
  | 'WAREHOUSE_OPERATOR';

export type EventOutcome = {
  __typename?: 'EventOutcome';
  /** For REJECTED: the error code (e.g. CONFLICT) and a message a person can act on. */
  code?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  status: EventStatus;
};

export type EventStatus =
  | 'APPLIED'
  | 'PENDING'
  | 'REJECTED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a company. Fails with CONFLICT when its USCC is already registered. */
  registerCompany: RegisterCompanyPayload;
};


export type MutationRegisterCompanyArgs = {
  input: RegisterCompanyInput;
};

export type Query = {
  __typename?: 'Query';
  /** Companies by name; first is at most 200. */
  companies: Array<Company>;
  company?: Maybe<Company>;
  /** What became of an event a mutation returned as PENDING. */
  eventOutcome: EventOutcome;
};


export type QueryCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CompanyKind>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventOutcomeArgs = {
  eventId: Scalars['ID']['input'];
};

export type RegisterCompanyInput = {
  industry: Scalars['String']['input'];
  kind: CompanyKind;
  name: Scalars['String']['input'];
  region: Scalars['String']['input'];
  /** 统一社会信用代码: 18 characters, check digit validated */
  uscc: Scalars['String']['input'];
};

export type RegisterCompanyPayload = {
  __typename?: 'RegisterCompanyPayload';
  /** Set when status is APPLIED. */
  company?: Maybe<Company>;
  eventId: Scalars['ID']['output'];
  status: WriteStatus;
};

/** Where a write stands once the gateway stopped waiting for the projector. */
export type WriteStatus =
  /** The projector applied the event; the result is in the payload. */
  | 'APPLIED'
  /** Accepted on Kafka, not projected within the wait: poll eventOutcome(eventId). */
  | 'PENDING';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyKind: CompanyKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventOutcome: ResolverTypeWrapper<EventOutcome>;
  EventStatus: EventStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<{}>;
  Query: ResolverTypeWrapper<{}>;
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterCompanyPayload: ResolverTypeWrapper<Omit<RegisterCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  WriteStatus: WriteStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Company: CompanyRow;
  DateTime: Scalars['DateTime']['output'];
  EventOutcome: EventOutcome;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: {};
  Query: {};
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterCompanyPayload: Omit<RegisterCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  String: Scalars['String']['output'];
}>;

export type CompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompanyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOutcome'] = ResolversParentTypes['EventOutcome']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  registerCompany?: Resolver<ResolversTypes['RegisterCompanyPayload'], ParentType, ContextType, RequireFields<MutationRegisterCompanyArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first' | 'offset'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  eventOutcome?: Resolver<ResolversTypes['EventOutcome'], ParentType, ContextType, RequireFields<QueryEventOutcomeArgs, 'eventId'>>;
}>;

export type RegisterCompanyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterCompanyPayload'] = ResolversParentTypes['RegisterCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WriteStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Company?: CompanyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EventOutcome?: EventOutcomeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterCompanyPayload?: RegisterCompanyPayloadResolvers<ContextType>;
}>;

