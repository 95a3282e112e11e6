import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duplicateIds, extractAnchorIds, paragraphsWithoutAnchor, splitTrailingAnchor } from '../../src/core/policy/anchors';
import { policySchema } from '../../src/core/schemas/policy';
import { CONTENT, SEED, readMarkdown, readSeed } from '../helpers/content';

const policy = readMarkdown(`${CONTENT}/policy/2025.md`);
const notice = policySchema.parse(policy.data);

/** The body as a reader sees it: anchors and Markdown emphasis and heading marks gone. */
function readerParagraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => splitTrailingAnchor(block.trim()).text)
    .map((block) => block.replace(/^#+\s*/, '').replace(/<\/?strong>/g, '').trim())
    .filter((block) => block.length > 0);
}

describe('content/policy/2025.md', () => {
  it('carries the notice metadata exactly', () => {
    expect(notice).toEqual({
      title: '河南省人力资源和社会保障厅关于做好2025年全省专业技术人员继续教育工作的通知',
      year: 2025,
      issuer: '河南省人力资源和社会保障厅',
      issuedOn: '2025-06-30',
      disclosure: '此件主动公开',
      contactUnit: '专业技术人员管理处',
      sourceNote: '公布的文本在标题上方另有一行“附件1”字样；本站从标题起收录，未收录该行。',
      attachment: { title: '河南省专业技术人员继续教育基地名单', anchor: 'attachment' },
    });
  });

  it('holds every paragraph of the seed notice, word for word and in order', () => {
    const { noticeLines } = readSeed();
    const [title, ...rest] = noticeLines;
    expect(title).toBe(notice.title);
    // The date, disclosure and contact lines come from the front matter; the page prints them.
    const bodyLines = rest.slice(0, -3);
    expect(rest.slice(-3)).toEqual(['2025年6月30日', `（${notice.disclosure}）`, `（联系单位：${notice.contactUnit}）`]);
    expect(readerParagraphs(policy.body)).toEqual(bodyLines);
  });

  it('says in its source note that the published text carries the stray 附件1 line above the title', () => {
    const published = readFileSync(SEED, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
    expect(published[0]).toBe('附件1');
    expect(notice.sourceNote).toContain('“附件1”');
  });

  it('gives every heading and paragraph a unique id', () => {
    expect(paragraphsWithoutAnchor(policy.body)).toEqual([]);
    const ids = extractAnchorIds(policy.body);
    expect(duplicateIds(ids)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['s1', 's2', 's2-0', 's2-1', 's2-2', 's2-3', 's3', 's4', 's5', 's5-4']));
  });
});
