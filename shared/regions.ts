/**
 * Kazakhstan's 17 regions and 3 cities of republican significance since 8 Jun 2022
 * (ISO 3166-2; domain.md §8). Names live in the locale files under `region.<code>`.
 */
export const KZ_REGIONS = [
  'KZ-71',
  'KZ-75',
  'KZ-79',
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
] as const;
export type KzRegion = (typeof KZ_REGIONS)[number];
