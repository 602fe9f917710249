import { escapeHtml } from './escape.js';
import { parentPointer } from '@trialyaml/core';
import type { Problem } from './types.js';

const SLOT = /<!--ty-slot:(\d+)-->/g;

/** The pointer a problem is about: `''` (the whole trial) unless it is a JSON pointer. */
function problemPointer(problem: Problem): string {
  const pointer = problem.pointer;
  return typeof pointer === 'string' && pointer.startsWith('/') ? pointer : '';
}

/**
 * State of one page rendering: writes `data-pointer` attributes and, when problems are given, leaves a
 * slot after each pointed element's start. Once the page is rendered, `placeProblems` puts every problem
 * into the slot of the nearest rendered ancestor of its pointer. Slots are HTML comments, which escaped
 * trial text can never contain, so data cannot forge one.
 */
export class RenderContext {
  /** Every pointer that is a problem's pointer or an ancestor of one. */
  private readonly wanted: Set<string> | undefined;
  /** Pointer → slot number, for the pointers given a slot. */
  private readonly slots = new Map<string, number>();

  constructor(readonly problems: readonly Problem[] = []) {
    if (problems.length === 0) return;
    const wanted = new Set<string>(['']);
    for (const problem of problems) {
      for (let pointer = problemPointer(problem); pointer !== ''; pointer = parentPointer(pointer)) {
        if (wanted.has(pointer)) break;
        wanted.add(pointer);
      }
    }
    this.wanted = wanted;
  }

  /** ` data-pointer="…"` for an element rendered from the value at `pointer`. */
  attr(pointer: string): string {
    return ` data-pointer="${escapeHtml(pointer)}"`;
  }

  /** A place for problems about `pointer` (or about its descendants that are not rendered). */
  slot(pointer: string): string {
    if (!this.wanted?.has(pointer)) return '';
    let id = this.slots.get(pointer);
    if (id === undefined) {
      id = this.slots.size;
      this.slots.set(pointer, id);
      return `<!--ty-slot:${id}-->`;
    }
    return ''; // problems are shown once, at the first element rendered for the pointer
  }

  /** Replaces the slots in `html` with the problems' notes. */
  placeProblems(html: string): string {
    if (!this.wanted) return html;
    // Only slots that made it into the page count (a part that failed to render drops its slots).
    const present = new Set<number>();
    for (const match of html.matchAll(SLOT)) present.add(Number(match[1]));
    const slotOf = (pointer: string): number | undefined => {
      const id = this.slots.get(pointer);
      return id !== undefined && present.has(id) ? id : undefined;
    };
    const bySlot = new Map<number, Problem[]>();
    for (const problem of this.problems) {
      let pointer = problemPointer(problem);
      while (pointer !== '' && slotOf(pointer) === undefined) pointer = parentPointer(pointer);
      const id = slotOf(pointer);
      if (id === undefined) continue; // no root slot: the caller did not render one
      const list = bySlot.get(id);
      if (list) list.push(problem);
      else bySlot.set(id, [problem]);
    }
    return html.replace(SLOT, (_match, id: string) => {
      const list = bySlot.get(Number(id));
      return list ? renderProblems(list) : '';
    });
  }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function severityOf(problem: Problem): keyof typeof SEVERITY_ORDER {
  return problem.severity === 'error' || problem.severity === 'warning' ? problem.severity : 'info';
}

/** The inline notes for the problems placed at one element. */
export function renderProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => SEVERITY_ORDER[severityOf(a)] - SEVERITY_ORDER[severityOf(b)]);
  let html = '<span class="ty-problems">';
  for (const problem of sorted) {
    const severity = severityOf(problem);
    const pointer = typeof problem.pointer === 'string' ? problem.pointer : '';
    const ruleId = typeof problem.ruleId === 'string' ? problem.ruleId : '';
    html +=
      `<span class="ty-problem ty-problem-${severity}" role="note" data-problem-pointer="${escapeHtml(pointer)}"` +
      ` data-rule-id="${escapeHtml(ruleId)}">` +
      `<span class="ty-problem-severity">${SEVERITY_LABEL[severity]}</span> ` +
      `${escapeHtml(String(problem.message))}` +
      (ruleId ? ` <span class="ty-problem-rule">${escapeHtml(ruleId)}</span>` : '') +
      '</span>';
  }
  return `${html}</span>`;
}

/** Counts of problems by severity (for summaries). */
export function countProblems(problems: readonly Problem[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[severityOf(problem)]++;
  return counts;
}
