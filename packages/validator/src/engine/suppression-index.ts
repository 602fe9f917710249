import type { Directive } from '../suppressions/directives.js';

/**
 * The directives of a file, indexed by rule and line, so that matching every finding costs the same however many
 * directives the file has (it was a scan of all directives per finding). The directive a finding is matched to
 * is the first, in file order, that names its rule and either disables it file-wide or is on the line above.
 */
export class SuppressionIndex {
  private readonly fileWide = new Map<string, number>();
  private readonly byLine = new Map<string, number>();

  constructor(private readonly directives: readonly Directive[]) {
    directives.forEach((directive, order) => {
      for (const ruleId of directive.ruleIds) {
        const key = directive.kind === 'disable' ? ruleId : `${directive.line + 1}\u0000${ruleId}`;
        const table = directive.kind === 'disable' ? this.fileWide : this.byLine;
        if (!table.has(key)) table.set(key, order);
      }
    });
  }

  /** The directive that silences a finding of `ruleId` on `line`, if any. */
  match(ruleId: string, line: number): Directive | undefined {
    const fileWide = this.fileWide.get(ruleId);
    const nextLine = this.byLine.get(`${line}\u0000${ruleId}`);
    if (fileWide === undefined && nextLine === undefined) return undefined;
    return this.directives[Math.min(fileWide ?? Infinity, nextLine ?? Infinity)];
  }
}
