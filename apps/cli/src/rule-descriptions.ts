import { allRules } from '@trialyaml/validator';
import type { RuleDescription } from '@trialyaml/validator/formatters';

/** What output formats say about each rule, from the rules' metadata. */
export function ruleDescriptions(): Map<string, RuleDescription> {
  return new Map(
    allRules.map((rule) => [
      rule.meta.id,
      {
        description: rule.meta.description,
        docsUrl: rule.meta.docsUrl,
        defaultSeverity: rule.meta.defaultSeverity,
        category: rule.meta.category,
      },
    ]),
  );
}
