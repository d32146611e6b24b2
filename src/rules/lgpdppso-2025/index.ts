import type { Ruleset } from '../types.js';

/**
 * LGPDPPSO 2025 (DOF 20-03-2025, in force 21-03-2025): the default. Rule id -> severity. Severity is
 * decided here, not in the rules; users can still change it per rule in their configuration.
 */
export const LGPDPPSO_2025: Ruleset = {
  id: 'lgpdppso-2025',
  title: { es: 'LGPDPPSO 2025 (vigente desde el 21-03-2025)', en: 'LGPDPPSO 2025 (in force since 21-03-2025)' },
  law: 'LGPDPPSO-2025',
  rules: {
    'arco-channel-missing': { severity: 'error' },
    'arco-procedure-incomplete': { severity: 'warning' },
    'changes-medium-vague': { severity: 'warning' },
    'citation-2017-numbering': { severity: 'warning' },
    'citation-slip': { severity: 'warning' },
    'contact-syntax-invalid': { severity: 'warning' },
    'controller-address-incomplete': { severity: 'warning' },
    'controller-name-not-entity': { severity: 'warning' },
    'cookies-incomplete': { severity: 'warning' },
    'inai-named-as-authority': { severity: 'warning' },
    'integral-notice-location-missing': { severity: 'error' },
    'legal-basis-no-attribution': { severity: 'error' },
    'link-insecure': { severity: 'info' },
    'link-placeholder': { severity: 'warning' },
    'link-shortener': { severity: 'warning' },
    'minors-representation-missing': { severity: 'warning' },
    'personal-data-missing': { severity: 'error' },
    'portability-info-missing': { severity: 'info' },
    'purpose-beyond-service-unmarked': { severity: 'warning' },
    'purpose-hedging': { severity: 'info' },
    'purposes-missing': { severity: 'error' },
    'refusal-mechanism-missing': { severity: 'error' },
    'refusal-only-arco-opposition': { severity: 'warning' },
    'refusal-timing-unstated': { severity: 'warning' },
    'sensitive-data-basis-missing': { severity: 'warning' },
    'sensitive-data-unmarked': { severity: 'error' },
    'transfer-consent-basis-missing': { severity: 'error' },
    'transfer-exception-unnamed': { severity: 'warning' },
    'transfers-none-contradicted': { severity: 'warning' },
    'transparency-unit-address-incomplete': { severity: 'warning' },
    'updated-date-ambiguous': { severity: 'warning' },
    'updated-date-future': { severity: 'warning' },
    'vague-language': { severity: 'warning' },
    'workspace-arco-channels-mismatch': { severity: 'warning' },
    'workspace-transparency-unit-mismatch': { severity: 'warning' },
  },
};
