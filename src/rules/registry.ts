import type { RuleDefinition } from './types.js';
import purposeKindUnstated from './checks/purpose-kind-unstated.js';
import availabilityAfterCollection from './checks/availability-after-collection.js';
import citationStateLawJurisdiction from './checks/citation-state-law-jurisdiction.js';
import purposeConsentExceptionUnnamed from './checks/purpose-consent-exception-unnamed.js';
import statisticsWithoutDissociation from './checks/statistics-without-dissociation.js';
import sensitiveDataSecondaryOptOut from './checks/sensitive-data-secondary-opt-out.js';
import transferAbroadCommitmentUnstated from './checks/transfer-abroad-commitment-unstated.js';
import transferExceptionMismatch from './checks/transfer-exception-mismatch.js';
import transferDescriptionVague from './checks/transfer-description-vague.js';
import transferPurposeMissing from './checks/transfer-purpose-missing.js';
import reviewRemedyTermWrong from './checks/review-remedy-term-wrong.js';
import arcoExtraRequirements from './checks/arco-extra-requirements.js';
import arcoFeeNotFree from './checks/arco-fee-not-free.js';
import arcoDeadlineExceedsLaw from './checks/arco-deadline-exceeds-law.js';
import placeholderValue from './checks/placeholder-value.js';
import sensitiveDataLikelyUnmarked from './checks/sensitive-data-likely-unmarked.js';
import citationDofDateWrong from './checks/citation-dof-date-wrong.js';
import citationAbrogatedLaw from './checks/citation-abrogated-law.js';
import transferInternalSharing from './checks/transfer-internal-sharing.js';
import integralUrlOffDomain from './checks/integral-url-off-domain.js';
import arcoChannelMissing from './checks/arco-channel-missing.js';
import arcoProcedureIncomplete from './checks/arco-procedure-incomplete.js';
import changesMediumVague from './checks/changes-medium-vague.js';
import citation2017Numbering from './checks/citation-2017-numbering.js';
import citationSlip from './checks/citation-slip.js';
import citationUnknownProvision from './checks/citation-unknown-provision.js';
import contactSyntaxInvalid from './checks/contact-syntax-invalid.js';
import controllerAddressIncomplete from './checks/controller-address-incomplete.js';
import controllerNameNotEntity from './checks/controller-name-not-entity.js';
import cookiesIncomplete from './checks/cookies-incomplete.js';
import inaiNamedAsAuthority from './checks/inai-named-as-authority.js';
import integralNoticeLocationMissing from './checks/integral-notice-location-missing.js';
import legalBasisNoAttribution from './checks/legal-basis-no-attribution.js';
import linkInsecure from './checks/link-insecure.js';
import linkShortener from './checks/link-shortener.js';
import minorsRepresentationMissing from './checks/minors-representation-missing.js';
import personalDataMissing from './checks/personal-data-missing.js';
import portabilityInfoMissing from './checks/portability-info-missing.js';
import purposeBeyondServiceUnmarked from './checks/purpose-beyond-service-unmarked.js';
import purposeHedging from './checks/purpose-hedging.js';
import purposesMissing from './checks/purposes-missing.js';
import refusalMechanismMissing from './checks/refusal-mechanism-missing.js';
import refusalOnlyArcoOpposition from './checks/refusal-only-arco-opposition.js';
import refusalTimingUnstated from './checks/refusal-timing-unstated.js';
import sensitiveDataBasisMissing from './checks/sensitive-data-basis-missing.js';
import sensitiveDataUnmarked from './checks/sensitive-data-unmarked.js';
import transferConsentBasisMissing from './checks/transfer-consent-basis-missing.js';
import transferExceptionUnnamed from './checks/transfer-exception-unnamed.js';
import transfersNoneContradicted from './checks/transfers-none-contradicted.js';
import transparencyUnitAddressIncomplete from './checks/transparency-unit-address-incomplete.js';
import updatedDateFuture from './checks/updated-date-future.js';
import vagueLanguage from './checks/vague-language.js';
import workspaceArcoChannelsMismatch from './checks/workspace-arco-channels-mismatch.js';
import workspaceTransparencyUnitMismatch from './checks/workspace-transparency-unit-mismatch.js';
import noticeKindIntegralDocumentOnly from './checks/notice-kind-integral-document-only.js';
import noticeKindSimplifiedMissing from './checks/notice-kind-simplified-missing.js';
import noticePairInconsistent from './checks/notice-pair-inconsistent.js';
import noticePairLinkBroken from './checks/notice-pair-link-broken.js';

