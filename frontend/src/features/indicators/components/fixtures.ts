/** The indicator the figure forms' tests edit: a percentage reported by financial year. */
export const dentalChecks = {
  code: 'HLTH_DENTAL',
  name: 'Annual dental checks',
  plainName: 'Children in care who saw a dentist',
  definition: 'OC2 cohort with a dental check',
  unit: 'percent',
  polarity: 'higher_is_better',
  priority: 'health-and-wellbeing',
  periodKind: 'financial-year',
  decimals: 0,
  source: 'DfE',
  version: 0,
};
