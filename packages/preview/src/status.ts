import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { enumText, invalid, missing } from './html.js';
import type { Field } from './read.js';

/** Colour family of a status badge. */
export type StatusTone = 'open' | 'pending' | 'active' | 'closed' | 'stopped' | 'unknown';

const TONES: Readonly<Record<string, StatusTone>> = {
  RECRUITING: 'open',
  ENROLLING_BY_INVITATION: 'open',
  AVAILABLE: 'open',
  NOT_YET_RECRUITING: 'pending',
  TEMPORARILY_NOT_AVAILABLE: 'pending',
  ACTIVE_NOT_RECRUITING: 'active',
  APPROVED_FOR_MARKETING: 'active',
  COMPLETED: 'closed',
  NO_LONGER_AVAILABLE: 'closed',
  SUSPENDED: 'stopped',
  TERMINATED: 'stopped',
  WITHDRAWN: 'stopped',
  WITHHELD: 'stopped',
};

export function statusTone(code: string): StatusTone {
  return Object.hasOwn(TONES, code) ? (TONES[code] ?? 'unknown') : 'unknown';
}

/**
 * The overall status as a badge (`statusModule.overallStatus`), with the last known status when the
 * registry has set it to UNKNOWN. A missing status is marked.
 */
export function statusBadge(
  ctx: RenderContext,
  statusModule: Field,
  options: { required?: boolean } = {},
): string {
  const status = statusModule.at('overallStatus');
  if (status.isEmpty) return options.required === false ? '' : missing(ctx, status, 'Status not provided');
  const code = status.string();
  if (code === undefined) return invalid(ctx, status, 'a status code');
  let text = enumText(status, 'Status') ?? code;
  const lastKnown = statusModule.at('lastKnownStatus');
  if (code === 'UNKNOWN' && lastKnown.isPresent) {
    const last = enumText(lastKnown, 'Status');
    if (last) text += ` (last known: ${last})`;
  }
  return (
    `<span class="ty-status"${ctx.attr(status.pointer)}><span class="ty-badge ty-status-${statusTone(code)}">` +
    `${escapeHtml(text)}</span>${ctx.slot(status.pointer)}</span>`
  );
}
