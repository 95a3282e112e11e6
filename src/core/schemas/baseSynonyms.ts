import * as z from 'zod/mini';

const term = z.string().check(z.trim(), z.minLength(1, '检索词不能为空'), z.maxLength(20, '检索词不能超过 20 字'));

/**
 * content/search/base-synonyms.json: words people search the bases directory
 * with, each group mapped to the name fragments it also finds. A search aid of
 * the site's own, by name only; it says nothing about what a base teaches.
 */
export const baseSynonymsSchema = z
  .strictObject({
    /** Shown next to the search: what the table is and is not. */
    note: z.string().check(z.minLength(1)),
    groups: z
      .array(z.strictObject({ words: z.array(term).check(z.minLength(1)), fragments: z.array(term).check(z.minLength(1)) }))
      .check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Map<string, number>();
      file.groups.forEach((group, index) => {
        for (const word of group.words) {
          const earlier = seen.get(word);
          if (earlier !== undefined) ctx.issues.push({ code: 'custom', input: word, path: ['groups', index, 'words'], message: `检索词“${word}”同时出现在第 ${earlier + 1} 组和第 ${index + 1} 组` });
          seen.set(word, index);
        }
      });
    }),
  );

export type BaseSynonyms = z.infer<typeof baseSynonymsSchema>;
export type BaseSynonymGroup = BaseSynonyms['groups'][number];
