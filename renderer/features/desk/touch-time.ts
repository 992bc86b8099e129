import type { Language } from '../../../shared/contract';
import { kzNowParts } from '../../../shared/rules';
import { kzMoment } from '../../components/deadline/deadline-format';

/**
 * When a desk last heard from its host, in Kazakhstan time as every time in the app: "22:41" on
 * the same day, "5 дек., 22:41" on another.
 */
export function touchTime(at: Date, lang: Language, now = new Date()): string {
  const p = kzNowParts(at);
  if (p.date === kzNowParts(now).date)
    return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return kzMoment(at.toISOString(), lang, true);
}
