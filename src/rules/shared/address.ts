import type { Address } from '../../model/notice.js';

export type AddressPart = 'number' | 'colonia' | 'municipality' | 'postalCode' | 'street' | 'state';

const LABELS: Record<AddressPart, { es: string; en: string }> = {
  street: { es: 'calle', en: 'street' },
  number: { es: 'número', en: 'number' },
  colonia: { es: 'colonia', en: 'colonia (neighbourhood)' },
  municipality: { es: 'alcaldía o municipio', en: 'municipality (alcaldía)' },
  postalCode: { es: 'código postal', en: 'postal code' },
  state: { es: 'entidad federativa', en: 'state' },
};

/** Parts a complete Mexican address needs (calle, número, colonia, alcaldía/municipio, C.P., entidad). */
export function missingAddressParts(a: Partial<Address> | undefined): AddressPart[] {
  if (!a || typeof a !== 'object') return [];
  const parts: AddressPart[] = ['street', 'number', 'colonia', 'municipality', 'postalCode', 'state'];
  return parts.filter((p) => typeof a[p] !== 'string' || a[p]!.trim() === '');
}

export function partLabels(parts: readonly AddressPart[], lang: 'es' | 'en'): string {
  return parts.map((p) => LABELS[p][lang]).join(', ');
}

/** A comparable key for an address: digits and letters only, accent-free, lower case. */
export function addressKey(a: Partial<Address> | undefined): string {
  if (!a || typeof a !== 'object') return '';
  const parts = [a.street, a.number, a.postalCode].map((v) => (typeof v === 'string' ? v : ''));
  return parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(av|avenida|calle|no|num|numero)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '');
}
