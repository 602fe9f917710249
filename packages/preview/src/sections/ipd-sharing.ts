import type { RenderContext } from '../context.js';
import { enumOf, fact, facts, invalid, markupOf } from '../html.js';
import type { Field } from '../read.js';
import { urlOf } from './references.js';
import { moduleSection } from './section.js';

/** The plan to share individual participant data. */
export function renderIpdSharing(ctx: RenderContext, trial: Field): string {
  return moduleSection(
    ctx,
    { id: 'ipd-sharing', title: 'Individual participant data (IPD) sharing' },
    trial.at('ipdSharingStatementModule'),
    (module) =>
      facts([
        fact(ctx, 'Plan to share IPD', module.at('ipdSharing'), (f) => enumOf(ctx, f, 'IpdSharing'), {
          required: true,
        }),
        fact(ctx, 'Plan description', module.at('description'), (f) => markupOf(ctx, f)),
        fact(ctx, 'Supporting information', module.at('infoTypes'), (f) =>
          f.isList
            ? `<ul class="ty-plain-list">${f
                .items()
                .map(
                  (item) =>
                    `<li${ctx.attr(item.pointer)}>${ctx.slot(item.pointer)}${enumOf(ctx, item, 'IpdSharingInfoType')}</li>`,
                )
                .join('')}</ul>`
            : invalid(ctx, f, 'a list'),
        ),
        fact(ctx, 'Time frame', module.at('timeFrame'), (f) => markupOf(ctx, f)),
        fact(ctx, 'Access criteria', module.at('accessCriteria'), (f) => markupOf(ctx, f)),
        fact(ctx, 'URL', module.at('url'), (f) => urlOf(ctx, f)),
      ]),
    { absentText: 'No plan given' },
  );
}
