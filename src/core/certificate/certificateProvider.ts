import { PROVIDER_LABELS, valuesFor, type LabelledValue } from './certificateLabels';
import { sure, unsure, type Suggestion } from './suggestion';

export interface ProviderReading {
  providerName?: Suggestion<string>;
  messages: string[];
}

/** Endings of an organisation's name; a line that ends so may be the issuer printed under the seal. */
const ORGANISATION_END = /(?:大学|学院|学校|学会|协会|中心|公司|医院|研究院|研究所|委员会|局|厅|部)$/;

function comparable(name: string): string {
  return name.normalize('NFKC').replace(/[\s()（）·.,，、:：]/g, '');
}

/** Fewest edits that turn `name` into some stretch of `text`. */
function distanceWithin(name: string, text: string): number {
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= name.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= text.length; j += 1) {
      const replace = (previous[j - 1] as number) + (name[i - 1] === text[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return Math.min(...previous);
}

/** A short name must be read exactly: one wrong character makes another place of it. */
const allowedEdits = (name: string) => (name.length >= 5 ? 1 : 0);

/** What may follow a base's name and still be the base: its own continuing-education or training unit. */
const OWN_UNIT = /^(?:继续教育学院|继续教育中心|继续教育处|培训中心|教育培训中心|成人教育学院|网络教育学院)$/;

export type ProviderMatch =
  | { kind: 'one'; name: string }
  /** The text holds the name with more around it (郑州大学第一附属医院): maybe another body. */
  | { kind: 'partial'; name: string }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'none' };

/**
 * The known name the text stands for: a name it contains, or with one OCR slip
 * when the name is long, and only when no other name fits as well.
 */
export function matchProvider(text: string, known: readonly string[]): ProviderMatch {
  const read = comparable(text);
  if (read === '') return { kind: 'none' };
  const candidates = [...new Set(known.map((name) => name.trim()).filter((name) => comparable(name).length >= 2))]
    .map((name) => ({ name, key: comparable(name), cost: distanceWithin(comparable(name), read) }))
    .filter((candidate) => candidate.cost <= allowedEdits(candidate.key));
  // 郑州大学体育学院 contains 郑州大学: the longer name read as well wins.
  const kept = candidates.filter((a) => !candidates.some((b) => b !== a && b.key.includes(a.key) && b.cost <= a.cost));
  if (kept.length === 0) return { kind: 'none' };
  const best = Math.min(...kept.map((candidate) => candidate.cost));
  const winners = kept.filter((candidate) => candidate.cost === best);
  const winner = winners[0];
  if (winners.length === 1 && winner !== undefined && !kept.some((other) => other.cost > best && other.key.includes(winner.key))) {
    const rest = winner.cost === 0 ? read.replace(winner.key, '') : Math.abs(read.length - winner.key.length) <= 1 ? '' : read;
    return rest === '' || OWN_UNIT.test(rest) ? { kind: 'one', name: winner.name } : { kind: 'partial', name: winner.name };
  }
  return { kind: 'ambiguous', names: kept.map((candidate) => candidate.name) };
}

function cleanName(value: string): string {
  return value.replace(/[(（][^)）]*[)）]$/, '').replace(/[。，,.;；]+$/, '').trim();
}

function reading(written: string, known: readonly string[]): ProviderReading {
  const match = matchProvider(written, known);
  if (match.kind === 'one') return { providerName: sure(match.name), messages: [] };
  if (match.kind === 'ambiguous') {
    return { providerName: unsure(written), messages: [`机构“${written}”可能是${match.names.map((name) => `“${name}”`).join('或')}，请核对后选择。`] };
  }
  if (match.kind === 'partial') {
    return { providerName: unsure(written), messages: [`机构“${written}”含有“${match.name}”，是否同一机构请核对后选择。`] };
  }
  return { providerName: unsure(written), messages: [] };
}

/**
 * 机构 is filled only with a name the site or the person already knows (a
 * provincial base, or a provider of an earlier entry): any other name, however
 * clean it looks, may hold a misread character, and the field offers the
 * known names anyway.
 */
export function readCertificateProvider(lines: readonly string[], labelled: readonly LabelledValue[], known: readonly string[]): ProviderReading {
  const fromLabel = valuesFor(labelled, PROVIDER_LABELS)[0];
  if (fromLabel !== undefined) {
    const written = cleanName(fromLabel.value);
    const first = reading(written, known);
    const next = lines[fromLabel.line + 1];
    // A name broken over a line break is known only once its two halves are joined.
    if (first.providerName?.confidence !== 'sure' && next !== undefined && next.length <= 20 && !next.includes(':')) {
      const joined = reading(cleanName(written + next), known);
      if (joined.providerName?.confidence === 'sure') return joined;
    }
    return first;
  }
  const sentence = lines.map((line) => /由(.{2,30}?)(?:主办|举办|承办|组织)/.exec(line)?.[1]).find((name) => name !== undefined);
  if (sentence !== undefined) return reading(cleanName(sentence), known);
  // Unlabelled, the issuer is the line under the seal.
  for (const line of lines) {
    // A labelled line is some other field's (工作单位: the person's employer may well be a known provider).
    if (line.includes(':') || !ORGANISATION_END.test(line) || line.length > 40) continue;
    const match = matchProvider(line, known);
    if (match.kind === 'one') return { providerName: sure(match.name), messages: [] };
  }
  return { messages: [] };
}
