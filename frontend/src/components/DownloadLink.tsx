import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/SessionContext';
import { ProblemMessage } from './ProblemMessage';

/** The file name the service gives in Content-Disposition ("attachment; filename=..."), or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/** Hands a file to the browser to save, as if the link had been followed. */
function save(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A link to a file the service renders, such as a report's PDF. The address is a real one (it can be copied, and
 * works for a public report), but a click fetches the file with the signed-in user's token, which a followed link
 * would not carry (drafts, exempt reports and packs need it), and saves it under the name the service gave.
 */
export function DownloadLink({ href, fallbackName, children }: { href: string; fallbackName: string; children: ReactNode }) {
  const { accessToken } = useSession();
  const [state, setState] = useState<{ pending: boolean; error?: unknown }>({ pending: false });
  const download = async () => {
    setState({ pending: true });
    try {
      const token = await accessToken();
      const response = await fetch(href, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new ApiError({ type: 'about:blank', title: 'The file could not be made. Try again later.', status: response.status });
      save(await response.blob(), fileNameOf(response, fallbackName));
      setState({ pending: false });
    } catch (error) {
      setState({ pending: false, error });
    }
  };
  return (
    <>
      {state.error !== undefined && <ProblemMessage error={state.error} />}
      <a
        className="govuk-link"
        href={href}
        aria-busy={state.pending || undefined}
        onClick={(event) => {
          event.preventDefault();
          if (!state.pending) void download();
        }}
      >
        {children}
      </a>
      {state.pending && <span className="govuk-body-s"> (preparing the file…)</span>}
    </>
  );
}
