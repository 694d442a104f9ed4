import type { ConnectionType } from '../core/vocabulary/connection-types.ts';

/**
 * How each connection type is drawn. Types differ by more than colour:
 * memberships are thin (inactive ones dashed), support connections thicker,
 * and a shared support plan is the thickest, solid line.
 */
export interface ConnectionStyle {
  stroke: string;
  width: number;
  /** SVG stroke-dasharray, or '' for solid. */
  dash: string;
  /** Plain words for the legend. */
  look: string;
}

export const CONNECTION_STYLES: Record<ConnectionType, ConnectionStyle> = {
  'commons-membership': { stroke: '#6b7280', width: 1, dash: '', look: 'thin grey line' },
  'inactive-commons-membership': { stroke: '#9ca3af', width: 1, dash: '4 3', look: 'thin dashed grey line' },
  'not-in-support-plan': { stroke: '#0072B2', width: 2, dash: '1 3', look: 'dotted blue line' },
  'shared-support-plan': { stroke: '#a4456f', width: 3, dash: '', look: 'thick solid pink line' },
};
