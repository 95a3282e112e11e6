import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_KINDS, basesFileSchema } from '../../src/core/schemas/base';
import { CONTENT, readJson, readSeed } from '../helpers/content';

const parsed = basesFileSchema.parse(readJson(join(CONTENT, 'bases', 'bases.json')));

describe('content/bases/bases.json', () => {
  it('lists exactly the 48 bases of the attachment, numbered 1–48, in official order with exact names', () => {
    const seed = readSeed().bases;
    expect(seed).toHaveLength(48);
    expect(parsed.bases.map((base) => [base.number, base.name])).toEqual(seed);
  });

  it('has unique names', () => {
    expect(new Set(parsed.bases.map((base) => base.name)).size).toBe(48);
  });

  it('assigns every kind at least once, so no filter option is empty', () => {
    for (const kind of BASE_KINDS) expect(parsed.bases.some((base) => base.kind === kind), kind).toBe(true);
  });

  it('names the attachment as the notice does', () => {
    expect(parsed.title).toBe('河南省专业技术人员继续教育基地名单');
    expect(parsed.policyYear).toBe(2025);
  });
});
