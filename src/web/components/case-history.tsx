import type { AdDetailView } from '../api.js';
import { useI18n, type I18n } from '../i18n.js';
import {
  caseOutcomes,
  caseStatuses,
  photoTags,
  type CaseOutcome,
  type CaseStatus,
  type PhotoTag,
} from '../../store/casework-store.js';

type CaseEventView = AdDetailView['casework']['history'][number];

function text(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function statusWord(t: I18n['t'], value: unknown): string {
  return caseStatuses.includes(value as CaseStatus) ? t(`followUp.${value as CaseStatus}`) : String(value);
}

function outcomeWord(t: I18n['t'], value: unknown): string {
  return caseOutcomes.includes(value as CaseOutcome) ? t(`outcome.${value as CaseOutcome}`) : String(value);
}

function tagWord(t: I18n['t'], value: unknown): string {
  return photoTags.includes(value as PhotoTag) ? t(`photoTag.${value as PhotoTag}`) : String(value);
}

/** What one change did, in the worker's words. */
function describe(t: I18n['t'], e: CaseEventView): string {
  const d = e.detail;
  switch (e.kind) {
    case 'status':
      return t('history.status', { from: statusWord(t, d.from), to: statusWord(t, d.to) });
    case 'outcome':
      if (d.to === null) return t('history.outcomeCleared', { from: outcomeWord(t, d.from) });
      if (d.from === null) return t('history.outcomeSet', { to: outcomeWord(t, d.to) });
      return t('history.outcomeChanged', { from: outcomeWord(t, d.from), to: outcomeWord(t, d.to) });
    case 'assignment':
      if (d.to === null) return t('history.unassigned', { from: text(d.from) });
      if (d.from === null) return t('history.assigned', { to: text(d.to) });
      return t('history.reassigned', { from: text(d.from), to: text(d.to) });
    case 'x-factor-set':
      return t('history.xfactorSet', { note: text(d.note) });
    case 'x-factor-removed':
      return t('history.xfactorRemoved', { note: text(d.note) });
    case 'photo-tag-added':
      return t('history.tagAdded', { tag: tagWord(t, d.tag) });
    case 'photo-tag-removed':
      return t('history.tagRemoved', { tag: tagWord(t, d.tag) });
  }
}

/** Every casework change on the ad, newest first: who, when and what. Notes are text, never HTML. */
export function CaseHistory({ history }: { history: CaseEventView[] }) {
  const { t, formatDate } = useI18n();
  if (history.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="case-history" data-testid="case-history">
      {history.map((e) => (
        <li key={e.id} data-kind={e.kind}>
          <span className="muted">
            {formatDate(e.at, true)} · <strong>{e.by}</strong>
          </span>{' '}
          {describe(t, e)}
        </li>
      ))}
    </ol>
  );
}
