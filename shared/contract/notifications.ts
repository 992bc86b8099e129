import { z } from 'zod';
import { instantSchema, text } from './common';
import { write } from './define';
import type { NoticeView } from './stays';

export const PORTALS = ['eqonaq', 'vmp'] as const;
export type Portal = (typeof PORTALS)[number];

export const notificationsMethods = {
  /** Record that a notice was filed on a portal (when, and the portal's reference if any). */
  'notifications.markFiled': write<NoticeView>()(
    z
      .object({
        notificationId: z.number().int().positive(),
        portal: z.enum(PORTALS),
        filedAt: instantSchema,
        reference: text(100),
      })
      .strict(),
  ),
};
