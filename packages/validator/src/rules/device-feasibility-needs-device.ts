import { defineRule } from '../engine/rule.js';
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
    report({
      pointer: '/designModule/designInfo/primaryPurpose',
      message: `designModule.designInfo.primaryPurpose is DEVICE_FEASIBILITY but no intervention is a DEVICE or COMBINATION_PRODUCT (types: ${[...new Set(types)].join(', ')}): give the device as an intervention of type DEVICE, or choose the primary purpose that fits.`,
    });
  },
);
