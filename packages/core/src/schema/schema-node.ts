/** The subset of JSON Schema (draft-07 plus editor annotations) that the trial schema uses. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  required?: string[];
  items?: SchemaNode;
  enum?: string[];
  pattern?: string;
  maxLength?: number;
  definitions?: Record<string, SchemaNode>;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  defaultSnippets?: Array<{ label?: string; description?: string; body?: unknown }>;
  doNotSuggest?: boolean;
  /** The value is CommonMark text (the registry's "markup" fields). */
  'x-markup'?: boolean;
  /** Assigned by the registry; not typed by registrants. */
  'x-system'?: boolean;
  /** The registry's display label for each enum code, in `enum` order. */
  'x-enumLabels'?: string[];
  /**
   * The field's label in the registry's entry forms ("Primary Completion Date"). `{parent}` stands for the label
   * of the field that holds this one (a shared structure such as a date or a contact is named by its holder).
   */
  'x-formLabel'?: string;
  /** The registry's data element and its definition page. */
  'x-registry'?: { label: string; url: string };
  'x-version'?: string;
}
