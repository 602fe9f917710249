/** How a field differs: present only in the file, only in the other version, or in both with other values. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One field-level difference between another version of a trial (the registry's posted record, the file at a git
 * revision) and the trial file.
 */
export interface TrialChange {
  /**
   * The JSON pointer of the field in the file; for `removed`, in the other version (the file no longer has it).
   * A whole list item or object that is only on one side is one change at its own pointer.
   */
  pointer: string;
  change: ChangeKind;
  /** The value in the other version (normalized: see {@link diffTrials}); null for `added`. */
  before: unknown;
  /** The value in the file (normalized); null for `removed`. */
  after: unknown;
  /** The field's label in the registry's entry forms (core's `fieldLabel`), else its key. */
  label: string;
  /** The form section the field is edited in (`Study Status`), else the module's key. */
  section: string;
  /**
   * The list items on the way to the field, each named by what identifies it (`Arm "Placebo"`, `Site "Mayo
   * Clinic, Rochester"`), outermost first: for people reading the change, not part of the JSON contract.
   */
  context: string[];
}
