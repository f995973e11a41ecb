import { useI18n, type MessageKey } from '../i18n.js';

/** A table's header row: one column heading per message key, each a `th` with scope="col". */
export function TableHead({ columns }: { columns: readonly MessageKey[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {columns.map((key) => (
          <th key={key} scope="col">
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
