import { useEffect, useState } from 'react';
import { api, type SiteHealthView } from '../api.js';
import { useI18n } from '../i18n.js';
import { linkClick } from '../router.js';

/** A warning above the ad list when any site's crawl needs attention. */
export function HealthBanner() {
  const { t } = useI18n();
  const [unhealthy, setUnhealthy] = useState<SiteHealthView[]>([]);
  useEffect(() => {
    api
      .sites()
      .then((r) => {
        setUnhealthy(r.sites.filter((s) => !s.healthy));
      })
      .catch(() => undefined);
  }, []);
  if (unhealthy.length === 0) return null;
  return (
    <div className="banner warning" role="alert">
      {t('banner.unhealthy', { sites: unhealthy.map((s) => s.name).join(', ') })}{' '}
      <a
        href="/health"
        onClick={(e) => {
          linkClick(e, '/health');
        }}
      >
        {t('banner.details')}
      </a>
    </div>
  );
}
