import type { Citation, Confidence, Severity } from '../../diagnostics/diagnostic.js';
import type { Ruleset, RulesetEntry } from '../types.js';

const c = (article: number, fraction?: string, paragraph?: string): Citation => ({
  law: 'LGPDPPSO-2017',
  article,
  ...(fraction ? { fraction } : {}),
  ...(paragraph ? { paragraph } : {}),
});

const e = (severity: Severity, citation: Citation, confidence: Confidence): RulesetEntry => ({ severity, citation, confidence });

/**
 * LGPDPPSO 2017 (DOF 26-01-2017, abrogated 21-03-2025), for notices dated before the change. Same
 * checks, 2017 article numbers. Those numbers are CORROBORATED at best (legal guide §4, §8), so no
 * rule is an error here. Rules that only make sense under the 2025 law (INAI, 2017 numbering) are
 * absent.
 */
export const LGPDPPSO_2017: Ruleset = {
  id: 'lgpdppso-2017',
  title: { es: 'LGPDPPSO 2017 (abrogada el 21-03-2025)', en: 'LGPDPPSO 2017 (abrogated 21-03-2025)' },
  law: 'LGPDPPSO-2017',
  rules: {
    'arco-channel-missing': e('warning', c(28, 'V'), 'UNVERIFIED'),
    'arco-procedure-incomplete': e('warning', c(28, 'V'), 'UNVERIFIED'),
    'changes-medium-vague': e('warning', c(28, 'VII'), 'UNVERIFIED'),
    'citation-slip': e('warning', c(1), 'UNVERIFIED'),
    'contact-syntax-invalid': e('warning', c(28, 'V'), 'UNVERIFIED'),
    'controller-address-incomplete': e('warning', c(28, 'I'), 'UNVERIFIED'),
    'controller-name-not-entity': e('warning', c(27, 'I'), 'CORROBORATED'),
    'cookies-incomplete': e('warning', c(28, 'II'), 'UNVERIFIED'),
    'integral-notice-location-missing': e('warning', c(27, 'V'), 'CORROBORATED'),
    'integral-url-off-domain': e('warning', c(27, 'V'), 'UNVERIFIED'),
    'legal-basis-no-attribution': e('warning', c(28, 'III'), 'UNVERIFIED'),
    'link-insecure': e('info', c(26), 'UNVERIFIED'),
    'link-shortener': e('warning', c(26), 'UNVERIFIED'),
    'minors-representation-missing': e('warning', c(7), 'UNVERIFIED'),
    'personal-data-missing': e('warning', c(28, 'II'), 'UNVERIFIED'),
    'placeholder-value': e('warning', c(26), 'CORROBORATED'),
    'portability-info-missing': e('warning', c(57), 'CORROBORATED'),
    'purpose-beyond-service-unmarked': e('warning', c(27, 'II'), 'CORROBORATED'),
    'purpose-hedging': e('info', c(26), 'UNVERIFIED'),
    'purposes-missing': e('warning', c(27, 'II'), 'CORROBORATED'),
    'refusal-mechanism-missing': e('warning', c(27, 'IV'), 'CORROBORATED'),
    'refusal-only-arco-opposition': e('warning', c(27, undefined, 'último'), 'CORROBORATED'),
    'refusal-timing-unstated': e('warning', c(27, undefined, 'último'), 'CORROBORATED'),
    'sensitive-data-basis-missing': e('warning', c(7), 'UNVERIFIED'),
    'sensitive-data-unmarked': e('warning', c(28, 'II'), 'UNVERIFIED'),
    'transfer-consent-basis-missing': e('warning', c(27, 'III'), 'CORROBORATED'),
    'transfer-internal-sharing': e('info', c(3, 'XXXII'), 'UNVERIFIED'),
    'transfer-exception-unnamed': e('warning', c(70), 'CORROBORATED'),
    'transfers-none-contradicted': e('warning', c(27, 'III'), 'CORROBORATED'),
    'transparency-unit-address-incomplete': e('warning', c(28, 'VI'), 'UNVERIFIED'),
    'updated-date-future': e('warning', c(26), 'UNVERIFIED'),
    'vague-language': e('warning', c(26), 'UNVERIFIED'),
    'workspace-arco-channels-mismatch': e('warning', c(28, 'V'), 'UNVERIFIED'),
    'workspace-transparency-unit-mismatch': e('warning', c(28, 'VI'), 'UNVERIFIED'),
  },
};
