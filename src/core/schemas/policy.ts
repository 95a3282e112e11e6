import * as z from 'zod/mini';
import { anchorIdSchema } from './anchorId';
import { isoDateSchema } from './isoDate';

/** Front matter of one year's notice (content/policy/<year>.md); the body is the text itself. */
export const policySchema = z.strictObject({
  /** The notice's full official title, exactly as issued. */
  title: z.string().check(z.minLength(1)),
  /** The year of continuing education the notice governs. */
  year: z.int().check(z.gte(2015), z.lte(2100)),
  /** The issuing authority, as signed. */
  issuer: z.string().check(z.minLength(1)),
  /** The date printed under the text. */
  issuedOn: isoDateSchema,
  /** The disclosure mark printed under the date, e.g. 此件主动公开. */
  disclosure: z.string().check(z.minLength(1)),
  /** The office named as contact under the text. */
  contactUnit: z.string().check(z.minLength(1)),
  /** What the published text carries that the page does not show as text (e.g. a stray marker line), said in the page's source note. */
  sourceNote: z.optional(z.string().check(z.minLength(1))),
  /** The attachment as titled in the notice, and the anchor where the page shows it. */
  attachment: z.strictObject({
    title: z.string().check(z.minLength(1)),
    anchor: anchorIdSchema,
  }),
});

export type Policy = z.infer<typeof policySchema>;
