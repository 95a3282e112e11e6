import { describe, expect, it } from 'vitest';
import { filesIn, readMarkdown } from '../helpers/content';
import { CITATION, SITE_READING, statements } from '../helpers/guidanceStatements';

/** The site's advice is marked apart from its reading (src/pages/about.astro names both). */
const SITE_ADVICE = '（本站建议）';
const MARKERS: readonly string[] = [SITE_READING, SITE_ADVICE];

describe('guidance: every statement links to its paragraph or is marked as the site’s reading or advice', () => {
  for (const path of filesIn('guidance', '.md')) {
    const page = readMarkdown(path);

    it(`${page.file}: each paragraph, list item and table row`, () => {
      const unbacked = statements(page.body).filter((text) => !CITATION.test(text) && !MARKERS.some((marker) => text.includes(marker)));
      expect(unbacked).toEqual([]);
    });

    it(`${page.file}: only the two marker forms`, () => {
      const forms = [...page.body.matchAll(/.?本站(?:理解|建议|提示|认为)[^）)]?.?|我们的建议|不是通知原文/g)].map((match) => match[0]);
      expect(forms.filter((form) => !MARKERS.includes(form))).toEqual([]);
    });
  }
});
