import { readFileSync } from 'node:fs';

/**
 * http://localhost at one of the stack's default ports, named once in scripts/ports.env (scripts/lib.sh reads the
 * same file); as there, a variable of the same name in the environment wins. Read only when a server or the browser
 * journeys start: a build needs no port, and the Docker image is built without the scripts folder.
 */
export function localUrl(portName: string): string {
  const named = readFileSync(new URL('../../scripts/ports.env', import.meta.url), 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`${portName}=`));
  const port = process.env[portName] ?? named?.slice(portName.length + 1).trim();
  if (!port) throw new Error(`scripts/ports.env names no ${portName}`);
  return `http://localhost:${port}`;
}
