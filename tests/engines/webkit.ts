/**
 * WebKit (WebKitGTK, the engine family of Safari), over W3C WebDriver: `WebKitWebDriver` under
 * a virtual display, spoken to in plain HTTP. Classic WebDriver has no console or network
 * events; the journeys' server records those for every engine (see site.ts). Nor can it read the
 * clipboard: WebKit refuses `navigator.clipboard.readText()` to a script no reader started.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { callSource, EngineMissing, type Engine, type Tab } from './driver.ts';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = { Enter: '\uE007' };

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function launchWebKit(): Promise<Engine> {
  const needed: [command: string, packageName: string][] = [['WebKitWebDriver', 'webkit2gtk-driver'], ['xvfb-run', 'xvfb']];
  for (const [command, packageName] of needed) {
    if (!installed(command)) throw new EngineMissing(`WebKit needs ${command}: sudo apt-get install webkit2gtk-driver xvfb (${packageName} is missing)`);
  }
  const port = await freePort();
  // Its own process group, so that closing it ends the virtual display and the browser too.
  const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { detached: true, stdio: 'ignore' });
  const root = `http://127.0.0.1:${port}`;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${root}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebKit ${method} ${path}: ${value?.error} ${value?.message ?? ''}`);
    return value;
  }

  for (let ready = false; !ready; ) {
    ready = await call<{ ready: boolean }>('GET', '/status').then(({ ready }) => ready, () => false);
    if (!ready) {
      if (server.exitCode !== null) throw new EngineMissing(`WebKitWebDriver exited (${server.exitCode}): sudo apt-get install webkit2gtk-driver xvfb`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // WebKitWebDriver drives one session at a time; scripting is a setting of the browser it starts.
  let session: { id: string; javaScript: boolean } | undefined;
  async function sessionWith(javaScript: boolean): Promise<string> {
    if (session?.javaScript === javaScript) return session.id;
    if (session) await call('DELETE', `/session/${session.id}`);
    const args = ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])];
    const created = await call<{ sessionId: string }>('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args } } } });
    session = { id: created.sessionId, javaScript };
    return session.id;
  }

  return {
    name: 'WebKit',
    async open({ javaScript }): Promise<Tab> {
      const id = await sessionWith(javaScript);
      const at = (path: string) => `/session/${id}${path}`;
      const find = async (selector: string) =>
        (await call<Record<string, string>>('POST', at('/element'), { using: 'css selector', value: selector }))[ELEMENT];
      const evaluate: Tab['evaluate'] = (fn, arg) => call('POST', at('/execute/sync'), { script: callSource(fn), args: [arg ?? null] });
      return {
        problems: [],
        goto: (address) => call('POST', at('/url'), { url: address }),
        evaluate,
        click: async (selector) => void (await call('POST', at(`/element/${await find(selector)}/click`), {})),
        type: async (selector, text) => void (await call('POST', at(`/element/${await find(selector)}/value`), { text })),
        press: async (selector, key) => void (await call('POST', at(`/element/${await find(selector)}/value`), { text: KEYS[key] })),
        async viewport(width, height) {
          // The window's size includes its toolbar; the page's is what the journeys mean.
          const inner = () => evaluate(() => ({ width: innerWidth, height: innerHeight }));
          const before = await inner();
          const outer = await call<{ width: number; height: number }>('GET', at('/window/rect'));
          await call('POST', at('/window/rect'), { width: width + outer.width - before.width, height: height + outer.height - before.height });
          return inner();
        },
        // The tab is the session's one window, kept for the next journey; leaving the site ends its page.
        close: () => call('POST', at('/url'), { url: 'about:blank' }),
      };
    },
    async close() {
      if (session) await call('DELETE', `/session/${session.id}`).catch(() => undefined);
      if (server.pid) process.kill(-server.pid);
    },
  };
}
