import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api/problem';
import { ProblemMessage } from './ProblemMessage';

type Fetched = { data?: Blob; error?: unknown; response: Response };

/** The file name the service gives in Content-Disposition ("attachment; filename=..."), or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * A link to a file the service renders, such as a report's PDF. The address is a real one (it can be copied, and
 * works for a public report), but a click fetches the file through the API client, so the request carries the
 * signed-in user's token, and saves what came back under the name the service gave.
 */
export function DownloadLink({ href, fetchFile, fallbackName, children }: { href: string; fetchFile: () => Promise<Fetched>; fallbackName: string; children: ReactNode }) {
  const [state, setState] = useState<{ pending: boolean; error?: unknown }>({ pending: false });
  const download = async () => {
    setState({ pending: true });
    try {
      const { data, error, response } = await fetchFile();
      if (error !== undefined || !data) throw new ApiError({ type: 'about:blank', title: 'The file could not be made. Try again later.', status: response.status });
      const url = URL.createObjectURL(data);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileNameOf(response, fallbackName);
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has taken its copy once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 0);
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
