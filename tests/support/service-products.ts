/** A service provider's 仓储物流 product, published through the API (issue 18). */
import type { Account } from './platform';

export interface ProductOptions {
  name?: string;
  /** Yuan per month. */
  monthlyPrice?: string;
  targetLevel?: number;
  /** GB/T 2260 codes; none = nationwide. */
  regions?: string[];
}

export async function publishWarehousingProduct(
  provider: Account,
  options: ProductOptions = {},
): Promise<string> {
  const name = options.name ?? '仓储云 WMS 订阅';
  const { publishServiceProduct } = await provider.data<{ publishServiceProduct: { id: string } }>(
    'mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { id } }',
    {
      i: {
        name,
        description: `${name}：小快轻准的仓储数字化订阅`,
        monthlyPrice: options.monthlyPrice ?? '3000',
        scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: options.targetLevel ?? 3 }],
        regions: options.regions ?? [],
        deliveryDays: 7,
        references: ['宁波某家电配套厂'],
      },
    },
  );
  return publishServiceProduct.id;
}
