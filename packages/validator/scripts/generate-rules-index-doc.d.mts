export declare const rulesIndexPath: string;
export declare function renderRulesIndex(validator: {
  allRules: readonly unknown[];
  presetSettings: unknown;
}): string;
