/** A trial with arms and interventions linked both ways, for the navigation tests. Lines are numbered below. */
export const LINKED = [
  'armsInterventionsModule:', // 0
  '  armGroups:', // 1
  '    - label: Arm A', // 2
  '      type: EXPERIMENTAL', // 3
  '      interventionNames:', // 4
  '        - "Drug: Pembrolizumab"', // 5
  '        - "Dietary Supplement: Vitamin D"', // 6
  "    - label: 'Arm B'", // 7
  '      type: PLACEBO_COMPARATOR', // 8
  '      interventionNames: ["DRUG: Pembrolizumab"]', // 9
  '  interventions:', // 10
  '    - type: DRUG', // 11
  '      name: Pembrolizumab', // 12
  '      armGroupLabels:', // 13
  '        - Arm A', // 14
  '        - Arm B', // 15
  '    - type: DIETARY_SUPPLEMENT', // 16
  '      name: Vitamin D', // 17
  '      armGroupLabels: [Arm A]', // 18
  '',
].join('\n');
