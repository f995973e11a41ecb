import { api, type AdDetailView } from '../api.js';
import { useI18n } from '../i18n.js';
import { useLoad } from '../use-load.js';
import { caseOutcomes, caseStatuses, type CaseOutcome, type CaseStatus } from '../../store/casework-store.js';

/** Applies a change on the server; resolves true when it was saved (the page then shows the answer). */
export type ApplyChange = (change: () => Promise<AdDetailView>) => Promise<boolean>;

/** What every control that works on an ad gets from the ad page. */
export interface WorkControlProps {
  ad: AdDetailView;
  /** False for read-only accounts: the control shows the state but cannot change it. */
  canWrite: boolean;
  /** A change is being saved: controls are disabled until the answer arrives. */
  busy: boolean;
  apply: ApplyChange;
}

function isCaseStatus(value: string): value is CaseStatus {
  return (caseStatuses as readonly string[]).includes(value);
}

function isCaseOutcome(value: string): value is CaseOutcome {
  return (caseOutcomes as readonly string[]).includes(value);
}

/** Follow-up status, the outcome of a contact or visit, and the colleague responsible, with who changed them last and when. */
export function CasePanel({ ad, canWrite, busy, apply }: WorkControlProps) {
  const { t, formatDate } = useI18n();
  const { data } = useLoad(() => api.colleagues(), []);
  const work = ad.casework;
  const colleagues = data?.colleagues ?? [];
  // A disabled colleague no longer appears in the list, but the current assignment must still show.
  const options: { id: number; username: string }[] =
    work.assignee && !colleagues.some((c) => c.id === work.assignee?.id)
      ? [...colleagues, work.assignee]
      : colleagues;
  const disabled = !canWrite || busy;

  return (
    <div className="case-panel">
      <label>
        {t('case.status')}
        <select
          data-testid="case-status"
          value={work.status}
          disabled={disabled}
          onChange={(e) => {
            const status = e.target.value;
            if (isCaseStatus(status)) void apply(() => api.updateCase(ad.id, { status }));
          }}
        >
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`followUp.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('case.outcome')}
        <select
          data-testid="case-outcome"
          value={work.outcome ?? ''}
          disabled={disabled}
          aria-describedby="case-outcome-explain"
          onChange={(e) => {
            const value = e.target.value;
            const outcome = isCaseOutcome(value) ? value : null;
            void apply(() => api.updateCase(ad.id, { outcome }));
          }}
        >
          <option value="">{t('outcome.none')}</option>
          {caseOutcomes.map((o) => (
            <option key={o} value={o}>
              {t(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('case.assignee')}
        <select
          data-testid="case-assignee"
          value={work.assignee ? String(work.assignee.id) : ''}
          disabled={disabled}
          onChange={(e) => {
            const assigneeId = e.target.value === '' ? null : Number(e.target.value);
            void apply(() => api.updateCase(ad.id, { assigneeId }));
          }}
        >
          <option value="">{t('case.unassigned')}</option>
          {options.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.username}
            </option>
          ))}
        </select>
      </label>
      <p className="muted" id="case-outcome-explain">
        {t('case.outcomeExplain')}
      </p>
      <p className="muted" data-testid="case-updated">
        {work.updatedBy
          ? t('case.updated', { who: work.updatedBy, when: formatDate(work.updatedAt, true) })
          : t('case.neverChanged')}
      </p>
    </div>
  );
}
