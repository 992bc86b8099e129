import { PORTALS, type FilingView, type Portal } from '../../../shared/contract';

/** The portal a filing is marked on by default: the tab's, unless that portal cannot take it. */
export const filingPortal = (data: FilingView): Portal =>
  data.closedPortals.includes(data.portal)
    ? (PORTALS.find((p) => !data.closedPortals.includes(p)) ?? data.portal)
    : data.portal;
