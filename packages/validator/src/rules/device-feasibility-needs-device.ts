import { defineRule } from '../engine/rule.js';
import { wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { INTERVENTION_TYPES } from '../rule-support/design-phases.js';

export default defineRule(
  {
    id: 'device-feasibility-needs-device',
    defaultSeverity: 'warning',
    category: 'design',
    description:
      'Require a device or combination-product intervention when the primary purpose is DEVICE_FEASIBILITY',
    registry: 'warning',
    source: 'DES-DEVICE-FEASIBILITY',
    fixable: false,
  },
  ({ trial, report }) => {
    if (
      !mayBeInterventional(trial) ||
      trial.designModule?.designInfo?.primaryPurpose !== 'DEVICE_FEASIBILITY'
    )
      return;
    const types = (trial.armsInterventionsModule?.interventions ?? []).map(
      (intervention) => intervention.type,
    );
    // No interventions yet is a draft; an intervention without a (known) type might be the device.
    if (!types.length || !types.every((type) => type !== undefined && INTERVENTION_TYPES.includes(type)))
      return;
    if (types.includes('DEVICE') || types.includes('COMBINATION_PRODUCT')) return;
    const purpose = '/designModule/designInfo/primaryPurpose';
    const type = '/armsInterventionsModule/interventions/0/type';
    const named = (code: string): string => valueName(type, code);
    report({
      pointer: purpose,
      message: `${fieldName(purpose)} is ${valueName(purpose, 'DEVICE_FEASIBILITY')}, but no intervention is a ${named('DEVICE')} or ${named('COMBINATION_PRODUCT')}, only ${wordList([...new Set(types)].map((code) => (code ? named(code) : '')))}: give the device as an intervention of ${fieldLabelOf(type)} ${named('DEVICE')}, or choose the ${fieldLabelOf(purpose)} that fits.`,
    });
  },
);
