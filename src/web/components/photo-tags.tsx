import { api } from '../api.js';
import { useI18n } from '../i18n.js';
import { photoTags } from '../../store/casework-store.js';
import type { WorkControlProps } from './case-panel.js';

/**
 * Tag checkboxes under one photo for the image indicators. A tag counts like the indicator it
 * names and re-ranks the ad at once; each set tag says who set it and when.
 */
export function PhotoTags({
  ad,
  sha256,
  n,
  canWrite,
  busy,
  apply,
}: WorkControlProps & {
  sha256: string;
  /** The photo's place in the ad, for its label. */
  n: number;
}) {
  const { t, formatDate } = useI18n();
  const set = new Map(ad.casework.photoTags.filter((p) => p.sha256 === sha256).map((p) => [p.tag, p]));
  return (
    <fieldset className="photo-tags" data-photo={sha256}>
      <legend>{t('photoTags.legend', { n })}</legend>
      {photoTags.map((tag) => {
        const current = set.get(tag);
        return (
          <label key={tag} className="check">
            <input
              type="checkbox"
              data-testid={`photo-tag-${tag}`}
              checked={current !== undefined}
              disabled={!canWrite || busy}
              onChange={(e) => {
                const on = e.target.checked;
                void apply(() => api.tagPhoto(ad.id, sha256, tag, on));
              }}
            />
            <span>
              {t(`photoTag.${tag}`)}
              {current && (
                <span className="muted">
                  {' '}
                  ({t('photoTags.setBy', { who: current.setBy, when: formatDate(current.setAt, true) })})
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
