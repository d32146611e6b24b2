import { describe, expect, it } from 'vitest';
import { lgpdppsoCitationsInText } from '../../src/rules/shared/citations.js';
import { daysIn } from '../../src/rules/shared/days.js';
import { provisionProblems } from '../../src/rules/shared/law-index.js';
import { topicOf } from '../../src/rules/shared/renumbering.js';
import { fold } from '../../src/rules/shared/walk.js';

const cite = (text: string) =>
  lgpdppsoCitationsInText({ pointer: '/x', key: 'text', text, folded: fold(text) }).map((c) => ({
    year: c.year,
    provisions: c.provisions.map((p) => [p.article, p.fractions.join('+'), p.paragraphs.join('+'), p.incisos.join('+')].join(' ').trim()),
  }));

describe('reading LGPDPPSO citations in text', () => {
  it('a basis with several laws: only the list attached to the LGPDPPSO', () => {
    const text =
      'Artículos 4, fracción III, y 28 de la Ley de Salud del Estado; 15, fracciones II y IX, del Reglamento Interior; 6o., apartado A, y 16, párrafo segundo, de la Constitución Política de los Estados Unidos Mexicanos, y 16, fracciones VII y IX, 20, 21 y 22 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados.';
    expect(cite(text)).toEqual([{ year: undefined, provisions: ['16 VII+IX', '20', '21', '22'] }]);
  });
  it('fraction before the article, paragraphs before and after the word, incisos', () => {
    expect(cite('la fracción XI del artículo 64 de la LGPDPPSO')[0]!.provisions).toEqual(['64 XI']);
    expect(cite('el segundo y tercer párrafos del artículo 15 de la LGPDPPSO')[0]!.provisions).toEqual(['15  segundo+tercero']);
    expect(cite('LGPDPPSO, artículos 21, último párrafo, y 3, fracción XX, inciso e)')[0]!.provisions).toEqual(['21  último', '3 XX  e']);
  });
  it('a list after the name, but not one that belongs to the next law', () => {
    expect(cite('Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados (LGPDPPSO), artículos 6 y 16')[0]!.provisions).toEqual(['6', '16']);
    expect(cite('LGPDPPSO, artículos 4 y 5 de la Ley Orgánica')).toEqual([]);
  });
  it('the year of the law from its DOF date', () => {
    expect(cite('artículo 3 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, publicada en el DOF el 26 de enero de 2017')[0]!.year).toBe(2017);
    expect(cite('artículos 140 y 16 de la LGPDPPSO (DOF 20-03-2025)')[0]!.year).toBe(2025);
  });
  it('a state law of the same name is not the LGPDPPSO', () => {
    expect(cite('artículo 25 de la Ley de Protección de Datos Personales en Posesión de Sujetos Obligados del Estado de Jalisco')).toEqual([]);
  });
});

describe('the law index', () => {
  it('finds what the 2025 law has and lacks', () => {
    const p = (article: number, fractions: string[] = [], paragraphs: string[] = [], incisos: string[] = []) => provisionProblems({ article, written: String(article), fractions, paragraphs, incisos }).map((x) => x.kind);
    expect(p(21, ['IX'])).toEqual([]);
    expect(p(21, [], ['último'])).toEqual([]);
    expect(p(21, [], ['tercero'])).toEqual(['paragraph']);
    expect(p(64, ['X'])).toEqual(['fraction']);
    expect(p(16, [], ['segundo'])).toEqual(['paragraph']);
    expect(p(22, ['I'])).toEqual(['noFractions']);
    expect(p(3, ['XX'], [], ['d'])).toEqual([]);
    expect(p(3, ['XX'], [], ['e'])).toEqual(['inciso']);
    expect(p(138)).toEqual(['article']);
  });
});

describe('subjects of a sentence and periods of days', () => {
  it('topics', () => {
    expect(topicOf(fold('No se requiere su consentimiento en términos del artículo 22'))?.id).toBe('consent-exceptions');
    expect(topicOf(fold('no se requerirá su consentimiento'))?.id).toBe('consent-exceptions');
    expect(topicOf(fold('Sus datos se transfieren conforme al artículo 70'))?.id).toBe('transfers');
    expect(topicOf(fold('Se transfieren sin su consentimiento'))?.id).toBe('transfers-without-consent');
    expect(topicOf(fold('Puede ejercer sus derechos ARCO'))?.id).toBe('arco');
    expect(topicOf(fold('El presente aviso de privacidad se emite con fundamento en'))).toBeUndefined();
  });
  it('days', () => {
    expect(daysIn(fold('en un plazo de veinte (20) días hábiles, ampliable por diez días')).map((d) => [d.days, d.unit])).toEqual([[20, 'habiles'], [10, undefined]]);
    expect(daysIn(fold('treinta y cinco días naturales')).map((d) => d.days)).toEqual([35]);
  });
});
