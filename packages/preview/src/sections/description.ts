import type { RenderContext } from '../context.js';
import { markupOf, missing, subheading } from '../html.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

/** Brief summary (required) and detailed description, as CommonMark. */
export function renderDescription(ctx: RenderContext, trial: Field): string {
  return moduleSection(
    ctx,
    { id: 'description', title: 'Description' },
    trial.at('descriptionModule'),
    (module) => {
      const summary = module.at('briefSummary');
      const detailed = module.at('detailedDescription');
      let html = subheading('Brief summary');
      html += summary.isEmpty ? `<p>${missing(ctx, summary)}</p>` : markupOf(ctx, summary);
      if (detailed.isPresent) html += subheading('Detailed description') + markupOf(ctx, detailed);
      return html;
    },
    { required: true },
  );
}
