/** The two forms of care the service specification distinguishes. */
export const CARE_FORMS = ['formal', 'informal'] as const;
export type CareForm = (typeof CARE_FORMS)[number];

/** Care vocabulary: for each form, care id → label. */
export type CareVocabulary = Record<CareForm, Record<string, string>>;

/**
 * The default vocabulary of UK community and social care, used when site.yml
 * names none. Formal care is paid or regulated; informal care is given freely.
 */
export const DEFAULT_CARE_VOCABULARY: CareVocabulary = {
  formal: {
    'personal-care': 'Personal care',
    'medication-support': 'Medication support',
    'nursing-care': 'Nursing care',
    'primary-care': 'GP and primary care',
    'mental-health-support': 'Mental health support',
    'physiotherapy': 'Physiotherapy',
    'occupational-therapy': 'Occupational therapy',
    'social-work': 'Social work and assessment',
    'care-coordination': 'Care coordination',
    'respite-care': 'Respite care',
    'reablement': 'Reablement',
    'meals-service': 'Meals service',
    'pharmacy': 'Pharmacy',
    'advocacy': 'Advocacy',
    'welfare-advice': 'Welfare and benefits advice',
    'housing-support': 'Housing support',
  },
  informal: {
    'companionship': 'Companionship',
    'check-in-calls': 'Check-in calls',
    'shopping': 'Shopping and errands',
    'meals': 'Cooking and shared meals',
    'transport': 'Lifts and transport',
    'household-tasks': 'Household tasks and gardening',
    'social-activities': 'Social activities',
    'peer-support': 'Peer support',
    'emotional-support': 'Emotional support',
    'accompanying': 'Accompanying to appointments',
    'digital-help': 'Help with phones and computers',
    'pet-care': 'Pet care',
  },
};
