import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

export type ExportFormat = 'text/csv' | 'text/html';

/**
 * Fetches the plan in a board layout with the signed-in user's token (a plain link could not carry it) and hands
 * it to the browser: the CSV as a download, the printable page in a new tab.
 */
export function usePlanExport(planId: number, fileName: string) {
  const api = useApi();
  return async (format: ExportFormat) => {
    const result = await api.GET('/api/v1/action-plans/{id}/items', {
      params: { path: { id: planId } },
      headers: { Accept: format },
      parseAs: 'blob',
    });
    const blob = unwrap(result) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    if (format === 'text/csv') {
      const link = document.createElement('a');
      link.href = url;
      link.download = `${fileName}.csv`;
      link.click();
    } else {
      window.open(url, '_blank', 'noopener');
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
}
