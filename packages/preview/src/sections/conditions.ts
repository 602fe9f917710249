import type { RenderContext } from '../context.js';
import { missing, subheading, textList } from '../html.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

/** Conditions (required) and keywords. */
export function renderConditions(ctx: RenderContext, trial: Field): string {
  return moduleSection(
    ctx,
    { id: 'conditions', title: 'Conditions and keywords' },
    trial.at('conditionsModule'),
    (module) => {
      const conditions = module.at('conditions');
      const keywords = module.at('keywords');
      let html = subheading('Conditions');
      html += conditions.isEmpty
        ? `<p>${missing(ctx, conditions)}</p>`
        : textList(ctx, conditions, 'ty-chips');
      if (keywords.isPresent) html += subheading('Keywords') + textList(ctx, keywords, 'ty-chips');
      return html;
    },
    { required: true },
  );
}
