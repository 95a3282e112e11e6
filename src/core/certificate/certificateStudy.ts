import { KIND_LABELS, type Kind, type Way } from '../vocabulary';
import { KIND_LABELS_ON_CERTIFICATE, WAY_LABELS_ON_CERTIFICATE, valuesFor, type LabelledValue } from './certificateLabels';
import { sure, unsure, type Suggestion } from './suggestion';

export interface StudyReading {
  kind?: Suggestion<Kind>;
  way?: Suggestion<Way>;
}

const KIND_WORDS: Record<Kind, RegExp> = {
  public: new RegExp(`${KIND_LABELS.public}|公需课`),
  professional: new RegExp(`${KIND_LABELS.professional}|专业课`),
};

/**
 * Phrases that say how the course was given. A bare 网络 is left out, as it is
 * also a subject (网络安全), and so are a bare 线上 or 在线, which a certificate
 * also uses for checking it (线上查验).
 */
const ONLINE = /在线学习|在线培训|在线课程|网络学习|网络培训|网络课程|网络研修|网上学习|线上学习|线上培训|线上课程|远程教育|远程培训/;
const IN_PERSON = /面授|集中培训|线下学习|线下培训|现场培训|脱产培训/;
const FURTHER_STUDY = /进修/;

function kindOf(text: string): Kind | undefined {
  const said = (Object.keys(KIND_WORDS) as Kind[]).filter((kind) => KIND_WORDS[kind].test(text));
  return said.length === 1 ? said[0] : undefined;
}

/** The way each manner of study is under each kind (vocabulary.ts); 进修 is a way of 专业科目 only. */
function wayOf(text: string, kind: Kind | undefined): { way: Way; needsKind: boolean } | undefined {
  const online = ONLINE.test(text);
  const inPerson = IN_PERSON.test(text) || FURTHER_STUDY.test(text);
  if (online === inPerson) return undefined;
  if (online) return kind === 'professional' ? { way: 'eLearning', needsKind: false } : { way: 'onlineStudy', needsKind: kind === undefined };
  if (kind === 'public') return FURTHER_STUDY.test(text) ? undefined : { way: 'inPerson', needsKind: false };
  return { way: 'training', needsKind: kind === undefined };
}

export function readCertificateStudy(lines: readonly string[], labelled: readonly LabelledValue[]): StudyReading {
  const text = lines.join('\n');
  const kindValue = valuesFor(labelled, KIND_LABELS_ON_CERTIFICATE)[0]?.value;
  const kind = (kindValue !== undefined ? kindOf(kindValue) : undefined) ?? kindOf(text);
  const wayValue = valuesFor(labelled, WAY_LABELS_ON_CERTIFICATE)[0]?.value;
  const way = (wayValue !== undefined ? wayOf(wayValue, kind) : undefined) ?? wayOf(text, kind);
  return {
    ...(kind !== undefined ? { kind: sure(kind) } : {}),
    ...(way !== undefined ? { way: way.needsKind ? unsure(way.way) : sure(way.way) } : {}),
  };
}
