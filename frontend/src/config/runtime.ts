/** Where the browser finds Keycloak: read at start-up so that one build serves every environment. */
export interface RuntimeConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/runtime-config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`Could not load /runtime-config.json (${response.status})`);
  }
  const config = (await response.json()) as Partial<RuntimeConfig>;
  for (const key of ['keycloakUrl', 'realm', 'clientId'] as const) {
    if (typeof config[key] !== 'string' || config[key] === '') {
      throw new Error(`/runtime-config.json has no ${key}`);
    }
  }
  return config as RuntimeConfig;
}
