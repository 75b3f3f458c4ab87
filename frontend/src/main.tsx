import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/main.scss';
import { loadRuntimeConfig } from './config/runtime';
import { createApiClient } from './lib/api/client';
import { startSession, takeReturnTo } from './lib/auth/session';
import { App } from './app/App';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const session = await startSession(await loadRuntimeConfig());
    const returnTo = session.authenticated ? takeReturnTo() : undefined;
    if (returnTo) window.history.replaceState(null, '', returnTo);
    root.render(
      <StrictMode>
        <App session={session} api={createApiClient(() => session.accessToken())} />
      </StrictMode>,
    );
  } catch {
    root.render(
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
          <p className="govuk-body">Promise cannot start at the moment. Try again later.</p>
        </main>
      </div>,
    );
  }
}

void start();
