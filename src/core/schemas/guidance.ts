import * as z from 'zod/mini';

/** Front matter of a guidance page (content/guidance/<slug>.md), written in our own words. */
export const guidanceSchema = z.strictObject({
  /** The page heading. */
  title: z.string().check(z.minLength(1)),
  /** A short label for navigation and cards. */
  shortTitle: z.string().check(z.minLength(1), z.maxLength(12)),
  /** One sentence for the meta description and the guidance index. */
  description: z.string().check(z.minLength(10), z.maxLength(160)),
  /** Position in the guidance index, ascending. */
  order: z.int().check(z.gte(1)),
});

export type Guidance = z.infer<typeof guidanceSchema>;
