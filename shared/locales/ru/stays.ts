import type { Strings } from '../types';
import type { stays as enStays } from '../en/stays';

export const stays: Strings<typeof enStays> = {};