/** Every rule, keyed by id. Rulesets (lgpdppso-2025/, lgpdppso-2017/) pick from here. */
export const RULES = {
  'purpose-kind-unstated': purposeKindUnstated,
  'availability-after-collection': availabilityAfterCollection,
  'citation-state-law-jurisdiction': citationStateLawJurisdiction,
  'purpose-consent-exception-unnamed': purposeConsentExceptionUnnamed,
  'statistics-without-dissociation': statisticsWithoutDissociation,
  'sensitive-data-secondary-opt-out': sensitiveDataSecondaryOptOut,
  'transfer-abroad-commitment-unstated': transferAbroadCommitmentUnstated,
  'transfer-exception-mismatch': transferExceptionMismatch,
  'transfer-description-vague': transferDescriptionVague,
  'transfer-purpose-missing': transferPurposeMissing,
  'review-remedy-term-wrong': reviewRemedyTermWrong,
  'arco-extra-requirements': arcoExtraRequirements,
  'arco-fee-not-free': arcoFeeNotFree,
  'arco-deadline-exceeds-law': arcoDeadlineExceedsLaw,
  'placeholder-value': placeholderValue,
  'sensitive-data-likely-unmarked': sensitiveDataLikelyUnmarked,
  'citation-dof-date-wrong': citationDofDateWrong,
  'citation-abrogated-law': citationAbrogatedLaw,
  'transfer-internal-sharing': transferInternalSharing,
  'integral-url-off-domain': integralUrlOffDomain,
  'arco-channel-missing': arcoChannelMissing,
  'arco-procedure-incomplete': arcoProcedureIncomplete,
  'changes-medium-vague': changesMediumVague,
  'citation-2017-numbering': citation2017Numbering,
  'citation-slip': citationSlip,
  'citation-unknown-provision': citationUnknownProvision,
  'contact-syntax-invalid': contactSyntaxInvalid,
  'controller-address-incomplete': controllerAddressIncomplete,
  'controller-name-not-entity': controllerNameNotEntity,
  'cookies-incomplete': cookiesIncomplete,
  'inai-named-as-authority': inaiNamedAsAuthority,
  'integral-notice-location-missing': integralNoticeLocationMissing,
  'legal-basis-no-attribution': legalBasisNoAttribution,
  'link-insecure': linkInsecure,
  'link-shortener': linkShortener,
  'minors-representation-missing': minorsRepresentationMissing,
  'personal-data-missing': personalDataMissing,
  'portability-info-missing': portabilityInfoMissing,
  'purpose-beyond-service-unmarked': purposeBeyondServiceUnmarked,
  'purpose-hedging': purposeHedging,
  'purposes-missing': purposesMissing,
  'refusal-mechanism-missing': refusalMechanismMissing,
  'refusal-only-arco-opposition': refusalOnlyArcoOpposition,
  'refusal-timing-unstated': refusalTimingUnstated,
  'sensitive-data-basis-missing': sensitiveDataBasisMissing,
  'sensitive-data-unmarked': sensitiveDataUnmarked,
  'transfer-consent-basis-missing': transferConsentBasisMissing,
  'transfer-exception-unnamed': transferExceptionUnnamed,
  'transfers-none-contradicted': transfersNoneContradicted,
  'transparency-unit-address-incomplete': transparencyUnitAddressIncomplete,
  'updated-date-future': updatedDateFuture,
  'vague-language': vagueLanguage,
  'workspace-arco-channels-mismatch': workspaceArcoChannelsMismatch,
  'workspace-transparency-unit-mismatch': workspaceTransparencyUnitMismatch,
  'notice-kind-integral-document-only': noticeKindIntegralDocumentOnly,
  'notice-kind-simplified-missing': noticeKindSimplifiedMissing,
  'notice-pair-inconsistent': noticePairInconsistent,
  'notice-pair-link-broken': noticePairLinkBroken,
} as const satisfies Record<string, RuleDefinition<any>>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES).sort() as RuleId[];

export function getRule(id: string): RuleDefinition<string> | undefined {
  return (RULES as Record<string, RuleDefinition<string>>)[id];
}
