interface Validator {
  allRules: readonly unknown[];
  presetSettings: unknown;
  PRESET_NAMES: readonly string[];
}
export declare const ruleDocsDir: string;
export declare const rulesIndexPath: string;
export declare function renderRulesIndex(validator: Validator): string;
export declare function renderRuleHeader(rule: unknown, validator: Validator): string;
export declare function withRuleHeader(page: string, rule: unknown, validator: Validator): string;
