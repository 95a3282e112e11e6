import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type * as zm from 'zod/mini';
import { basesFileSchema } from './core/schemas/base';
import { baseSynonymsSchema } from './core/schemas/baseSynonyms';
import { calendarYearSchema } from './core/schemas/calendarYear';
import { festivalDatesSchema } from './core/schemas/festivalDates';
import { guidanceSchema } from './core/schemas/guidance';
import { policySchema } from './core/schemas/policy';
import { ruleSetSchema } from './core/schemas/ruleSet';

/**
 * Astro validates collections with classic zod schemas, while ours are zod/mini
 * (shared with the browser, where every byte counts). This bridge runs our schema
 * and hands each issue to Astro with its path, so a broken file still fails the
 * build with the file, the field and our message.
 */
function fromCore<T extends zm.ZodMiniType>(schema: T) {
  return z.unknown().transform((value, ctx): zm.output<T> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: value });
    }
    return z.NEVER;
  });
}

const CONTENT = './content';

export const collections = {
  policy: defineCollection({
    loader: glob({ pattern: '*.md', base: `${CONTENT}/policy` }),
    schema: fromCore(policySchema),
  }),
  guidance: defineCollection({
    loader: glob({ pattern: '*.md', base: `${CONTENT}/guidance` }),
    schema: fromCore(guidanceSchema),
  }),
  bases: defineCollection({
    loader: glob({ pattern: '*.json', base: `${CONTENT}/bases` }),
    schema: fromCore(basesFileSchema),
  }),
  calendar: defineCollection({
    loader: glob({ pattern: '*.json', base: `${CONTENT}/calendar` }),
    schema: fromCore(calendarYearSchema),
  }),
  festivals: defineCollection({
    loader: glob({ pattern: '*.json', base: `${CONTENT}/festivals` }),
    schema: fromCore(festivalDatesSchema),
  }),
  search: defineCollection({
    loader: glob({ pattern: '*.json', base: `${CONTENT}/search` }),
    schema: fromCore(baseSynonymsSchema),
  }),
  rules: defineCollection({
    loader: glob({ pattern: '*.json', base: `${CONTENT}/rules` }),
    schema: fromCore(ruleSetSchema),
  }),
};
