/** Checks the harness itself: a sort of 100k numbers vs the same through JSON. Cheap; always present. */
import { medianMs, type Figure } from './figures';

export default async function bench(): Promise<Figure[]> {
  const data = Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_003);
  const sort = await medianMs(() => Float64Array.from(data).sort(), 9);
  const naive = await medianMs(() => [...data].sort((a, b) => a - b), 9);
  return [
    {
      name: 'sort 100k numbers (typed array)',
      unit: 'ms',
      value: sort,
      better: 'lower',
      compare: { name: 'Array#sort with comparator', value: naive },
    },
  ];
}
