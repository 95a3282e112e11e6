import { ALL_LABELS, TITLE_LABELS, valuesFor, type LabelledValue } from './certificateLabels';
import { sure, unsure, type Suggestion } from './suggestion';

/** A title in 《》 or quotes, the way a certificate's main sentence names the course. */
const QUOTED = /《([^《》]{2,100})》|“([^“”]{2,100})”|「([^「」]{2,100})」|"([^"]{2,100})"/;
/** Words that end a course's name; a value ending so is whole and takes no next line. */
const TITLE_END = /(?:培训|培训班|研修班|进修班|课程|讲座|专题|学习|研修|进修|项目|班|会)$/;
/** A next line is the rest of the name only when the name stops on a joining word or the line ends as a course's name does. */
const UNFINISHED = /[与和及、的之]$/;
const REST_OF_NAME = /(?:培训|培训班|研修班|进修班|课程|讲座|专题)$/;
/** Lines that are the certificate's own words, never the rest of a title. */
const NOT_A_TITLE = /证书|证明|特发此证|兹证明|合格|签章|盖章|\d|(?:大学|学院|学校|中心|公司|医院|学会|协会)$/;

function unquote(value: string): string {
  const quoted = QUOTED.exec(value);
  const inner = quoted?.slice(1).find((group) => group !== undefined) ?? value;
  return inner.replace(/^[《“「"]|[》”」"]$/g, '').replace(/[。，,;；]+$/, '').replace(/^[\s;；:：,，.。、|]+/, '').trim();
}

const OTHER_FIELD_INSIDE = /\d\s*(?:学时|课时|学分)|\d{4}年\d{1,2}月|\d{4}[./-]\d{1,2}[./-]\d/;
/** Signs a course's name never holds but OCR makes of a seal's edge or a rule: a name with one is only a hint. */
const OCR_DEBRIS = /[|\\/<>_~^]|[\u3400-\u9fff][A-Za-z][\u3400-\u9fff]/;

/** The verb a certificate's sentence puts just before the course's name. */
const ATTENDED = /(?:参加|参训|完成|学习)了?[^《“「"。，,]{0,6}$/;
/** How the names of laws, rules and notices end. */
const DOCUMENT_NAME = /(?:办法|条例|规定|通知|意见|细则|决定|纲要|法)$/;

const startsWithLabel = (line: string) => ALL_LABELS.some((label) => line.startsWith(`${label}:`) || line.startsWith(label));

export function readCertificateTitle(lines: readonly string[], labelled: readonly LabelledValue[]): Suggestion<string> | undefined {
  const fromLabel = valuesFor(labelled, TITLE_LABELS)[0];
  if (fromLabel !== undefined) {
    let value = fromLabel.value;
    const next = lines[fromLabel.line + 1];
    // A name broken across a line break: an open 《, or a value that stops short of the word that ends a course's name.
    const open = (value.match(/《/g) ?? []).length > (value.match(/》/g) ?? []).length;
    const rest = next !== undefined && !startsWithLabel(next) && !next.includes(':') && !NOT_A_TITLE.test(next) && next.length <= 30;
    if (next !== undefined && (open || (rest && !TITLE_END.test(value) && (UNFINISHED.test(value) || REST_OF_NAME.test(next))))) value += next;
    const title = unquote(value);
    if (title.length < 2) return undefined;
    // A date or a 学时 figure inside the name means another field ran into it.
    return OTHER_FIELD_INSIDE.test(title) || OCR_DEBRIS.test(title) ? unsure(title) : sure(title);
  }
  const text = lines.join('\n');
  // 《…》 may itself be broken over lines.
  const joined = text.replace(/《([^《》]*)》/gs, (whole) => whole.replace(/\n/g, ''));
  const quotes = [...joined.matchAll(new RegExp(QUOTED.source, 'g'))].map((match) => ({
    title: unquote(match.slice(1).find((group) => group !== undefined) ?? ''),
    attended: ATTENDED.test(joined.slice(0, match.index)),
  }));
  const attended = quotes.find((quote) => quote.attended);
  if (attended !== undefined) return OCR_DEBRIS.test(attended.title) ? unsure(attended.title) : sure(attended.title);
  // A certificate may quote the rules it is issued under (《…办法》); a quote not tied to 参加 is the title only when it is the one quote.
  const courses = quotes.filter((quote) => !DOCUMENT_NAME.test(quote.title));
  if (courses[0] !== undefined) return quotes.length === 1 ? sure(courses[0].title) : unsure(courses[0].title);
  // "参加了2026年度…培训" with no quotes: where the name starts is a guess.
  const bare = /参加了?(.{4,60}?(?:培训班|研修班|培训|学习))/.exec(text.replace(/\n/g, ''));
  return bare?.[1] !== undefined ? unsure(bare[1]) : undefined;
}
