import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

/**
 * Downloads the plan's CSV with the signed-in user's token (a plain link could not carry it). The printable page
 * is the board pack table printed from the app itself: the API's HTML page, opened from a blob, would inherit the
 * app's Content-Security-Policy and lose its stylesheet.
 */
export function usePlanCsv(planId: number, fileName: string) {
  const api = useApi();
  return async () => {
    const result = await api.GET('/api/v1/action-plans/{id}/items', {
      params: { path: { id: planId } },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    });
    const url = URL.createObjectURL(unwrap(result) as unknown as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
}
